import type { CommandContext, StoredEntity } from "../tenant/command-context";
import { defineCommand, fail, succeed, type CommandOutcome } from "../tenant/commands";
import { lastSeq, readEvents } from "../tenant/event-log";
import { eventAt } from "./attempts";
import { findEndpoint, isOutcome } from "./endpoint-commands";
import { createDelivery, requestSend } from "./fan-out";
import { matches, toDelivery, WEBHOOK_DELIVERY, type DeliveryData, type WebhookData } from "./model";
import { DeliveryRef, MAX_REPLAY_EVENTS, ReplayInput } from "./schema";

function oldestRetainedSeq(ctx: CommandContext): number | null {
  const row = ctx.sql.exec<{ seq: number | null }>("SELECT min(seq) AS seq FROM events").toArray()[0];
  return row?.seq ?? null;
}

function requireEnabled(endpoint: StoredEntity<WebhookData>): CommandOutcome | null {
  if (endpoint.data.enabled) return null;
  return fail({
    code: "state_conflict",
    detail: `Webhook '${endpoint.id}' is disabled (${endpoint.data.disabled_reason}); enable it with PATCH first`,
    errors: [{ field: "webhook_id", message: "webhook is disabled" }],
  });
}

function invalidField(field: string, message: string): CommandOutcome {
  return fail({ code: "validation_failed", detail: `Invalid fields: ${field}`, errors: [{ field, message }] });
}

/**
 * `webhook.delivery.resend`: a new round of the same delivery (same `webhook-id`, a fresh retry
 * schedule), sent now. A pending delivery may be resent too: queue messages of its earlier round
 * are then ignored, so a lost message never leaves a delivery stuck. A delivery whose event has
 * left the retention window cannot be resent.
 */
export const resendDelivery = defineCommand({
  input: DeliveryRef,
  run(ctx, input) {
    const endpoint = findEndpoint(ctx, input.webhook_id);
    if (isOutcome(endpoint)) return endpoint;
    const delivery = ctx.get<DeliveryData>(WEBHOOK_DELIVERY, input.delivery_id);
    if (!delivery || delivery.data.webhook_id !== endpoint.id) {
      return fail({ code: "resource_not_found", detail: `Delivery '${input.delivery_id}' does not exist`, errors: [{ field: "delivery_id", message: "unknown delivery of this webhook" }] });
    }
    const disabled = requireEnabled(endpoint);
    if (disabled) return disabled;
    if (!eventAt(ctx, delivery.data.event_seq)) {
      return fail({ code: "state_conflict", detail: `Event ${delivery.data.event_seq} is no longer retained`, errors: [{ field: "delivery_id", message: "event no longer retained" }] });
    }
    const round = delivery.data.round + 1;
    const data: DeliveryData = { ...delivery.data, status: "pending", round, round_attempts: 0, next_attempt_at: ctx.now, failure_reason: null };
    const updated = ctx.update(delivery, data);
    requestSend(ctx, updated.id, round);
    return succeed(202, toDelivery(updated));
  },
});

/**
 * `webhook.replay`: new deliveries of the retained events `from_seq`..`to_seq` (default: the last
 * one) that match the endpoint's filters, at most `MAX_REPLAY_EVENTS` events per replay.
 */
export const replayEvents = defineCommand({
  input: ReplayInput,
  run(ctx, input) {
    const endpoint = findEndpoint(ctx, input.webhook_id);
    if (isOutcome(endpoint)) return endpoint;
    const disabled = requireEnabled(endpoint);
    if (disabled) return disabled;
    const head = lastSeq(ctx.sql);
    const to = input.to_seq ?? head;
    if (input.from_seq > head) return invalidField("from_seq", `is after the last event (seq ${head})`);
    if (to > head) return invalidField("to_seq", `is after the last event (seq ${head})`);
    if (to < input.from_seq) return invalidField("to_seq", "must not be before from_seq");
    if (to - input.from_seq + 1 > MAX_REPLAY_EVENTS) {
      return invalidField("to_seq", `a replay covers at most ${MAX_REPLAY_EVENTS} events (the last event is seq ${head})`);
    }
    const oldest = oldestRetainedSeq(ctx);
    if (oldest === null || input.from_seq < oldest) {
      return invalidField("from_seq", `is older than the retention window (the oldest retained event is seq ${oldest ?? head + 1})`);
    }
    let created = 0;
    for (const event of readEvents(ctx.sql, input.from_seq - 1, to - input.from_seq + 1)) {
      if (event.seq > to || !matches(endpoint.data, event)) continue;
      createDelivery(ctx, endpoint.id, event, "replay");
      created += 1;
    }
    return succeed(202, { webhook_id: endpoint.id, from_seq: input.from_seq, to_seq: to, deliveries_created: created });
  },
});
