/**
 * ISO-8601 durations (`P1Y2M10DT2H30M`, `P3W`, `PT6H`, `PT0.5S`) added to an instant: years,
 * months, weeks and days move the UTC calendar date (a month from 31 January is the last day
 * of February), hours, minutes and seconds add elapsed time.
 */
const PATTERN = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d{1,3})?)S)?)?$/;
/** The durations `parseDuration` reads, as the OpenAPI document's `pattern`. */
export const DURATION_PATTERN = PATTERN.source;

export interface Duration {
  years: number;
  months: number;
  days: number;
  /** Hours, minutes and seconds, in milliseconds. */
  timeMs: number;
}

/** Parses an ISO-8601 duration, or null when it is not one. */
export function parseDuration(text: string): Duration | null {
  const m = PATTERN.exec(text);
  if (!m) return null;
  const n = (i: number) => Number(m[i] ?? "0");
  const secondsMs = Math.round(Number(m[7] ?? "0") * 1000);
  return { years: n(1), months: n(2), days: n(3) * 7 + n(4), timeMs: ((n(5) * 60 + n(6)) * 60) * 1000 + secondsMs };
}

/** `fromMs` plus the duration. */
export function addDuration(fromMs: number, duration: Duration): number {
  const d = new Date(fromMs);
  const monthIndex = d.getUTCFullYear() * 12 + d.getUTCMonth() + duration.years * 12 + duration.months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const moved = Date.UTC(year, month, Math.min(d.getUTCDate(), lastDay), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
  return moved + duration.days * 86_400_000 + duration.timeMs;
}

/** The latest instant one advance may reach from `fromMs`: two calendar years on. */
export function advanceLimitMs(fromMs: number): number {
  return addDuration(fromMs, { years: 2, months: 0, days: 0, timeMs: 0 });
}
