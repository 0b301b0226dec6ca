/**
 * A payment's status machine: `pending_confirmation` → `processing` → `succeeded` / `failed` /
 * `cancelled`. Each move updates the payment, publishes `payment_update`, and moves the pot's
 * pending cash-in transaction along (pending/instructed → pending/confirmed → archived/settled,
 * or archived/rejected|cancelled). On success the cash lands in the pot and, for purpose
 * `invest`, the buys follow.
 */
import { releaseSubscription } from "../../custody/accounts";
import { BATCH_TRACK_JOB } from "../../custody/system-payments";
import { bookContribution, investContribution } from "../../custody/contributions";
import { findPot } from "../../custody/pots";
import { changeTransaction, findTransaction, today } from "../../custody/transactions";
import type { PaymentStatus } from "../../platform/payment-providers/provider";
import type { CommandContext, StoredEntity } from "../../tenant/command-context";
import { paymentUpdate, type PaymentData } from "./serialize";

/** Moves a payment to `status` with everything that follows from it. */
export function movePayment(ctx: CommandContext, payment: StoredEntity<PaymentData>, status: PaymentStatus, reason: string | null = null): StoredEntity<PaymentData> {
  const settled = status === "succeeded";
  const data: PaymentData = { ...payment.data, status, reason: status === "failed" || status === "cancelled" ? reason : null, settlement_date: settled ? ctx.now : payment.data.settlement_date };
  const updated = ctx.update(payment, data);
  ctx.emit({ type: "payment_update", ch: "payments", payload: paymentUpdate(data) });
  if (data.batch_id) ctx.schedule(BATCH_TRACK_JOB, data.batch_id, ctx.nowMs);
  const transaction = findTransaction(ctx, payment.id);
  const pot = findPot(ctx, payment.data.pot_id);
  if (!transaction || !pot) return updated;
  if (status === "processing") {
    changeTransaction(ctx, transaction, { sub_type: "confirmed" });
  } else if (settled) {
    const contribution = changeTransaction(ctx, transaction, { type: "archived", sub_type: "settled", trade_date: today(ctx), settlement_date: today(ctx) });
    bookContribution(ctx, pot, contribution);
    if (data.purpose === "invest") investContribution(ctx, pot, contribution, data.investment_instructions);
  } else {
    if (data.internal.reserved_allowance) releaseSubscription(ctx, data.internal.account_id, data.internal.reserved_allowance, ctx.nowMs);
    changeTransaction(ctx, transaction, { type: "archived", sub_type: status === "failed" ? "rejected" : "cancelled", reason }, "transaction_failed");
  }
  return updated;
}
