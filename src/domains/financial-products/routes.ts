import { createRoute } from "@hono/zod-openapi";
import { toFinancialProduct } from "./serialize";
import {
  FINANCIAL_PRODUCT,
  FINANCIAL_PRODUCT_IDS,
  isFinancialProductId,
  mergeFinancialProduct,
  type FinancialProductOverride,
} from "../../catalogue/financial-products";
import { database } from "../../db/client";
import { listResources } from "../../db/resources";
import { ApiError } from "../../platform/errors/api-error";
import { ADMIN_SECURITY, createRouter, jsonContent, problemResponses, TENANT_PROBLEMS, TENANT_SECURITY } from "../../platform/openapi";
import { sendAdminCommand } from "../../tenant/admin-client";
import { FinancialProduct, FinancialProductList, FinancialProductOverrideBody, FinancialProductParams, ListFinancialProductsQuery } from "./schema";

const tags = ["Financial Products"];
/** At most one override per product. */
const ALL = { pageSize: FINANCIAL_PRODUCT_IDS.length, pageNumber: 1, sort: "asc" as const };

/** The ids asked for by `product_types` (comma-separated), or every id; a 400 for an unknown one. */
function requestedTypes(csv: string | undefined) {
  if (csv === undefined || csv.trim() === "") return [...FINANCIAL_PRODUCT_IDS];
  const asked = csv.split(",").map((s) => s.trim()).filter(Boolean);
  const unknown = asked.filter((id) => !isFinancialProductId(id));
  if (unknown.length > 0) {
    throw ApiError.validation([{ field: "product_types", message: `unknown product types ${unknown.join(", ")}; use ${FINANCIAL_PRODUCT_IDS.join(", ")}` }]);
  }
  return FINANCIAL_PRODUCT_IDS.filter((id) => asked.includes(id));
}

const listRoute = createRoute({
  method: "get",
  path: "/tenant/financial-products/v1",
  tags,
  summary: "Get all financial products",
  description: "Every product of the tenant (built-in defaults with the operator's overrides). Not paginated.",
  security: TENANT_SECURITY,
  request: { query: ListFinancialProductsQuery },
  responses: { 200: { description: "The financial products", content: jsonContent(FinancialProductList) }, ...problemResponses(...TENANT_PROBLEMS) },
});

const configureRoute = createRoute({
  method: "put",
  path: "/admin/v1/tenants/{tenant_id}/financial-products/{financial_product_id}",
  tags: ["Admin"],
  summary: "Override a financial product's configuration for a tenant",
  description: "Partial: only the sent settings change; nested preferences merge field by field. Answers the merged product.",
  security: ADMIN_SECURITY,
  request: { params: FinancialProductParams, body: { content: jsonContent(FinancialProductOverrideBody), required: true } },
  responses: { 200: { description: "The financial product", content: jsonContent(FinancialProduct) }, ...problemResponses(400, 401, 404, 413, 415) },
});

/** Financial products: the tenant list (D1 overrides merged with the defaults) and the admin override. */
export const financialProductRoutes = createRouter()
  .openapi(listRoute, async (c) => {
    const types = requestedTypes(c.req.valid("query").product_types);
    const tenant = c.get("tenant");
    const { items } = await listResources<FinancialProductOverride>(database(c.env.DB), tenant.id, FINANCIAL_PRODUCT, ALL);
    const overrides = new Map(items.map((r) => [r.id, r]));
    const products = types.map((id) => toFinancialProduct(mergeFinancialProduct(id, overrides.get(id) ?? null, tenant.config.base_currency)));
    return c.json({ financial_products: products }, 200);
  })
  .openapi(configureRoute, (c) => {
    const { tenant_id, financial_product_id } = c.req.valid("param");
    return sendAdminCommand(c, tenant_id, "financial_product.configure", { ...c.req.valid("json"), financial_product_id }) as never;
  });
