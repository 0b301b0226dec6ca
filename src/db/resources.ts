import { and, asc, desc, eq, inArray, type SQL } from "drizzle-orm";
import type { Database } from "./client";
import { resources } from "./tables";

/** A projected resource with its data parsed. */
export interface ResourceRecord<T> {
  id: string;
  version: number;
  ownerId: string | null;
  data: T;
  createdAt: string;
  updatedAt: string;
}

function toRecord<T>(row: typeof resources.$inferSelect): ResourceRecord<T> {
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

export interface PageRequest {
  pageSize: number;
  pageNumber: number;
  sort: "asc" | "desc";
}

/**
 * One page of a tenant's resources of a kind, by creation time, plus whether another page
 * follows (WealthOS `next_page_available`).
 */
export async function listResources<T>(
  db: Database,
  tenantId: string,
  kind: string,
  page: PageRequest,
  filter?: { ownerId?: string; where?: SQL },
): Promise<{ items: ResourceRecord<T>[]; nextPageAvailable: boolean }> {
  const conditions = [eq(resources.tenantId, tenantId), eq(resources.kind, kind)];
  if (filter?.ownerId !== undefined) conditions.push(eq(resources.ownerId, filter.ownerId));
  if (filter?.where) conditions.push(filter.where);
  const order = page.sort === "asc" ? [asc(resources.createdAt), asc(resources.id)] : [desc(resources.createdAt), desc(resources.id)];
  const rows = await db
    .select()
    .from(resources)
    .where(and(...conditions))
    .orderBy(...order)
    .limit(page.pageSize + 1)
    .offset((page.pageNumber - 1) * page.pageSize);
  return { items: rows.slice(0, page.pageSize).map((r) => toRecord<T>(r)), nextPageAvailable: rows.length > page.pageSize };
}

/** Every resource of a kind owned by any of `ownerIds` (unpaginated; oldest first). */
export async function listOwnedBy<T>(db: Database, tenantId: string, kind: string, ownerIds: string[]): Promise<ResourceRecord<T>[]> {
  if (ownerIds.length === 0) return [];
  const rows = await db
    .select()
    .from(resources)
    .where(and(eq(resources.tenantId, tenantId), eq(resources.kind, kind), inArray(resources.ownerId, ownerIds)))
    .orderBy(asc(resources.createdAt), asc(resources.id));
  return rows.map((r) => toRecord<T>(r));
}
