/**
 * Calendar dates and local times in a tenant's time zone (IANA name, default Europe/London),
 * through the runtime's `Intl` time-zone data. Dates are `YYYY-MM-DD`; instants are epoch ms.
 */

export const DEFAULT_TIME_ZONE = "Europe/London";
const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when the runtime knows the IANA time zone. */
export function isTimeZone(name: string): boolean {
  try {
    formatter(name);
    return true;
  } catch {
    return false;
  }
}

interface LocalParts {
  date: string;
  /** Milliseconds since local midnight. */
  msOfDay: number;
}

/** The local calendar date and time of day of an instant. */
export function localParts(ms: number, timeZone: string): LocalParts {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(ms).map((p) => [p.type, p.value]));
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  const msOfDay = ((Number(parts.hour) * 60 + Number(parts.minute)) * 60 + Number(parts.second)) * 1000 + (((ms % 1000) + 1000) % 1000);
  return { date, msOfDay };
}

/** The local calendar date (`YYYY-MM-DD`) of an instant. */
export function localDate(ms: number, timeZone: string): string {
  return localParts(ms, timeZone).date;
}

/** Offset of local time from UTC at an instant, in ms (London in summer: +3,600,000). */
function offsetAt(ms: number, timeZone: string): number {
  const { date, msOfDay } = localParts(ms, timeZone);
  return Date.parse(`${date}T00:00:00Z`) + msOfDay - ms;
}

/**
 * The instant at which local wall time reads `date` + `msOfDay`. A time skipped by a
 * spring-forward change maps to the instant after the gap; a repeated one to its first pass.
 */
export function zonedInstant(date: string, msOfDay: number, timeZone: string): number {
  const asUtc = Date.parse(`${date}T00:00:00Z`) + msOfDay;
  let guess = asUtc - offsetAt(asUtc, timeZone);
  const second = asUtc - offsetAt(guess, timeZone);
  if (second !== guess) guess = Math.min(guess, second);
  const check = localParts(guess, timeZone);
  if (check.date !== date || check.msOfDay !== msOfDay) return Math.max(guess, second);
  return guess;
}

/** `date` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Day of the week of a date: 0 Sunday … 6 Saturday. */
export function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}
