/**
 * Payments the system raises itself (origin `system`): the collections of recurring
 * contributions and the payments of bulk batches. Each is a payment exactly like a single
 * payment intent (pending cash-in transaction, `payment_update`, invested on success), checked
 * when it is raised against the account's annual allowance and, into a SIPP, the money purchase
 * annual allowance (the check single payments make): over either, it is created and failed at
 * once with that reason. Other features reach this through
 * the `SystemPayments` port that `src/commands.ts` and `src/jobs.ts` hand them.
 */
import { findAccount, reserveSubscription, subscriptionHeadroom } from "../../custody/accounts";
import { mpaaBreach } from "../../custody/pensions";
import { findPot } from "../../custody/pots";
import { openTransaction } from "../../custody/transactions";
import { compare, parseDecimal } from "../../money/money";
import type { PaymentStatus } from "../../platform/payment-providers/provider";
import type { CommandContext } from "../../tenant/command-context";
import type { SystemPaymentInput, SystemPayments } from "../../custody/system-payments";
import { movePayment } from "./lifecycle";
import { PAYMENT, paymentUpdate, type PaymentData } from "./serialize";

function amountOf(value: string) {
  const parsed = parseDecimal(value, { maxDecimals: 40 });
  if (!parsed.ok) throw new RangeError(parsed.error);
  return parsed.value;
}

function raise(ctx: CommandContext, input: SystemPaymentInput): { transactionId: string; status: PaymentStatus; reason: string | null } {
  const pot = findPot(ctx, input.potId);
  if (!pot) throw new Error(`system payment into unknown pot ${input.potId}`);
  const account = findAccount(ctx, pot.data.account_id);
  const headroom = account ? subscriptionHeadroom(ctx, account, ctx.nowMs) : null;
  // The ISA/LISA/JISA allowance left, then the MPAA of a SIPP whose investor triggered it.
  const refusal =
    headroom !== null && compare(amountOf(input.amount), amountOf(headroom)) > 0
      ? `exceeds the remaining annual allowance of ${headroom} for this tax year`
      : mpaaBreach(ctx, pot, amountOf(input.amount), input.subTransactionType);
  const overAllowance = refusal !== null;
  if (headroom !== null && !overAllowance) reserveSubscription(ctx, pot.data.account_id, input.amount, ctx.nowMs);
  const transactionId = crypto.randomUUID();
  const direct = input.status === "processing" && !overAllowance;
  const data: PaymentData = {
    transaction_id: transactionId,
    investor_id: pot.data.investor_id,
    amount: input.amount,
    currency: pot.data.pot_currency,
    // A payment confirmed by hand is created straight in `processing` (one event, not two).
    status: direct ? "processing" : "pending_confirmation",
    pot_id: pot.id,
    payment_type: input.paymentType,
    service_provider: input.serviceProvider,
    service_provider_params: input.serviceProviderParams ?? {},
    sub_transaction_type: input.subTransactionType,
    source_id: input.sourceId,
    purpose: input.purpose,
    investment_instructions: input.investmentInstructions,
    payment_reference: null,
    external_transaction_reference: input.externalTransactionReference ?? null,
    origin: "system",
    reason: null,
    contribution_id: input.contributionId ?? null,
    batch_id: input.batchId ?? null,
    settlement_date: null,
    internal: { account_id: pot.data.account_id, reserved_allowance: headroom !== null && !overAllowance ? input.amount : null },
  };
  let payment = ctx.insert(PAYMENT, transactionId, data, pot.id);
  ctx.emit({ type: "payment_update", ch: "payments", payload: paymentUpdate(data) });
  openTransaction(
    ctx,
    pot,
    {
      primary_transaction_type: "Contribution",
      sub_transaction_type: input.subTransactionType,
      type: "pending",
      sub_type: direct ? "confirmed" : "instructed",
      direction: "in",
      investment_product_id: "cash",
      transaction_value: input.amount,
      external_transaction_reference: input.externalTransactionReference ?? null,
      source_id: input.sourceId,
      origin: "system",
      internal: { kind: "contribution" },
    },
    "transaction_initiated",
    transactionId,
  );
  if (overAllowance) payment = movePayment(ctx, payment, "processing");
  if (refusal !== null) {
    movePayment(ctx, payment, "failed", refusal);
    return { transactionId, status: "failed", reason: refusal };
  }
  return { transactionId, status: payment.data.status, reason: null };
}

/** The payments domain's side of the `SystemPayments` port. */
export const SYSTEM_PAYMENTS: SystemPayments = {
  raise,
  move(ctx, transactionId, status, reason = null) {
    const payment = ctx.get<PaymentData>(PAYMENT, transactionId);
    if (!payment) return false;
    movePayment(ctx, payment, status, reason);
    return true;
  },
  statusOf(ctx, transactionId) {
    return ctx.get<PaymentData>(PAYMENT, transactionId)?.data.status ?? null;
  },
};
