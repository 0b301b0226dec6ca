import { createRoute } from "@hono/zod-openapi";
import { database } from "../../db/client";
import { findResource, listResources, term, type Term } from "../../db/resources";
import { ApiError } from "../../platform/errors/api-error";
import { createRouter, IdempotencyHeader, jsonContent, problemResponses, TENANT_PROBLEMS, TENANT_SECURITY, TENANT_WRITE_PROBLEMS } from "../../platform/openapi";
import { pageRequest } from "../../platform/pagination";
import { sendCommand } from "../../tenant/client";
import { CancelTransferBody, CreateTransferBody, ListTransfersQuery, Transfer, TRANSFER_PAGING, TransferList, TransferParams } from "./schema";
import { TRANSFER, toTransfer, type TransferData } from "./serialize";

const tags = ["Transfers"];
const PATH = "/tenant/transfers/v1";

const createTransferRoute = createRoute({
  method: "post",
  path: PATH,
  tags,
  summary: "Create transfer in",
  description:
    "A cash transfer into a SIPP Accumulation pot through Origo. `ceding_provider_id`, `case_contact_id`, `payment_account_id` and `scheme_reference_identifier` must match the " +
    "transfer network's static data (the last three default to its default items). Starts `Created`; the network takes it up on the next business day.",
  security: TENANT_SECURITY,
  request: { headers: IdempotencyHeader, body: { content: jsonContent(CreateTransferBody), required: true } },
  responses: { 201: { description: "The transfer", content: jsonContent(Transfer) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
});

const listTransfersRoute = createRoute({
  method: "get",
  path: PATH,
  tags,
  summary: "Retrieve all transfers",
  description: "Every filter combines with the others. Paging defaults 1000/1, max 1000; newest first.",
  security: TENANT_SECURITY,
  request: { query: ListTransfersQuery },
  responses: { 200: { description: "A page of transfers", content: jsonContent(TransferList) }, ...problemResponses(...TENANT_PROBLEMS) },
});

const getTransferRoute = createRoute({
  method: "get",
  path: `${PATH}/{transfer_id}`,
  tags,
  summary: "Get transfer summary",
  security: TENANT_SECURITY,
  request: { params: TransferParams },
  responses: { 200: { description: "The transfer", content: jsonContent(Transfer) }, ...problemResponses(...TENANT_PROBLEMS) },
});

const cancelTransferRoute = createRoute({
  method: "post",
  path: `${PATH}/{transfer_id}/cancel`,
  tags,
  summary: "Cancel transfer in",
  description: "From `Created` or `In progress` only (409 otherwise); `cancellation_reason` is mandatory when the transfer is `In progress`.",
  security: TENANT_SECURITY,
  request: { headers: IdempotencyHeader, params: TransferParams, body: { content: jsonContent(CancelTransferBody), required: true } },
  responses: { 200: { description: "The cancelled transfer", content: jsonContent(Transfer) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
});

/** Transfers in: writes go to the tenant object, reads come from D1. */
export const transferRoutes = createRouter()
  .openapi(createTransferRoute, (c) => {
    const body = c.req.valid("json");
    return sendCommand(c, "transfer_in.create", body, { wealthosRequestId: body.request_id }) as never;
  })
  .openapi(listTransfersRoute, async (c) => {
    const query = c.req.valid("query");
    const page = pageRequest(query, TRANSFER_PAGING);
    // Most selective first: the first term drives the indexed query.
    const terms: Term[] = [];
    if (query.investor_id !== undefined) terms.push(term("investor_id", query.investor_id));
    if (query.updated_at !== undefined) terms.push(term("updated_on", query.updated_at));
    if (query.transfer_status !== undefined) terms.push(term("transfer_status", query.transfer_status));
    if (query.service_provider_status !== undefined) terms.push(term("service_provider_status", query.service_provider_status));
    if (query.financial_product_id !== undefined) terms.push(term("financial_product_id", query.financial_product_id));
    if (query.service_provider !== undefined) terms.push(term("service_provider", query.service_provider));
    const { items, nextPageAvailable } = await listResources<TransferData>(database(c.env.DB), c.get("tenant").id, TRANSFER, page, { terms });
    return c.json({ transfers: items.map(toTransfer), next_page_available: nextPageAvailable }, 200);
  })
  .openapi(getTransferRoute, async (c) => {
    const { transfer_id } = c.req.valid("param");
    const record = await findResource<TransferData>(database(c.env.DB), c.get("tenant").id, TRANSFER, transfer_id);
    if (!record) throw new ApiError("resource_not_found", `Transfer '${transfer_id}' does not exist`, { errors: [{ field: "transfer_id", message: "unknown transfer" }] });
    return c.json(toTransfer(record), 200);
  })
  .openapi(cancelTransferRoute, (c) => sendCommand(c, "transfer_in.cancel", { ...c.req.valid("json"), transfer_id: c.req.valid("param").transfer_id }) as never);
