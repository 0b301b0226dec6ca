import { createRoute } from "@hono/zod-openapi";
import { FX_RATE, type FxRateData } from "../../custody/fx-rates";
import { database } from "../../db/client";
import { listResources } from "../../db/resources";
import { ADMIN_SECURITY, createRouter, jsonContent, problemResponses, TENANT_PROBLEMS, TENANT_SECURITY } from "../../platform/openapi";
import { sendAdminCommand } from "../../tenant/admin-client";
import { toRate } from "./commands";
import { AdminRateParams, PublishedRate, PublishRateBody, RateList, RateQuery } from "./schema";

const ALL = { pageSize: 10_000, pageNumber: 1, sort: "asc" as const };

const publishRoute = createRoute({
  method: "put",
  path: "/admin/v1/tenants/{tenant_id}/rates/fx-spot/{pair}",
  tags: ["Admin"],
  summary: "Publish an fx-spot rate of a currency pair",
  description:
    "`rate` (quote currency per one unit of base, > 0, at most 8 decimals) fixed at `as_of`. Every publication is kept; the one with the newest `as_of` " +
    "is the pair's latest, which valuation and `GET /tenant/rates/v1` use. The same `as_of` again replaces that publication.",
  security: ADMIN_SECURITY,
  request: { params: AdminRateParams, body: { content: jsonContent(PublishRateBody), required: true } },
  responses: { 200: { description: "The publication", content: jsonContent(PublishedRate) }, ...problemResponses(400, 401, 404, 413, 415) },
});

const listRoute = createRoute({
  method: "get",
  path: "/tenant/rates/v1",
  tags: ["Rates"],
  summary: "Get configured rates",
  description: "The latest rate of every configured pair of the rate type (only `fx-spot`), by pair.",
  security: TENANT_SECURITY,
  request: { query: RateQuery },
  responses: { 200: { description: "Rates", content: jsonContent(RateList) }, ...problemResponses(...TENANT_PROBLEMS) },
});

/** Rates: the operator publishes through the tenant's object; tenants read the latest from D1. */
export const rateRoutes = createRouter()
  .openapi(publishRoute, (c) => {
    const { tenant_id, pair } = c.req.valid("param");
    return sendAdminCommand(c, tenant_id, "fx_rate.publish", { ...c.req.valid("json"), pair }) as never;
  })
  .openapi(listRoute, async (c) => {
    const { items } = await listResources<FxRateData>(database(c.env.DB), c.get("tenant").id, FX_RATE, ALL);
    const rates = items.map((r) => toRate(r.data)).sort((a, b) => (a.rate_id < b.rate_id ? -1 : a.rate_id > b.rate_id ? 1 : 0));
    return c.json({ rates }, 200);
  });
