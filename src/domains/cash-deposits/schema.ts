import { z } from "@hono/zod-openapi";
import { decimalField } from "../../catalogue/decimals";
import { calendarDate, PageQuery } from "../../platform/wire-fields";
import { wireDateTime } from "../../platform/wire-resources";

const CASH_PRODUCT_ID = /^CASHINV-[A-Z]{3}\d{5}$/;
export const DEPOSIT_REFERENCE_PATTERN = /^CDR-[A-Z]{3}\d{5}$/;

const requestId = z.string().min(1).max(100).openapi({ description: "Unique request id (a plain string) that makes the request idempotent", example: "54523457845sdferhefGhiy9ur4" });
const amount = decimalField({ maxDecimals: 2, positive: true, example: "10000.00" });
const productId = z.string().regex(CASH_PRODUCT_ID, "a cash investment product id such as CASHINV-AHY58878");
const gbp = z.literal("GBP", { error: "only GBP" });

/** The deposit instruction (WealthOS hides its fields; Coffer's design, see the cash deposits guide). */
export const InvestmentInstructions = z
  .object({
    pot_id: z.string().min(1).max(64).openapi({ example: "pot-NAH5143230" }),
    investment_product_id: productId.openapi({ example: "CASHINV-EUQ86362" }),
    transaction_value: amount,
    currency: gbp.optional().openapi({ description: "Defaults to the product's currency" }),
  })
  .strict()
  .openapi("CashDepositInstructions");

export const CreateDepositBody = z.object({ request_id: requestId, investment_instructions: InvestmentInstructions }).strict().openapi("CreateCashDepositBody");
export type CreateDepositBody = z.infer<typeof CreateDepositBody>;

export const CreateRedemptionBody = z
  .object({
    request_id: requestId,
    pot_id: z.string().min(1).max(64),
    investment_product_id: productId,
    deposit_reference: z.string().min(1).max(64).openapi({ example: "CDR-TUY96080" }),
    redemption_type: z.enum(["partial", "full"]),
    currency: gbp,
    transaction_value: amount.optional().openapi({ description: "Required for partial, must be left out for full redemptions" }),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.redemption_type === "partial" && v.transaction_value === undefined) ctx.addIssue({ code: "custom", path: ["transaction_value"], message: "required for a partial redemption" });
    if (v.redemption_type === "full" && v.transaction_value !== undefined) ctx.addIssue({ code: "custom", path: ["transaction_value"], message: "must not be given for a full redemption" });
  })
  .openapi("CreateCashRedemptionBody");
export type CreateRedemptionBody = z.infer<typeof CreateRedemptionBody>;

export const UpdateCashTransactionBody = z
  .object({ status: z.literal("cancelled", { error: "only cancelled" }), reason: z.string().max(200).optional() })
  .strict()
  .openapi("UpdateCashInvestmentTransactionBody");

export const UpdateCashTransactionInput = UpdateCashTransactionBody.extend({ transaction_id: z.string().min(1).max(64) }).strict();

export const CashTransactionParams = z.object({
  transaction_id: z.string().min(1).max(64).openapi({ param: { name: "transaction_id", in: "path" }, example: "c106b5e7-aac5-4466-9698-fe4ea792a67e" }),
});

const common = {
  aggregated_transaction_id: z.string(),
  transaction_id: z.string(),
  investment_product_id: z.string(),
  pot_id: z.string(),
  deposit_reference: z.string().openapi({ description: "The deposit (CDR-…) the transaction belongs to", example: "CDR-TUY96080" }),
  primary_transaction_type: z.string(),
  sub_transaction_type: z.string(),
  transaction_value: z.string(),
  type: z.enum(["pending", "archived"]),
  sub_type: z.string(),
  currency: z.string(),
  reason: z.string().optional(),
  created_at: wireDateTime,
  updated_at: wireDateTime,
};

export const CashDepositTransaction = z
  .object({ ...common, counterparty_id: z.string(), direction: z.enum(["in", "out"]), origin: z.string(), is_a_topup: z.boolean() })
  .openapi("CashDepositTransaction");

export const CashRedemptionTransaction = z.object({ ...common, redemption_type: z.enum(["partial", "full"]) }).openapi("CashRedemptionTransaction");

export const CashInvestmentTransaction = z.union([CashDepositTransaction, CashRedemptionTransaction]).openapi("CashInvestmentTransaction");

export const DailyBreakdownItem = z
  .object({
    interest_calculation_date: z.iso.date(),
    balance: z.string().openapi({ description: "The deposit's balance that day", example: "10000.00" }),
    interest_rate: z.string().openapi({ description: "Annual rate in percent in force that day", example: "4.50" }),
    accrued_interest: z.string().openapi({ description: "That day's interest, balance × rate ÷ 100 ÷ 365, to 10 places", example: "1.2328767123" }),
    cumulative_accrued_interest: z.string().openapi({ description: "Every day's interest so far, to 10 places" }),
    credited_interest: z.string().openapi({ description: "Interest credited that day (2 places)", example: "0.00" }),
    cumulative_credited_interest: z.string().openapi({ description: "Interest credited so far (2 places)" }),
    currency: z.string(),
  })
  .openapi("InterestDailyBreakdownItem");
export type DailyBreakdownItem = z.infer<typeof DailyBreakdownItem>;

export const DailyBreakdown = z
  .object({ deposit_reference: z.string(), daily_breakdown: z.array(DailyBreakdownItem), next_page_available: z.boolean() })
  .openapi("InterestDailyBreakdown");

export const DailyBreakdownQuery = PageQuery.extend({
  deposit_reference: z.string().min(1).max(64).openapi({ example: "CDR-TUY96080" }),
  start_date: calendarDate.optional(),
  end_date: calendarDate.optional(),
});
