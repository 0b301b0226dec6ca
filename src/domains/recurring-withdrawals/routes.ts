import { createRoute, type z } from "@hono/zod-openapi";
import { database } from "../../db/client";
import { listResources, term, type Term } from "../../db/resources";
import { csvValues } from "../../platform/list-filters";
import { createRouter, IdempotencyHeader, jsonContent, problemResponses, TENANT_PROBLEMS, TENANT_SECURITY, TENANT_WRITE_PROBLEMS } from "../../platform/openapi";
import { paged, pageRequest, type Paging } from "../../platform/pagination";
import { sendCommand } from "../../tenant/client";
import {
  CancelRecurringWithdrawalBody,
  CreateRecurringWithdrawalBody,
  ListRecurringWithdrawalsQuery,
  RecurringWithdrawal,
  RecurringWithdrawalList,
  UpdateRecurringWithdrawalBody,
  WithdrawalParams,
} from "./schema";
import { RECURRING_WITHDRAWAL, toRecurringWithdrawal, type RecurringWithdrawalData } from "./serialize";

const tags = ["Recurring Withdrawals"];
const PATH = "/tenant/recurring-withdrawals/v1";
const PAGING: Paging = { pageSize: 1000, maxPageSize: 8000 };

const createWithdrawalRoute = createRoute({
  method: "post",
  path: PATH,
  tags,
  summary: "Create recurring withdrawal",
  description:
    "Starts `active`. On each date (rolled forward to a business day) the scheduler raises a withdrawal exactly like a single one; when the pot lacks free cash that day the run is an archived/rejected transaction with the reason and the schedule goes on. `finished` after end_date.",
  security: TENANT_SECURITY,
  request: { headers: IdempotencyHeader, body: { content: jsonContent(CreateRecurringWithdrawalBody), required: true } },
  responses: { 201: { description: "The recurring withdrawal", content: jsonContent(RecurringWithdrawal) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
});

const listWithdrawalsRoute = createRoute({
  method: "get",
  path: PATH,
  tags,
  summary: "Get all recurring withdrawals",
  description: "Filters combine; `status` takes comma-separated values. Paging defaults 1000/1, max 8000; `sort` by creation time, default desc.",
  security: TENANT_SECURITY,
  request: { query: paged(ListRecurringWithdrawalsQuery, PAGING) },
  responses: { 200: { description: "A page of recurring withdrawals", content: jsonContent(RecurringWithdrawalList) }, ...problemResponses(...TENANT_PROBLEMS) },
});

const updateWithdrawalRoute = createRoute({
  method: "patch",
  path: `${PATH}/{withdrawal_id}`,
  tags,
  summary: "Update recurring withdrawal",
  description: "Amount, name and end date of an active recurring withdrawal; `reference_version` must be the current one.",
  security: TENANT_SECURITY,
  request: { headers: IdempotencyHeader, params: WithdrawalParams, body: { content: jsonContent(UpdateRecurringWithdrawalBody), required: true } },
  responses: { 200: { description: "The recurring withdrawal", content: jsonContent(RecurringWithdrawal) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
});

const cancelWithdrawalRoute = createRoute({
  method: "post",
  path: `${PATH}/{withdrawal_id}/cancel`,
  tags,
  summary: "Cancel recurring withdrawal",
  description: "Active only; terminal (`cancelled`).",
  security: TENANT_SECURITY,
  request: { headers: IdempotencyHeader, params: WithdrawalParams, body: { content: jsonContent(CancelRecurringWithdrawalBody), required: true } },
  responses: { 200: { description: "The recurring withdrawal", content: jsonContent(RecurringWithdrawal) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
});

function filters(q: z.infer<typeof ListRecurringWithdrawalsQuery>): Term[] {
  const terms: Term[] = [];
  for (const field of ["withdrawal_id", "investor_id", "financial_product_id", "status"] as const) {
    const value = q[field];
    if (value !== undefined) terms.push(term(field, field === "status" ? csvValues(value) : value));
  }
  return terms;
}

/** Recurring withdrawals: writes go to the tenant object, the list comes from D1. */
export const recurringWithdrawalRoutes = createRouter()
  .openapi(createWithdrawalRoute, (c) => {
    const body = c.req.valid("json");
    return sendCommand(c, "recurring_withdrawal.create", body, { wealthosRequestId: body.request_id }) as never;
  })
  .openapi(listWithdrawalsRoute, async (c) => {
    const query = c.req.valid("query");
    const { items, nextPageAvailable } = await listResources<RecurringWithdrawalData>(database(c.env.DB), c.get("tenant").id, RECURRING_WITHDRAWAL, pageRequest(query, PAGING), {
      ...(query.pot_id !== undefined ? { ownerId: query.pot_id } : {}),
      terms: filters(query),
    });
    return c.json({ recurring_withdrawals: items.map(toRecurringWithdrawal), next_page_available: nextPageAvailable } as never, 200);
  })
  .openapi(updateWithdrawalRoute, (c) => sendCommand(c, "recurring_withdrawal.update", { ...c.req.valid("json"), withdrawal_id: c.req.valid("param").withdrawal_id }) as never)
  .openapi(cancelWithdrawalRoute, (c) => sendCommand(c, "recurring_withdrawal.cancel", { ...c.req.valid("json"), withdrawal_id: c.req.valid("param").withdrawal_id }) as never);
