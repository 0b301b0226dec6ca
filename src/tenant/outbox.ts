import type { StoredEntity } from "./command-context";
import type { StoredEvent } from "./event-log";

type OutboxOp = "resource" | "resource_delete" | "event";

interface OutboxRow extends Record<string, SqlStorageValue> {
  id: number;
  op: string;
  data: string;
}

/** Queues one read-model write inside the command's transaction. */
export function enqueueOutbox(sql: SqlStorage, op: OutboxOp, data: unknown): void {
  sql.exec("INSERT INTO outbox (op, data) VALUES (?, ?)", op, JSON.stringify(data));
}

/** The highest queued outbox id (0 when empty). */
export function outboxHead(sql: SqlStorage): number {
  const row = sql.exec<{ id: number | null }>("SELECT max(id) AS id FROM outbox").toArray()[0];
  return row?.id ?? 0;
}

/** Outbox rows awaiting D1, oldest first. */
export function pendingOutbox(sql: SqlStorage, limit: number): OutboxRow[] {
  return sql.exec<OutboxRow>("SELECT id, op, data FROM outbox ORDER BY id LIMIT ?", limit).toArray();
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
    if (row.op === "resource_delete") {
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
