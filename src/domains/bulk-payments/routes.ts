import { createRoute } from "@hono/zod-openapi";
import { database } from "../../db/client";
import { findResource, listResources, term, type Term } from "../../db/resources";
import { ApiError } from "../../platform/errors/api-error";
import { csvValues } from "../../platform/list-filters";
import { createRouter, IdempotencyHeader, jsonContent, problemResponses, TENANT_PROBLEMS, TENANT_SECURITY, TENANT_WRITE_PROBLEMS } from "../../platform/openapi";
import { sendCommand } from "../../tenant/client";
import { BatchParams, CreatePaymentBatchBody, ListPaymentBatchesQuery, PaymentBatch, PaymentBatchList } from "./schema";
import { PAYMENT_BATCH, toPaymentBatch, type PaymentBatchData } from "./serialize";

const tags = ["Payments"];
const PATH = "/tenant/bulk-payments/v1";
/** The list is not paginated; this bounds one answer. */
const ALL = { pageSize: 10_000, pageNumber: 1, sort: "desc" as const };

const createBatchRoute = createRoute({
  method: "post",
  path: PATH,
  tags,
  summary: "Create payment batch",
  description:
    "Up to 600 manual payments; `amount` must equal their sum. Accepted as `pending` (202) and evaluated at once in one job: if any payment fails (pot, investor, link to the source, product minimum, allowance) " +
    "the whole batch becomes `payments_creation_failed` with `erroneous_payments` and no payment is created; otherwise one payment per entry (`payments_created`), confirmed by PATCH on each payment. " +
    "Every status change publishes `bulk_payment_update` on `payments`.",
  security: TENANT_SECURITY,
  request: { headers: IdempotencyHeader, body: { content: jsonContent(CreatePaymentBatchBody), required: true } },
  responses: { 202: { description: "The batch, pending", content: jsonContent(PaymentBatch) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
});

const listRouteAt = (path: string) =>
  createRoute({
    method: "get",
    path,
    tags,
    summary: "Get all payment batches",
    description: "Not paginated, newest first. `status` takes comma-separated values; with `include_details=false` only batch ids are returned.",
    security: TENANT_SECURITY,
    request: { query: ListPaymentBatchesQuery },
    responses: { 200: { description: "The batches", content: jsonContent(PaymentBatchList) }, ...problemResponses(...TENANT_PROBLEMS) },
  });

const getBatchRoute = createRoute({
  method: "get",
  path: `${PATH}/{batch_id}`,
  tags,
  summary: "Get payments by batch ID",
  security: TENANT_SECURITY,
  request: { params: BatchParams },
  responses: { 200: { description: "The batch", content: jsonContent(PaymentBatch) }, ...problemResponses(...TENANT_PROBLEMS) },
});

/** Payment batches: the create goes to the tenant object, reads come from D1. */
export const bulkPaymentRoutes = createRouter().openapi(createBatchRoute, (c) => {
  const body = c.req.valid("json");
  return sendCommand(c, "payment_batch.create", body, { wealthosRequestId: body.request_id }) as never;
});
for (const path of [PATH, `${PATH}/`]) {
  bulkPaymentRoutes.openapi(listRouteAt(path), async (c) => {
    const query = c.req.valid("query");
    const terms: Term[] = [];
    if (query.created_date !== undefined) terms.push(term("created_date", query.created_date));
    if (query.status !== undefined) terms.push(term("status", csvValues(query.status)));
    const { items } = await listResources<PaymentBatchData>(database(c.env.DB), c.get("tenant").id, PAYMENT_BATCH, ALL, { terms });
    const batches = query.include_details === "false" ? items.map((r) => ({ batch_id: r.data.batch_id })) : items.map(toPaymentBatch);
    return c.json({ payment_batches: batches } as never, 200);
  });
}
bulkPaymentRoutes.openapi(getBatchRoute, async (c) => {
  const { batch_id } = c.req.valid("param");
  const record = await findResource<PaymentBatchData>(database(c.env.DB), c.get("tenant").id, PAYMENT_BATCH, batch_id);
  if (!record) throw new ApiError("resource_not_found", `Payment batch '${batch_id}' does not exist`, { errors: [{ field: "batch_id", message: "unknown payment batch" }] });
  return c.json(toPaymentBatch(record) as never, 200);
});
