import { z } from "zod";
import type { CommandContext, StoredEntity } from "../tenant/command-context";
import { readEvents, type StoredEvent } from "../tenant/event-log";
import { deliveryBody, MAX_KEPT_ATTEMPTS, toWebhook, WEBHOOK, WEBHOOK_DELIVERY, type DeliveryAttempt, type DeliveryData, type WebhookData } from "./model";
import { DISABLE_AFTER_FAILING_MS, retryDelaySeconds } from "./retry-schedule";
import { signedHeaders } from "./signing";
import { activeSecrets, markFailing, markHealthy } from "./store";

/** One delivery attempt's outcome, as the queue consumer reports it (parsed again here). */
export const WebhookAttempt = z.object({
  delivery_id: z.string().min(1).max(64),
  round: z.number().int().min(1),
  attempted_at_ms: z.number().int().min(0),
  status_code: z.number().int().min(100).max(599).nullable(),
  latency_ms: z.number().int().min(0),
  error: z.string().max(500).nullable(),
  retry_after_seconds: z.number().int().min(0).nullable(),
});
export type WebhookAttempt = z.infer<typeof WebhookAttempt>;

/** What the consumer needs to make one attempt: the signed request. */
export interface SignedDelivery {
  url: string;
  headers: Record<string, string>;
  body: string;
}

interface PreparedDelivery {
  url: string;
  msgId: string;
  body: string;
  secrets: string[];
}

/** The committed event with that `seq`, if it is still retained. */
export function eventAt(ctx: CommandContext, seq: number): StoredEvent | null {
  const [event] = readEvents(ctx.sql, seq - 1, 1);
  return event && event.seq === seq ? event : null;
}

function current(ctx: CommandContext, deliveryId: string, round: number): StoredEntity<DeliveryData> | null {
  const delivery = ctx.get<DeliveryData>(WEBHOOK_DELIVERY, deliveryId);
  return delivery && delivery.data.status === "pending" && delivery.data.round === round ? delivery : null;
}

function finish(ctx: CommandContext, delivery: StoredEntity<DeliveryData>, reason: string): void {
  ctx.update(delivery, { ...delivery.data, status: "failed", next_attempt_at: null, failure_reason: reason });
}

/**
 * Disables an endpoint on the system's initiative (410 Gone, or failing for 5 days) and says so
 * on the `notifications` channel with the endpoint as it now is.
 */
export function disableEndpoint(ctx: CommandContext, endpoint: StoredEntity<WebhookData>, reason: "gone" | "failing"): void {
  const updated = ctx.update(endpoint, { ...endpoint.data, enabled: false, disabled_reason: reason, disabled_at: ctx.now });
  ctx.emit({ type: "webhook_disabled", ch: "notifications", payload: toWebhook(updated) });
}

/**
 * The delivery's request, or `null` when there is nothing to send: an unknown or finished
 * delivery, a message of an older round, or an endpoint that is gone or disabled (the delivery
 * is then marked failed, and stays visible and resendable).
 */
export function prepareDelivery(ctx: CommandContext, deliveryId: string, round: number): PreparedDelivery | null {
  const delivery = current(ctx, deliveryId, round);
  if (!delivery) return null;
  const endpoint = ctx.get<WebhookData>(WEBHOOK, delivery.data.webhook_id);
  if (!endpoint || !endpoint.data.enabled) {
    finish(ctx, delivery, "the webhook is disabled");
    return null;
  }
  const event = eventAt(ctx, delivery.data.event_seq);
  if (!event) {
    finish(ctx, delivery, "the event is no longer retained");
    return null;
  }
  return { url: endpoint.data.url, msgId: event.id, body: deliveryBody(event), secrets: activeSecrets(ctx.sql, endpoint.id, ctx.nowMs) };
}

/** Signs a prepared delivery for an attempt made now (`webhook-timestamp` is the attempt's time). */
export async function signDelivery(prepared: PreparedDelivery, nowMs: number): Promise<SignedDelivery> {
  const headers = await signedHeaders(prepared.secrets, prepared.msgId, Math.floor(nowMs / 1000), prepared.body);
  return { url: prepared.url, headers, body: prepared.body };
}

/**
 * Records one attempt and decides what follows: 2xx succeeds; 410 fails the delivery and disables
 * the endpoint; anything else (or no answer) is retried on the schedule until it is exhausted,
 * unless the endpoint has now been failing for 5 days, which disables it.
 * Returns the seconds until the next attempt, or `null` when there is none.
 */
export function recordAttempt(ctx: CommandContext, attempt: WebhookAttempt): { retry_in_seconds: number | null } {
  const delivery = current(ctx, attempt.delivery_id, attempt.round);
  if (!delivery) return { retry_in_seconds: null };
  const endpoint = ctx.get<WebhookData>(WEBHOOK, delivery.data.webhook_id);
  const code = attempt.status_code;
  const data: DeliveryData = {
    ...delivery.data,
    round_attempts: delivery.data.round_attempts + 1,
    attempt_count: delivery.data.attempt_count + 1,
    last_attempt_at: new Date(attempt.attempted_at_ms).toISOString(),
    last_status_code: code,
    next_attempt_at: null,
  };
  let outcome: DeliveryAttempt["outcome"] = "failed";
  let retry: number | null = null;

  if (code !== null && code >= 200 && code < 300) {
    outcome = "succeeded";
    Object.assign(data, { status: "succeeded", failure_reason: null });
    markHealthy(ctx.sql, data.webhook_id);
  } else if (!endpoint || !endpoint.data.enabled) {
    Object.assign(data, { status: "failed", failure_reason: "the webhook is disabled" });
  } else if (code === 410) {
    Object.assign(data, { status: "failed", failure_reason: "the endpoint answered 410 Gone, so the webhook was disabled" });
    disableEndpoint(ctx, endpoint, "gone");
  } else {
    const since = markFailing(ctx.sql, endpoint.id, attempt.attempted_at_ms);
    if (attempt.attempted_at_ms - since >= DISABLE_AFTER_FAILING_MS) {
      Object.assign(data, { status: "failed", failure_reason: "the endpoint failed every attempt for 5 days, so the webhook was disabled" });
      disableEndpoint(ctx, endpoint, "failing");
    } else {
      retry = retryDelaySeconds(data.round_attempts, attempt.retry_after_seconds);
      if (retry === null) {
        Object.assign(data, { status: "failed", failure_reason: "every scheduled attempt failed" });
      } else {
        outcome = "retrying";
        Object.assign(data, { failure_reason: null, next_attempt_at: new Date(ctx.nowMs + retry * 1000).toISOString() });
      }
    }
  }
  const record: DeliveryAttempt = {
    attempted_at: data.last_attempt_at!,
    status_code: code,
    latency_ms: attempt.latency_ms,
    error: attempt.error,
    outcome,
    next_attempt_at: data.next_attempt_at,
  };
  data.attempts = [...delivery.data.attempts, record].slice(-MAX_KEPT_ATTEMPTS);
  ctx.update(delivery, data);
  return { retry_in_seconds: retry };
}

/** Marks a delivery failed whose queue message was dead-lettered (the consumer kept failing). */
export function abandonDelivery(ctx: CommandContext, deliveryId: string, round: number, reason: string): void {
  const delivery = current(ctx, deliveryId, round);
  if (delivery) finish(ctx, delivery, reason);
}
