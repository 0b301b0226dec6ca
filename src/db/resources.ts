import { and, asc, eq, sql } from "drizzle-orm";
import { bookFor, bookProbe, bookProbeText, readAccess } from "./book";
import type { Database } from "./client";
import { resources } from "./tables";
import { jsonValues, listedRows, pageOffset, pageRowidsQuery, pageRows, partRows, ROW_COLUMNS, SQL_TEXT, type ListedRow, type ListFilter, type PageRequest } from "./resource-lists";

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

/**
 * `listResourcesWithOwned` without filters or a book, for each page order (?1 tenant, ?2 kind,
 * ?3 owned kind, ?4 limit, ?5 offset): the statement the query builder would make, as fixed text.
 */
export const PAGE_WITH_OWNED_SQL = {
  asc: pageWithOwnedSql("ASC"),
  desc: pageWithOwnedSql("DESC"),
} as const;

function pageWithOwnedSql(direction: "ASC" | "DESC"): string {
  return `WITH pick AS (SELECT resources.rowid AS rid FROM resources WHERE resources.tenant_id = ?1 AND resources.kind = ?2
      ORDER BY resources.created_at ${direction}, resources.id ${direction} LIMIT ?4 OFFSET ?5)
    SELECT 0 AS part, ${ROW_COLUMNS} FROM resources WHERE rowid IN (SELECT rid FROM pick)
    UNION ALL
    SELECT 1 AS part, ${ROW_COLUMNS} FROM resources WHERE tenant_id = ?1 AND kind = ?3
      AND owner_id IN (SELECT page_item.id FROM resources AS page_item WHERE page_item.rowid IN (SELECT rid FROM pick))`;
}

/** One resource by primary key. */
const FIND_SQL = `SELECT ${ROW_COLUMNS} FROM resources WHERE tenant_id = ?1 AND kind = ?2 AND id = ?3`;
/** `FIND_SQL` within a partner's book (`?4` the partner, `?5` the access that reads the kind). */
const FIND_IN_BOOK_SQL = `${FIND_SQL} AND ${bookProbeText("?4", "?5")}`;

/** A resource (part 0) and the resources of kind `?4` it owns (part 1), for a tenant key. */
export const FIND_WITH_OWNED_SQL = `SELECT 0 AS part, ${ROW_COLUMNS} FROM resources WHERE tenant_id = ?1 AND kind = ?2 AND id = ?3
  UNION ALL SELECT 1 AS part, ${ROW_COLUMNS} FROM resources WHERE tenant_id = ?1 AND kind = ?4 AND owner_id = ?3`;

/** The statement reading one resource (within the caller's book, if any). */
function findStatement(db: Database, tenantId: string, kind: string, id: string): D1PreparedStatement {
  const book = bookFor(db, kind);
  const d1 = db.$client;
  return book === undefined ? d1.prepare(FIND_SQL).bind(tenantId, kind, id) : d1.prepare(FIND_IN_BOOK_SQL).bind(tenantId, kind, id, book, readAccess(kind));
}

/** Creation order (`created_at`, then `id`), as the indexes hold it (ASCII both: code units order like bytes). */
function byCreation(x: ListedRow, y: ListedRow): number {
  if (x.createdAt !== y.createdAt) return x.createdAt < y.createdAt ? -1 : 1;
  return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}

/** One resource of a tenant, or `null` (another tenant's id behaves exactly like a missing one). */
export async function findResource<T>(db: Database, tenantId: string, kind: string, id: string): Promise<ResourceRecord<T> | null> {
  // A fixed statement on the D1 binding: the hottest read builds no SQL per request.
  const [row] = await listedRows(findStatement(db, tenantId, kind, id));
  return row ? toRecord<T>(row) : null;
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
  const { rows, nextPageAvailable } = await pageRows(db, tenantId, kind, page, { ...filter, book: bookFor(db, kind) });
  return { items: rows.map((r) => toRecord<T>(r)), nextPageAvailable };
}

/** Every resource of a kind owned by any of `ownerIds` (unpaginated; oldest first); the ids travel as one JSON parameter. */
export async function listOwnedBy<T>(db: Database, tenantId: string, kind: string, ownerIds: readonly string[]): Promise<ResourceRecord<T>[]> {
  if (ownerIds.length === 0) return [];
  const book = bookFor(db, kind);
  const rows = await db
    .select()
    .from(resources)
    .where(and(eq(resources.tenantId, tenantId), eq(resources.kind, kind), sql`${resources.ownerId} IN ${jsonValues([...new Set(ownerIds)])}`, book === undefined ? undefined : bookProbe(book, kind)))
    .orderBy(asc(resources.createdAt), asc(resources.id));
  return rows.map((r) => toRecord<T>(r));
}

/**
 * One resource and the resources of `ownedKind` it owns (e.g. an investor and its bank accounts),
 * in one D1 round trip; `null` when the tenant has no such resource.
 */
export async function findResourceWithOwned<T, O>(
  db: Database,
  tenantId: string,
  kind: string,
  id: string,
  ownedKind: string,
): Promise<{ record: ResourceRecord<T>; owned: ResourceRecord<O>[] } | null> {
  const book = bookFor(db, kind);
  const ownedBook = bookFor(db, ownedKind);
  // One statement, not a batch: a batch is a D1 transaction, and each D1 call costs far more than
  // these two index lookups (the primary key, then the owner index). Without a book the text is fixed.
  const query =
    book === undefined && ownedBook === undefined
      ? { sql: FIND_WITH_OWNED_SQL, params: [tenantId, kind, id, ownedKind] }
      : SQL_TEXT.sqlToQuery(
          sql`SELECT 0 AS part, ${sql.raw(ROW_COLUMNS)} FROM resources WHERE tenant_id = ${tenantId} AND kind = ${kind} AND id = ${id}
              AND ${book === undefined ? sql`1` : bookProbe(book, kind)}
            UNION ALL
            SELECT 1 AS part, ${sql.raw(ROW_COLUMNS)} FROM resources WHERE tenant_id = ${tenantId} AND kind = ${ownedKind} AND owner_id = ${id}
              AND ${ownedBook === undefined ? sql`1` : bookProbe(ownedBook, ownedKind)}`,
        );
  const results = await partRows(db.$client.prepare(query.sql).bind(...query.params));
  const row = results.find((r) => r.part === 0);
  return row ? { record: toRecord<T>(row), owned: results.filter((r) => r.part === 1).sort(byCreation).map((r) => toRecord<O>(r)) } : null;
}

/**
 * One page (as `listResources`) and the resources of `ownedKind` its items own, in one D1 round
 * trip: the owned rows are selected through the page query itself, never by a list of ids.
 */
export async function listResourcesWithOwned<T, O>(
  db: Database,
  tenantId: string,
  kind: string,
  page: PageRequest,
  ownedKind: string,
  filter: ListFilter = {},
): Promise<{ items: ResourceRecord<T>[]; nextPageAvailable: boolean; owned: ResourceRecord<O>[] }> {
  const offset = pageOffset(page);
  if (offset === null || (filter.terms ?? []).some((t) => t.values.length === 0)) return { items: [], nextPageAvailable: false, owned: [] };
  const book = bookFor(db, kind);
  const ownedBook = bookFor(db, ownedKind);
  const plain = book === undefined && ownedBook === undefined && filter.ownerId === undefined && filter.where === undefined && (filter.terms ?? []).length === 0;
  // One statement: the page's rowids once (a CTE used twice is materialised), then the page rows
  // (part 0) and the rows they own (part 1); only the columns a record needs. Unfiltered, the text is fixed.
  const query = plain
    ? { sql: PAGE_WITH_OWNED_SQL[page.sort === "asc" ? "asc" : "desc"], params: [tenantId, kind, ownedKind, page.pageSize + 1, offset] }
    : SQL_TEXT.sqlToQuery(
        sql`WITH pick AS (${pageRowidsQuery(tenantId, kind, page, { ...filter, book }, offset)})
          SELECT 0 AS part, ${sql.raw(ROW_COLUMNS)} FROM resources WHERE rowid IN (SELECT rid FROM pick)
          UNION ALL
          SELECT 1 AS part, ${sql.raw(ROW_COLUMNS)} FROM resources WHERE tenant_id = ${tenantId} AND kind = ${ownedKind}
            AND owner_id IN (SELECT page_item.id FROM resources AS page_item WHERE page_item.rowid IN (SELECT rid FROM pick))
            AND ${ownedBook === undefined ? sql`1` : bookProbe(ownedBook, ownedKind)}`,
      );
  const results = await partRows(db.$client.prepare(query.sql).bind(...query.params));
  const sign = page.sort === "asc" ? 1 : -1;
  const rows = results.filter((r) => r.part === 0).sort((x, y) => sign * byCreation(x, y));
  const owned = results.filter((r) => r.part === 1).sort(byCreation);
  const items = rows.slice(0, page.pageSize).map((r) => toRecord<T>(r));
  const ids = new Set(items.map((r) => r.id));
  return { items, nextPageAvailable: rows.length > page.pageSize, owned: owned.filter((r) => r.ownerId !== null && ids.has(r.ownerId)).map((r) => toRecord<O>(r)) };
}
