import { createRoute } from "@hono/zod-openapi";
import { database } from "../../db/client";
import { findResource, listResources } from "../../db/resources";
import { ApiError } from "../../platform/errors/api-error";
import { createRouter, problemResponses, TENANT_PROBLEMS, TENANT_SECURITY, TENANT_WRITE_PROBLEMS, jsonContent, IdempotencyHeader } from "../../platform/openapi";
import { sendCommand } from "../../tenant/client";
import { BANK_ACCOUNT } from "./commands";
import { BankAccount, BankAccountList, BankAccountParams, CreateBankAccountBody, ListBankAccountsQuery, UpdateBankAccountBody } from "./schema";
import { toBankAccount, type BankAccountData } from "./serialize";

const tags = ["Bank Accounts"];
const INVESTOR = "investor";
const ORGANISATION = "investor_organisation";
/** Bank accounts are unpaginated lists; this bounds one investor's list. */
const ALL = { pageSize: 10_000, pageNumber: 1, sort: "asc" as const };

const createBankAccountRoute = createRoute({
  method: "post",
  path: "/tenant/bank-accounts/v1",
  tags,
  summary: "Create new bank account",
  description: "Only one default account per investor. Numbers are masked in every response.",
  security: TENANT_SECURITY,
  request: { headers: IdempotencyHeader, body: { content: jsonContent(CreateBankAccountBody), required: true } },
  responses: { 201: { description: "The bank account", content: jsonContent(BankAccount) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
});

const listBankAccountsRoute = createRoute({
  method: "get",
  path: "/tenant/bank-accounts/v1",
  tags,
  summary: "Retrieve all the bank accounts of a particular investor",
  security: TENANT_SECURITY,
  request: { query: ListBankAccountsQuery },
  responses: { 200: { description: "The investor's bank accounts (not paginated)", content: jsonContent(BankAccountList) }, ...problemResponses(...TENANT_PROBLEMS) },
});

const getBankAccountRoute = createRoute({
  method: "get",
  path: "/tenant/bank-accounts/v1/{bank_account_id}",
  tags,
  summary: "Retrieve existing bank account from bank account ID",
  security: TENANT_SECURITY,
  request: { params: BankAccountParams },
  responses: { 200: { description: "The bank account", content: jsonContent(BankAccount) }, ...problemResponses(...TENANT_PROBLEMS) },
});

const updateBankAccountRoute = createRoute({
  method: "patch",
  path: "/tenant/bank-accounts/v1/{bank_account_id}",
  tags,
  summary: "Update existing bank account details",
  description: "Number, sort code and roll number are immutable. Answers 201, as WealthOS does for this PATCH.",
  security: TENANT_SECURITY,
  request: { headers: IdempotencyHeader, params: BankAccountParams, body: { content: jsonContent(UpdateBankAccountBody), required: true } },
  responses: { 201: { description: "The bank account", content: jsonContent(BankAccount) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
});

/** Bank accounts: writes go to the tenant object, reads come from D1. */
export const bankAccountRoutes = createRouter()
  .openapi(createBankAccountRoute, (c) => sendCommand(c, "bank_account.create", c.req.valid("json")) as never)
  .openapi(listBankAccountsRoute, async (c) => {
    const { investor_id } = c.req.valid("query");
    const db = database(c.env.DB);
    const tenantId = c.get("tenant").id;
    const owner = (await findResource(db, tenantId, INVESTOR, investor_id)) ?? (await findResource(db, tenantId, ORGANISATION, investor_id));
    if (!owner) {
      throw new ApiError("resource_not_found", `Investor '${investor_id}' does not exist`, { errors: [{ field: "investor_id", message: "unknown investor" }] });
    }
    const { items } = await listResources<BankAccountData>(db, tenantId, BANK_ACCOUNT, ALL, { ownerId: investor_id });
    return c.json({ bankAccounts: items.map(toBankAccount) }, 200);
  })
  .openapi(getBankAccountRoute, async (c) => {
    const { bank_account_id } = c.req.valid("param");
    const record = await findResource<BankAccountData>(database(c.env.DB), c.get("tenant").id, BANK_ACCOUNT, bank_account_id);
    if (!record) {
      throw new ApiError("resource_not_found", `Bank account '${bank_account_id}' does not exist`, { errors: [{ field: "bank_account_id", message: "unknown bank account" }] });
    }
    return c.json(toBankAccount(record), 200);
  })
  .openapi(updateBankAccountRoute, (c) =>
    sendCommand(c, "bank_account.update", { ...c.req.valid("json"), bank_account_id: c.req.valid("param").bank_account_id }) as never,
  );
