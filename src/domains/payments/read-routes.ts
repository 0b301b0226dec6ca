import { createRoute, z } from "@hono/zod-openapi";
import { and, type SQL } from "drizzle-orm";
import { database } from "../../db/client";
import { dataArrayHasAny, dataEquals, dataIn } from "../../db/resource-queries";
import { findResource, listResources } from "../../db/resources";
import { ApiError } from "../../platform/errors/api-error";
import { csvFilter, csvValues } from "../../platform/list-filters";
import { createRouter, jsonContent, problemResponses, TENANT_PROBLEMS, TENANT_SECURITY } from "../../platform/openapi";
import { pageRequest } from "../../platform/pagination";
import { PageQuery } from "../../platform/wire-fields";
import { Payment, PaymentParams } from "./schema";
import { PAYMENT, toPayment, type PaymentData } from "./serialize";

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
    request: { query: ListPaymentsQuery },
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

/** The SQL conditions of the query's filters (all combined with AND). */
function filters(q: z.infer<typeof ListPaymentsQuery>): SQL | undefined {
  const equal = (path: string, value: string | undefined) => (value === undefined ? undefined : dataEquals(path, value));
  const oneOf = (path: string, raw: string | undefined) => (raw === undefined ? undefined : dataIn(path, csvValues(raw)));
  return and(
    equal("$.payment_type", q.payment_type),
    equal("$.service_provider", q.service_provider),
    equal("$.purpose", q.purpose),
    oneOf("$.sub_transaction_type", q.sub_transaction_type),
    q.investor_id === undefined ? undefined : dataArrayHasAny("$.investor_id", csvValues(q.investor_id)),
    oneOf("$.status", q.status),
    oneOf("$.source_id", q.source_id),
    oneOf("$.contribution_id", q.contribution_id),
    equal("$.batch_id", q.batch_id),
    equal("$.external_transaction_reference", q.external_transaction_reference),
    equal("$.payment_reference", q.payment_reference),
  );
}

/** Payment reads from D1: the filtered list (with or without the trailing slash) and one payment by id. */
export const paymentReadRoutes = createRouter();
for (const path of ["/tenant/payments/v1", "/tenant/payments/v1/"]) {
  paymentReadRoutes.openapi(listRouteAt(path), async (c) => {
    const query = c.req.valid("query");
    const page = pageRequest(query, { pageSize: 1000, maxPageSize: 8000 });
    const where = filters(query);
    const { items, nextPageAvailable } = await listResources<PaymentData>(database(c.env.DB), c.get("tenant").id, PAYMENT, page, {
      ...(query.pot_id !== undefined ? { ownerId: query.pot_id } : {}),
      ...(where ? { where } : {}),
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
