import { createRoute } from "@hono/zod-openapi";
import { database } from "../db/client";
import { findResource, listResources, term } from "../db/resources";
import { ApiError } from "../platform/errors/api-error";
import { createRouter, IdempotencyHeader, jsonContent, problemResponses, TENANT_PROBLEMS, TENANT_SECURITY, TENANT_WRITE_PROBLEMS } from "../platform/openapi";
import { paged, pageRequest, type Paging } from "../platform/pagination";
import { sendCommand } from "../tenant/client";
import { toDelivery, toWebhook, WEBHOOK, WEBHOOK_DELIVERY, type DeliveryData, type WebhookData } from "./model";
import {
  CreateWebhookBody,
  DeletedWebhook,
  Delivery,
  DeliveryList,
  DeliveryParams,
  ListDeliveriesQuery,
  ListWebhooksQuery,
  ReplayBody,
  ReplayResult,
  RotatedWebhook,
  UpdateWebhookBody,
  Webhook,
  WebhookList,
  WebhookParams,
  WebhookWithSecret,
} from "./schema";

const tags = ["Webhooks"];
const PATH = "/tenant/webhooks/v1";
const ONE = `${PATH}/{webhook_id}`;
const PAGING: Paging = { pageSize: 100, maxPageSize: 1000 };
const security = TENANT_SECURITY;
const writeProblems = problemResponses(...TENANT_WRITE_PROBLEMS);
const readProblems = problemResponses(...TENANT_PROBLEMS);

function notFound(webhookId: string): ApiError {
  return new ApiError("resource_not_found", `Webhook '${webhookId}' does not exist`, { errors: [{ field: "webhook_id", message: "unknown webhook" }] });
}

const createWebhookRoute = createRoute({
  method: "post",
  path: PATH,
  tags,
  summary: "Create webhook",
  description:
    "Registers an endpoint for signed deliveries of every event (optionally filtered by `event_types` and `channels`). " +
    "The signing `secret` is shown only in this answer and on rotation. URLs must use https and must not point at local or private addresses " +
    "(plain http to localhost is accepted in local development).",
  security,
  request: { headers: IdempotencyHeader, body: { content: jsonContent(CreateWebhookBody), required: true } },
  responses: { 201: { description: "The webhook with its signing secret", content: jsonContent(WebhookWithSecret) }, ...writeProblems },
});

const listWebhooksRoute = createRoute({
  method: "get",
  path: PATH,
  tags,
  summary: "List webhooks",
  description: "Paging defaults 100/1, max 1000; sorted by creation (default desc).",
  security,
  request: { query: paged(ListWebhooksQuery, PAGING) },
  responses: { 200: { description: "A page of webhooks", content: jsonContent(WebhookList) }, ...readProblems },
});

const getWebhookRoute = createRoute({
  method: "get",
  path: ONE,
  tags,
  summary: "Get webhook",
  security,
  request: { params: WebhookParams },
  responses: { 200: { description: "The webhook (never its secret)", content: jsonContent(Webhook) }, ...readProblems },
});

const updateWebhookRoute = createRoute({
  method: "patch",
  path: ONE,
  tags,
  summary: "Update webhook",
  description: "Changes url, filters, description, external_reference or `enabled`. `reference_version` must be the current one; `null` clears a field.",
  security,
  request: { headers: IdempotencyHeader, params: WebhookParams, body: { content: jsonContent(UpdateWebhookBody), required: true } },
  responses: { 200: { description: "The webhook", content: jsonContent(Webhook) }, ...writeProblems },
});

const deleteWebhookRoute = createRoute({
  method: "delete",
  path: ONE,
  tags,
  summary: "Delete webhook",
  description: "Removes the endpoint, its secrets and its deliveries.",
  security,
  request: { headers: IdempotencyHeader, params: WebhookParams },
  responses: { 200: { description: "The webhook was deleted", content: jsonContent(DeletedWebhook) }, ...writeProblems },
});

const rotateSecretRoute = createRoute({
  method: "post",
  path: `${ONE}/rotate-secret`,
  tags,
  summary: "Rotate webhook signing secret",
  description: "A new secret signs from now on; the previous one keeps signing alongside it for 24 hours.",
  security,
  request: { headers: IdempotencyHeader, params: WebhookParams },
  responses: { 200: { description: "The webhook with its new secret", content: jsonContent(RotatedWebhook) }, ...writeProblems },
});

const listDeliveriesRoute = createRoute({
  method: "get",
  path: `${ONE}/deliveries`,
  tags,
  summary: "List webhook deliveries",
  description: "Each delivery with its attempts (status code, latency, error) and next retry. Paging defaults 100/1, max 1000; newest first by default.",
  security,
  request: { params: WebhookParams, query: paged(ListDeliveriesQuery, PAGING) },
  responses: { 200: { description: "A page of deliveries", content: jsonContent(DeliveryList) }, ...readProblems },
});

const resendDeliveryRoute = createRoute({
  method: "post",
  path: `${ONE}/deliveries/{delivery_id}/resend`,
  tags,
  summary: "Resend webhook delivery",
  description: "Starts a new round of a finished delivery (same webhook-id, fresh retry schedule).",
  security,
  request: { headers: IdempotencyHeader, params: DeliveryParams },
  responses: { 202: { description: "The delivery, scheduled again", content: jsonContent(Delivery) }, ...writeProblems },
});

const replayRoute = createRoute({
  method: "post",
  path: `${ONE}/replay`,
  tags,
  summary: "Replay events to a webhook",
  description: "Delivers the retained events from_seq..to_seq (default: the last one) that match the webhook's filters again, at most 1000 events per replay.",
  security,
  request: { headers: IdempotencyHeader, params: WebhookParams, body: { content: jsonContent(ReplayBody), required: true } },
  responses: { 202: { description: "Deliveries created", content: jsonContent(ReplayResult) }, ...writeProblems },
});

/** Webhooks: writes go to the tenant object, reads come from D1. */
export const webhookRoutes = createRouter()
  .openapi(createWebhookRoute, (c) =>
    sendCommand(c, "webhook.create", { ...c.req.valid("json"), local_development: c.env.DEPLOYMENT === "development" }) as never,
  )
  .openapi(listWebhooksRoute, async (c) => {
    const page = pageRequest(c.req.valid("query"), PAGING);
    const { items, nextPageAvailable } = await listResources<WebhookData>(database(c.env.DB), c.get("tenant").id, WEBHOOK, page);
    return c.json({ webhooks: items.map(toWebhook), next_page_available: nextPageAvailable }, 200);
  })
  .openapi(getWebhookRoute, async (c) => {
    const { webhook_id } = c.req.valid("param");
    const record = await findResource<WebhookData>(database(c.env.DB), c.get("tenant").id, WEBHOOK, webhook_id);
    if (!record) throw notFound(webhook_id);
    return c.json(toWebhook(record), 200);
  })
  .openapi(updateWebhookRoute, (c) =>
    sendCommand(c, "webhook.update", {
      ...c.req.valid("json"),
      webhook_id: c.req.valid("param").webhook_id,
      local_development: c.env.DEPLOYMENT === "development",
    }) as never,
  )
  .openapi(deleteWebhookRoute, (c) => sendCommand(c, "webhook.delete", { webhook_id: c.req.valid("param").webhook_id }) as never)
  .openapi(rotateSecretRoute, (c) => sendCommand(c, "webhook.rotate_secret", { webhook_id: c.req.valid("param").webhook_id }) as never)
  .openapi(listDeliveriesRoute, async (c) => {
    const { webhook_id } = c.req.valid("param");
    const query = c.req.valid("query");
    const db = database(c.env.DB);
    const tenantId = c.get("tenant").id;
    if (!(await findResource(db, tenantId, WEBHOOK, webhook_id))) throw notFound(webhook_id);
    const { items, nextPageAvailable } = await listResources<DeliveryData>(db, tenantId, WEBHOOK_DELIVERY, pageRequest(query, PAGING), {
      ownerId: webhook_id,
      terms: query.status ? [term("status", query.status)] : [],
    });
    return c.json({ deliveries: items.map(toDelivery), next_page_available: nextPageAvailable }, 200);
  })
  .openapi(resendDeliveryRoute, (c) => sendCommand(c, "webhook.delivery.resend", c.req.valid("param")) as never)
  .openapi(replayRoute, (c) => sendCommand(c, "webhook.replay", { ...c.req.valid("json"), webhook_id: c.req.valid("param").webhook_id }) as never);
