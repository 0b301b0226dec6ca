import { createRoute } from "@hono/zod-openapi";
import { CASH_INVESTMENT_PRODUCT, ENABLED_ACCOUNT_TYPES, type CashInvestmentProductData } from "../../catalogue/cash-investment-products";
import { database } from "../../db/client";
import { findResource, listResources, term, type Term } from "../../db/resources";
import { ApiError } from "../../platform/errors/api-error";
import { ADMIN_SECURITY, createRouter, jsonContent, problemResponses, TENANT_PROBLEMS, TENANT_SECURITY } from "../../platform/openapi";
import { paged, pageRequest, type Paging } from "../../platform/pagination";
import { sendAdminCommand } from "../../tenant/admin-client";
import { AdminCashProductParams, CashInvestmentProduct, CashInvestmentProductList, CashProductParams, ListCashProductsQuery, UpsertCashProductBody } from "./schema";
import { toCashProduct } from "./serialize";

const PAGING: Paging = { pageSize: 1000, maxPageSize: 3000 };

const tags = ["Cash Investment Products"];

const csv = (value: string | undefined) => (value ?? "").split(",").map((s) => s.trim()).filter(Boolean);

/** The list filters as indexed terms (a 400 naming the field for an unknown account type). */
function filters(query: { status?: string | undefined; asset_sub_type?: string | undefined; counterparty?: string | undefined; enabled_third_parties?: string | undefined; enabled_account_types?: string | undefined }) {
  const terms: Term[] = [];
  if (query.status) terms.push(term("status", query.status));
  if (query.asset_sub_type) terms.push(term("asset_sub_type", query.asset_sub_type));
  if (query.counterparty) terms.push(term("counterparty", query.counterparty));
  const parties = csv(query.enabled_third_parties);
  if (parties.length > 0) terms.push(term("enabled_third_parties", parties));
  const types = csv(query.enabled_account_types);
  const unknown = types.filter((t) => !(ENABLED_ACCOUNT_TYPES as readonly string[]).includes(t));
  if (unknown.length > 0) throw ApiError.validation([{ field: "enabled_account_types", message: `unknown account types ${unknown.join(", ")}` }]);
  if (types.length > 0) terms.push(term("enabled_account_types", types));
  return { terms };
}

const listRoute = createRoute({
  method: "get",
  path: "/tenant/cash-investment-products/v1",
  tags,
  summary: "Get all cash investment products",
  description: "Filters combine with AND; the comma-separated ones match products enabling any of the values. Paging defaults 1000/1, max 3000.",
  security: TENANT_SECURITY,
  request: { query: paged(ListCashProductsQuery, PAGING) },
  responses: { 200: { description: "A page of products", content: jsonContent(CashInvestmentProductList) }, ...problemResponses(...TENANT_PROBLEMS) },
});

const getRoute = createRoute({
  method: "get",
  path: "/tenant/cash-investment-products/v1/{investment_product_id}",
  tags,
  summary: "Get details of a given cash investment product",
  security: TENANT_SECURITY,
  request: { params: CashProductParams },
  responses: { 200: { description: "The product", content: jsonContent(CashInvestmentProduct) }, ...problemResponses(...TENANT_PROBLEMS) },
});

const upsertRoute = createRoute({
  method: "put",
  path: "/admin/v1/tenants/{tenant_id}/cash-investment-products/{investment_product_id}",
  tags: ["Admin"],
  summary: "Create or change a tenant's cash investment product",
  description:
    "Creating (201) needs asset_sub_type, investment_product_name, counterparty, currency, interest_type, interest_rates and minimum_investment; " +
    "an update (200) changes only the fields sent.",
  security: ADMIN_SECURITY,
  request: { params: AdminCashProductParams, body: { content: jsonContent(UpsertCashProductBody), required: true } },
  responses: {
    200: { description: "The product, changed", content: jsonContent(CashInvestmentProduct) },
    201: { description: "The product, created", content: jsonContent(CashInvestmentProduct) },
    ...problemResponses(400, 401, 404, 413, 415),
  },
});

/** Cash investment products: tenant reads from D1, the operator's upsert through the tenant object. */
export const cashInvestmentProductRoutes = createRouter()
  .openapi(listRoute, async (c) => {
    const query = c.req.valid("query");
    const page = pageRequest(query, PAGING);
    const { items, nextPageAvailable } = await listResources<CashInvestmentProductData>(database(c.env.DB), c.get("tenant").id, CASH_INVESTMENT_PRODUCT, page, filters(query));
    return c.json({ cash_investment_products: items.map(toCashProduct), next_page_available: nextPageAvailable }, 200);
  })
  .openapi(getRoute, async (c) => {
    const { investment_product_id } = c.req.valid("param");
    const record = await findResource<CashInvestmentProductData>(database(c.env.DB), c.get("tenant").id, CASH_INVESTMENT_PRODUCT, investment_product_id);
    if (!record) {
      throw new ApiError("resource_not_found", `Cash investment product '${investment_product_id}' does not exist`, {
        errors: [{ field: "investment_product_id", message: "unknown cash investment product" }],
      });
    }
    return c.json(toCashProduct(record), 200);
  })
  .openapi(upsertRoute, (c) => {
    const { tenant_id, investment_product_id } = c.req.valid("param");
    return sendAdminCommand(c, tenant_id, "cash_investment_product.upsert", { ...c.req.valid("json"), investment_product_id }) as never;
  });
