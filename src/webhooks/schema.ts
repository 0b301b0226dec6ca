import { z } from "@hono/zod-openapi";
import { referenceVersion, sequenceNumber } from "../platform/wire-fields";
import { DATA_CHANNELS } from "../tenant/event-log";
import { EXTERNAL_REFERENCE_PATTERN } from "../tenant/versioning";
import { MAX_URL_LENGTH } from "./url-policy";

export const DELIVERY_STATUSES = ["pending", "succeeded", "failed"] as const;
export const DISABLED_REASONS = ["manual", "gone", "failing"] as const;
/** Largest range of events one replay may cover. */
export const MAX_REPLAY_EVENTS = 1000;

const webhookId = z.string().min(1).max(64);
const url = z
  .string()
  .min(1)
  .max(MAX_URL_LENGTH)
  .openapi({
    format: "uri",
    pattern: "^https?://[^\\s]+$",
    example: "https://partner.example.com/coffer/webhooks",
    description: "An https URL on a public host (plain http only to localhost in local development); private, loopback and link-local addresses are refused",
  });
const eventTypes = z
  .array(z.string().regex(/^[a-z][a-z0-9_.]{0,63}$/, "an event type such as investor_created"))
  .max(100)
  .nullable()
  .openapi({ description: "Event types to receive; omitted, null or empty: every type", example: ["investor_created", "investor_updated"] });
const channels = z
  .array(z.enum(DATA_CHANNELS))
  .max(DATA_CHANNELS.length)
  .nullable()
  .openapi({ description: "Channels to receive; omitted, null or empty: every channel", example: ["investors"] });
const description = z.string().max(500).nullable();
const externalReference = z.string().regex(EXTERNAL_REFERENCE_PATTERN, "at most 256 letters, digits, spaces, dashes and underscores").nullable();

export const CreateWebhookBody = z
  .object({
    url,
    event_types: eventTypes.optional(),
    channels: channels.optional(),
    description: description.optional(),
    external_reference: externalReference.optional(),
  })
  .openapi("CreateWebhookBody");

export const UpdateWebhookBody = z
  .object({
    reference_version: referenceVersion,
    url: url.optional(),
    event_types: eventTypes.optional(),
    channels: channels.optional(),
    description: description.optional(),
    external_reference: externalReference.optional(),
    enabled: z.boolean().optional().openapi({ description: "false pauses deliveries; true re-enables a disabled endpoint" }),
  })
  .openapi("UpdateWebhookBody");

/** What the Worker adds to a create or update: whether this deployment is local development. */
const deployment = { local_development: z.boolean() };
export const CreateWebhookInput = CreateWebhookBody.extend(deployment);
export const UpdateWebhookInput = UpdateWebhookBody.extend({ ...deployment, webhook_id: webhookId });
export const WebhookRef = z.object({ webhook_id: webhookId });
export const DeliveryRef = z.object({ webhook_id: webhookId, delivery_id: z.string().min(1).max(64) });

export const ReplayBody = z
  .object({
    from_seq: sequenceNumber,
    to_seq: sequenceNumber.optional().openapi({ description: "Default: the last committed event" }),
  })
  .superRefine((v, ctx) => {
    if (v.to_seq === undefined) return;
    if (v.to_seq < v.from_seq) ctx.addIssue({ code: "custom", path: ["to_seq"], message: "must not be before from_seq" });
    else if (v.to_seq - v.from_seq + 1 > MAX_REPLAY_EVENTS) ctx.addIssue({ code: "custom", path: ["to_seq"], message: `a replay covers at most ${MAX_REPLAY_EVENTS} events` });
  })
  .openapi("ReplayWebhookBody");
export const ReplayInput = z.object({ webhook_id: webhookId, from_seq: z.number().int().min(1), to_seq: z.number().int().min(1).optional() });

export const Webhook = z
  .object({
    webhook_id: z.string().openapi({ example: "wh-KQX40512" }),
    url: z.string(),
    event_types: z.array(z.string()).nullable(),
    channels: z.array(z.enum(DATA_CHANNELS)).nullable(),
    description: z.string().nullable(),
    external_reference: z.string().nullable(),
    enabled: z.boolean(),
    disabled_reason: z.enum(DISABLED_REASONS).nullable().openapi({ description: "manual (PATCH), gone (the endpoint answered 410), failing (5 days of failed attempts)" }),
    disabled_at: z.string().nullable(),
    secret_rotated_at: z.string().nullable(),
    reference_version: z.number().int(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .openapi("Webhook");

const secret = z.string().openapi({ description: "Signing secret (Standard Webhooks); shown only here", example: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" });
export const WebhookWithSecret = Webhook.extend({ secret }).openapi("WebhookWithSecret");
export const RotatedWebhook = Webhook.extend({
  secret,
  previous_secret_expires_at: z.string().openapi({ description: "Until then deliveries carry a signature by the previous secret as well" }),
}).openapi("RotatedWebhook");
export const DeletedWebhook = z.object({ webhook_id: z.string(), deleted: z.literal(true) }).openapi("DeletedWebhook");
export const WebhookList = z.object({ webhooks: z.array(Webhook), next_page_available: z.boolean() }).openapi("WebhookList");

export const DeliveryAttempt = z
  .object({
    attempted_at: z.string(),
    status_code: z.number().int().nullable().openapi({ description: "null when no response arrived (timeout, connection error)" }),
    latency_ms: z.number().int(),
    error: z.string().nullable(),
    outcome: z.enum(["succeeded", "retrying", "failed"]),
    next_attempt_at: z.string().nullable(),
  })
  .openapi("WebhookDeliveryAttempt");

export const Delivery = z
  .object({
    delivery_id: z.string().openapi({ example: "whd-3f1c1a52-9d7e-4a4c-8c55-2b0b8f0de6a1" }),
    webhook_id: z.string(),
    event_id: z.string().openapi({ description: "The event's id, sent as webhook-id" }),
    event_seq: z.number().int(),
    event_type: z.string(),
    ch: z.enum(DATA_CHANNELS),
    trigger: z.enum(["event", "replay"]),
    status: z.enum(DELIVERY_STATUSES),
    attempt_count: z.number().int(),
    next_attempt_at: z.string().nullable(),
    last_attempt_at: z.string().nullable(),
    last_status_code: z.number().int().nullable(),
    failure_reason: z.string().nullable(),
    attempts: z.array(DeliveryAttempt),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .openapi("WebhookDelivery");

export const DeliveryList = z.object({ deliveries: z.array(Delivery), next_page_available: z.boolean() }).openapi("WebhookDeliveryList");

export const ReplayResult = z
  .object({ webhook_id: z.string(), from_seq: z.number().int(), to_seq: z.number().int(), deliveries_created: z.number().int() })
  .openapi("WebhookReplay");

const pageParam = z.string().regex(/^[1-9]\d*$/, "a positive integer").optional();
export const ListWebhooksQuery = z.object({ page_size: pageParam, page_number: pageParam, sort: z.enum(["asc", "desc"]).optional() });
export const ListDeliveriesQuery = ListWebhooksQuery.extend({ status: z.enum(DELIVERY_STATUSES).optional() });

export const WebhookParams = z.object({
  webhook_id: webhookId.openapi({ param: { name: "webhook_id", in: "path" }, example: "wh-KQX40512" }),
});
export const DeliveryParams = WebhookParams.extend({
  delivery_id: z.string().min(1).max(64).openapi({ param: { name: "delivery_id", in: "path" }, example: "whd-3f1c1a52-9d7e-4a4c-8c55-2b0b8f0de6a1" }),
});
