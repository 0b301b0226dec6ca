import { findPortfolioTemplate } from "../../catalogue/portfolio-templates";
import { findInvestor } from "../../custody/parties";
import { findPot, POT, type PotData } from "../../custody/pots";
import type { CommandContext } from "../../tenant/command-context";
import { defineCommand, fail, succeed } from "../../tenant/commands";
import { RebalanceBody } from "./schema";
import { EVALUATE_JOB, EXECUTE_JOB, REBALANCE_EVALUATION, REBALANCE_REQUEST, type RebalanceRequestData } from "./store";

/** The pots a request selects, in a stable order, and the ids that named nothing. */
function select(ctx: CommandContext, body: RebalanceBody): { pots: string[]; missing: string[] } {
  const values = [...new Set(body.values)];
  if (body.type === "pot") {
    const missing = values.filter((id) => !findPot(ctx, id));
    return { pots: values.filter((id) => !missing.includes(id)), missing };
  }
  const missing = values.filter((id) => (body.type === "investor" ? !findInvestor(ctx, id) : !findPortfolioTemplate(ctx, id)));
  const wanted = new Set(values);
  const pots = ctx
    .listKind<PotData>(POT)
    .filter((pot) => (body.type === "investor" ? pot.data.investor_id.some((id) => wanted.has(id)) : pot.data.portfolio_template_id !== null && wanted.has(pot.data.portfolio_template_id)))
    .map((pot) => pot.id);
  return { pots, missing };
}

function start(ctx: CommandContext, body: RebalanceBody, kind: string, job: string) {
  const id = `re-${crypto.randomUUID()}`;
  const { pots, missing } = select(ctx, body);
  // Ids the tenant does not hold go into `warning`; when none of them names anything, nothing is started.
  if (missing.length === new Set(body.values).size) {
    return fail({ code: "resource_not_found", detail: `None of the ${body.type} ids was found`, errors: [{ field: "values", message: `unknown ${body.type} ids: ${missing.join(", ")}` }] });
  }
  const data: RebalanceRequestData = {
    rebalance_request_id: id,
    status: "processing",
    reason: null,
    warning: missing.length > 0 ? `The following ids were not found [${missing.join(", ")}]` : null,
    internal: { total: pots.length, cursor: 0, in_flight: 0 },
  };
  const stored = ctx.insert(kind, id, data);
  // The pot list rides with the job, so the request (projected on every change) stays small.
  ctx.schedule(job, id, ctx.nowMs, { id, pots });
  return succeed(202, { rebalance_request_id: id, status: "processing", created_at: stored.createdAt });
}

/** `rebalance.evaluate`: selects the pots and evaluates them asynchronously, in chunks of jobs. */
export const evaluateRebalance = defineCommand({
  input: RebalanceBody,
  run: (ctx, body) => start(ctx, body, REBALANCE_EVALUATION, EVALUATE_JOB),
});

/** `rebalance.trigger`: selects the pots and rebalances each eligible one through a switch, in chunks of jobs. */
export const triggerRebalance = defineCommand({
  input: RebalanceBody,
  run: (ctx, body) => start(ctx, body, REBALANCE_REQUEST, EXECUTE_JOB),
});
