import { z } from "@hono/zod-openapi";
import { Transaction } from "../../custody/transaction-schema";
import { decimalString } from "../../platform/wire-decimals";
import { calendarDate } from "../../platform/wire-fields";

export { Transaction };

const instruction = z
  .object({
    investment_product_id: z.string().min(1).max(64),
    quantity: decimalString(4, { example: "10" }).optional().openapi({ description: "units: at most 4 decimals for funds, whole units for equities, bonds and ETFs" }),
    value: decimalString(2).optional(),
    client_order_id: z.string().min(1).max(20).optional(),
  })
  .superRefine((v, ctx) => {
    if ((v.quantity === undefined) === (v.value === undefined)) ctx.addIssue({ code: "custom", path: ["quantity"], message: "send exactly one of quantity or value" });
  });

export const TradeInstructionSchema = instruction.openapi("TradeInstruction");

export const BuyBody = z
  .object({ request_id: z.uuid(), pot_id: z.string().min(1).max(64), investment_instructions: z.array(TradeInstructionSchema).min(1).max(50) })
  .openapi("BuyBody");
export const SellBody = z
  .object({ request_id: z.uuid(), pot_id: z.string().min(1).max(64), sell_instructions: z.array(TradeInstructionSchema).min(1).max(50) })
  .openapi("SellBody");

/** A transaction booked through `POST /tenant/transactions/v1`: the transaction plus the request's `request_id`, as WealthOS answers it. */
export const CreatedTransaction = Transaction.extend({ request_id: z.string().openapi({ example: "5f2c4d1e-9b7a-4c3e-8f6d-2a1b0c9d8e7f" }) }).openapi("CreatedTransaction");

export const TradeResult = Transaction.partial()
  .extend({ success: z.boolean(), message: z.string().optional() })
  .openapi("TradeResult");

export const TradeResponse = z
  .object({ status: z.enum(["success", "partially_success"]), pot_id: z.string(), results: z.array(TradeResult) })
  .openapi("TradeResponse");

export const FEE_TYPES = [
  "Ancillary fee",
  "Advisor ongoing fee",
  "One-off advisor fee",
  "Custody fees",
  "Commission",
  "Management fee",
  "Fee credit",
  "Fee rebate",
  "Commission rebate",
] as const;

export const FeeBody = z
  .object({
    request_id: z.uuid(),
    pot_id: z.string().min(1).max(64),
    currency: z.string().length(3),
    transaction_value: decimalString(2),
    sub_transaction_type: z.enum(FEE_TYPES),
  })
  .openapi("FeeBody");

export const EXTERNAL_TYPES = ["Buy", "Sell", "Withdrawal", "Interest"] as const;
const date = calendarDate;

export const ExternalTransactionBody = z
  .object({
    request_id: z.string().min(1).max(64),
    external_transaction_reference: z.string().min(1).max(256).optional(),
    sub_transaction_type: z.enum(EXTERNAL_TYPES),
    pot_id: z.string().min(1).max(64),
    currency: z.string().length(3),
    investment_product_id: z.string().min(1).max(64).optional(),
    execution_price: decimalString(4).optional(),
    transaction_quantity: decimalString(4).optional(),
    effective_transaction_value: decimalString(2).optional(),
    transaction_value: decimalString(2).optional(),
    trade_date: date.optional(),
    settlement_date: date,
  })
  .superRefine((v, ctx) => {
    const trade = v.sub_transaction_type === "Buy" || v.sub_transaction_type === "Sell";
    const need = trade ? (["investment_product_id", "execution_price", "transaction_quantity", "effective_transaction_value", "trade_date"] as const) : (["transaction_value"] as const);
    for (const field of need) if (v[field] === undefined) ctx.addIssue({ code: "custom", path: [field], message: `required for ${v.sub_transaction_type}` });
    const other = trade ? (["transaction_value"] as const) : (["investment_product_id", "execution_price", "transaction_quantity", "effective_transaction_value", "trade_date"] as const);
    for (const field of other) if (v[field] !== undefined) ctx.addIssue({ code: "custom", path: [field], message: `not allowed for ${v.sub_transaction_type}` });
  })
  .openapi("ExternalTransactionBody");
