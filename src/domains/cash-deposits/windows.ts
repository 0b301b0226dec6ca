import { SCHEDULE_DAYS, type InstructionSchedule } from "../../catalogue/counterparties";
import { cutOffMsOfDay, isBusinessDay } from "../../clock/calendar";
import { addDays, localDate, weekday, zonedInstant } from "../../clock/zones";

/** How far ahead a window is looked for (a schedule always has one within two weeks). */
const SEARCH_DAYS = 21;

/**
 * The first instruction window at or after `fromMs`: a cut-off time of the schedule on one of
 * its weekdays that is a business day, in `timeZone`. Null when the schedule has none ahead.
 */
export function nextWindowMs(schedule: InstructionSchedule, fromMs: number, timeZone: string): number | null {
  const times = [...schedule.cut_off_times].sort();
  const days = new Set(schedule.business_days);
  let date = localDate(fromMs, timeZone);
  for (let i = 0; i < SEARCH_DAYS; i += 1, date = addDays(date, 1)) {
    const day = SCHEDULE_DAYS[weekday(date) - 1];
    if (!day || !days.has(day) || !isBusinessDay(date)) continue;
    for (const time of times) {
      const at = zonedInstant(date, cutOffMsOfDay(time), timeZone);
      if (at >= fromMs) return at;
    }
  }
  return null;
}
