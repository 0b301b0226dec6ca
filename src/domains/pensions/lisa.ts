/**
 * Lifetime ISA specifics: the HMRC registration of a LISA investor and account after its first
 * subscription (job `hmrc.lisa_registration`, outcome on the account's `hmrc_data` and as an
 * `HMRC_LISA_*` notification), and #89, moving the trade date of a scheduled LISA withdrawal.
 */
import { z } from "@hono/zod-openapi";
import { findAccount, saveAccount } from "../../custody/accounts";
import { cancelLisaClaims } from "../../custody/hmrc-claims";
import { LISA_PRODUCTS } from "../../custody/lisa-charge";
import { findTransaction, changeTransaction, today, toTransaction } from "../../custody/transactions";
import { PAYOUT_JOB } from "../../custody/withdrawals";
import { addBusinessDays } from "../../clock/calendar";
import { clockSettings } from "../../clock/tenant-clock";
import { zonedInstant } from "../../clock/zones";
import { hmrcProvider } from "../../platform/hmrc/provider";
import { calendarDate, referenceVersion } from "../../platform/wire-fields";
import { defineCommand, fail, succeed, type JobHandler } from "../../tenant/commands";
import { completeJob } from "../../tenant/jobs";

export const LisaRegistrationPayload = z
  .object({
    investor_id: z.string(),
    account_id: z.string(),
    status: z.enum(["hmrc_investor_creation_failed", "hmrc_account_creation_failed", "hmrc_account_creation_successful"]),
    lisa_investor_reference: z.string().optional(),
    reason: z.string().optional(),
  })
  .openapi("LisaRegistrationPayload");

const EVENT_OF = {
  hmrc_investor_creation_failed: "HMRC_LISA_investor_creation_failed",
  hmrc_account_creation_failed: "HMRC_LISA_account_creation_failed",
  hmrc_account_creation_successful: "HMRC_LISA_account_creation_successful",
} as const;

/** Job `hmrc.lisa_registration`: HMRC answers a LISA's registration (sandbox triggers by last name). */
export const registerLisaJob: JobHandler = (ctx, job) => {
  const { account_id } = job.data as { account_id: string };
  const account = findAccount(ctx, account_id);
  if (!account || account.data.hmrc_data?.status !== "hmrc_process_started") return undefined;
  const investorId = account.data.investor_id[0] ?? "";
  const investor = ctx.get<{ first_name?: string; last_name?: string }>("investor", investorId);
  const outcome = hmrcProvider().registerLisa({ investorId, accountId: account_id, firstName: investor?.data.first_name ?? "", lastName: investor?.data.last_name ?? "" });
  const detail = outcome.outcome === "hmrc_account_creation_successful" ? { lisa_investor_reference: outcome.lisaInvestorReference } : { reason: outcome.reason };
  saveAccount(ctx, account, { ...account.data, hmrc_data: { status: outcome.outcome, ...detail } });
  // No bonus is paid on a LISA HMRC does not know: its pending bonus claims are cancelled.
  if (outcome.outcome !== "hmrc_account_creation_successful") cancelLisaClaims(ctx, account_id);
  ctx.emit({ type: EVENT_OF[outcome.outcome], ch: "notifications", payload: { investor_id: investorId, account_id, status: outcome.outcome, ...detail } });
  return undefined;
};

export const UpdateLisaWithdrawalBody = z
  .object({
    request_id: z.uuid(),
    reference_verison: referenceVersion.optional().openapi({ description: "WealthOS's spelling; `reference_version` is accepted too" }),
    reference_version: referenceVersion.optional(),
    trade_date: calendarDate,
  })
  .refine((b) => b.reference_verison !== undefined || b.reference_version !== undefined, { message: "is required (an integer)", path: ["reference_verison"] })
  .openapi("UpdateLisaWithdrawalBody");

/** `lisa_withdrawal.update` (#89): moves the trade date of a scheduled LISA withdrawal. */
export const updateLisaWithdrawal = defineCommand({
  input: UpdateLisaWithdrawalBody.and(z.object({ transaction_id: z.string().min(1).max(64) })),
  run(ctx, input) {
    const withdrawal = findTransaction(ctx, input.transaction_id);
    if (!withdrawal || withdrawal.data.primary_transaction_type !== "Withdrawal") {
      return fail({ code: "resource_not_found", detail: `Withdrawal '${input.transaction_id}' does not exist`, errors: [{ field: "transaction_id", message: "unknown withdrawal" }] });
    }
    const pot = ctx.get<{ financial_product_id: string }>("pot", withdrawal.data.pot_id);
    if (!pot || !LISA_PRODUCTS.includes(pot.data.financial_product_id)) {
      return fail({ code: "validation_failed", detail: "Only LISA withdrawals can be moved", errors: [{ field: "transaction_id", message: "not a LISA withdrawal" }] });
    }
    if (withdrawal.data.type !== "pending" || withdrawal.data.sub_type !== "scheduled") {
      return fail({ code: "state_conflict", detail: `Only scheduled withdrawals can be moved; this one is ${withdrawal.data.type}/${withdrawal.data.sub_type}`, errors: [{ field: "trade_date", message: "the withdrawal is no longer scheduled" }] });
    }
    if (input.trade_date < today(ctx)) return fail({ code: "validation_failed", detail: "Invalid fields: trade_date", errors: [{ field: "trade_date", message: "may not be in the past" }] });
    const updated = changeTransaction(ctx, withdrawal, { trade_date: input.trade_date, settlement_date: addBusinessDays(input.trade_date, 1) });
    // The payout starts on the new trade date: its pending first step is replaced.
    completeJob(ctx.sql, PAYOUT_JOB, withdrawal.id);
    const startMs = Math.max(ctx.nowMs, zonedInstant(input.trade_date, 0, clockSettings(ctx.config).timeZone));
    ctx.schedule(PAYOUT_JOB, withdrawal.id, startMs, { transaction_id: withdrawal.id });
    return succeed(200, toTransaction(updated));
  },
});
