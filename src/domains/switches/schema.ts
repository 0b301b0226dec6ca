import { z } from "@hono/zod-openapi";
import { decimalString } from "../../platform/wire-decimals";

/** The wire contract of switch instructions (WealthOS #55–56). */

export const SwitchInstructionSchema = z
  .object({
    investment_product_id: z.string().min(1).max(64).openapi({ description: "`cash` (sell side only) means: use this much free cash", example: "GB00B3X7QG63" }),
    mode: z.enum(["percentage", "unit", "value"]).openapi({ description: "cash takes only value or percentage; buys take percentage (of the proceeds plus cash released) or value" }),
    value: decimalString(4, { example: "10" }).openapi({ description: "percentage: up to 100 with 2 decimals; unit: units on the product's grid; value: cash with 2 decimals" }),
  })
  .openapi("SwitchInstruction");

export const SwitchBody = z
  .object({
    request_id: z.uuid(),
    pot_id: z.string().min(1).max(64),
    sell_instructions: z.array(SwitchInstructionSchema).min(1).max(20),
    buy_instructions: z.array(SwitchInstructionSchema).min(1).max(20),
  })
  .openapi("SwitchBody");
export type SwitchBody = z.infer<typeof SwitchBody>;

const STATUSES = ["initiated", "sell_in_progress", "buy_in_progress", "completed", "failed"] as const;

export const SwitchResponse = z
  .object({
    status: z.enum(STATUSES),
    switch_transaction_id: z.uuid(),
    pot_id: z.string(),
    origin: z.enum(["api", "rebalance"]),
    sell_instructions: z.array(SwitchInstructionSchema),
    buy_instructions: z.array(SwitchInstructionSchema),
  })
  .openapi("SwitchResponse");

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

export const SwitchDetails = SwitchResponse.extend({
  created_at: z.string().openapi({ format: "date-time" }),
  updated_at: z.string().openapi({ format: "date-time" }),
  reason: z.string().optional().openapi({ description: "why the switch failed" }),
  transactions: z.array(SwitchChild).optional().openapi({ description: "the child sells and buys, only with include_details=true" }),
}).openapi("SwitchDetails");

export const SwitchQuery = z.object({
  switch_transaction_id: z.string().min(1).max(64).openapi({ example: "5badc696-5591-485f-9d7f-428b9b8460c2" }),
  include_details: z.enum(["true", "false"]).optional().openapi({ type: "boolean" }),
});
