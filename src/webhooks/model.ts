import type { Channel, StoredEvent } from "../tenant/event-log";
import { toWire } from "../platform/wire-absent";
import { Delivery, Webhook } from "./schema";

/** Entity kind of a webhook endpoint (projected to D1; its secrets never are). */
export const WEBHOOK = "webhook";
/** Entity kind of one event's delivery to one endpoint (owned by the endpoint). */
export const WEBHOOK_DELIVERY = "webhook_delivery";

/** Why an endpoint stopped receiving deliveries. */
export type DisabledReason = "manual" | "gone" | "failing";

/** What the write model keeps for a webhook endpoint. Secrets live in a table of their own. */
export interface WebhookData {
  url: string;
  /** `null`: every event type. */
  event_types: string[] | null;
  /** `null`: every channel. */
  channels: Channel[] | null;
  description: string | null;
  external_reference: string | null;
  enabled: boolean;
  disabled_reason: DisabledReason | null;
  disabled_at: string | null;
  secret_rotated_at: string | null;
}

export type DeliveryStatus = "pending" | "succeeded" | "failed";
export type DeliveryTrigger = "event" | "replay";

/** One HTTP attempt of a delivery, as the deliveries list shows it. */
export interface DeliveryAttempt {
  attempted_at: string;
  /** `null` when no response arrived (timeout, connection error). */
  status_code: number | null;
  latency_ms: number;
  error: string | null;
  outcome: "succeeded" | "retrying" | "failed";
  next_attempt_at: string | null;
}

/** What the write model keeps for a delivery. */
export interface DeliveryData {
  webhook_id: string;
  event_id: string;
  event_seq: number;
  event_type: string;
  ch: Channel;
  trigger: DeliveryTrigger;
  status: DeliveryStatus;
  /** Bumped by a resend; queue messages of an older round are ignored. */
  round: number;
  /** Attempts in the current round (drives the retry schedule). */
  round_attempts: number;
  attempt_count: number;
  next_attempt_at: string | null;
  last_attempt_at: string | null;
  last_status_code: number | null;
  failure_reason: string | null;
  /** The most recent attempts, oldest first (at most `MAX_KEPT_ATTEMPTS`). */
  attempts: DeliveryAttempt[];
}

export const MAX_KEPT_ATTEMPTS = 50;

interface Row<T> {
  id: string;
  version: number;
  data: T;
  createdAt: string;
  updatedAt: string;
}

/** A webhook endpoint as the wire shows it (never with a secret). */
export function toWebhook(row: Row<WebhookData>) {
  const d = row.data;
  return toWire(Webhook, {
    webhook_id: row.id,
    url: d.url,
    event_types: d.event_types,
    channels: d.channels,
    description: d.description,
    external_reference: d.external_reference,
    enabled: d.enabled,
    disabled_reason: d.disabled_reason,
    disabled_at: d.disabled_at,
    secret_rotated_at: d.secret_rotated_at,
    reference_version: row.version,
    created_at: row.createdAt,
    updated_at: row.updatedAt,
  });
}

/** A delivery as the wire shows it. */
export function toDelivery(row: Row<DeliveryData>) {
  const d = row.data;
  return toWire(Delivery, {
    delivery_id: row.id,
    webhook_id: d.webhook_id,
    event_id: d.event_id,
    event_seq: d.event_seq,
    event_type: d.event_type,
    ch: d.ch,
    trigger: d.trigger,
    status: d.status,
    attempt_count: d.attempt_count,
    next_attempt_at: d.next_attempt_at,
    last_attempt_at: d.last_attempt_at,
    last_status_code: d.last_status_code,
    failure_reason: d.failure_reason,
    attempts: d.attempts,
    created_at: row.createdAt,
    updated_at: row.updatedAt,
  });
}

/** True when an enabled endpoint's filters let the event through (both filters must match). */
export function matches(endpoint: WebhookData, event: Pick<StoredEvent, "type" | "ch">): boolean {
  if (!endpoint.enabled) return false;
  if (endpoint.event_types && !endpoint.event_types.includes(event.type)) return false;
  if (endpoint.channels && !endpoint.channels.includes(event.ch)) return false;
  return true;
}

/** The delivery body: exactly the event as the socket and the activity feed show it. */
export function deliveryBody(event: StoredEvent): string {
  return JSON.stringify({ type: event.type, ch: event.ch, id: event.id, ts: event.ts, seq: event.seq, payload: event.payload });
}
