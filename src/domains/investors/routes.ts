import { createRoute } from "@hono/zod-openapi";
import { database } from "../../db/client";
import { findResourceWithOwned, listResources, listResourcesWithOwned } from "../../db/resources";
import { ApiError } from "../../platform/errors/api-error";
import { createRouter, problemResponses, TENANT_PROBLEMS, TENANT_SECURITY, TENANT_WRITE_PROBLEMS, jsonContent, IdempotencyHeader } from "../../platform/openapi";
import { paged, pageRequest, type Paging } from "../../platform/pagination";
import { sendCommand } from "../../tenant/client";
import { INVESTOR } from "./commands";
import { CreatedInvestor, CreateInvestorBody, Investor, InvestorList, InvestorParams, ListInvestorsQuery, ListTaxCodesQuery, TaxCode, TaxCodeList, UpdateInvestorBody } from "./schema";
import { toWire } from "../../platform/wire-absent";
import { toInvestor, type InvestorData } from "./serialize";

const INVESTOR_PAGING: Paging = { pageSize: 500, maxPageSize: 2000 };
const TAX_CODE_PAGING: Paging = { pageSize: 1000, maxPageSize: 4000 };

const tags = ["Individual Investors"];
const BANK_ACCOUNT = "bank_account";
const TAX_CODE = "tax_code";

const createInvestorRoute = createRoute({
  method: "post",
  path: "/tenant/investors/v1",
  tags,
  summary: "Create investor",
  security: TENANT_SECURITY,
  request: { headers: IdempotencyHeader, body: { content: jsonContent(CreateInvestorBody), required: true } },
  responses: { 201: { description: "The investor, with the bank accounts created with it as objects", content: jsonContent(CreatedInvestor) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
});

const listInvestorsRoute = createRoute({
  method: "get",
  path: "/tenant/investors/v1",
  tags,
  summary: "Get all investors",
  security: TENANT_SECURITY,
  request: { query: paged(ListInvestorsQuery, INVESTOR_PAGING) },
  responses: { 200: { description: "A page of investors", content: jsonContent(InvestorList) }, ...problemResponses(...TENANT_PROBLEMS) },
});

const listTaxCodesRoute = createRoute({
  method: "get",
  path: "/tenant/investors/v1/tax-codes",
  tags,
  summary: "Get all tax codes",
  description: "PAYE tax codes (pension drawdown). Paging defaults 1000/1, max 4000.",
  security: TENANT_SECURITY,
  request: { query: paged(ListTaxCodesQuery, TAX_CODE_PAGING) },
  responses: { 200: { description: "A page of tax codes", content: jsonContent(TaxCodeList) }, ...problemResponses(...TENANT_PROBLEMS) },
});

const getInvestorRoute = createRoute({
  method: "get",
  path: "/tenant/investors/v1/{investor_id}",
  tags,
  summary: "Get investor",
  security: TENANT_SECURITY,
  request: { params: InvestorParams },
  responses: { 200: { description: "The investor", content: jsonContent(Investor) }, ...problemResponses(...TENANT_PROBLEMS) },
});

const updateInvestorRoute = createRoute({
  method: "patch",
  path: "/tenant/investors/v1/{investor_id}",
  tags,
  summary: "Update investor",
  description: "Partial update: only sent fields change, `null` clears a nullable field. `reference_version` must be the current one.",
  security: TENANT_SECURITY,
  request: { headers: IdempotencyHeader, params: InvestorParams, body: { content: jsonContent(UpdateInvestorBody), required: true } },
  responses: { 200: { description: "The investor", content: jsonContent(Investor) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
});

/** Individual investors: writes go to the tenant object, reads come from D1. */
export const investorRoutes = createRouter()
  .openapi(createInvestorRoute, (c) => sendCommand(c, "investor.create", c.req.valid("json")) as never)
  .openapi(listInvestorsRoute, async (c) => {
    const page = pageRequest(c.req.valid("query"), INVESTOR_PAGING);
    const db = database(c.env.DB);
    const tenantId = c.get("tenant").id;
    // The page and its investors' bank accounts in one D1 round trip.
    const { items, nextPageAvailable, owned } = await listResourcesWithOwned<InvestorData, { bank_account_type: string }>(db, tenantId, INVESTOR, page, BANK_ACCOUNT);
    return c.json({ investors: items.map((row) => toInvestor(row, owned.filter((a) => a.ownerId === row.id))), next_page_available: nextPageAvailable }, 200);
  })
  // Registered before `/{investor_id}` so that `tax-codes` is never read as an investor id.
  .openapi(listTaxCodesRoute, async (c) => {
    const query = c.req.valid("query");
    const page = pageRequest(query, TAX_CODE_PAGING);
    const filter = query.investor_id ? { ownerId: query.investor_id } : undefined;
    const { items, nextPageAvailable } = await listResources<Record<string, unknown>>(database(c.env.DB), c.get("tenant").id, TAX_CODE, page, filter);
    const taxCodes = items.map((r) => toWire(TaxCode, { ...r.data, created_at: r.createdAt, updated_at: r.updatedAt }));
    return c.json({ tax_codes: taxCodes, next_page_available: nextPageAvailable } as never, 200);
  })
  .openapi(getInvestorRoute, async (c) => {
    const { investor_id } = c.req.valid("param");
    const db = database(c.env.DB);
    const tenantId = c.get("tenant").id;
    // The investor and its bank accounts in one D1 round trip.
    const found = await findResourceWithOwned<InvestorData, { bank_account_type: string }>(db, tenantId, INVESTOR, investor_id, BANK_ACCOUNT);
    if (!found) {
      throw new ApiError("resource_not_found", `Investor '${investor_id}' does not exist`, { errors: [{ field: "investor_id", message: "unknown investor" }] });
    }
    return c.json(toInvestor(found.record, found.owned), 200);
  })
  .openapi(updateInvestorRoute, (c) =>
    sendCommand(c, "investor.update", { ...c.req.valid("json"), investor_id: c.req.valid("param").investor_id }) as never,
  );
