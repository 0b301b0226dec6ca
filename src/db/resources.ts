import { and, asc, eq, sql } from "drizzle-orm";
import type { Database } from "./client";
import { jsonValues, pageRows, type ListedRow, type ListFilter, type PageRequest } from "./resource-lists";
import { resources } from "./tables";

export { term, type ListFilter, type PageRequest, type Term } from "./resource-lists";

/** A projected resource with its data parsed. */
export interface ResourceRecord<T> {
  id: string;
  version: number;
  ownerId: string | null;
  data: T;
  createdAt: string;
  updatedAt: string;
}

function toRecord<T>(row: typeof resources.$inferSelect | ListedRow): ResourceRecord<T> {
  return {
    id: row.id,
    version: row.version,
    ownerId: row.ownerId,
    data: JSON.parse(row.data) as T,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** One resource of a tenant, or `null` (another tenant's id behaves exactly like a missing one). */
export async function findResource<T>(db: Database, tenantId: string, kind: string, id: string): Promise<ResourceRecord<T> | null> {
  const rows = await db
    .select()
    .from(resources)
    .where(and(eq(resources.tenantId, tenantId), eq(resources.kind, kind), eq(resources.id, id)));
  return rows[0] ? toRecord<T>(rows[0]) : null;
}

/**
 * One page of a tenant's resources of a kind, by creation time, plus whether another page
 * follows (WealthOS `next_page_available`). Filters by owner, by indexed terms and by any
 * further condition (see `resource-lists.ts` for the index each takes).
 */
export async function listResources<T>(
  db: Database,
  tenantId: string,
  kind: string,
  page: PageRequest,
  filter?: ListFilter,
): Promise<{ items: ResourceRecord<T>[]; nextPageAvailable: boolean }> {
  const { rows, nextPageAvailable } = await pageRows(db, tenantId, kind, page, filter);
  return { items: rows.map((r) => toRecord<T>(r)), nextPageAvailable };
}

/** Every resource of a kind owned by any of `ownerIds` (unpaginated; oldest first); the ids travel as one JSON parameter. */
export async function listOwnedBy<T>(db: Database, tenantId: string, kind: string, ownerIds: readonly string[]): Promise<ResourceRecord<T>[]> {
  if (ownerIds.length === 0) return [];
  const rows = await db
    .select()
    .from(resources)
    .where(and(eq(resources.tenantId, tenantId), eq(resources.kind, kind), sql`${resources.ownerId} IN ${jsonValues([...new Set(ownerIds)])}`))
    .orderBy(asc(resources.createdAt), asc(resources.id));
  return rows.map((r) => toRecord<T>(r));
}
