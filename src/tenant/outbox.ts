import type { StoredEntity } from "./command-context";
import type { StoredEvent } from "./event-log";

/**
 * `snapshots`: a day-close's pot-value snapshots, `{ date, snapshots: [...] }` (each with `pot_id` and `pot_created_at`).
 * `interest_days`: a day-close's interest accruals, `{ rows: [{ deposit_reference, date, data }] }`.
 * `fee_accruals`: a day-close's changed recurring-fee balances, `{ balances: [...] }` (each with `pot_id` and `sub_transaction_type`).
 */
type OutboxOp = "resource" | "resource_delete" | "event" | "snapshots" | "interest_days" | "fee_accruals";

interface OutboxRow extends Record<string, SqlStorageValue> {
  id: number;
  op: string;
  data: string;
}

/** Queues one read-model write inside the command's transaction. */
export function enqueueOutbox(sql: SqlStorage, op: OutboxOp, data: unknown): void {
  enqueueOutboxJson(sql, op, JSON.stringify(data));
}

/** `enqueueOutbox` for data the caller has already serialised to JSON. */
export function enqueueOutboxJson(sql: SqlStorage, op: OutboxOp, json: string): void {
  sql.exec("INSERT INTO outbox (op, data) VALUES (?, ?)", op, json);
}

/** The highest queued outbox id (0 when empty). */
export function outboxHead(sql: SqlStorage): number {
  const row = sql.exec<{ id: number | null }>("SELECT max(id) AS id FROM outbox").toArray()[0];
  return row?.id ?? 0;
}

/**
 * Outbox rows awaiting D1, oldest first: at most `limit` rows and, past the first row, at most
 * `maxChars` characters of data (a day-close's snapshots travel as one large row).
 */
export function pendingOutbox(sql: SqlStorage, limit: number, maxChars = Number.POSITIVE_INFINITY): OutboxRow[] {
  const rows: OutboxRow[] = [];
  let chars = 0;
  for (const row of sql.exec<OutboxRow>("SELECT id, op, data FROM outbox ORDER BY id LIMIT ?", limit)) {
    chars += row.data.length;
    if (rows.length > 0 && chars > maxChars) break;
    rows.push(row);
  }
  return rows;
}

/** True when the outbox holds at least `rows` rows or `chars` characters of data. */
export function outboxHolds(sql: SqlStorage, rows: number, chars: number): boolean {
  const row = sql.exec<{ n: number; chars: number }>("SELECT count(*) AS n, coalesce(sum(length(data)), 0) AS chars FROM outbox").one();
  return row.n >= rows || row.chars >= chars;
}

/** Drops rows D1 has acknowledged. */
export function acknowledgeOutbox(sql: SqlStorage, uptoId: number): void {
  sql.exec("DELETE FROM outbox WHERE id <= ?", uptoId);
}

/** Resource upserts per statement: 9 bound values each, within D1's 100 per statement. */
const RESOURCES_PER_STATEMENT = 11;
const RESOURCE_VALUES = "(?, ?, ?, ?, ?, ?, ?, ?, ?)";

/** One upsert of `n` resources, applied row by row in order, each only over an older projection. */
function upsertResources(n: number): string {
  return (
    `INSERT INTO resources (tenant_id, kind, id, version, owner_id, data, created_at, updated_at, source_seq) VALUES ${Array(n).fill(RESOURCE_VALUES).join(", ")} ` +
    "ON CONFLICT (tenant_id, kind, id) DO UPDATE SET version = excluded.version, owner_id = excluded.owner_id, data = excluded.data, " +
    "updated_at = excluded.updated_at, source_seq = excluded.source_seq WHERE excluded.source_seq > resources.source_seq"
  );
}
const DELETE_RESOURCE = "DELETE FROM resources WHERE tenant_id = ? AND kind = ? AND id = ? AND source_seq < ?";
const INSERT_EVENT = "INSERT INTO events (tenant_id, seq, id, type, ch, ts, payload) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
/** Snapshots per statement: one bound JSON array, well within D1's 2 MB per value. */
const SNAPSHOTS_PER_STATEMENT = 2000;
/** Inserts the snapshots of one date from a JSON array; a snapshot already projected is kept. */
const INSERT_SNAPSHOTS =
  "INSERT INTO pot_value_snapshots (tenant_id, date, pot_created_at, pot_id, data) " +
  "SELECT ?1, ?2, json_extract(s.value, '$.pot_created_at'), json_extract(s.value, '$.pot_id'), s.value FROM json_each(?3) AS s WHERE true " +
  "ON CONFLICT (tenant_id, date, pot_created_at, pot_id) DO NOTHING";
/** Upserts a day-close's fee balances from a JSON array, each only over an older projection. */
const UPSERT_FEE_BALANCES =
  "INSERT INTO fee_accrual_balances (tenant_id, pot_id, sub_transaction_type, data, source_seq) " +
  "SELECT ?1, json_extract(b.value, '$.pot_id'), json_extract(b.value, '$.sub_transaction_type'), b.value, ?3 FROM json_each(?2) AS b WHERE true " +
  "ON CONFLICT (tenant_id, pot_id, sub_transaction_type) DO UPDATE SET data = excluded.data, source_seq = excluded.source_seq " +
  "WHERE excluded.source_seq > fee_accrual_balances.source_seq";

/** Upserts a day-close's interest rows from a JSON array (a retry writes the same rows again). */
const UPSERT_INTEREST_DAYS =
  "INSERT INTO interest_daily_breakdown (tenant_id, deposit_reference, date, data) " +
  "SELECT ?1, json_extract(r.value, '$.deposit_reference'), json_extract(r.value, '$.date'), json_extract(r.value, '$.data') FROM json_each(?2) AS r WHERE true " +
  "ON CONFLICT (tenant_id, deposit_reference, date) DO UPDATE SET data = excluded.data";
const ADVANCE_CURSOR =
  "INSERT INTO projection_cursors (tenant_id, last_seq, updated_at) VALUES (?, ?, ?) " +
  "ON CONFLICT (tenant_id) DO UPDATE SET last_seq = excluded.last_seq, updated_at = excluded.updated_at";

/**
 * Writes outbox rows to D1 in one batch (one D1 transaction). Every write is an upsert ordered
 * by the outbox id, so sending the same rows twice changes nothing. Plain prepared statements:
 * a day-close projects a snapshot per pot, and these cost a fraction of query-builder ones.
 */
export async function projectToD1(d1: D1Database, tenantId: string, rows: OutboxRow[], nowIso: string): Promise<void> {
  const last = rows[rows.length - 1];
  if (!last) return;
  const statements: D1PreparedStatement[] = [];
  // Consecutive resource upserts share a statement; anything else ends the run, keeping the order.
  let run: unknown[][] = [];
  const endRun = () => {
    if (run.length > 0) statements.push(d1.prepare(upsertResources(run.length)).bind(...run.flat()));
    run = [];
  };
  for (const row of rows) {
    const data = JSON.parse(row.data);
    if (row.op === "resource") {
      const entity = data as StoredEntity<unknown>;
      run.push([tenantId, entity.kind, entity.id, entity.version, entity.ownerId, JSON.stringify(entity.data), entity.createdAt, entity.updatedAt, row.id]);
      if (run.length === RESOURCES_PER_STATEMENT) endRun();
      continue;
    }
    endRun();
    if (row.op === "snapshots") {
      const { date, snapshots } = data as { date: string; snapshots: unknown[] };
      for (let i = 0; i < snapshots.length; i += SNAPSHOTS_PER_STATEMENT) {
        statements.push(d1.prepare(INSERT_SNAPSHOTS).bind(tenantId, date, JSON.stringify(snapshots.slice(i, i + SNAPSHOTS_PER_STATEMENT))));
      }
    } else if (row.op === "interest_days") {
      const { rows: days } = data as { rows: Array<{ data: unknown }> };
      for (let i = 0; i < days.length; i += SNAPSHOTS_PER_STATEMENT) {
        const chunk = days.slice(i, i + SNAPSHOTS_PER_STATEMENT).map((d) => ({ ...d, data: JSON.stringify(d.data) }));
        statements.push(d1.prepare(UPSERT_INTEREST_DAYS).bind(tenantId, JSON.stringify(chunk)));
      }
    } else if (row.op === "fee_accruals") {
      const { balances } = data as { balances: unknown[] };
      for (let i = 0; i < balances.length; i += SNAPSHOTS_PER_STATEMENT) {
        statements.push(d1.prepare(UPSERT_FEE_BALANCES).bind(tenantId, JSON.stringify(balances.slice(i, i + SNAPSHOTS_PER_STATEMENT)), row.id));
      }
    } else if (row.op === "resource_delete") {
      statements.push(d1.prepare(DELETE_RESOURCE).bind(tenantId, data.kind, data.id, row.id));
    } else {
      const event = data as StoredEvent;
      statements.push(d1.prepare(INSERT_EVENT).bind(tenantId, event.seq, event.id, event.type, event.ch, event.ts, JSON.stringify(event.payload)));
    }
  }
  endRun();
  statements.push(d1.prepare(ADVANCE_CURSOR).bind(tenantId, last.id, nowIso));
  await d1.batch(statements);
}
