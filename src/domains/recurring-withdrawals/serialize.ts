import { startOfDateMs } from "../../clock/calendar";
import { chargeDate, withinEnd, type MonthlySchedule } from "../../clock/monthly-schedule";
import { toWire } from "../../platform/wire-absent";
import type { StoredEntity } from "../../tenant/command-context";
import { RecurringWithdrawal, type WITHDRAWAL_STATUSES } from "./schema";

/** Entity kind of a recurring withdrawal (owner: its pot). */
export const RECURRING_WITHDRAWAL = "recurring_withdrawal";
/** Job kind of a recurring withdrawal's next run (keyed by withdrawal id). */
export const WITHDRAWAL_CYCLE_JOB = "recurring_withdrawal.cycle";
/** Local time of day (06:00) at which a scheduled withdrawal is raised. */
const RUN_HOUR_MS = 6 * 3_600_000;

export interface RecurringWithdrawalData {
  withdrawal_id: string;
  withdrawal_name: string;
  investor_id: string;
  pot_id: string;
  financial_product_id: string;
  bank_account_id: string;
  amount: string;
  currency: string;
  withdrawal_schedule: MonthlySchedule & { interval_unit: "monthly" };
  status: (typeof WITHDRAWAL_STATUSES)[number];
  internal: { next_cycle: number; runs: number };
}

export type Withdrawal = StoredEntity<RecurringWithdrawalData>;

/** The instant run `k` is raised: 06:00 local on its date rolled to a business day. */
export function runAtMs(data: RecurringWithdrawalData, k: number, timeZone: string): number {
  return startOfDateMs(chargeDate(data.withdrawal_schedule, k), timeZone) + RUN_HOUR_MS;
}

/** The first run not yet due at `nowMs`. */
export function firstRunAfter(data: RecurringWithdrawalData, nowMs: number, timeZone: string): number {
  let k = 0;
  while (runAtMs(data, k, timeZone) < nowMs && k < 10_000) k += 1;
  return k;
}

/** The wire recurring withdrawal. */
export function toRecurringWithdrawal(entity: { version: number; data: RecurringWithdrawalData; createdAt: string; updatedAt: string }) {
  const { internal, ...wire } = entity.data;
  const next = entity.data.status === "active" && withinEnd(entity.data.withdrawal_schedule, internal.next_cycle) ? chargeDate(entity.data.withdrawal_schedule, internal.next_cycle) : undefined;
  return toWire(RecurringWithdrawal, { ...wire, next_withdrawal_date: next, created_at: entity.createdAt, updated_at: entity.updatedAt, reference_version: entity.version });
}
