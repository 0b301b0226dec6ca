/**
 * Monthly schedules of recurring money (contributions and withdrawals): cycle `k` falls on the
 * schedule's day of month (1–28, or -1 for the month's last day) in the month `k × interval`
 * after the first cycle's month, and is collected on that date rolled forward to a business day.
 * Pure date arithmetic on `YYYY-MM-DD` strings; no clock is read here.
 */
import { isBusinessDay, rollToBusinessDay } from "./calendar";
import { addDays } from "./zones";

/** The parts of a monthly schedule this module needs. */
export interface MonthlySchedule {
  interval: number;
  /** Day of month 1–28, or -1 for the last day; absent means the start date's day (capped at 28). */
  date?: number | undefined;
  start_date: string;
  end_date?: string | undefined;
  count?: number | undefined;
}

const pad = (n: number) => String(n).padStart(2, "0");

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The day of month a schedule collects on (-1 becomes the month's last day). */
function dayIn(year: number, month: number, date: number): string {
  const day = date === -1 ? daysInMonth(year, month) : Math.min(date, daysInMonth(year, month));
  return `${year}-${pad(month)}-${pad(day)}`;
}

function monthPlus(year: number, month: number, months: number): [number, number] {
  const index = year * 12 + (month - 1) + months;
  return [Math.floor(index / 12), (index % 12) + 1];
}

function scheduleDay(schedule: MonthlySchedule): number {
  return schedule.date ?? Math.min(Number(schedule.start_date.slice(8, 10)), 28);
}

/** The nominal date of cycle `k` (0-based): the first is the first schedule day on or after `start_date`. */
export function cycleDate(schedule: MonthlySchedule, k: number): string {
  const year = Number(schedule.start_date.slice(0, 4));
  const month = Number(schedule.start_date.slice(5, 7));
  const day = scheduleDay(schedule);
  const first = dayIn(year, month, day) >= schedule.start_date ? 0 : 1;
  const [y, m] = monthPlus(year, month, first + k * schedule.interval);
  return dayIn(y, m, day);
}

/** The business day cycle `k` is collected or paid on (its nominal date rolled forward). */
export function chargeDate(schedule: MonthlySchedule, k: number): string {
  return rollToBusinessDay(cycleDate(schedule, k));
}

/** True while cycle `k` is within the schedule's end date (a count is checked by the caller). */
export function withinEnd(schedule: MonthlySchedule, k: number): boolean {
  return schedule.end_date === undefined || cycleDate(schedule, k) <= schedule.end_date;
}

/** `date` minus `days` business days (the date itself is rolled forward to a business day first). */
export function subtractBusinessDays(date: string, days: number): string {
  let d = rollToBusinessDay(date);
  for (let left = days; left > 0; left -= 1) {
    d = addDays(d, -1);
    while (!isBusinessDay(d)) d = addDays(d, -1);
  }
  return d;
}
