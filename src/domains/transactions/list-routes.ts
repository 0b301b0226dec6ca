import { createRoute, z } from "@hono/zod-openapi";
import { and } from "drizzle-orm";
import { Transaction } from "../../custody/transaction-schema";
import { toTransaction, TRANSACTION, type TransactionData } from "../../custody/transactions";
import { database } from "../../db/client";
import { createdWithin, updatedWithin } from "../../db/resource-queries";
import { listResources, term, type ListFilter, type Term } from "../../db/resources";
import { ApiError } from "../../platform/errors/api-error";
import { csvFilter, csvValues } from "../../platform/list-filters";
import { createRouter, jsonContent, problemResponses, TENANT_PROBLEMS, TENANT_SECURITY } from "../../platform/openapi";
import { paged, pageRequest, type Paging } from "../../platform/pagination";
import { calendarDate, PageQuery } from "../../platform/wire-fields";

const PAGING: Paging = { pageSize: 1000, maxPageSize: 4000 };

/** Transaction statuses (`sub_type`). */
const TRANSACTION_SUB_TYPES = ["instructed", "confirmed", "priced", "rejected", "settled", "cancelled", "scheduled", "failed"] as const;

const id = z.string().min(1).max(256).optional();

const ListTransactionsQuery = PageQuery.extend({
  transaction_id: id,
  parent_transaction_id: id,
  aggregated_transaction_id: id,
  external_transaction_reference: id,
  investor_id: id,
  account_id: id,
  pot_id: id,
  sub_transaction_type: csvFilter(),
  sub_type: csvFilter(TRANSACTION_SUB_TYPES),
  start_date: calendarDate.optional().openapi({ description: "created on or after this UTC day (YYYY-MM-DD)" }),
  end_date: calendarDate.optional().openapi({ description: "created on or before this UTC day (YYYY-MM-DD)" }),
  updated_date: calendarDate.optional().openapi({ description: "last updated on this UTC day (YYYY-MM-DD)" }),
});

const TransactionList = z.object({ transactions: z.array(Transaction), next_page_available: z.boolean() }).openapi("TransactionList");

const DESCRIPTION =
  "Every filter combines with the others. `start_date`/`end_date` select by creation day (UTC, both inclusive), `updated_date` by the day of the last update. " +
  "`sub_transaction_type` and `sub_type` take comma-separated values. Paging defaults 1000/1, max 4000; `sort` by creation time, default desc.";

const routeAt = (path: string) =>
  createRoute({
    method: "get",
    path,
    tags: ["Transactions"],
    summary: "Retrieve all transactions",
    description: DESCRIPTION,
    security: TENANT_SECURITY,
    request: { query: paged(ListTransactionsQuery, PAGING) },
    responses: { 200: { description: "A page of transactions", content: jsonContent(TransactionList) }, ...problemResponses(...TENANT_PROBLEMS) },
  });

/** The start of the UTC day after `date` (YYYY-MM-DD), as an ISO timestamp. */
function dayAfter(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + 86_400_000).toISOString();
}

/**
 * The query's filters (all combined with AND): indexed terms, most selective first (the first
 * drives the query when no pot_id is given), and the date ranges.
 */
function filters(q: z.infer<typeof ListTransactionsQuery>): ListFilter {
  if (q.start_date && q.end_date && q.end_date < q.start_date) {
    throw ApiError.validation([{ field: "end_date", message: "must not be before start_date" }]);
  }
  const terms: Term[] = [];
  for (const field of ["transaction_id", "parent_transaction_id", "aggregated_transaction_id", "external_transaction_reference", "account_id", "investor_id"] as const) {
    const value = q[field];
    if (value !== undefined) terms.push(term(field, value));
  }
  if (q.sub_transaction_type !== undefined) terms.push(term("sub_transaction_type", csvValues(q.sub_transaction_type)));
  if (q.sub_type !== undefined) terms.push(term("sub_type", csvValues(q.sub_type)));
  const where = and(
    createdWithin(q.start_date && `${q.start_date}T00:00:00.000Z`, q.end_date && dayAfter(q.end_date)),
    q.updated_date === undefined ? undefined : updatedWithin(`${q.updated_date}T00:00:00.000Z`, dayAfter(q.updated_date)),
  );
  return { terms, ...(where ? { where } : {}) };
}

/** `GET /tenant/transactions/v1` (with or without the trailing slash): the tenant-wide transaction query over D1. */
export const transactionListRoutes = createRouter();
for (const path of ["/tenant/transactions/v1", "/tenant/transactions/v1/"]) {
  transactionListRoutes.openapi(routeAt(path), async (c) => {
    const query = c.req.valid("query");
    const page = pageRequest(query, PAGING);
    const { items, nextPageAvailable } = await listResources<TransactionData>(database(c.env.DB), c.get("tenant").id, TRANSACTION, page, {
      ...(query.pot_id !== undefined ? { ownerId: query.pot_id } : {}),
      ...filters(query),
    });
    return c.json({ transactions: items.map(toTransaction), next_page_available: nextPageAvailable } as never, 200);
  });
}
