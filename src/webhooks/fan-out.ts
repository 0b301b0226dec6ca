import type { CommandContext, StoredEntity } from "../tenant/command-context";
import type { StoredEvent } from "../tenant/event-log";
import { matches, WEBHOOK, WEBHOOK_DELIVERY, type DeliveryData, type DeliveryTrigger, type WebhookData } from "./model";
import { queueSend } from "./store";

/** Alarm job that puts committed deliveries on the queue when sending right after commit failed. */
export const WEBHOOK_SEND_JOB = "webhooks.send";
export const WEBHOOK_SEND_KEY = "queue";
/** How long after commit the alarm checks that every delivery reached the queue. */
const SAFETY_NET_MS = 10_000;

/**
 * Creates a pending delivery of `event` to one endpoint and queues it for the Cloudflare Queue,
 * all inside the caller's transaction: once the event is committed, so is its delivery.
 */
export function createDelivery(ctx: CommandContext, webhookId: string, event: StoredEvent, trigger: DeliveryTrigger): StoredEntity<DeliveryData> {
  const data: DeliveryData = {
    webhook_id: webhookId,
    event_id: event.id,
    event_seq: event.seq,
    event_type: event.type,
    ch: event.ch,
    trigger,
    status: "pending",
    round: 1,
    round_attempts: 0,
    attempt_count: 0,
    next_attempt_at: ctx.now,
    last_attempt_at: null,
    last_status_code: null,
    failure_reason: null,
    attempts: [],
  };
  const delivery = ctx.insert(WEBHOOK_DELIVERY, `whd-${crypto.randomUUID()}`, data, webhookId);
  requestSend(ctx, delivery.id, 1);
  return delivery;
}

/** Queues one round of a delivery for the queue, with the alarm as the safety net. */
export function requestSend(ctx: CommandContext, deliveryId: string, round: number): void {
  queueSend(ctx.sql, deliveryId, round, ctx.nowMs);
  ctx.schedule(WEBHOOK_SEND_JOB, WEBHOOK_SEND_KEY, ctx.nowMs + SAFETY_NET_MS);
}

/** Every webhook endpoint of the tenant. */
export function endpoints(ctx: CommandContext): StoredEntity<WebhookData>[] {
  return ctx.listKind<WebhookData>(WEBHOOK);
}

/** One delivery per enabled endpoint whose filters match the event (called for every event). */
export function fanOutEvent(ctx: CommandContext, event: StoredEvent): void {
  for (const endpoint of endpoints(ctx)) {
    if (matches(endpoint.data, event)) createDelivery(ctx, endpoint.id, event, "event");
  }
}
