import { and, eq, sql, type SQL } from "drizzle-orm";
import { bookFor, bookProbe } from "./book";
import type { Database } from "./client";
import { jsonValues, pageRows, type ListFilter } from "./resource-lists";
import type { ResourceRecord } from "./resources";
import { resources } from "./tables";

/**
 * Read-model queries beyond `resources.ts`: filters on the projected `data` JSON, lookups of
 * many ids at once and pages with an explicit order. Every query starts with `tenant_id` and
 * `kind`. Lists of values travel as one JSON parameter (`json_each`), so a page of thousands of
 * ids stays within D1's limit on bound parameters. SQL only compares values, never computes
 * with amounts.
 */

function toRecord<T>(row: typeof resources.$inferSelect): ResourceRecord<T> {
  return { id: row.id, version: row.version, ownerId: row.ownerId, data: JSON.parse(row.data) as T, createdAt: row.createdAt, updatedAt: row.updatedAt };
}

const valuesOf = jsonValues;

/** Every row of a list, oldest first (a page larger than any list). */
const EVERYTHING = { pageSize: 2 ** 40, pageNumber: 1, sort: "asc" as const };

/** The `data` member at a JSON path (`$.pot_id`). */
function dataAt(path: string): SQL {
  return sql`json_extract(${resources.data}, ${path})`;
}

/** `data` at `path` equals `value`. */
export function dataEquals(path: string, value: string): SQL {
  return sql`${dataAt(path)} = ${value}`;
}

/** `data` at `path` is one of `values`. */
export function dataIn(path: string, values: readonly string[]): SQL {
  return sql`${dataAt(path)} IN ${valuesOf(values)}`;
}

/** The JSON array at `path` in `data` holds at least one of `values` (e.g. joint pots' `investor_id`). */
export function dataArrayHasAny(path: string, values: readonly string[]): SQL {
  return sql`EXISTS (SELECT 1 FROM json_each(${resources.data}, ${path}) AS item WHERE item.value IN ${valuesOf(values)})`;
}

/** The resource's owner is one of `ownerIds`. */
export function ownerIn(ownerIds: readonly string[]): SQL {
  return sql`${resources.ownerId} IN ${valuesOf(ownerIds)}`;
}

/** Created at or after `fromIso` and before `beforeIso` (ISO-8601 UTC strings compare in time order). */
export function createdWithin(fromIso: string | undefined, beforeIso: string | undefined): SQL | undefined {
  return and(
    fromIso === undefined ? undefined : sql`${resources.createdAt} >= ${fromIso}`,
    beforeIso === undefined ? undefined : sql`${resources.createdAt} < ${beforeIso}`,
  );
}

/** Last updated at or after `fromIso` and before `beforeIso`. */
export function updatedWithin(fromIso: string, beforeIso: string): SQL {
  return sql`${resources.updatedAt} >= ${fromIso} AND ${resources.updatedAt} < ${beforeIso}`;
}

/** The resources of a kind with those ids that the tenant has (unknown ids are simply absent). */
export async function findResources<T>(db: Database, tenantId: string, kind: string, ids: readonly string[]): Promise<ResourceRecord<T>[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(resources)
    .where(and(eq(resources.tenantId, tenantId), eq(resources.kind, kind), sql`${resources.id} IN ${valuesOf(ids)}`, inBook(db, kind)));
  return rows.map((r) => toRecord<T>(r));
}

/**
 * Every resource of a kind matching `where` (unpaginated; oldest first). A `ListFilter` (owner,
 * indexed terms) takes the indexed list path of `resource-lists.ts`.
 */
export async function listResourcesWhere<T>(db: Database, tenantId: string, kind: string, where: SQL | ListFilter): Promise<ResourceRecord<T>[]> {
  if (!isSql(where)) {
    const { rows } = await pageRows(db, tenantId, kind, EVERYTHING, { ...where, book: bookFor(db, kind) });
    return rows.map((r) => ({ ...r, data: JSON.parse(r.data) as T }));
  }
  const rows = await db
    .select()
    .from(resources)
    .where(and(eq(resources.tenantId, tenantId), eq(resources.kind, kind), where, inBook(db, kind)))
    .orderBy(resources.createdAt, resources.id);
  return rows.map((r) => toRecord<T>(r));
}

/** Every resource of a kind owned by any of `ownerIds` (unpaginated; oldest first). */
export async function listOwnedByAny<T>(db: Database, tenantId: string, kind: string, ownerIds: readonly string[]): Promise<ResourceRecord<T>[]> {
  if (ownerIds.length === 0) return [];
  return listResourcesWhere<T>(db, tenantId, kind, ownerIn(ownerIds));
}

/** Within the caller's book (`book.ts`), when the handle carries one. */
function inBook(db: Database, kind: string): SQL | undefined {
  const book = bookFor(db, kind);
  return book === undefined ? undefined : bookProbe(book, kind);
}

function isSql(value: SQL | ListFilter): value is SQL {
  return typeof (value as SQL).getSQL === "function";
}
