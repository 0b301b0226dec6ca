import { z } from "@hono/zod-openapi";
import { SwitchChild, SwitchInstructionSchema } from "../../custody/switch-wire";

/** The wire contract of rebalancing (WealthOS #57–60). */

export const RebalanceBody = z
  .object({
    request_id: z.uuid(),
    type: z.enum(["pot", "investor", "portfolio"]).openapi({ description: "What `values` name: pots, investors (their pots) or portfolio templates (the pots attached to them)" }),
    values: z.array(z.string().min(1).max(64)).min(1).max(1000),
  })
  .openapi("RebalanceBody");
export type RebalanceBody = z.infer<typeof RebalanceBody>;

export const RebalanceAccepted = z
  .object({
    rebalance_request_id: z.string().openapi({ example: "re-d3b39bc2-0ff5-40c0-9575-f5139b959c1b" }),
    status: z.enum(["processing"]),
    created_at: z.string().openapi({ format: "date-time" }),
  })
  .openapi("RebalanceAccepted");

const STATUSES = ["processing", "in_progress", "completed", "failed"] as const;

const common = {
  rebalance_request_id: z.string(),
  status: z.enum(STATUSES),
  reason: z.string().optional(),
  warning: z.string().optional().openapi({ example: "The following ids were not found [pot-ABC12345]" }),
  created_at: z.string().openapi({ format: "date-time" }),
  updated_at: z.string().openapi({ format: "date-time" }),
};

export const EvaluationPot = z
  .object({
    pot_id: z.string(),
    rebalance_eligibility_status: z.enum(["eligible", "ineligible", "no_portfolio_attached", "negative_holdings", "no_holdings"]),
    investor_id: z.array(z.string()),
    portfolio_template_id: z.string().optional(),
    portfolio_deviation: z.string().optional().openapi({ description: "percentage points, 2 decimals", example: "20.00" }),
  })
  .openapi("RebalanceEvaluationPot");

export const EvaluationResponse = z
  .object({
    rebalanceEvaluation: z.object({ ...common, pot_details: z.array(EvaluationPot) }),
    next_page_available: z.boolean(),
  })
  .openapi("RebalanceEvaluationStatus");

export const ExecutionPot = z
  .object({
    pot_id: z.string(),
    status: z.enum(["failed", "processing", "initiated", "sell_in_progress", "buy_in_progress", "completed"]),
    portfolio_template_id: z.string(),
    investor_id: z.array(z.string()),
    portfolio_deviation: z.string(),
    reason: z.string().optional(),
    instruction_id: z.string().optional().openapi({ description: "the pot's switch (origin rebalance)" }),
    sell_instructions: z.array(SwitchInstructionSchema).optional(),
    buy_instructions: z.array(SwitchInstructionSchema).optional(),
    transactions: z.array(SwitchChild).optional(),
  })
  .openapi("RebalanceExecutionPot");

export const ExecutionResponse = z
  .object({
    rebalanceExecution: z.object({ ...common, pot_details: z.array(ExecutionPot) }),
    next_page_available: z.boolean(),
  })
  .openapi("RebalanceResults");

export const EvaluationQuery = z.object({ rebalance_evaluation_id: z.string().min(1).max(64) });
export const ResultsQuery = z.object({ rebalance_request_id: z.string().min(1).max(64) });
