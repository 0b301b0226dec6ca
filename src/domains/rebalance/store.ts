import type { SwitchInstruction } from "../../custody/switches";

/** Entity kinds: an evaluation or a rebalance request (`re-<uuid>`), and one row per selected pot. */
export const REBALANCE_EVALUATION = "rebalance_evaluation";
export const REBALANCE_REQUEST = "rebalance_request";
/** id `{request id}/{pot id}`; owner: the request. */
export const REBALANCE_POT = "rebalance_pot";

export const EVALUATE_JOB = "rebalance.evaluate";
export const EXECUTE_JOB = "rebalance.execute";

/** Pots handled per job run: small enough that a run never holds the object for long. */
export const POTS_PER_RUN = 5;

export interface RebalanceRequestData {
  rebalance_request_id: string;
  status: "processing" | "completed" | "failed";
  reason: string | null;
  warning: string | null;
  internal: {
    /** How many pots were selected (the list travels with the job) and how many have been handled. */
    total: number;
    cursor: number;
    /** Switches started and not yet finished (execution only). */
    in_flight: number;
  };
}

export interface RebalancePotData {
  pot_id: string;
  investor_id: string[];
  portfolio_template_id: string | null;
  rebalance_eligibility_status: "eligible" | "ineligible" | "no_portfolio_attached" | "negative_holdings" | "no_holdings";
  portfolio_deviation: string | null;
  /** Execution only. */
  status?: "failed" | "processing" | "initiated" | "sell_in_progress" | "buy_in_progress" | "completed";
  reason?: string | null;
  instruction_id?: string | null;
  sell_instructions?: SwitchInstruction[];
  buy_instructions?: SwitchInstruction[];
}
