import { z } from "@hono/zod-openapi";
import { decimalString } from "../../platform/wire-decimals";
import { wireDateTime } from "../../platform/wire-resources";

export const PAYMENT_TYPES = ["card", "electronic_fund_transfer", "manual"] as const;
export const SERVICE_PROVIDERS = ["stripe", "truelayer", "none"] as const;
export const PURPOSES = ["cash", "invest"] as const;
/** Sub types a payment intent accepts (`Employer Contribution` is the request's spelling; both are accepted). */
export const PAYMENT_SUB_TYPES = ["Lump sum", "Lump sum - non relievable", "Employer contribution", "Employer Contribution", "Lump sum - third party"] as const;
export const FINAL_STATUSES = ["succeeded", "cancelled", "failed"] as const;

/** One investment instruction: a product and either a quantity or a value. */
export const InvestmentInstruction = z
  .object({
    investment_product_id: z.string().min(1).max(64),
    quantity: decimalString(4, { example: "10.5" }).optional().openapi({ description: "units; at most 4 decimals for funds, whole units for equities, bonds and ETFs" }),
    value: decimalString(2).optional(),
  })
  .superRefine((v, ctx) => {
    if ((v.quantity === undefined) === (v.value === undefined)) ctx.addIssue({ code: "custom", path: ["quantity"], message: "send exactly one of quantity or value" });
  })
  .openapi("InvestmentInstruction");

export const CreatePaymentBody = z
  .object({
    request_id: z.uuid(),
    amount: decimalString(2, { min: "1.00" }),
    pot_id: z.string().min(1).max(64),
    payment_type: z.enum(PAYMENT_TYPES),
    service_provider: z.enum(SERVICE_PROVIDERS),
    service_provider_params: z.object({ bank_account_id: z.string().min(1).max(64).optional() }).optional(),
    external_transaction_reference: z.string().min(1).max(256).optional(),
    currency: z.string().length(3).optional(),
    sub_transaction_type: z.enum(PAYMENT_SUB_TYPES).optional(),
    source_id: z.string().min(1).max(64).optional(),
    purpose: z.enum(PURPOSES),
    investment_instructions: z.array(InvestmentInstruction).max(50).optional(),
    payment_reference: z.string().min(1).max(140).optional(),
  })
  .superRefine((v, ctx) => {
    const pairs: Record<string, string> = { card: "stripe", electronic_fund_transfer: "truelayer", manual: "none" };
    if (pairs[v.payment_type] !== v.service_provider) {
      ctx.addIssue({ code: "custom", path: ["service_provider"], message: `payment_type ${v.payment_type} goes through ${pairs[v.payment_type]}` });
    }
    if (v.service_provider === "truelayer" && !v.service_provider_params?.bank_account_id) {
      ctx.addIssue({ code: "custom", path: ["service_provider_params", "bank_account_id"], message: "required for truelayer" });
    }
    if (v.purpose === "cash" && v.investment_instructions?.length) {
      ctx.addIssue({ code: "custom", path: ["investment_instructions"], message: "only allowed when purpose is invest" });
    }
  })
  .openapi("CreatePaymentBody");

export const Payment = z
  .object({
    transaction_id: z.string(),
    investor_id: z.array(z.string()),
    amount: z.string(),
    currency: z.string(),
    status: z.enum(["pending_confirmation", "processing", "succeeded", "cancelled", "failed"]),
    pot_id: z.string(),
    payment_type: z.string(),
    service_provider: z.string(),
    service_provider_params: z.record(z.string(), z.string()),
    sub_transaction_type: z.string(),
    source_id: z.string().optional(),
    purpose: z.enum(PURPOSES),
    investment_instructions: z
      .array(z.object({ investment_product_id: z.string(), quantity: z.string().optional(), value: z.string().optional() }))
      .nullable()
      .openapi({ description: "null for a cash payment (WealthOS marks it nullable)" }),
    payment_reference: z.string().optional(),
    external_transaction_reference: z.string().optional(),
    origin: z.string(),
    reason: z.string().optional().openapi({ description: "Only when failed or cancelled" }),
    contribution_id: z.string().optional(),
    batch_id: z.string().optional(),
    settlement_date: wireDateTime.optional().openapi({ description: "When the payment settled (a date-time, as WealthOS types it)" }),
    created_at: wireDateTime,
    updated_at: wireDateTime,
  })
  .openapi("Payment");

export const UpdatePaymentStatusBody = z
  .object({ status: z.enum(FINAL_STATUSES), reason: z.string().min(1).max(100).optional() })
  .openapi("UpdatePaymentStatusBody");
export const UpdatePaymentStatusInput = UpdatePaymentStatusBody.extend({ transaction_id: z.string().min(1).max(64) });

export const PaymentParams = z.object({ transaction_id: z.string().min(1).max(64).openapi({ param: { name: "transaction_id", in: "path" } }) });
