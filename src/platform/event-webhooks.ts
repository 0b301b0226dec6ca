import { z, type OpenAPIHono } from "@hono/zod-openapi";
import type { EventOrigin, EventType } from "../tenant/event-types";
import { EVENT_TYPES } from "../tenant/event-types";
import type { AppEnv } from "./app-env";

/** What the OpenAPI document says about one event type: its payload schema and a sentence. */
export interface EventPayloadDoc {
  payload: z.ZodType;
  summary: string;
}

export type EventCatalogue = { readonly [T in EventType]: EventPayloadDoc };

const ORIGIN_NOTE: Record<EventOrigin, string> = {
  wealthos: "A WealthOS socket message type.",
  coffer: "A Coffer extension: clients that only know the WealthOS types can ignore it.",
};

const deliveryHeaders = z.object({
  "webhook-id": z.string().openapi({ description: "The event's id: the same on every retry, resend and replay" }),
  "webhook-timestamp": z.string().openapi({ description: "Unix seconds of this attempt" }),
  "webhook-signature": z.string().openapi({ description: "`v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`; one per active secret, space-separated" }),
});

/** The envelope of one event type, as webhooks deliver it and the socket and activity feed show it. */
export function eventEnvelope(type: EventType, payload: z.ZodType) {
  return z.object({
    type: z.literal(type),
    ch: z.literal(EVENT_TYPES[type].ch),
    id: z.string().openapi({ description: "UUID of the event; the webhook-id header" }),
    seq: z.number().int().openapi({ description: "Gap-free per-tenant sequence number" }),
    ts: z.number().int().openapi({ description: "Epoch milliseconds, strictly increasing per channel" }),
    payload,
  });
}

/**
 * Adds one OpenAPI 3.1 `webhooks` entry per event type: the delivery a webhook endpoint
 * receives (the same envelope the socket and `/tenant/activity/v1` carry), its payload schema
 * and whether the type is WealthOS's or Coffer's own (`x-coffer-origin`, `x-coffer-channel`).
 */
export function documentEvents(app: OpenAPIHono<AppEnv>, catalogue: EventCatalogue): void {
  for (const type of Object.keys(EVENT_TYPES) as EventType[]) {
    const { ch, origin } = EVENT_TYPES[type];
    const entry = catalogue[type];
    app.openAPIRegistry.registerWebhook({
      method: "post",
      path: type,
      tags: ["Events"],
      summary: entry.summary,
      description: `${ORIGIN_NOTE[origin]} Published on the \`${ch}\` channel: on the socket, in the activity feed and to every webhook endpoint whose filters match.`,
      "x-coffer-origin": origin,
      "x-coffer-channel": ch,
      request: {
        headers: deliveryHeaders,
        body: { required: true, content: { "application/json": { schema: eventEnvelope(type, entry.payload) } } },
      },
      responses: {
        200: { description: "Any 2xx within 15 s acknowledges the delivery" },
        410: { description: "Gone: disables the endpoint" },
      },
    });
  }
}
