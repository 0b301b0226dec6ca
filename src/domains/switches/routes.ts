import { createRoute } from "@hono/zod-openapi";
import { SWITCH, type SwitchData } from "../../custody/switches";
import { TRANSACTION, type TransactionData } from "../../custody/transactions";
import { database } from "../../db/client";
import { findResources } from "../../db/resource-queries";
import { findResource } from "../../db/resources";
import { ApiError } from "../../platform/errors/api-error";
import { createRouter, IdempotencyHeader, jsonContent, problemResponses, TENANT_PROBLEMS, TENANT_SECURITY, TENANT_WRITE_PROBLEMS } from "../../platform/openapi";
import { sendCommand } from "../../tenant/client";
import { SwitchBody, SwitchDetails, SwitchQuery, SwitchResponse } from "./schema";
import { toSwitchDetails } from "./serialize";

const tags = ["Switch Instruction"];

const executeRoute = createRoute({
  method: "post",
  path: "/tenant/transactions/v1/switch",
  tags,
  summary: "Execute switch instruction",
  description:
    "Sells (by unit, value or percentage of the free holding; `cash` by value or percentage of free cash, set aside for the buys) are placed at once as Switch Sell " +
    "children. When every sell is priced, the buys (percentage of the proceeds plus the cash set aside, or value) are placed as Switch Buy children, funded by the " +
    "pending proceeds, and settle on their own T+n but never before the sells that fund them. initiated → sell_in_progress → buy_in_progress → completed, or failed with a reason when a sell is rejected.",
  security: TENANT_SECURITY,
  request: { headers: IdempotencyHeader, body: { content: jsonContent(SwitchBody), required: true } },
  responses: { 200: { description: "The switch, started", content: jsonContent(SwitchResponse) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
});

const statusRoute = createRoute({
  method: "get",
  path: "/tenant/transactions/v1/switch",
  tags,
  summary: "Retrieve switch instruction from switch ID",
  description: "The switch's status; with include_details=true also its child sells and buys.",
  security: TENANT_SECURITY,
  request: { query: SwitchQuery },
  responses: { 200: { description: "The switch", content: jsonContent(SwitchDetails) }, ...problemResponses(...TENANT_PROBLEMS) },
});

/** Switch instructions: a command to execute, D1 to read. Mounted before the transaction routes. */
export const switchRoutes = createRouter()
  .openapi(executeRoute, (c) => {
    const body = c.req.valid("json");
    return sendCommand(c, "switch.create", body, { wealthosRequestId: body.request_id }) as never;
  })
  .openapi(statusRoute, async (c) => {
    const query = c.req.valid("query");
    const db = database(c.env.DB);
    const tenantId = c.get("tenant").id;
    const found = await findResource<SwitchData>(db, tenantId, SWITCH, query.switch_transaction_id);
    if (!found) {
      throw new ApiError("resource_not_found", `Switch '${query.switch_transaction_id}' does not exist`, { errors: [{ field: "switch_transaction_id", message: "unknown switch" }] });
    }
    let children = null;
    if (query.include_details === "true") {
      const ids = [...found.data.internal.sells, ...found.data.internal.buys];
      const byId = new Map((await findResources<TransactionData>(db, tenantId, TRANSACTION, ids)).map((r) => [r.id, r]));
      children = ids.flatMap((id) => byId.get(id) ?? []);
    }
    return c.json(toSwitchDetails(found, children) as never, 200);
  });
