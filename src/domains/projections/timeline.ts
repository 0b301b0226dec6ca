import { ageOn } from "../../custody/parties";

/**
 * The calendar of a projection: it starts on the tenant's operational date ("today") and moves
 * in whole calendar months. A month-end that does not exist in the target month falls back to
 * that month's last day (31 January + 1 month = 28 or 29 February). Ages are completed years
 * (a 29 February birthday is reached on 1 March in other years, as UK law has it).
 */

export { ageOn };

function parts(date: string): [number, number, number] {
  return date.split("-").map(Number) as [number, number, number];
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/** `date` (YYYY-MM-DD) plus `months` calendar months, clamped to the end of the target month. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(Math.min(d, daysInMonth(year, month)), 2)}`;
}

/** The age (completed years) of someone born on `dateOfBirth` at the end of month `month` of a projection from `today`. */
export function ageAfterMonths(dateOfBirth: string, today: string, month: number): number {
  return ageOn(dateOfBirth, addMonths(today, month));
}

/**
 * The last projection month that still ends before the investor's `age`th birthday: the horizon
 * of "before the investor is 100". Zero when the birthday falls within the first month.
 */
export function lastMonthBeforeAge(dateOfBirth: string, today: string, age: number): number {
  // Counting up from the months between the two dates, at most a year's worth of steps.
  const [by, bm] = parts(dateOfBirth);
  const [ty, tm] = parts(today);
  let month = Math.max(0, (by + age - ty) * 12 + (bm - tm) - 2);
  while (ageAfterMonths(dateOfBirth, today, month + 1) < age) month += 1;
  return month;
}
