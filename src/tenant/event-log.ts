/** Channels of the WealthOS socket API that carry data events. */
export const DATA_CHANNELS = ["investors", "payments", "transactions", "holdings", "reconciliations", "notifications"] as const;
export type Channel = (typeof DATA_CHANNELS)[number];

/** What a command asks to publish. */
export interface NewEvent {
  type: string;
  ch: Channel;
  payload: Record<string, unknown>;
}

/** A committed event: gap-free per-tenant `seq`, and `ts` strictly increasing per channel. */
export interface StoredEvent extends NewEvent {
  seq: number;
  id: string;
  ts: number;
}

interface EventRow extends Record<string, SqlStorageValue> {
  seq: number;
  id: string;
  type: string;
  ch: string;
  ts: number;
  payload: string;
}

function toEvent(row: EventRow): StoredEvent {
  return { seq: row.seq, id: row.id, type: row.type, ch: row.ch as Channel, ts: row.ts, payload: JSON.parse(row.payload) };
}

/**
 * Appends one event inside the caller's transaction. `ts` is milliseconds since the epoch,
 * bumped by one when the clock has not moved past the channel's last event.
 */
export function appendEvent(sql: SqlStorage, event: NewEvent, nowMs: number): StoredEvent {
  // The counter lives apart from the events so pruning never lets a seq be reused.
  const seq = Number(
    sql
      .exec<{ value: string }>(
        "INSERT INTO settings (name, value) VALUES ('last_seq', '1') ON CONFLICT (name) DO UPDATE SET value = CAST(value AS INTEGER) + 1 RETURNING value",
      )
      .one().value,
  );
  // A channel's timestamps strictly increase: now, or one past the channel's last when that is later.
  const ts = sql
    .exec<{ last_ts: number }>(
      "INSERT INTO channel_clocks (ch, last_ts) VALUES (?1, ?2) ON CONFLICT (ch) DO UPDATE SET last_ts = MAX(?2, last_ts + 1) RETURNING last_ts",
      event.ch,
      nowMs,
    )
    .one().last_ts;
  const id = crypto.randomUUID();
  sql.exec(
    "INSERT INTO events (seq, id, type, ch, ts, payload) VALUES (?, ?, ?, ?, ?, ?)",
    seq,
    id,
    event.type,
    event.ch,
    ts,
    JSON.stringify(event.payload),
  );
  return { ...event, seq, id, ts };
}

/** Events of one channel with `ts >= fromTs`, in order, at most `limit`. */
export function readChannel(sql: SqlStorage, ch: Channel, fromTs: number, limit: number): StoredEvent[] {
  return sql
    .exec<EventRow>(
      "SELECT seq, id, type, ch, ts, payload FROM events WHERE ch = ? AND ts >= ? ORDER BY ts LIMIT ?",
      ch,
      fromTs,
      limit,
    )
    .toArray()
    .map(toEvent);
}

/** Events after `afterSeq` across all channels, in `seq` order. */
export function readEvents(sql: SqlStorage, afterSeq: number, limit: number): StoredEvent[] {
  return sql
    .exec<EventRow>("SELECT seq, id, type, ch, ts, payload FROM events WHERE seq > ? ORDER BY seq LIMIT ?", afterSeq, limit)
    .toArray()
    .map(toEvent);
}

/** Oldest retained `ts` of a channel, or `null` when it has no events. */
export function oldestTs(sql: SqlStorage, ch: Channel): number | null {
  const row = sql.exec<{ ts: number | null }>("SELECT min(ts) AS ts FROM events WHERE ch = ?", ch).toArray()[0];
  return row?.ts ?? null;
}

/** The last committed `seq` (0 before the first event). */
export function lastSeq(sql: SqlStorage): number {
  const row = sql.exec<{ value: string }>("SELECT value FROM settings WHERE name = 'last_seq'").toArray()[0];
  return Number(row?.value ?? "0");
}

/** Deletes events older than the retention cut-off (their `seq` numbers are never reused). */
export function pruneEvents(sql: SqlStorage, cutoffMs: number): number {
  return sql.exec("DELETE FROM events WHERE ts < ?", cutoffMs).rowsWritten;
}
