import { requestNowMs } from "../../clock/request-clock";
import { accountMarketValue, accountMarketValues } from "../../custody/market-value";
import { createRoute, type z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { ACCOUNT, type AccountData } from "../../custody/accounts";
import { database } from "../../db/client";
import { findResource, listResources } from "../../db/resources";
import type { AppEnv } from "../../platform/app-env";
import { ApiError } from "../../platform/errors/api-error";
import { createRouter, IdempotencyHeader, jsonContent, problemResponses, TENANT_PROBLEMS, TENANT_SECURITY, TENANT_WRITE_PROBLEMS } from "../../platform/openapi";
import { paged, pageRequest, type Paging } from "../../platform/pagination";
import { sendCommand } from "../../tenant/client";
import { accountFilter } from "./queries";
import {
  AccountParams,
  CreateAccountV1Body,
  CreateAccountV2Body,
  InvestorAccountV1,
  InvestorAccountV1List,
  InvestorAccountV2,
  InvestorAccountV2List,
  ListAccountsV1Query,
  ListAccountsV2Query,
  UpdateAccountV1Body,
  UpdateAccountV2Body,
  type ListAccountsQuery,
} from "./schema";
import { toAccount } from "./serialize";

const tags = ["Investor Accounts"];
const PAGING: Paging = { pageSize: 1000, maxPageSize: 4000 };
const V1 = "/tenant/investor-accounts/v1";
const V2 = "/tenant/investor-accounts/v2";
const DEPRECATED = "Deprecated: use the v2 operation.";

const listV1 = createRoute({
  method: "get", path: V1, tags, deprecated: true, security: TENANT_SECURITY,
  summary: "Retrieve all the investor accounts (deprecated)",
  description: `${DEPRECATED} Filters are comma-separated lists. Paging defaults to 1000/1, at most 4000 per page.`,
  request: { query: paged(ListAccountsV1Query, PAGING) },
  responses: { 200: { description: "One page of accounts", content: jsonContent(InvestorAccountV1List) }, ...problemResponses(...TENANT_PROBLEMS) },
});
const createV1 = createRoute({
  method: "post", path: V1, tags, deprecated: true, security: TENANT_SECURITY,
  summary: "Create investor account from external account ID (deprecated)",
  description: `${DEPRECATED} treasury_management only.`,
  request: { headers: IdempotencyHeader, body: { content: jsonContent(CreateAccountV1Body), required: true } },
  responses: { 201: { description: "The account", content: jsonContent(InvestorAccountV1) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
});
const getV1 = createRoute({
  method: "get", path: `${V1}/{account_id}`, tags, deprecated: true, security: TENANT_SECURITY,
  summary: "Retrieve existing investor account from account ID (deprecated)",
  request: { params: AccountParams },
  responses: { 200: { description: "The account", content: jsonContent(InvestorAccountV1) }, ...problemResponses(...TENANT_PROBLEMS) },
});
const updateV1 = createRoute({
  method: "patch", path: `${V1}/{account_id}`, tags, deprecated: true, security: TENANT_SECURITY,
  summary: "Update investor account details (deprecated)",
  description: `${DEPRECATED} Custodian fields only; null clears one.`,
  request: { headers: IdempotencyHeader, params: AccountParams, body: { content: jsonContent(UpdateAccountV1Body), required: true } },
  responses: { 200: { description: "The account", content: jsonContent(InvestorAccountV1) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
});
const listV2 = createRoute({
  method: "get", path: V2, tags, security: TENANT_SECURITY,
  summary: "Retrieve all the investor accounts V2",
  description: "Filters are comma-separated lists. Paging defaults to 1000/1, at most 4000 per page.",
  request: { query: paged(ListAccountsV2Query, PAGING) },
  responses: { 200: { description: "One page of accounts", content: jsonContent(InvestorAccountV2List) }, ...problemResponses(...TENANT_PROBLEMS) },
});
const createV2 = createRoute({
  method: "post", path: V2, tags, security: TENANT_SECURITY,
  summary: "Create investor account V2",
  description: "treasury_management (one or more investors) or stocks_jisa (exactly one investor, account_type individual, no account_sub_type). Accounts of other products are opened by pot creation.",
  request: { headers: IdempotencyHeader, body: { content: jsonContent(CreateAccountV2Body), required: true } },
  responses: { 201: { description: "The account", content: jsonContent(InvestorAccountV2) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
});
const getV2 = createRoute({
  method: "get", path: `${V2}/{account_id}`, tags, security: TENANT_SECURITY,
  summary: "Retrieve existing investor account from account ID V2",
  request: { params: AccountParams },
  responses: { 200: { description: "The account", content: jsonContent(InvestorAccountV2) }, ...problemResponses(...TENANT_PROBLEMS) },
});
const updateV2 = createRoute({
  method: "patch", path: `${V2}/{account_id}`, tags, security: TENANT_SECURITY,
  summary: "Update investor account details V2",
  description: "Custodian fields (null clears one), related_parties (treasury_management only), status active/inactive (stocks_isa only).",
  request: { headers: IdempotencyHeader, params: AccountParams, body: { content: jsonContent(UpdateAccountV2Body), required: true } },
  responses: { 200: { description: "The account", content: jsonContent(InvestorAccountV2) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
});

type Wire = "v1" | "v2";

async function list(c: Context<AppEnv>, query: ListAccountsQuery, wire: Wire) {
  const page = pageRequest(query, PAGING);
  const { items, nextPageAvailable } = await listResources<AccountData>(database(c.env.DB), c.get("tenant").id, ACCOUNT, page, accountFilter(query));
  const now = new Date(await requestNowMs(c)).toISOString();
  const tenant = c.get("tenant");
  const values = await accountMarketValues(database(c.env.DB), tenant.id, items.map((r) => r.data.pot_id), tenant.config.base_currency);
  const accounts = items.map((r, i) => ({ ...toAccount(r, wire, now), total_market_value: values[i] as string }));
  return c.json({ investor_accounts: accounts, next_page_available: nextPageAvailable }, 200);
}

async function getOne(c: Context<AppEnv>, accountId: string, wire: Wire) {
  const record = await findResource<AccountData>(database(c.env.DB), c.get("tenant").id, ACCOUNT, accountId);
  if (!record) {
    throw new ApiError("resource_not_found", `Investor account '${accountId}' does not exist`, { errors: [{ field: "account_id", message: "unknown investor account" }] });
  }
  const tenant = c.get("tenant");
  const marketValue = await accountMarketValue(database(c.env.DB), tenant.id, record.data.pot_id, tenant.config.base_currency);
  return c.json({ ...toAccount(record, wire, new Date(await requestNowMs(c)).toISOString()), total_market_value: marketValue }, 200);
}

function create(c: Context<AppEnv>, body: z.infer<typeof CreateAccountV2Body>, wire: Wire) {
  return sendCommand(c, "investor_account.create", { ...body, wire }, { wealthosRequestId: body.request_id });
}

/** Investor accounts, v1 (deprecated) and v2: writes go to the tenant object, reads come from D1. */
export const investorAccountRoutes = createRouter()
  .openapi(listV1, (c) => list(c, c.req.valid("query"), "v1") as never)
  .openapi(createV1, (c) => {
    const body = c.req.valid("json");
    return create(c, { ...body, investor_id: [body.investor_id] }, "v1") as never;
  })
  .openapi(getV1, (c) => getOne(c, c.req.valid("param").account_id, "v1") as never)
  .openapi(updateV1, (c) => sendCommand(c, "investor_account.update", { ...c.req.valid("json"), account_id: c.req.valid("param").account_id, wire: "v1" }) as never)
  .openapi(listV2, (c) => list(c, c.req.valid("query"), "v2") as never)
  .openapi(createV2, (c) => create(c, c.req.valid("json"), "v2") as never)
  .openapi(getV2, (c) => getOne(c, c.req.valid("param").account_id, "v2") as never)
  .openapi(updateV2, (c) => sendCommand(c, "investor_account.update", { ...c.req.valid("json"), account_id: c.req.valid("param").account_id, wire: "v2" }) as never);
