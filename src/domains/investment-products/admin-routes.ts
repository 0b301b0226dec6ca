import { createRoute } from "@hono/zod-openapi";
import { ADMIN_SECURITY, createRouter, jsonContent, problemResponses } from "../../platform/openapi";
import { sendAdminCommand } from "../../tenant/admin-client";
import { AdminInvestmentProductParams, InvestmentProduct, InvestmentProductPrice, PublishPriceBody, UpsertInvestmentProductBody } from "./schema";

const tags = ["Admin"];

const upsertRoute = createRoute({
  method: "put",
  path: "/admin/v1/tenants/{tenant_id}/investment-products/{investment_product_id}",
  tags,
  summary: "Create or change a tenant's investment product",
  description:
    "Creating (201) needs name, id_type, asset_type, currency, close_price and close_price_on_date; an update (200) changes only the fields sent. " +
    "A close price follows the price rules of the prices endpoint.",
  security: ADMIN_SECURITY,
  request: { params: AdminInvestmentProductParams, body: { content: jsonContent(UpsertInvestmentProductBody), required: true } },
  responses: {
    200: { description: "The product, changed", content: jsonContent(InvestmentProduct) },
    201: { description: "The product, created", content: jsonContent(InvestmentProduct) },
    ...problemResponses(400, 401, 404, 409, 413, 415),
  },
});

const publishPriceRoute = createRoute({
  method: "post",
  path: "/admin/v1/tenants/{tenant_id}/investment-products/{investment_product_id}/prices",
  tags,
  summary: "Publish a new current price of an investment product",
  description:
    "`price` is a decimal string > 0 with at most 4 decimals. `price_date` may not be in the future (400) nor before the current price's date (409); " +
    "the same date replaces the current price.",
  security: ADMIN_SECURITY,
  request: { params: AdminInvestmentProductParams, body: { content: jsonContent(PublishPriceBody), required: true } },
  responses: { 200: { description: "The current price", content: jsonContent(InvestmentProductPrice) }, ...problemResponses(400, 401, 404, 409, 413, 415) },
});

/** Operator writes of a tenant's investment products, run by the tenant's object. */
export const investmentProductAdminRoutes = createRouter()
  .openapi(upsertRoute, (c) => {
    const { tenant_id, investment_product_id } = c.req.valid("param");
    return sendAdminCommand(c, tenant_id, "investment_product.upsert", { ...c.req.valid("json"), investment_product_id }) as never;
  })
  .openapi(publishPriceRoute, (c) => {
    const { tenant_id, investment_product_id } = c.req.valid("param");
    return sendAdminCommand(c, tenant_id, "investment_product.publish_price", { ...c.req.valid("json"), investment_product_id }) as never;
  });
