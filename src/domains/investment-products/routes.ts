import { createRoute } from "@hono/zod-openapi";
import { INVESTMENT_PRODUCT, type InvestmentProductData } from "../../catalogue/investment-products";
import { database } from "../../db/client";
import { findResource, listResources, term } from "../../db/resources";
import { ApiError } from "../../platform/errors/api-error";
import { createRouter, jsonContent, problemResponses, TENANT_PROBLEMS, TENANT_SECURITY } from "../../platform/openapi";
import { paged, pageRequest, type Paging } from "../../platform/pagination";
import {
  InvestmentProduct,
  InvestmentProductList,
  InvestmentProductParams,
  InvestmentProductPrice,
  InvestmentProductPriceList,
  ListInvestmentProductsQuery,
} from "./schema";
import { toInvestmentProduct, toListItem, toPrice } from "./serialize";

const PRODUCT_PAGING: Paging = { pageSize: 1000, maxPageSize: 3000 };
const PRICE_PAGING: Paging = { pageSize: 1000, maxPageSize: 15000 };

const tags = ["Investment Products"];

function statusFilter(status: string | undefined) {
  return status ? { terms: [term("status", status)] } : undefined;
}

const listRoute = createRoute({
  method: "get",
  path: "/tenant/investment-products/v1",
  tags,
  summary: "Get configured investment products",
  description: "Filter by `status` (empty: all). Paging defaults 1000/1, max 3000; newest first.",
  security: TENANT_SECURITY,
  request: { query: paged(ListInvestmentProductsQuery, PRODUCT_PAGING) },
  responses: { 200: { description: "A page of products", content: jsonContent(InvestmentProductList) }, ...problemResponses(...TENANT_PROBLEMS) },
});

const pricesRoute = createRoute({
  method: "get",
  path: "/tenant/investment-products/v1/current-prices",
  tags,
  summary: "Get current prices of all investment products",
  description: "Filter by `status` (empty: all). Paging defaults 1000/1, max 15000; newest product first.",
  security: TENANT_SECURITY,
  request: { query: paged(ListInvestmentProductsQuery, PRICE_PAGING) },
  responses: { 200: { description: "A page of prices", content: jsonContent(InvestmentProductPriceList) }, ...problemResponses(...TENANT_PROBLEMS) },
});

const getRoute = createRoute({
  method: "get",
  path: "/tenant/investment-products/v1/{investment_product_id}",
  tags,
  summary: "Get details of a given investment product",
  security: TENANT_SECURITY,
  request: { params: InvestmentProductParams },
  responses: { 200: { description: "The product", content: jsonContent(InvestmentProduct) }, ...problemResponses(...TENANT_PROBLEMS) },
});

const priceRoute = createRoute({
  method: "get",
  path: "/tenant/investment-products/v1/{investment_product_id}/current-price",
  tags,
  summary: "Get current price of an investment product",
  security: TENANT_SECURITY,
  request: { params: InvestmentProductParams },
  responses: { 200: { description: "The current price", content: jsonContent(InvestmentProductPrice) }, ...problemResponses(...TENANT_PROBLEMS) },
});

async function findProduct(db: ReturnType<typeof database>, tenantId: string, id: string) {
  const record = await findResource<InvestmentProductData>(db, tenantId, INVESTMENT_PRODUCT, id);
  if (!record) {
    throw new ApiError("resource_not_found", `Investment product '${id}' does not exist`, { errors: [{ field: "investment_product_id", message: "unknown investment product" }] });
  }
  return record;
}

/** Investment products and their prices, read from D1. */
export const investmentProductRoutes = createRouter()
  .openapi(listRoute, async (c) => {
    const query = c.req.valid("query");
    const page = pageRequest(query, PRODUCT_PAGING);
    const { items, nextPageAvailable } = await listResources<InvestmentProductData>(database(c.env.DB), c.get("tenant").id, INVESTMENT_PRODUCT, page, statusFilter(query.status));
    return c.json({ investment_products: items.map(toListItem), next_page_available: nextPageAvailable }, 200);
  })
  // Registered before `/{investment_product_id}` so that `current-prices` is never read as a product id.
  .openapi(pricesRoute, async (c) => {
    const query = c.req.valid("query");
    const page = pageRequest(query, PRICE_PAGING);
    const { items, nextPageAvailable } = await listResources<InvestmentProductData>(database(c.env.DB), c.get("tenant").id, INVESTMENT_PRODUCT, page, statusFilter(query.status));
    return c.json({ investment_product_unit_prices: items.map((r) => toPrice(r.data)), next_page_available: nextPageAvailable }, 200);
  })
  .openapi(getRoute, async (c) => {
    const record = await findProduct(database(c.env.DB), c.get("tenant").id, c.req.valid("param").investment_product_id);
    return c.json(toInvestmentProduct(record), 200);
  })
  .openapi(priceRoute, async (c) => {
    const record = await findProduct(database(c.env.DB), c.get("tenant").id, c.req.valid("param").investment_product_id);
    return c.json(toPrice(record.data), 200);
  });
