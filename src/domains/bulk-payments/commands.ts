import { today } from "../../custody/transactions";
import type { CommandContext } from "../../tenant/command-context";
import { defineCommand, succeed } from "../../tenant/commands";
import { CreatePaymentBatchBody } from "./schema";
import { BATCH_EVALUATE_JOB, bulkPaymentUpdate, PAYMENT_BATCH, toPaymentBatch, type PaymentBatchData } from "./serialize";

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** `BULKPAY-` + 4 capitals + 4 digits, unused in this tenant. */
function newBatchId(ctx: CommandContext): string {
  for (;;) {
    const bytes = crypto.getRandomValues(new Uint8Array(8));
    const letters = Array.from(bytes.slice(0, 4), (b) => LETTERS[b % 26]).join("");
    const digits = Array.from(bytes.slice(4), (b) => String(b % 10)).join("");
    const id = `BULKPAY-${letters}${digits}`;
    if (!ctx.get(PAYMENT_BATCH, id)) return id;
  }
}

/**
 * `payment_batch.create` (#42): the static rules (count, sum, payment type, entry shape) were
 * checked by the schema; the batch is accepted `pending` and evaluated against the tenant's
 * state by one job, in one transaction, straight after.
 */
export const createPaymentBatch = defineCommand({
  input: CreatePaymentBatchBody,
  run(ctx, body) {
    const id = newBatchId(ctx);
    const data: PaymentBatchData = {
      batch_id: id,
      source_type: body.source_type ?? null,
      source_id: body.source_id ?? null,
      currency: body.currency,
      amount: body.amount,
      payment_type: body.payment_type,
      status: "pending",
      batch_payment_reference: body.batch_payment_reference ?? null,
      payments: body.payments.map((p) => ({ ...p })),
      erroneous_payments: null,
      created_date: today(ctx),
    };
    const batch = ctx.insert(PAYMENT_BATCH, id, data);
    ctx.emit({ type: "bulk_payment_update", ch: "payments", payload: bulkPaymentUpdate(data) });
    ctx.schedule(BATCH_EVALUATE_JOB, id, ctx.nowMs);
    return succeed(202, toPaymentBatch(batch));
  },
});
