import { createRoute } from "@hono/zod-openapi";
import { database } from "../../db/client";
import { findResource } from "../../db/resources";
import { ApiError } from "../../platform/errors/api-error";
import { createRouter, IdempotencyHeader, jsonContent, problemResponses, TENANT_PROBLEMS, TENANT_SECURITY, TENANT_WRITE_PROBLEMS } from "../../platform/openapi";
import { paged, pageRequest, type Paging } from "../../platform/pagination";
import { sendCommand } from "../../tenant/client";
import { dailyBreakdownPage } from "./breakdown";
import { CASH_DEPOSIT } from "./deposits";
import {
  CashDepositTransaction,
  CashInvestmentTransaction,
  CashRedemptionTransaction,
  CashTransactionParams,
  CreateDepositBody,
  CreateRedemptionBody,
  DailyBreakdown,
  DailyBreakdownQuery,
  type DailyBreakdownItem,
  UpdateCashTransactionBody,
} from "./schema";

const tags = ["Cash Investments"];
const BREAKDOWN_PAGING: Paging = { pageSize: 1000, maxPageSize: 8000 };

const depositRoute = createRoute({
  method: "post",
  path: "/tenant/cash-investments/v1/deposit",
  tags,
  summary: "Create cash deposit",
  description:
    "Moves free cash of a pot into a cash investment product (a deposit into a product the pot already holds tops it up). " +
    "Checked against the product's status, currency, enabled_account_types, minimum_investment, maximum_investment, minimum_balance and top_up_configurations. " +
    "The cash is locked at once (pending/scheduled); the instruction goes to the counterparty at its next instruction window (pending/submitted) and settles when the bank confirms (archived/settled).",
  security: TENANT_SECURITY,
  request: { headers: IdempotencyHeader, body: { content: jsonContent(CreateDepositBody), required: true } },
  responses: { 201: { description: "The deposit buy", content: jsonContent(CashDepositTransaction) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
});

const redemptionRoute = createRoute({
  method: "post",
  path: "/tenant/cash-investments/v1/redemption",
  tags,
  summary: "Create cash deposit redemption",
  description:
    "Partial (with transaction_value) or full (without). Sent at the counterparty's next sell window; a notice deposit pays out once its notice (calendar days) has passed, on a business day; " +
    "a term deposit cannot be redeemed before maturity (409) and pays out by itself at maturity. A full redemption also pays the uncredited interest.",
  security: TENANT_SECURITY,
  request: { headers: IdempotencyHeader, body: { content: jsonContent(CreateRedemptionBody), required: true } },
  responses: { 201: { description: "The redemption", content: jsonContent(CashRedemptionTransaction) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
});

const updateRoute = createRoute({
  method: "patch",
  path: "/tenant/cash-investments/v1/{transaction_id}",
  tags,
  summary: "Update cash investment transaction status",
  description: "Cancels a deposit buy or redemption not yet sent to the counterparty; a sent or finished one is a 409.",
  security: TENANT_SECURITY,
  request: { headers: IdempotencyHeader, params: CashTransactionParams, body: { content: jsonContent(UpdateCashTransactionBody), required: true } },
  responses: { 200: { description: "The cancelled transaction", content: jsonContent(CashInvestmentTransaction) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
});

const breakdownRoute = createRoute({
  method: "get",
  path: "/tenant/interests/v1/daily-breakdown",
  tags: ["Interests"],
  summary: "Get daily breakdown",
  description: "A deposit's daily interest, one row per interest calculation date (sorted by it, default desc), between start_date and end_date inclusive. Paging defaults 1000/1, max 8000.",
  security: TENANT_SECURITY,
  request: { query: paged(DailyBreakdownQuery, BREAKDOWN_PAGING) },
  responses: { 200: { description: "A page of the deposit's daily interest", content: jsonContent(DailyBreakdown) }, ...problemResponses(...TENANT_PROBLEMS) },
});

/** Cash deposits: writes through the tenant object, the daily interest breakdown from D1. */
export const cashDepositRoutes = createRouter()
  .openapi(depositRoute, (c) => {
    const body = c.req.valid("json");
    return sendCommand(c, "cash_deposit.create", body, { wealthosRequestId: body.request_id }) as never;
  })
  .openapi(redemptionRoute, (c) => {
    const body = c.req.valid("json");
    return sendCommand(c, "cash_deposit.redeem", body, { wealthosRequestId: body.request_id }) as never;
  })
  .openapi(updateRoute, (c) => sendCommand(c, "cash_deposit.update_status", { ...c.req.valid("json"), transaction_id: c.req.valid("param").transaction_id }) as never)
  .openapi(breakdownRoute, async (c) => {
    const query = c.req.valid("query");
    if (query.start_date && query.end_date && query.start_date > query.end_date) {
      throw ApiError.validation([{ field: "end_date", message: "must not be before start_date" }]);
    }
    const db = database(c.env.DB);
    const tenantId = c.get("tenant").id;
    if (!(await findResource(db, tenantId, CASH_DEPOSIT, query.deposit_reference))) {
      throw new ApiError("resource_not_found", `Deposit '${query.deposit_reference}' does not exist`, { errors: [{ field: "deposit_reference", message: "unknown deposit" }] });
    }
    const page = pageRequest(query, BREAKDOWN_PAGING);
    const { items, nextPageAvailable } = await dailyBreakdownPage<DailyBreakdownItem>(db, tenantId, query.deposit_reference, { start: query.start_date, end: query.end_date }, page);
    return c.json({ deposit_reference: query.deposit_reference, daily_breakdown: items, next_page_available: nextPageAvailable }, 200);
  });
