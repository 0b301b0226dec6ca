import { createRoute } from "@hono/zod-openapi";
import { COUNTERPARTY, type CounterpartyData } from "../../catalogue/counterparties";
import { database } from "../../db/client";
import { findResource, listResources } from "../../db/resources";
import { ApiError } from "../../platform/errors/api-error";
import { ADMIN_SECURITY, createRouter, jsonContent, problemResponses, TENANT_PROBLEMS, TENANT_SECURITY } from "../../platform/openapi";
import { paged, pageRequest, type Paging } from "../../platform/pagination";
import { sendAdminCommand } from "../../tenant/admin-client";
import { AdminCounterpartyParams, Counterparty, CounterpartyList, CounterpartyParams, ListCounterpartiesQuery, UpsertCounterpartyBody } from "./schema";
import { toCounterparty } from "./serialize";

const PAGING: Paging = { pageSize: 1000, maxPageSize: 8000 };
const tags = ["Counterparties"];

const listRoute = createRoute({
  method: "get",
  path: "/tenant/counterparties/v1",
  tags,
  summary: "Get all counterparties (BETA)",
  description: "Sorted by creation time (default desc). Paging defaults 1000/1, max 8000. Counterparties are set by the operator (admin API).",
  security: TENANT_SECURITY,
  request: { query: paged(ListCounterpartiesQuery, PAGING) },
  responses: { 200: { description: "A page of counterparties", content: jsonContent(CounterpartyList) }, ...problemResponses(...TENANT_PROBLEMS) },
});

const getRoute = createRoute({
  method: "get",
  path: "/tenant/counterparties/v1/{counterparty_id}",
  tags,
  summary: "Get existing counterparty (BETA)",
  description: "The schedules govern when deposit and redemption instructions are sent.",
  security: TENANT_SECURITY,
  request: { params: CounterpartyParams },
  responses: { 200: { description: "The counterparty", content: jsonContent(Counterparty) }, ...problemResponses(...TENANT_PROBLEMS) },
});

const upsertRoute = createRoute({
  method: "put",
  path: "/admin/v1/tenants/{tenant_id}/counterparties/{counterparty_id}",
  tags: ["Admin"],
  summary: "Create or change a tenant's counterparty",
  description:
    "Creating (201) needs counterparty_name, instruction_schedule and sell_instruction_schedule; an update (200) changes only the fields sent. " +
    "Attachments refer to stored files by FILE- id.",
  security: ADMIN_SECURITY,
  request: { params: AdminCounterpartyParams, body: { content: jsonContent(UpsertCounterpartyBody), required: true } },
  responses: {
    200: { description: "The counterparty, changed", content: jsonContent(Counterparty) },
    201: { description: "The counterparty, created", content: jsonContent(Counterparty) },
    ...problemResponses(400, 401, 404, 413, 415),
  },
});

/** Counterparties: tenant reads from D1, the operator's upsert through the tenant object. */
export const counterpartyRoutes = createRouter()
  .openapi(listRoute, async (c) => {
    const page = pageRequest(c.req.valid("query"), PAGING);
    const { items, nextPageAvailable } = await listResources<CounterpartyData>(database(c.env.DB), c.get("tenant").id, COUNTERPARTY, page);
    return c.json({ counterparties: items.map(toCounterparty), next_page_available: nextPageAvailable }, 200);
  })
  .openapi(getRoute, async (c) => {
    const { counterparty_id } = c.req.valid("param");
    const record = await findResource<CounterpartyData>(database(c.env.DB), c.get("tenant").id, COUNTERPARTY, counterparty_id);
    if (!record) {
      throw new ApiError("resource_not_found", `Counterparty '${counterparty_id}' does not exist`, { errors: [{ field: "counterparty_id", message: "unknown counterparty" }] });
    }
    return c.json(toCounterparty(record), 200);
  })
  .openapi(upsertRoute, (c) => {
    const { tenant_id, counterparty_id } = c.req.valid("param");
    return sendAdminCommand(c, tenant_id, "counterparty.upsert", { ...c.req.valid("json"), counterparty_id }) as never;
  });
