import { z } from "@hono/zod-openapi";
import { SwitchChild, SwitchInstructionSchema } from "../../custody/switch-wire";

/** The wire contract of switch instructions (WealthOS #55–56). */

export { SwitchInstructionSchema };

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

export { SwitchChild };

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
