/**
 * Webhook state that lives only in the tenant object and is never projected to D1: signing
 * secrets, endpoint health, and the queue outbox (deliveries committed but not yet handed to the
 * Cloudflare Queue). The tables come from tenant schema migration 3 (`webhooks`).
 */

/** Adds a secret that signs until further notice. */
export function addSecret(sql: SqlStorage, webhookId: string, secret: string, nowMs: number): void {
  sql.exec("INSERT INTO webhook_secrets (webhook_id, secret, created_at, expires_at) VALUES (?, ?, ?, NULL)", webhookId, secret, nowMs);
}

/** Gives every open-ended secret of the endpoint an expiry (a rotation's overlap window). */
export function expireSecrets(sql: SqlStorage, webhookId: string, expiresAtMs: number): void {
  sql.exec("UPDATE webhook_secrets SET expires_at = ? WHERE webhook_id = ? AND expires_at IS NULL", expiresAtMs, webhookId);
}

/** The secrets that sign right now, newest first. */
export function activeSecrets(sql: SqlStorage, webhookId: string, nowMs: number): string[] {
  return sql
    .exec<{ secret: string }>(
      "SELECT secret FROM webhook_secrets WHERE webhook_id = ? AND (expires_at IS NULL OR expires_at > ?) ORDER BY created_at DESC",
      webhookId,
      nowMs,
    )
    .toArray()
    .map((r) => r.secret);
}

/** Removes secrets whose overlap window is over. */
export function pruneSecrets(sql: SqlStorage, nowMs: number): void {
  sql.exec("DELETE FROM webhook_secrets WHERE expires_at IS NOT NULL AND expires_at <= ?", nowMs);
}

/** When the endpoint's current run of failures started, or `null` while it is healthy. */
export function failingSince(sql: SqlStorage, webhookId: string): number | null {
  const row = sql.exec<{ failing_since: number }>("SELECT failing_since FROM webhook_health WHERE webhook_id = ?", webhookId).toArray()[0];
  return row?.failing_since ?? null;
}

/** Notes a failure; the first one of a run starts the clock. */
export function markFailing(sql: SqlStorage, webhookId: string, atMs: number): number {
  sql.exec("INSERT INTO webhook_health (webhook_id, failing_since) VALUES (?, ?) ON CONFLICT (webhook_id) DO NOTHING", webhookId, atMs);
  return failingSince(sql, webhookId) ?? atMs;
}

/** Notes a success (or a re-enable): the endpoint is healthy again. */
export function markHealthy(sql: SqlStorage, webhookId: string): void {
  sql.exec("DELETE FROM webhook_health WHERE webhook_id = ?", webhookId);
}

/** Forgets every trace of an endpoint kept here. */
export function forgetEndpoint(sql: SqlStorage, webhookId: string, deliveryIds: string[]): void {
  sql.exec("DELETE FROM webhook_secrets WHERE webhook_id = ?", webhookId);
  sql.exec("DELETE FROM webhook_health WHERE webhook_id = ?", webhookId);
  for (const id of deliveryIds) sql.exec("DELETE FROM webhook_sends WHERE delivery_id = ?", id);
}

/** A committed delivery round waiting to be put on the queue. */
export interface PendingSend extends Record<string, SqlStorageValue> {
  delivery_id: string;
  round: number;
}

/** Records, inside the committing transaction, that a delivery round must go on the queue. */
export function queueSend(sql: SqlStorage, deliveryId: string, round: number, nowMs: number): void {
  sql.exec(
    "INSERT INTO webhook_sends (delivery_id, round, queued_at) VALUES (?, ?, ?) " +
      "ON CONFLICT (delivery_id) DO UPDATE SET round = excluded.round, queued_at = excluded.queued_at",
    deliveryId,
    round,
    nowMs,
  );
}

/** Sends not yet on the queue, oldest first. */
export function pendingSends(sql: SqlStorage, limit: number): PendingSend[] {
  return sql.exec<PendingSend>("SELECT delivery_id, round FROM webhook_sends ORDER BY queued_at, delivery_id LIMIT ?", limit).toArray();
}

/** Drops sends the queue has accepted (a newer round queued meanwhile stays). */
export function acknowledgeSends(sql: SqlStorage, sent: PendingSend[]): void {
  for (const s of sent) sql.exec("DELETE FROM webhook_sends WHERE delivery_id = ? AND round = ?", s.delivery_id, s.round);
}
