import { createRoute, z } from "@hono/zod-openapi";
import { database } from "../../db/client";
import { findResource, listResources, term, type Term } from "../../db/resources";
import { ApiError } from "../../platform/errors/api-error";
import { csvFilter, csvValues } from "../../platform/list-filters";
import { createRouter, jsonContent, problemResponses, TENANT_PROBLEMS, TENANT_SECURITY } from "../../platform/openapi";
import { paged, pageRequest, type Paging } from "../../platform/pagination";
import { PageQuery } from "../../platform/wire-fields";
import { Payment, PaymentParams } from "./schema";
import { PAYMENT, toPayment, type PaymentData } from "./serialize";

const PAGING: Paging = { pageSize: 1000, maxPageSize: 8000 };

/** Values the list filters accept (WealthOS lists more payment types than a payment intent takes). */
const LISTED_PAYMENT_TYPES = ["electronic_fund_transfer", "card", "direct_debit", "manual", "reversal"] as const;
const LISTED_SERVICE_PROVIDERS = ["truelayer", "stripe", "gocardless", "none"] as const;
const PAYMENT_STATUSES = ["pending_confirmation", "processing", "succeeded", "cancelled", "failed"] as const;

const text = z.string().min(1).max(256).optional();

const ListPaymentsQuery = PageQuery.extend({
  payment_type: z.enum(LISTED_PAYMENT_TYPES).optional(),
  service_provider: z.enum(LISTED_SERVICE_PROVIDERS).optional(),
  purpose: z.enum(["cash", "invest"]).optional(),
  sub_transaction_type: csvFilter(),
  investor_id: csvFilter(),
  status: csvFilter(PAYMENT_STATUSES),
  source_id: csvFilter(),
  contribution_id: csvFilter(),
  batch_id: text,
  pot_id: text,
  external_transaction_reference: text,
  payment_reference: text,
});

const PaymentList = z
  .object({ pot_id: z.string().optional().openapi({ description: "the pot filter, when given" }), payments: z.array(Payment), next_page_available: z.boolean() })
  .openapi("PaymentList");

const listRouteAt = (path: string) =>
  createRoute({
    method: "get",
    path,
    tags: ["Payments"],
    summary: "Get all payments",
    description:
      "Every filter combines with the others; `sub_transaction_type`, `investor_id`, `status`, `source_id` and `contribution_id` take comma-separated values. " +
      "Paging defaults 1000/1, max 8000; `sort` by creation time, default desc.",
    security: TENANT_SECURITY,
    request: { query: paged(ListPaymentsQuery, PAGING) },
    responses: { 200: { description: "A page of payments", content: jsonContent(PaymentList) }, ...problemResponses(...TENANT_PROBLEMS) },
  });

const getPaymentRoute = createRoute({
  method: "get",
  path: "/tenant/payments/v1/{transaction_id}",
  tags: ["Payments"],
  summary: "Get payment by transaction ID",
  security: TENANT_SECURITY,
  request: { params: PaymentParams },
  responses: { 200: { description: "The payment", content: jsonContent(Payment) }, ...problemResponses(...TENANT_PROBLEMS) },
});

/** Filters taking comma-separated values. */
const LIST_FILTERS = new Set(["investor_id", "source_id", "contribution_id", "sub_transaction_type", "status"]);

/**
 * The query's filters (all combined with AND) as indexed terms, most selective first: the first
 * drives the query when no pot_id is given.
 */
function filters(q: z.infer<typeof ListPaymentsQuery>): Term[] {
  const order = [
    "payment_reference", "external_transaction_reference", "batch_id", "source_id", "contribution_id", "investor_id",
    "sub_transaction_type", "status", "purpose", "payment_type", "service_provider",
  ] as const;
  const terms: Term[] = [];
  for (const field of order) {
    const value = q[field];
    if (value !== undefined) terms.push(term(field, LIST_FILTERS.has(field) ? csvValues(value) : value));
  }
  return terms;
}

/** Payment reads from D1: the filtered list (with or without the trailing slash) and one payment by id. */
export const paymentReadRoutes = createRouter();
for (const path of ["/tenant/payments/v1", "/tenant/payments/v1/"]) {
  paymentReadRoutes.openapi(listRouteAt(path), async (c) => {
    const query = c.req.valid("query");
    const page = pageRequest(query, PAGING);
    const { items, nextPageAvailable } = await listResources<PaymentData>(database(c.env.DB), c.get("tenant").id, PAYMENT, page, {
      ...(query.pot_id !== undefined ? { ownerId: query.pot_id } : {}),
      terms: filters(query),
    });
    const payments = items.map(toPayment);
    return c.json({ ...(query.pot_id !== undefined ? { pot_id: query.pot_id } : {}), payments, next_page_available: nextPageAvailable } as never, 200);
  });
}
paymentReadRoutes.openapi(getPaymentRoute, async (c) => {
  const { transaction_id } = c.req.valid("param");
  const record = await findResource<PaymentData>(database(c.env.DB), c.get("tenant").id, PAYMENT, transaction_id);
  if (!record) {
    throw new ApiError("resource_not_found", `Payment '${transaction_id}' does not exist`, { errors: [{ field: "transaction_id", message: "unknown payment" }] });
  }
  return c.json(toPayment(record) as never, 200);
});
