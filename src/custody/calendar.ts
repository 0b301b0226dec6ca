/**
 * Business-day arithmetic for settlement dates (T+n). Business days are Monday to Friday;
 * public holidays are not modelled.
 */

/** `date` (YYYY-MM-DD) plus `days` business days; a trade on a weekend counts from Monday. */
export function addBusinessDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  while (isWeekend(d)) d.setUTCDate(d.getUTCDate() + 1);
  let left = days;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (!isWeekend(d)) left -= 1;
  }
  return d.toISOString().slice(0, 10);
}

function isWeekend(d: Date): boolean {
  const day = d.getUTCDay();
  return day === 0 || day === 6;
}

/** Milliseconds since the epoch of midnight UTC starting `date` (YYYY-MM-DD). */
export function startOfDayMs(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}
