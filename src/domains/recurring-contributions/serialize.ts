import { startOfDateMs } from "../../clock/calendar";
import { chargeDate, subtractBusinessDays, withinEnd, type MonthlySchedule } from "../../clock/monthly-schedule";
import { COLLECTION_LEAD_BUSINESS_DAYS } from "../../platform/payment-providers/direct-debit";
import { toWire } from "../../platform/wire-absent";
import type { CommandContext, StoredEntity } from "../../tenant/command-context";
import { RecurringContribution, type CONTRIBUTION_STATUSES, type ServiceProviderParams } from "./schema";
import type { z } from "zod";

/** Entity kind of a recurring contribution (owner: its pot). */
export const RECURRING_CONTRIBUTION = "recurring_contribution";
/** Job kind of a contribution's next cycle (keyed by contribution id). */
export const CYCLE_JOB = "recurring_contribution.cycle";
/** Job kind of one direct-debit collection's next step (keyed by payment id). */
export const COLLECTION_JOB = "recurring_contribution.collection";
/** Local time of day (06:00) at which collections are raised and decided. */
export const COLLECTION_HOUR_MS = 6 * 3_600_000;

export type ContributionStatus = (typeof CONTRIBUTION_STATUSES)[number];

export interface RecurringContributionData {
  contribution_id: string;
  contribution_name: string;
  pot_id: string;
  financial_product_id: string;
  investor_id: string;
  amount: string;
  sub_transaction_type: "Regular contribution" | "Regular contribution - non relievable" | "Regular contribution - Employer";
  currency: string;
  payment_type: "direct_debit" | "manual";
  service_provider: "gocardless" | "none";
  purpose: "cash" | "invest";
  investment_instructions: Array<{ investment_product_id: string; quantity?: string | undefined; value?: string | undefined }> | null;
  source_id: string | null;
  payment_schedule: MonthlySchedule & { interval_unit: "monthly" };
  service_provider_params: z.infer<typeof ServiceProviderParams>;
  status: ContributionStatus;
  reason: string | null;
  internal: {
    /** Index of the next cycle of the schedule (cycles before it were collected or skipped). */
    next_cycle: number;
    /** Cycles a pause still skips. */
    skip_left: number;
    /** Collections raised so far (a `count` schedule finishes when it reaches the count). */
    collections: number;
    /** The authorisation page's token (direct debit only). */
    token: string | null;
    mandate_replacements: number;
  };
}

export type Contribution = StoredEntity<RecurringContributionData>;

/** The instant cycle `k` is raised: direct debits 3 business days before the charge date, manual ones on it (06:00 local). */
export function raiseAtMs(data: RecurringContributionData, k: number, timeZone: string): number {
  const charge = chargeDate(data.payment_schedule, k);
  const day = data.payment_type === "direct_debit" ? subtractBusinessDays(charge, COLLECTION_LEAD_BUSINESS_DAYS) : charge;
  return startOfDateMs(day, timeZone) + COLLECTION_HOUR_MS;
}

/** True while cycle `k` still belongs to the schedule, `collections` having been raised before it. */
export function cycleDue(data: RecurringContributionData, k: number, collections: number): boolean {
  const { count } = data.payment_schedule;
  return (count === undefined || collections < count) && withinEnd(data.payment_schedule, k);
}

/** The next (at most three) charge dates a collection will actually fall on. */
export function nextPaymentDates(data: RecurringContributionData): string[] {
  if (data.status !== "Active" && data.status !== "Paused" && data.status !== "Pending") return [];
  const out: string[] = [];
  let skip = data.status === "Paused" ? data.internal.skip_left : 0;
  let collections = data.internal.collections;
  for (let k = data.internal.next_cycle; out.length < 3 && cycleDue(data, k, collections); k += 1) {
    if (skip > 0) {
      skip -= 1;
      continue;
    }
    out.push(chargeDate(data.payment_schedule, k));
    collections += 1;
  }
  return out;
}

/** The first cycle not yet raised at `nowMs` (what an activation or a late approval starts from). */
export function firstCycleAfter(data: RecurringContributionData, nowMs: number, timeZone: string): number {
  let k = 0;
  while (raiseAtMs(data, k, timeZone) < nowMs && k < 10_000) k += 1;
  return k;
}

/** The wire contribution. */
export function toRecurringContribution(entity: { version: number; data: RecurringContributionData; createdAt: string; updatedAt: string }) {
  const { internal: _internal, ...wire } = entity.data;
  return toWire(RecurringContribution, {
    ...wire,
    next_payment_dates: nextPaymentDates(entity.data),
    created_at: entity.createdAt,
    updated_at: entity.updatedAt,
    reference_version: entity.version,
  });
}

export type ContributionEvent =
  | "recurring_contribution_authorization_url_received"
  | "recurring_contribution_activated"
  | "recurring_contribution_rejected"
  | "recurring_contribution_updated"
  | "recurring_contribution_resumed"
  | "recurring_contribution_cancelled"
  | "recurring_contribution_finished";

/** Saves a changed contribution and, when `event` is given, publishes it on `notifications`. */
export function saveContribution(ctx: CommandContext, current: Contribution, data: RecurringContributionData, event?: ContributionEvent): Contribution {
  const updated = ctx.update(current, data);
  if (event) ctx.emit({ type: event, ch: "notifications", payload: toRecurringContribution(updated) });
  return updated;
}
