import { createRoute } from "@hono/zod-openapi";
import { SWITCH, type SwitchData } from "../../custody/switches";
import { TRANSACTION, type TransactionData } from "../../custody/transactions";
import { database } from "../../db/client";
import { findResources } from "../../db/resource-queries";
import { findResourceWithOwned, type ResourceRecord } from "../../db/resources";
import { ApiError } from "../../platform/errors/api-error";
import { omitAbsent } from "../../platform/wire-absent";
import { createRouter, IdempotencyHeader, jsonContent, problemResponses, TENANT_PROBLEMS, TENANT_SECURITY, TENANT_WRITE_PROBLEMS } from "../../platform/openapi";
import { sendCommand } from "../../tenant/client";
import { toSwitchChild } from "../../custody/switch-wire";
import { EvaluationQuery, EvaluationResponse, ExecutionResponse, RebalanceAccepted, RebalanceBody, ResultsQuery } from "./schema";
import { REBALANCE_EVALUATION, REBALANCE_POT, REBALANCE_REQUEST, type RebalancePotData, type RebalanceRequestData } from "./store";

const tags = ["Rebalance"];

function postRoute(path: string, summary: string, description: string) {
  return createRoute({
    method: "post",
    path,
    tags,
    summary,
    description,
    security: TENANT_SECURITY,
    request: { headers: IdempotencyHeader, body: { content: jsonContent(RebalanceBody), required: true } },
    responses: { 202: { description: "Accepted; processing", content: jsonContent(RebalanceAccepted) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
  });
}

const evaluateRoute = postRoute(
  "/tenant/pots/v1/evaluate-rebalance",
  "Evaluate rebalance",
  "Selects pots by pot, investor or portfolio template id and reports for each its deviation from its template (half the sum of |actual − target weight|, " +
    "in percentage points) and whether it is eligible (deviation above the tenant's rebalance_threshold, no trade in flight). Asynchronous: see rebalance-evaluation-status.",
);
const triggerRoute = postRoute(
  "/tenant/pots/v1/rebalance",
  "Trigger rebalance process",
  "Rebalances every eligible selected pot through a switch (origin rebalance): over-weight assets are sold first, then, once the sales are priced, " +
    "under-weight assets are bought with the (pending) proceeds and surplus cash; trades below the tenant's rebalance_minimum_trade_value are skipped. Multi-day: see rebalance-results.",
);

const evaluationStatusRoute = createRoute({
  method: "get",
  path: "/tenant/pots/v1/rebalance-evaluation-status",
  tags,
  summary: "Retrieve rebalance evaluation request details",
  security: TENANT_SECURITY,
  request: { query: EvaluationQuery },
  responses: { 200: { description: "The evaluation", content: jsonContent(EvaluationResponse) }, ...problemResponses(...TENANT_PROBLEMS) },
});

const resultsRoute = createRoute({
  method: "get",
  path: "/tenant/pots/v1/rebalance-results",
  tags,
  summary: "Retrieve rebalance request details",
  security: TENANT_SECURITY,
  request: { query: ResultsQuery },
  responses: { 200: { description: "The rebalance request", content: jsonContent(ExecutionResponse) }, ...problemResponses(...TENANT_PROBLEMS) },
});

function header(record: ResourceRecord<RebalanceRequestData>) {
  return omitAbsent({
    rebalance_request_id: record.id,
    status: record.data.status,
    reason: record.data.reason ?? undefined,
    warning: record.data.warning ?? undefined,
    created_at: record.createdAt,
    updated_at: record.updatedAt,
  });
}

function notFound(field: string, id: string): never {
  throw new ApiError("resource_not_found", `Rebalance request '${id}' does not exist`, { errors: [{ field, message: "unknown rebalance request" }] });
}

/** Rebalancing: commands to evaluate and trigger, D1 to read. Mounted before the pot CRUD routes. */
export const rebalanceRoutes = createRouter()
  .openapi(evaluateRoute, (c) => {
    const body = c.req.valid("json");
    return sendCommand(c, "rebalance.evaluate", body, { wealthosRequestId: body.request_id }) as never;
  })
  .openapi(triggerRoute, (c) => {
    const body = c.req.valid("json");
    return sendCommand(c, "rebalance.trigger", body, { wealthosRequestId: body.request_id }) as never;
  })
  .openapi(evaluationStatusRoute, async (c) => {
    const id = c.req.valid("query").rebalance_evaluation_id;
    const found = await findResourceWithOwned<RebalanceRequestData, RebalancePotData>(database(c.env.DB), c.get("tenant").id, REBALANCE_EVALUATION, id, REBALANCE_POT);
    if (!found) return notFound("rebalance_evaluation_id", id);
    const pot_details = found.owned.map(({ data }) =>
      omitAbsent({
        pot_id: data.pot_id,
        rebalance_eligibility_status: data.rebalance_eligibility_status,
        investor_id: data.investor_id,
        portfolio_template_id: data.portfolio_template_id ?? undefined,
        portfolio_deviation: data.portfolio_deviation ?? undefined,
      }),
    );
    return c.json({ rebalanceEvaluation: { ...header(found.record), pot_details }, next_page_available: false } as never, 200);
  })
  .openapi(resultsRoute, async (c) => {
    const id = c.req.valid("query").rebalance_request_id;
    const db = database(c.env.DB);
    const tenantId = c.get("tenant").id;
    const found = await findResourceWithOwned<RebalanceRequestData, RebalancePotData>(db, tenantId, REBALANCE_REQUEST, id, REBALANCE_POT);
    if (!found) return notFound("rebalance_request_id", id);
    const switchIds = found.owned.flatMap((r) => (r.data.instruction_id ? [r.data.instruction_id] : []));
    const switches = new Map((await findResources<SwitchData>(db, tenantId, SWITCH, switchIds)).map((r) => [r.id, r]));
    const childIds = [...switches.values()].flatMap((s) => [...s.data.internal.sells, ...s.data.internal.buys]);
    const children = new Map((await findResources<TransactionData>(db, tenantId, TRANSACTION, childIds)).map((r) => [r.id, r]));
    const pot_details = found.owned.map(({ data }) => {
      const sw = data.instruction_id ? switches.get(data.instruction_id) : undefined;
      // A pot's live status is its switch's while the switch runs.
      const status = sw ? sw.data.status : (data.status ?? "processing");
      return omitAbsent({
        pot_id: data.pot_id,
        status,
        portfolio_template_id: data.portfolio_template_id ?? "",
        investor_id: data.investor_id,
        portfolio_deviation: data.portfolio_deviation ?? "",
        reason: (sw ? sw.data.reason : data.reason) ?? undefined,
        instruction_id: data.instruction_id ?? undefined,
        sell_instructions: data.sell_instructions,
        buy_instructions: data.buy_instructions,
        transactions: sw ? [...sw.data.internal.sells, ...sw.data.internal.buys].flatMap((tid) => children.get(tid) ?? []).map(toSwitchChild) : undefined,
      });
    });
    return c.json({ rebalanceExecution: { ...header(found.record), pot_details }, next_page_available: false } as never, 200);
  });
