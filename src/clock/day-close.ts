/**
 * End of day. At 23:59:59.999 local time of each operational date the tenant runs its
 * day-close: the steps registered in `src/day-close.ts` (settle what is due, the daily holding
 * snapshot, accrual hooks of later features), in order, in one transaction stamped at that
 * instant. Day-close for a date runs exactly once and in date order: the job carries the date,
 * the last closed date is stored with the work, and each close schedules the next date's.
 * After the close of 5 April the UK tax year rolls, stamped 00:00 London on 6 April.
 */
import type { CommandContext } from "../tenant/command-context";
import type { JobHandler } from "../tenant/commands";
import { dayCloseMs, startOfDateMs } from "./calendar";
import { clockSettings } from "./tenant-clock";
import { addDays, localDate } from "./zones";

export const DAY_CLOSE_JOB = "clock.day_close";
export const TAX_YEAR_JOB = "clock.tax_year";
/** Jobs stamped at their due instant even when the alarm runs them late. */
export const CALENDAR_JOBS: readonly string[] = [DAY_CLOSE_JOB, TAX_YEAR_JOB];
/** The UK tax year follows London dates whatever the tenant's time zone. */
const TAX_YEAR_ZONE = "Europe/London";

/** One step of a day-close, for the operational `date` closing at `closeMs`. */
export type DayCloseStep = (ctx: CommandContext, date: string, closeMs: number) => void;
/** One step of the tax-year roll; `taxYear` is the year that starts ("2026" starts 6 April 2026). */
export type TaxYearStep = (ctx: CommandContext, taxYear: string) => void;

function setting(sql: SqlStorage, name: string): string | null {
  return sql.exec<{ value: string }>("SELECT value FROM settings WHERE name = ?", name).toArray()[0]?.value ?? null;
}

function saveSetting(sql: SqlStorage, name: string, value: string): void {
  sql.exec("INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value", name, value);
}

/** The last operational date whose day-close ran, or null. */
export function lastClosedDate(sql: SqlStorage): string | null {
  return setting(sql, "last_closed_date");
}

function scheduleClose(ctx: CommandContext, date: string): void {
  ctx.schedule(DAY_CLOSE_JOB, date, dayCloseMs(date, clockSettings(ctx.config).timeZone), { date });
}

/** Makes sure the day-close of the current operational date (or a later one) is scheduled. */
export function ensureDayClose(ctx: CommandContext): void {
  const scheduled = ctx.sql.exec("SELECT 1 FROM jobs WHERE kind = ? LIMIT 1", DAY_CLOSE_JOB).toArray().length > 0;
  if (!scheduled) scheduleClose(ctx, localDate(ctx.nowMs, clockSettings(ctx.config).timeZone));
}

/**
 * Restarts the day-close cycle at the operational date of `fromMs` (a test clock attached
 * there): no day-close runs for the dates before it.
 */
export function restartDayClose(ctx: CommandContext, fromMs: number): void {
  ctx.sql.exec("DELETE FROM jobs WHERE kind = ?", DAY_CLOSE_JOB);
  scheduleClose(ctx, localDate(fromMs, clockSettings(ctx.config).timeZone));
}

/** The day-close job: runs `steps` for its date unless that date is already closed, then schedules the next date. */
export function dayCloseJob(steps: readonly DayCloseStep[]): JobHandler {
  return (ctx, job) => {
    const { date } = job.data as { date: string };
    const last = lastClosedDate(ctx.sql);
    if (last === null || date > last) {
      const closeMs = dayCloseMs(date, clockSettings(ctx.config).timeZone);
      for (const step of steps) step(ctx, date, closeMs);
      saveSetting(ctx.sql, "last_closed_date", date);
      if (date.slice(5) === "04-05") {
        const year = String(Number(date.slice(0, 4)));
        ctx.schedule(TAX_YEAR_JOB, year, startOfDateMs(addDays(date, 1), TAX_YEAR_ZONE), { tax_year: year });
      }
    }
    scheduleClose(ctx, addDays(date, 1));
    return undefined;
  };
}

/** The tax-year job: runs `steps` and publishes `tax_year_started` once per tax year. */
export function taxYearJob(steps: readonly TaxYearStep[]): JobHandler {
  return (ctx, job) => {
    const { tax_year } = job.data as { tax_year: string };
    const last = setting(ctx.sql, "tax_year_started");
    if (last !== null && tax_year <= last) return undefined;
    for (const step of steps) step(ctx, tax_year);
    saveSetting(ctx.sql, "tax_year_started", tax_year);
    ctx.emit({
      type: "tax_year_started",
      ch: "notifications",
      payload: { tax_year, starts_on: `${tax_year}-04-06`, ends_on: `${Number(tax_year) + 1}-04-05` },
    });
    return undefined;
  };
}
