import { createRoute, z } from "@hono/zod-openapi";
import { database } from "../../db/client";
import { findResource, listResources } from "../../db/resources";
import { ApiError } from "../../platform/errors/api-error";
import { createRouter, problemResponses, TENANT_PROBLEMS, TENANT_SECURITY, TENANT_WRITE_PROBLEMS } from "../../platform/openapi";
import { pageRequest } from "../../platform/pagination";
import { sendCommand } from "../../tenant/client";
import { INVESTOR } from "./commands";
import { CreateInvestorBody, Investor, InvestorList, InvestorParams, ListInvestorsQuery, UpdateInvestorBody } from "./schema";
import { toInvestor, type InvestorData } from "./serialize";

const tags = ["Individual Investors"];
const json = <T>(schema: T) => ({ "application/json": { schema } });
const IdempotencyHeader = z.object({
  "idempotency-key": z.string().optional().openapi({ description: "UUID v4; repeats replay the original answer" }),
});

const createInvestorRoute = createRoute({
  method: "post",
  path: "/tenant/investors/v1",
  tags,
  summary: "Create investor",
  security: TENANT_SECURITY,
  request: { headers: IdempotencyHeader, body: { content: json(CreateInvestorBody), required: true } },
  responses: { 201: { description: "The investor", content: json(Investor) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
});

const listInvestorsRoute = createRoute({
  method: "get",
  path: "/tenant/investors/v1",
  tags,
  summary: "Get all investors",
  security: TENANT_SECURITY,
  request: { query: ListInvestorsQuery },
  responses: { 200: { description: "A page of investors", content: json(InvestorList) }, ...problemResponses(...TENANT_PROBLEMS) },
});

const getInvestorRoute = createRoute({
  method: "get",
  path: "/tenant/investors/v1/{investor_id}",
  tags,
  summary: "Get investor",
  security: TENANT_SECURITY,
  request: { params: InvestorParams },
  responses: { 200: { description: "The investor", content: json(Investor) }, ...problemResponses(...TENANT_PROBLEMS) },
});

const updateInvestorRoute = createRoute({
  method: "patch",
  path: "/tenant/investors/v1/{investor_id}",
  tags,
  summary: "Update investor",
  description: "Partial update: only sent fields change, `null` clears a nullable field. `reference_version` must be the current one.",
  security: TENANT_SECURITY,
  request: { headers: IdempotencyHeader, params: InvestorParams, body: { content: json(UpdateInvestorBody), required: true } },
  responses: { 200: { description: "The investor", content: json(Investor) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
});

/** Individual investors: writes go to the tenant object, reads come from D1. */
export const investorRoutes = createRouter()
  .openapi(createInvestorRoute, (c) => sendCommand(c, "investor.create", c.req.valid("json")) as never)
  .openapi(listInvestorsRoute, async (c) => {
    const page = pageRequest(c.req.valid("query"), { pageSize: 500, maxPageSize: 2000 });
    const { items, nextPageAvailable } = await listResources<InvestorData>(database(c.env.DB), c.get("tenant").id, INVESTOR, page);
    return c.json({ investors: items.map(toInvestor), next_page_available: nextPageAvailable }, 200);
  })
  .openapi(getInvestorRoute, async (c) => {
    const { investor_id } = c.req.valid("param");
    const record = await findResource<InvestorData>(database(c.env.DB), c.get("tenant").id, INVESTOR, investor_id);
    if (!record) {
      throw new ApiError("resource_not_found", `Investor '${investor_id}' does not exist`, { errors: [{ field: "investor_id", message: "unknown investor" }] });
    }
    return c.json(toInvestor(record), 200);
  })
  .openapi(updateInvestorRoute, (c) =>
    sendCommand(c, "investor.update", { ...c.req.valid("json"), investor_id: c.req.valid("param").investor_id }) as never,
  );
