import { requestNowMs } from "../../clock/request-clock";
import { createRoute, z } from "@hono/zod-openapi";
import { Transaction } from "../../custody/transaction-schema";
import { toTransaction, TRANSACTION, type TransactionData } from "../../custody/transactions";
import { database } from "../../db/client";
import { createdWithin } from "../../db/resource-queries";
import { listResources, term } from "../../db/resources";
import { ApiError } from "../../platform/errors/api-error";
import { csvValues } from "../../platform/list-filters";
import { createRouter, jsonContent, problemResponses, TENANT_PROBLEMS, TENANT_SECURITY } from "../../platform/openapi";
import { paged, pageRequest, type Paging } from "../../platform/pagination";
import { PotIdParams, PotTransactionsQuery } from "./valuation-schema";
import { requirePot } from "./valuation-routes";

const PAGING: Paging = { pageSize: 1000, maxPageSize: 8000 };

/** `from` when the caller sends none. */
const DEFAULT_FROM = "2000-01-01T00:00:00.000Z";

const PotTransactionList = z
  .object({ pot_id: z.string(), transactions: z.array(Transaction), next_page_available: z.boolean() })
  .openapi("PotTransactionList");

const potTransactionsRoute = createRoute({
  method: "get",
  path: "/tenant/pots/v1/{pot_id}/transactions",
  tags: ["Pots, Holdings and Transactions"],
  summary: "Get pending & past transactions of a pot",
  description:
    "Transactions created between `from` and `to` (both inclusive; defaults 2000-01-01T00:00:00.000Z and now), by creation time (`sort`, default desc). " +
    "Paging defaults 1000/1, max 8000: without paging, the latest 1000.",
  security: TENANT_SECURITY,
  request: { params: PotIdParams, query: paged(PotTransactionsQuery, PAGING) },
  responses: { 200: { description: "A page of the pot's transactions", content: jsonContent(PotTransactionList) }, ...problemResponses(...TENANT_PROBLEMS) },
});

/** A pot's transactions from D1. Mounted before the pot CRUD routes. */
export const potTransactionRoutes = createRouter().openapi(potTransactionsRoute, async (c) => {
  const query = c.req.valid("query");
  const page = pageRequest(query, PAGING);
  const from = new Date(query.from ?? DEFAULT_FROM).toISOString();
  const to = new Date(query.to ?? (await requestNowMs(c))).toISOString();
  if (from > to) throw ApiError.validation([{ field: "from", message: "must not be after to" }]);
  const db = database(c.env.DB);
  const tenantId = c.get("tenant").id;
  const pot = await requirePot(db, tenantId, c.req.valid("param").pot_id);
  // `to` is inclusive: a creation time at exactly `to` matches.
  const justAfterTo = new Date(Date.parse(to) + 1).toISOString();
  const types = query.sub_transaction_type === undefined ? undefined : csvValues(query.sub_transaction_type);
  const where = createdWithin(from, justAfterTo);
  const { items, nextPageAvailable } = await listResources<TransactionData>(db, tenantId, TRANSACTION, page, {
    ownerId: pot.id,
    terms: types ? [term("sub_transaction_type", types)] : [],
    ...(where ? { where } : {}),
  });
  return c.json({ pot_id: pot.id, transactions: items.map(toTransaction), next_page_available: nextPageAvailable } as never, 200);
});
