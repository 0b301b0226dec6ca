import { z } from "@hono/zod-openapi";
import { add, compare, decimal, format, parseDecimal } from "../../money/money";
import { csvFilter } from "../../platform/list-filters";
import { calendarDate } from "../../platform/wire-fields";
import { decimalString } from "../../platform/wire-decimals";
import { wireDateTime } from "../../platform/wire-resources";

/** The most payments one batch may carry. */
export const MAX_BATCH_PAYMENTS = 600;
export const BATCH_STATUSES = [
  "pending", "payments_creation_failed", "payments_created", "payments_settlement_in_progress", "payments_settled", "payments_partially_settled", "payments_settlement_failed",
] as const;
export const BATCH_SUB_TYPES = ["Lump sum", "Lump sum - non relievable", "Employer contribution", "Lump sum - third party"] as const;

/** One payment of a batch. */
export const BatchPaymentEntry = z
  .object({
    investor_id: z.string().min(1).max(64),
    pot_id: z.string().min(1).max(64),
    amount: decimalString(2, { min: "1.00" }),
    external_transaction_reference: z.string().min(1).max(256).optional(),
    sub_transaction_type: z.enum(BATCH_SUB_TYPES).optional().openapi({ description: "Default: Employer contribution (workplace employer into sipp_accumulation), Lump sum - third party (third-party payer), otherwise Lump sum" }),
  })
  .openapi("BatchPaymentEntry");

function sumOf(amounts: string[]): string | null {
  let total = decimal("0");
  for (const amount of amounts) {
    const parsed = parseDecimal(amount, { maxDecimals: 2 });
    if (!parsed.ok) return null;
    total = add(total, parsed.value);
  }
  return format(total, 2);
}

export const CreatePaymentBatchBody = z
  .object({
    request_id: z.uuid(),
    source_type: z.enum(["workplace_employer", "third_party_payer"]).optional(),
    source_id: z.string().min(1).max(64).optional(),
    currency: z.string().length(3),
    amount: decimalString(2, { min: "1.00" }).openapi({ description: "Must equal the sum of the payments' amounts" }),
    payment_type: z.enum(["manual"]),
    batch_payment_reference: z.string().min(1).max(140).optional(),
    payments: z.array(BatchPaymentEntry).min(1).max(MAX_BATCH_PAYMENTS),
  })
  .superRefine((v, ctx) => {
    if (v.source_id !== undefined && v.source_type === undefined) ctx.addIssue({ code: "custom", path: ["source_type"], message: "required when source_id is sent" });
    if (v.source_type !== undefined && v.source_id === undefined) ctx.addIssue({ code: "custom", path: ["source_id"], message: "required when source_type is sent" });
    const total = sumOf(v.payments.map((p) => p.amount));
    const amount = parseDecimal(v.amount, { maxDecimals: 2 });
    if (total !== null && amount.ok && compare(amount.value, decimal(total)) !== 0) {
      ctx.addIssue({ code: "custom", path: ["amount"], message: `must equal the sum of the payments (${total})` });
    }
  })
  .openapi("CreatePaymentBatchBody");

const ErroneousPayment = z
  .object({ payment_index: z.number().int(), payment_id: z.string().nullable().openapi({ description: "the entry's external_transaction_reference, or null" }), field: z.string(), error: z.string() })
  .openapi("ErroneousPayment");

export const PaymentBatch = z
  .object({
    batch_id: z.string(),
    source_type: z.enum(["workplace_employer", "third_party_payer"]).optional(),
    source_id: z.string().optional(),
    currency: z.string(),
    amount: z.string(),
    payment_type: z.enum(["manual"]),
    status: z.enum(BATCH_STATUSES),
    batch_payment_reference: z.string().optional(),
    payments: z.array(
      BatchPaymentEntry.extend({
        sub_transaction_type: z.enum(BATCH_SUB_TYPES).optional(),
        transaction_id: z.string().optional().openapi({ description: "the payment created for this entry (once created)" }),
        status: z.enum(["pending_confirmation", "processing", "succeeded", "cancelled", "failed"]).optional(),
      }),
    ),
    erroneous_payments: z.array(ErroneousPayment).optional().openapi({ description: "Only when the batch failed: every entry that failed evaluation" }),
    created_at: wireDateTime,
    updated_at: wireDateTime,
  })
  .openapi("PaymentBatch");

export const PaymentBatchList = z
  .object({ payment_batches: z.array(z.union([PaymentBatch, z.object({ batch_id: z.string() }).strict()])) })
  .openapi("PaymentBatchList");

export const ListPaymentBatchesQuery = z.object({
  created_date: calendarDate.optional(),
  status: csvFilter(BATCH_STATUSES),
  include_details: z.enum(["true", "false"]).optional(),
});

export const BatchParams = z.object({ batch_id: z.string().min(1).max(64).openapi({ param: { name: "batch_id", in: "path" } }) });

export const BulkPaymentUpdatePayload = z
  .object({ batch_id: z.string(), status: z.enum(BATCH_STATUSES), erroneous_payments: z.array(ErroneousPayment).optional() })
  .openapi("BulkPaymentUpdatePayload");
