import { createRoute } from "@hono/zod-openapi";
import { database } from "../../db/client";
import { findResource, listResources, term } from "../../db/resources";
import { POT, toPot, type PotData } from "../../custody/pots";
import { ApiError } from "../../platform/errors/api-error";
import { createRouter, IdempotencyHeader, jsonContent, problemResponses, TENANT_PROBLEMS, TENANT_SECURITY, TENANT_WRITE_PROBLEMS } from "../../platform/openapi";
import { sendCommand } from "../../tenant/client";
import { CreatePotsBody, CreatePotsResponse, ListPotsQuery, Pot, PotList, PotParams, UpdatePotBody } from "./schema";

const tags = ["Pots"];
/** Pot lists are unpaginated; this bounds one investor's list. */
const ALL = { pageSize: 10_000, pageNumber: 1, sort: "asc" as const };

const createPotsRoute = createRoute({
  method: "post",
  path: "/tenant/pots/v1",
  tags,
  summary: "Create new pots",
  description: "Up to five pots per request, each with its own result. Send investor_id or account_id as the financial product requires.",
  security: TENANT_SECURITY,
  request: { headers: IdempotencyHeader, body: { content: jsonContent(CreatePotsBody), required: true } },
  responses: { 201: { description: "Per-pot results", content: jsonContent(CreatePotsResponse) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
});

const listPotsRoute = createRoute({
  method: "get",
  path: "/tenant/pots/v1",
  tags,
  summary: "Get all pots for an investor",
  security: TENANT_SECURITY,
  request: { query: ListPotsQuery },
  responses: { 200: { description: "The investor's pots (incl. joint pots)", content: jsonContent(PotList) }, ...problemResponses(...TENANT_PROBLEMS) },
});

const getPotRoute = createRoute({
  method: "get",
  path: "/tenant/pots/v1/{pot_id}",
  tags,
  summary: "Retrieve existing pot from pot ID",
  security: TENANT_SECURITY,
  request: { params: PotParams },
  responses: { 200: { description: "The pot", content: jsonContent(Pot) }, ...problemResponses(...TENANT_PROBLEMS) },
});

const updatePotRoute = createRoute({
  method: "patch",
  path: "/tenant/pots/v1/{pot_id}",
  tags,
  summary: "Update existing pot details",
  security: TENANT_SECURITY,
  request: { headers: IdempotencyHeader, params: PotParams, body: { content: jsonContent(UpdatePotBody), required: true } },
  responses: { 200: { description: "The pot", content: jsonContent(Pot) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
});

/** Pots: writes go to the tenant object, reads come from D1. */
export const potRoutes = createRouter()
  .openapi(createPotsRoute, (c) => {
    const body = c.req.valid("json");
    return sendCommand(c, "pot.create", body, { wealthosRequestId: body.request_id }) as never;
  })
  .openapi(listPotsRoute, async (c) => {
    const { investor_id, financial_product_id } = c.req.valid("query");
    const tenantId = c.get("tenant").id;
    const db = database(c.env.DB);
    const { items } = await listResources<PotData>(db, tenantId, POT, ALL, { terms: [term("investor_id", investor_id)] });
    const products = financial_product_id ? financial_product_id.split(",").map((p) => p.trim()).filter(Boolean) : null;
    const pots = items.filter((p) => !products || products.includes(p.data.financial_product_id)).map(toPot);
    return c.json({ pots }, 200);
  })
  .openapi(getPotRoute, async (c) => {
    const { pot_id } = c.req.valid("param");
    const record = await findResource<PotData>(database(c.env.DB), c.get("tenant").id, POT, pot_id);
    if (!record) throw new ApiError("resource_not_found", `Pot '${pot_id}' does not exist`, { errors: [{ field: "pot_id", message: "unknown pot" }] });
    return c.json(toPot(record), 200);
  })
  .openapi(updatePotRoute, (c) => sendCommand(c, "pot.update", { ...c.req.valid("json"), pot_id: c.req.valid("param").pot_id }) as never);
