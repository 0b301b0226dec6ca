/**
 * The operational calendar: business days (Monday to Friday except England and Wales bank
 * holidays), T+n, rolling to the next business day, the dealing cut-off, and the instants at
 * which an operational date starts and closes in the tenant's time zone.
 */
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from "./bank-holidays";
import { addDays, localParts, weekday, zonedInstant } from "./zones";

const HOLIDAYS = new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS.map(([date]) => date));
/** Day-close instant: 23:59:59.999 local time of the date. */
const CLOSE_MS_OF_DAY = 86_400_000 - 1;

/** True for an England and Wales bank holiday (2018 to 2032). */
export function isBankHoliday(date: string): boolean {
  return HOLIDAYS.has(date);
}

/** Monday to Friday and not a bank holiday. */
export function isBusinessDay(date: string): boolean {
  const day = weekday(date);
  return day !== 0 && day !== 6 && !isBankHoliday(date);
}

/** The date itself when it is a business day, else the next business day. */
export function rollToBusinessDay(date: string): string {
  let d = date;
  while (!isBusinessDay(d)) d = addDays(d, 1);
  return d;
}

/** The first business day strictly after `date`. */
export function nextBusinessDay(date: string): string {
  return rollToBusinessDay(addDays(date, 1));
}

/** T+n: `date` (rolled to a business day first) plus `days` business days. */
export function addBusinessDays(date: string, days: number): string {
  let d = rollToBusinessDay(date);
  for (let left = days; left > 0; left -= 1) d = nextBusinessDay(d);
  return d;
}

/** The instant a local date starts (00:00 local time). */
export function startOfDateMs(date: string, timeZone: string): number {
  return zonedInstant(date, 0, timeZone);
}

/** The instant of a date's day-close: 23:59:59.999 local time. */
export function dayCloseMs(date: string, timeZone: string): number {
  return zonedInstant(date, CLOSE_MS_OF_DAY, timeZone);
}

/** Parses a cut-off time `HH:MM` into milliseconds since local midnight. */
export function cutOffMsOfDay(cutOff: string): number {
  const [h, m] = cutOff.split(":").map(Number);
  return ((h ?? 0) * 60 + (m ?? 0)) * 60_000;
}

/**
 * The trade date of an instruction given at `ms`: its operational date when that is a business
 * day and the instruction came before the dealing cut-off, otherwise the next business day.
 */
export function dealingDate(ms: number, timeZone: string, cutOff: string): string {
  const { date, msOfDay } = localParts(ms, timeZone);
  if (isBusinessDay(date) && msOfDay < cutOffMsOfDay(cutOff)) return date;
  return nextBusinessDay(date);
}
