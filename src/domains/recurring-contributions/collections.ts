/**
 * The scheduler of recurring contributions. One job per contribution raises each cycle's
 * collection as a system payment (direct debits 3 business days before the charge date, manual
 * ones on it), skips the cycles a pause covers, and finishes the contribution after its count or
 * end date. A direct-debit collection then moves on its own job: `processing` the next business
 * day, and on the charge date `succeeded` (the cash lands and is invested as any payment is) or
 * `failed` with the provider's reason. A failed collection does not stop the schedule.
 */
import { nextBusinessDay, startOfDateMs } from "../../clock/calendar";
import { chargeDate } from "../../clock/monthly-schedule";
import { sandboxDirectDebit } from "../../platform/payment-providers/direct-debit";
import type { JobHandler } from "../../tenant/commands";
import type { CommandContext } from "../../tenant/command-context";
import type { SystemPayments } from "../../custody/system-payments";
import { today } from "../../custody/transactions";
import { finish } from "./activation";
import { resume } from "./lifecycle";
import { COLLECTION_HOUR_MS, COLLECTION_JOB, cycleDue, raiseAtMs, RECURRING_CONTRIBUTION, saveContribution, type Contribution, type RecurringContributionData } from "./serialize";

const atCollectionHour = (ctx: CommandContext, date: string) => startOfDateMs(date, ctx.config.time_zone) + COLLECTION_HOUR_MS;

/** Raises cycle `k`'s collection; returns the updated contribution. */
function collect(ctx: CommandContext, payments: SystemPayments, contribution: Contribution, k: number): Contribution {
  const data = contribution.data;
  const direct = data.payment_type === "direct_debit";
  const charge = chargeDate(data.payment_schedule, k);
  const raised = payments.raise(ctx, {
    potId: data.pot_id,
    amount: data.amount,
    paymentType: data.payment_type,
    serviceProvider: data.service_provider,
    subTransactionType: data.sub_transaction_type,
    purpose: data.purpose,
    investmentInstructions: data.investment_instructions,
    sourceId: data.source_id,
    contributionId: data.contribution_id,
    serviceProviderParams: direct ? { authorization_reference: data.service_provider_params.authorization_reference ?? "", charge_date: charge } : { charge_date: charge },
    status: direct ? "pending_confirmation" : "processing",
  });
  if (direct && raised.status === "pending_confirmation") {
    ctx.schedule(COLLECTION_JOB, raised.transactionId, atCollectionHour(ctx, nextBusinessDay(today(ctx))), { charge_date: charge });
  }
  return saveContribution(ctx, contribution, { ...data, internal: { ...data.internal, next_cycle: k + 1, collections: data.internal.collections + 1 } });
}

/** Job `recurring_contribution.cycle` (keyed by contribution id): the contribution's next cycle falls due. */
export function makeCycleJob(payments: SystemPayments): JobHandler {
  return (ctx, job) => {
    let contribution = ctx.get<RecurringContributionData>(RECURRING_CONTRIBUTION, job.key);
    if (!contribution || (contribution.data.status !== "Active" && contribution.data.status !== "Paused")) return undefined;
    const k = contribution.data.internal.next_cycle;
    const tz = ctx.config.time_zone;
    if (!cycleDue(contribution.data, k, contribution.data.internal.collections)) {
      finish(ctx, contribution);
      return undefined;
    }
    const dueAt = raiseAtMs(contribution.data, k, tz);
    if (dueAt > ctx.nowMs) return dueAt;
    if (contribution.data.status === "Paused" && contribution.data.internal.skip_left > 0) {
      const left = contribution.data.internal.skip_left - 1;
      contribution = saveContribution(ctx, contribution, { ...contribution.data, internal: { ...contribution.data.internal, next_cycle: k + 1, skip_left: left } });
      if (left === 0) contribution = resume(ctx, contribution);
    } else {
      contribution = collect(ctx, payments, contribution, k);
    }
    if (!cycleDue(contribution.data, k + 1, contribution.data.internal.collections)) {
      finish(ctx, contribution);
      return undefined;
    }
    return raiseAtMs(contribution.data, k + 1, tz);
  };
}

/** Job `recurring_contribution.collection` (keyed by payment id): one step of a direct-debit collection. */
export function makeCollectionJob(payments: SystemPayments): JobHandler {
  return (ctx, job) => {
    const { charge_date } = job.data as { charge_date: string };
    const status = payments.statusOf(ctx, job.key);
    if (status !== "pending_confirmation" && status !== "processing") return undefined;
    if (status === "pending_confirmation") payments.move(ctx, job.key, "processing");
    const chargeAt = atCollectionHour(ctx, charge_date);
    if (ctx.nowMs < chargeAt) return chargeAt;
    const payment = ctx.get<{ amount: string }>("payment", job.key);
    const outcome = sandboxDirectDebit.collect(payment?.data.amount ?? "0.00");
    payments.move(ctx, job.key, outcome.status, outcome.status === "failed" ? outcome.reason : null);
    return undefined;
  };
}
