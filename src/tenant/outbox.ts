import { and, eq, lt, sql as dsql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { database } from "../db/client";
import { events, projectionCursors, resources } from "../db/tables";
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

/**
 * Writes outbox rows to D1 in one batch (one D1 transaction). Every write is an upsert ordered
 * by the outbox id, so sending the same rows twice changes nothing.
 */
export async function projectToD1(d1: D1Database, tenantId: string, rows: OutboxRow[], nowIso: string): Promise<void> {
  const db = database(d1);
  const statements: BatchItem<"sqlite">[] = [];
  for (const row of rows) {
    const data = JSON.parse(row.data);
    if (row.op === "resource") {
      const entity = data as StoredEntity<unknown>;
      statements.push(
        db
          .insert(resources)
          .values({
            tenantId,
            kind: entity.kind,
            id: entity.id,
            version: entity.version,
            ownerId: entity.ownerId,
            data: JSON.stringify(entity.data),
            createdAt: entity.createdAt,
            updatedAt: entity.updatedAt,
            sourceSeq: row.id,
          })
          .onConflictDoUpdate({
            target: [resources.tenantId, resources.kind, resources.id],
            set: {
              version: dsql`excluded.version`,
              ownerId: dsql`excluded.owner_id`,
              data: dsql`excluded.data`,
              updatedAt: dsql`excluded.updated_at`,
              sourceSeq: dsql`excluded.source_seq`,
            },
            setWhere: dsql`excluded.source_seq > ${resources.sourceSeq}`,
          }),
      );
    } else if (row.op === "resource_delete") {
      statements.push(
        db
          .delete(resources)
          .where(and(eq(resources.tenantId, tenantId), eq(resources.kind, data.kind), eq(resources.id, data.id), lt(resources.sourceSeq, row.id))),
      );
    } else {
      const event = data as StoredEvent;
      statements.push(
        db
          .insert(events)
          .values({
            tenantId,
            seq: event.seq,
            id: event.id,
            type: event.type,
            ch: event.ch,
            ts: event.ts,
            payload: JSON.stringify(event.payload),
          })
          .onConflictDoNothing(),
      );
    }
  }
  const last = rows[rows.length - 1];
  if (!last) return;
  statements.push(
    db
      .insert(projectionCursors)
      .values({ tenantId, lastSeq: last.id, updatedAt: nowIso })
      .onConflictDoUpdate({ target: projectionCursors.tenantId, set: { lastSeq: last.id, updatedAt: nowIso } }),
  );
  await db.batch(statements as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]);
}
