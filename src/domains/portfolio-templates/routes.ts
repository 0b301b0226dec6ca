import { createRoute } from "@hono/zod-openapi";
import { PORTFOLIO_TEMPLATE, type PortfolioTemplateData } from "../../catalogue/portfolio-templates";
import { database } from "../../db/client";
import { findResource, listResources } from "../../db/resources";
import { ApiError } from "../../platform/errors/api-error";
import { createRouter, IdempotencyHeader, jsonContent, problemResponses, TENANT_PROBLEMS, TENANT_SECURITY, TENANT_WRITE_PROBLEMS } from "../../platform/openapi";
import { paged, pageRequest, type Paging } from "../../platform/pagination";
import { sendCommand } from "../../tenant/client";
import {
  CreatePortfolioTemplateBody,
  ListPortfolioTemplatesQuery,
  PortfolioTemplate,
  PortfolioTemplateList,
  PortfolioTemplateParams,
  UpdatePortfolioTemplateBody,
} from "./schema";
import { toPortfolioTemplate } from "./serialize";

const PAGING: Paging = { pageSize: 1000, maxPageSize: 8000 };

const tags = ["Portfolio Templates"];
const BASE = "/tenant/portfolio-templates/v1";

const createTemplateRoute = createRoute({
  method: "post",
  path: BASE,
  tags,
  summary: "Create new portfolio template",
  description: "Ratios must add up to exactly 100; every product must exist and be active (or be `cash`), each at most once.",
  security: TENANT_SECURITY,
  request: { headers: IdempotencyHeader, body: { content: jsonContent(CreatePortfolioTemplateBody), required: true } },
  responses: { 201: { description: "The portfolio template", content: jsonContent(PortfolioTemplate) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
});

/** The list answers with and without the trailing slash (WealthOS's sample has one). */
const listTemplatesRoute = (path: string) =>
  createRoute({
    method: "get",
    path,
    tags,
    summary: path.endsWith("/") ? "Get all the portfolio templates (trailing-slash form)" : "Get all the portfolio templates",
    description: "Paging defaults 1000/1, max 8000; `sort` by creation (default desc).",
    security: TENANT_SECURITY,
    request: { query: paged(ListPortfolioTemplatesQuery, PAGING) },
    responses: { 200: { description: "A page of templates", content: jsonContent(PortfolioTemplateList) }, ...problemResponses(...TENANT_PROBLEMS) },
  });

const getTemplateRoute = createRoute({
  method: "get",
  path: `${BASE}/{portfolio_template_id}`,
  tags,
  summary: "Retrieve existing portfolio template",
  security: TENANT_SECURITY,
  request: { params: PortfolioTemplateParams },
  responses: { 200: { description: "The portfolio template", content: jsonContent(PortfolioTemplate) }, ...problemResponses(...TENANT_PROBLEMS) },
});

const updateTemplateRoute = createRoute({
  method: "patch",
  path: `${BASE}/{portfolio_template_id}`,
  tags,
  summary: "Update existing portfolio template",
  description: "`ratios` replaces the whole allocation (same rules as on create). `reference_version` must be the current one.",
  security: TENANT_SECURITY,
  request: { headers: IdempotencyHeader, params: PortfolioTemplateParams, body: { content: jsonContent(UpdatePortfolioTemplateBody), required: true } },
  responses: { 200: { description: "The portfolio template", content: jsonContent(PortfolioTemplate) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
});

const router = createRouter();
for (const path of [BASE, `${BASE}/`]) {
  router.openapi(listTemplatesRoute(path), async (c) => {
    const page = pageRequest(c.req.valid("query"), PAGING);
    const { items, nextPageAvailable } = await listResources<PortfolioTemplateData>(database(c.env.DB), c.get("tenant").id, PORTFOLIO_TEMPLATE, page);
    return c.json({ portfolio_templates: items.map(toPortfolioTemplate), next_page_available: nextPageAvailable }, 200);
  });
}

/** Portfolio templates: writes go to the tenant object, reads come from D1. */
export const portfolioTemplateRoutes = router
  .openapi(createTemplateRoute, (c) => sendCommand(c, "portfolio_template.create", c.req.valid("json")) as never)
  .openapi(getTemplateRoute, async (c) => {
    const { portfolio_template_id } = c.req.valid("param");
    const record = await findResource<PortfolioTemplateData>(database(c.env.DB), c.get("tenant").id, PORTFOLIO_TEMPLATE, portfolio_template_id);
    if (!record) {
      throw new ApiError("resource_not_found", `Portfolio template '${portfolio_template_id}' does not exist`, {
        errors: [{ field: "portfolio_template_id", message: "unknown portfolio template" }],
      });
    }
    return c.json(toPortfolioTemplate(record), 200);
  })
  .openapi(updateTemplateRoute, (c) =>
    sendCommand(c, "portfolio_template.update", { ...c.req.valid("json"), portfolio_template_id: c.req.valid("param").portfolio_template_id }) as never,
  );
