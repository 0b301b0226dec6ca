import { z } from "@hono/zod-openapi";
import { omitAbsent } from "../platform/wire-absent";
import { decimalString } from "../platform/wire-decimals";
import type { TransactionData } from "./transactions";

/** The wire shapes a switch shares with the rebalance that runs it: its instructions and its child orders. */

export const SwitchInstructionSchema = z
  .object({
    investment_product_id: z.string().min(1).max(64).openapi({ description: "`cash` (sell side only) means: use this much free cash", example: "GB00B3X7QG63" }),
    mode: z.enum(["percentage", "unit", "value"]).openapi({ description: "cash takes only value or percentage; buys take percentage (of the proceeds plus cash released) or value" }),
    value: decimalString(4, { example: "10" }).openapi({ description: "percentage: up to 100 with 2 decimals; unit: units on the product's grid; value: cash with 2 decimals" }),
  })
  .openapi("SwitchInstruction");

export const SwitchChild = z
  .object({
    investment_product_id: z.string(),
    status: z.enum(["instructed", "priced", "settled", "rejected"]),
    side: z.enum(["buy", "sell"]),
    transaction_id: z.string(),
    quantity: z.string().optional(),
    price: z.string().optional(),
    value: z.string().optional(),
    created_at: z.string().openapi({ format: "date-time" }),
    updated_at: z.string().openapi({ format: "date-time" }),
  })
  .openapi("SwitchChildTransaction");

interface Stored<T> {
  data: T;
  createdAt: string;
  updatedAt: string;
}

const CHILD_STATUS: Record<string, "instructed" | "priced" | "settled" | "rejected"> = { instructed: "instructed", priced: "priced", settled: "settled", rejected: "rejected" };

/** A child order as the switch GET lists it. */
export function toSwitchChild(entity: Stored<TransactionData>) {
  const t = entity.data;
  return omitAbsent({
    investment_product_id: t.investment_product_id,
    status: CHILD_STATUS[t.sub_type] ?? "instructed",
    side: t.internal.kind === "buy" ? ("buy" as const) : ("sell" as const),
    transaction_id: t.transaction_id,
    quantity: t.sub_type === "instructed" && t.internal.order === "value" ? undefined : (t.transaction_quantity ?? undefined),
    price: t.execution_price ?? undefined,
    value: t.transaction_value ?? undefined,
    created_at: entity.createdAt,
    updated_at: entity.updatedAt,
  });
}

