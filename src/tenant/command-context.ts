import { wealthosId } from "../platform/ids";
import type { TenantConfig } from "../platform/tenants";
import { appendEvent, type NewEvent, type StoredEvent } from "./event-log";
import type { EVENT_TYPES, EventType } from "./event-types";
import { scheduleJob } from "./jobs";
import { enqueueOutbox } from "./outbox";
import { fanOutEvent } from "../webhooks/fan-out";

/** An entity as the write model stores it. */
export interface StoredEntity<T> {
  kind: string;
  id: string;
  version: number;
  ownerId: string | null;
  data: T;
  createdAt: string;
  updatedAt: string;
}

interface EntityRow extends Record<string, SqlStorageValue> {
  kind: string;
  id: string;
  version: number;
  owner_id: string | null;
  data: string;
  created_at: string;
  updated_at: string;
}

function toEntity<T>(row: EntityRow): StoredEntity<T> {
  return {
    kind: row.kind,
    id: row.id,
    version: row.version,
    ownerId: row.owner_id,
    data: JSON.parse(row.data) as T,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * What a command sees while it runs: the tenant's entities, unique keys and event log, all
 * inside the one storage transaction of the command. Every entity write is also queued in the
 * outbox for the D1 read model; every event is appended to the log and to the outbox.
 */
/** The entities of a kind one entity owns, oldest first (index `entities_owner`, already in order). */
export const OWNED_ENTITIES_SQL = "SELECT * FROM entities WHERE kind = ? AND owner_id = ? ORDER BY created_at, id";

export class CommandContext {
  readonly events: StoredEvent[] = [];
  readonly now: string;

  constructor(
    readonly sql: SqlStorage,
    readonly nowMs: number,
    readonly tenantId: string,
    readonly config: TenantConfig,
  ) {
    this.now = new Date(nowMs).toISOString();
  }

  /** The entity of that kind and id, or `null`. */
  get<T>(kind: string, id: string): StoredEntity<T> | null {
    const row = this.sql
      .exec<EntityRow>("SELECT * FROM entities WHERE kind = ? AND id = ?", kind, id)
      .toArray()[0];
    return row ? toEntity<T>(row) : null;
  }

  /** Every entity of a kind owned by `ownerId`, oldest first. */
  listOwned<T>(kind: string, ownerId: string): StoredEntity<T>[] {
    return this.sql
      .exec<EntityRow>(OWNED_ENTITIES_SQL, kind, ownerId)
      .toArray()
      .map((row) => toEntity<T>(row));
  }

  /** Every entity of a kind, oldest first (for small kinds such as webhook endpoints). */
  listKind<T>(kind: string): StoredEntity<T>[] {
    return this.sql
      .exec<EntityRow>("SELECT * FROM entities WHERE kind = ? ORDER BY created_at, id", kind)
      .toArray()
      .map((row) => toEntity<T>(row));
  }

  /** A fresh WealthOS-style id (`{prefix}-ABC12345`) not yet used by an entity of this kind. */
  newId(kind: string, prefix: string): string {
    for (;;) {
      const id = wealthosId(prefix);
      if (!this.get(kind, id)) return id;
    }
  }

  /** Stores a new entity at `reference_version` 1 and queues its projection. */
  insert<T>(kind: string, id: string, data: T, ownerId: string | null = null): StoredEntity<T> {
    const entity: StoredEntity<T> = { kind, id, version: 1, ownerId, data, createdAt: this.now, updatedAt: this.now };
    this.sql.exec(
      "INSERT INTO entities (kind, id, version, owner_id, data, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
      kind,
      id,
      1,
      ownerId,
      JSON.stringify(data),
      this.now,
      this.now,
    );
    this.project(entity);
    return entity;
  }

  /**
   * Replaces an entity's data and bumps its version by one. The caller has already checked
   * the `reference_version` the client sent (see `checkVersion`).
   */
  update<T>(current: StoredEntity<T>, data: T): StoredEntity<T> {
    const entity: StoredEntity<T> = { ...current, version: current.version + 1, data, updatedAt: this.now };
    const result = this.sql.exec(
      "UPDATE entities SET version = ?, data = ?, updated_at = ? WHERE kind = ? AND id = ? AND version = ?",
      entity.version,
      JSON.stringify(data),
      this.now,
      current.kind,
      current.id,
      current.version,
    );
    if (result.rowsWritten !== 1) throw new Error(`entity ${current.kind}/${current.id} changed under a command`);
    this.project(entity);
    return entity;
  }

  /** Removes an entity (and queues its removal from the read model). */
  remove(current: StoredEntity<unknown>): void {
    this.sql.exec("DELETE FROM entities WHERE kind = ? AND id = ?", current.kind, current.id);
    enqueueOutbox(this.sql, "resource_delete", { kind: current.kind, id: current.id });
  }

  /** The entity id holding a unique value (e.g. an external reference), or `null`. */
  findUnique(kind: string, name: string, value: string): string | null {
    const row = this.sql
      .exec<{ entity_id: string }>("SELECT entity_id FROM unique_keys WHERE kind = ? AND name = ? AND value = ?", kind, name, value)
      .toArray()[0];
    return row?.entity_id ?? null;
  }

  /** Binds a unique value to an entity. The caller checked `findUnique` first. */
  claimUnique(kind: string, name: string, value: string, entityId: string): void {
    this.sql.exec("INSERT INTO unique_keys (kind, name, value, entity_id) VALUES (?, ?, ?, ?)", kind, name, value, entityId);
  }

  /** Frees a unique value held by an entity. */
  releaseUnique(kind: string, name: string, value: string): void {
    this.sql.exec("DELETE FROM unique_keys WHERE kind = ? AND name = ? AND value = ?", kind, name, value);
  }

  /**
   * Appends an event to the log; it is published to sockets once the command commits. Each
   * matching webhook endpoint gets a delivery in the same transaction.
   */
  emit<T extends EventType>(event: NewEvent & { type: T; ch: (typeof EVENT_TYPES)[T]["ch"] }): StoredEvent {
    const stored = appendEvent(this.sql, event, this.nowMs);
    enqueueOutbox(this.sql, "event", stored);
    this.events.push(stored);
    fanOutEvent(this, stored);
    return stored;
  }

  /**
   * Schedules a job run later by the tenant object's alarm, inside its own transaction, by
   * the handler registered for `kind` in `src/jobs.ts` (e.g. a sandbox provider's next step).
   */
  schedule(kind: string, key: string, dueAtMs: number, data: unknown = {}): void {
    scheduleJob(this.sql, kind, key, dueAtMs, data);
    this.scheduled = true;
  }

  /** True when this command scheduled a job (the object then re-arms its alarm). */
  scheduled = false;

  private project(entity: StoredEntity<unknown>): void {
    enqueueOutbox(this.sql, "resource", entity);
  }
}
