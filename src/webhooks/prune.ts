import type { JobHandler } from "../tenant/commands";
import { WEBHOOK, WEBHOOK_DELIVERY, type DeliveryData } from "./model";
import { pruneSecrets } from "./store";

/** Alarm job that forgets old deliveries and expired secrets, scheduled with the first webhook. */
export const PRUNE_JOB = "webhooks.prune";
export const PRUNE_KEY = "all";
export const PRUNE_EVERY_MS = 3_600_000;
const BATCH = 500;
const DAY_MS = 86_400_000;

/**
 * Removes finished deliveries older than the tenant's event retention (their events are gone, so
 * they could not be resent anyway) and secrets past their rotation overlap. Runs hourly while the
 * tenant has webhooks; comes back sooner while a backlog remains.
 */
export const pruneWebhooks: JobHandler = (ctx) => {
  pruneSecrets(ctx.sql, ctx.nowMs);
  const cutoff = new Date(ctx.nowMs - ctx.config.event_retention_days * DAY_MS).toISOString();
  const old = ctx.sql
    .exec<{ id: string }>(
      "SELECT id FROM entities WHERE kind = ? AND created_at < ? AND json_extract(data, '$.status') != 'pending' LIMIT ?",
      WEBHOOK_DELIVERY,
      cutoff,
      BATCH,
    )
    .toArray();
  for (const { id } of old) {
    const delivery = ctx.get<DeliveryData>(WEBHOOK_DELIVERY, id);
    if (delivery) ctx.remove(delivery);
  }
  if (old.length === BATCH) return ctx.nowMs + 1000;
  return ctx.listKind(WEBHOOK).length > 0 ? ctx.nowMs + PRUNE_EVERY_MS : undefined;
};
