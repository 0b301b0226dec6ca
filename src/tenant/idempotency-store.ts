/** A response stored with an idempotency record, replayed verbatim. */
export interface StoredResponse {
  status: number;
  body: unknown;
}

interface KeyRow extends Record<string, SqlStorageValue> {
  fingerprint: string;
  status: number;
  body: string;
  created_at: number;
}

/** Looks up an `Idempotency-Key` record still inside the retention window. */
export function findIdempotencyKey(
  sql: SqlStorage,
  key: string,
  notBeforeMs: number,
): { fingerprint: string; response: StoredResponse } | null {
  const row = sql
    .exec<KeyRow>("SELECT fingerprint, status, body, created_at FROM idempotency_keys WHERE key = ?", key)
    .toArray()[0];
  if (!row || row.created_at < notBeforeMs) return null;
  return { fingerprint: row.fingerprint, response: { status: row.status, body: JSON.parse(row.body) } };
}

/** Records the outcome of a request made with an `Idempotency-Key` (inside the command's transaction). */
export function saveIdempotencyKey(sql: SqlStorage, key: string, fingerprint: string, response: StoredResponse, nowMs: number): void {
  sql.exec(
    "INSERT INTO idempotency_keys (key, fingerprint, status, body, created_at) VALUES (?, ?, ?, ?, ?) " +
      "ON CONFLICT (key) DO UPDATE SET fingerprint = excluded.fingerprint, status = excluded.status, body = excluded.body, created_at = excluded.created_at",
    key,
    fingerprint,
    response.status,
    JSON.stringify(response.body),
    nowMs,
  );
}

/** Looks up a WealthOS body `request_id` still inside the retention window; returns the original body. */
export function findRequestId(sql: SqlStorage, requestId: string, notBeforeMs: number): unknown | null {
  const row = sql
    .exec<{ body: string; created_at: number }>("SELECT body, created_at FROM request_ids WHERE request_id = ?", requestId)
    .toArray()[0];
  if (!row || row.created_at < notBeforeMs) return null;
  return JSON.parse(row.body);
}

/** Records a successful request's `request_id` with its response body. */
export function saveRequestId(sql: SqlStorage, requestId: string, body: unknown, nowMs: number): void {
  sql.exec(
    "INSERT INTO request_ids (request_id, body, created_at) VALUES (?, ?, ?) " +
      "ON CONFLICT (request_id) DO UPDATE SET body = excluded.body, created_at = excluded.created_at",
    requestId,
    JSON.stringify(body),
    nowMs,
  );
}

/** Deletes both kinds of records older than the cut-off. */
export function pruneIdempotency(sql: SqlStorage, cutoffMs: number): void {
  sql.exec("DELETE FROM idempotency_keys WHERE created_at < ?", cutoffMs);
  sql.exec("DELETE FROM request_ids WHERE created_at < ?", cutoffMs);
}
