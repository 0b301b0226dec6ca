import { and, asc, eq, sql } from "drizzle-orm";
import { SQLiteAsyncDialect } from "drizzle-orm/sqlite-core";
import { bookFor, bookProbe, bookProbeText, readAccess } from "./book";
import type { Database } from "./client";
import { resources } from "./tables";
import { jsonValues, pageOffset, pageRowidsQuery, pageRows, type ListedRow, type ListFilter, type PageRequest } from "./resource-lists";

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

/** Turns a `sql` fragment into the text and parameters D1 runs. */
const SQL_TEXT = new SQLiteAsyncDialect();

/** The columns of a `ListedRow`, for the statements below that D1 runs as written. */
const ROW_COLUMNS = "id, version, owner_id AS ownerId, data, created_at AS createdAt, updated_at AS updatedAt";
/** One resource by primary key. */
const FIND_SQL = `SELECT ${ROW_COLUMNS} FROM resources WHERE tenant_id = ?1 AND kind = ?2 AND id = ?3`;
/** The resources of a kind one resource owns, oldest first (the owner index, in order). */
const OWNED_SQL = `SELECT ${ROW_COLUMNS} FROM resources WHERE tenant_id = ?1 AND kind = ?2 AND owner_id = ?3 ORDER BY created_at ASC, id ASC`;
/** `FIND_SQL` within a partner's book (`?4` the partner, `?5` the access that reads the kind). */
const FIND_IN_BOOK_SQL = `${FIND_SQL} AND ${bookProbeText("?4", "?5")}`;
/** `OWNED_SQL` within a partner's book. */
const OWNED_IN_BOOK_SQL = OWNED_SQL.replace(" ORDER BY", ` AND ${bookProbeText("?4", "?5")} ORDER BY`);

/** The statement reading one resource (within the caller's book, if any). */
function findStatement(db: Database, tenantId: string, kind: string, id: string): D1PreparedStatement {
  const book = bookFor(db, kind);
  const d1 = db.$client;
  return book === undefined ? d1.prepare(FIND_SQL).bind(tenantId, kind, id) : d1.prepare(FIND_IN_BOOK_SQL).bind(tenantId, kind, id, book, readAccess(kind));
}

/** The statement reading the resources of a kind one resource owns (within the caller's book, if any). */
function ownedStatement(db: Database, tenantId: string, kind: string, ownerId: string): D1PreparedStatement {
  const book = bookFor(db, kind);
  const d1 = db.$client;
  return book === undefined ? d1.prepare(OWNED_SQL).bind(tenantId, kind, ownerId) : d1.prepare(OWNED_IN_BOOK_SQL).bind(tenantId, kind, ownerId, book, readAccess(kind));
}

/** One resource of a tenant, or `null` (another tenant's id behaves exactly like a missing one). */
export async function findResource<T>(db: Database, tenantId: string, kind: string, id: string): Promise<ResourceRecord<T> | null> {
  // A fixed statement on the D1 binding: the hottest read builds no SQL per request.
  const row = await findStatement(db, tenantId, kind, id).first<ListedRow>();
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
  const d1 = db.$client;
  const [found, owned] = await d1.batch<ListedRow>([findStatement(db, tenantId, kind, id), ownedStatement(db, tenantId, ownedKind, id)]);
  const row = found?.results[0];
  return row ? { record: toRecord<T>(row), owned: (owned?.results ?? []).map((r) => toRecord<O>(r)) } : null;
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
  const rowids = pageRowidsQuery(tenantId, kind, page, { ...filter, book: bookFor(db, kind) }, offset);
  const ownedBook = bookFor(db, ownedKind);
  const direction = sql.raw(page.sort === "asc" ? "ASC" : "DESC");
  // Only the columns a record needs, run on the D1 binding as one batch of two statements.
  const pageSql = SQL_TEXT.sqlToQuery(
    sql`SELECT ${sql.raw(ROW_COLUMNS)} FROM resources WHERE rowid IN (${rowids}) ORDER BY created_at ${direction}, id ${direction}`,
  );
  const ownedSql = SQL_TEXT.sqlToQuery(
    sql`SELECT ${sql.raw(ROW_COLUMNS)} FROM resources WHERE tenant_id = ${tenantId} AND kind = ${ownedKind}
      AND owner_id IN (SELECT page_item.id FROM resources AS page_item WHERE page_item.rowid IN (${rowids}))
      AND ${ownedBook === undefined ? sql`1` : bookProbe(ownedBook, ownedKind)}
      ORDER BY created_at ASC, id ASC`,
  );
  const d1 = db.$client;
  const [pageResult, ownedResult] = await d1.batch<ListedRow>([d1.prepare(pageSql.sql).bind(...pageSql.params), d1.prepare(ownedSql.sql).bind(...ownedSql.params)]);
  const rows = pageResult?.results ?? [];
  const owned = ownedResult?.results ?? [];
  const items = rows.slice(0, page.pageSize).map((r) => toRecord<T>(r));
  const ids = new Set(items.map((r) => r.id));
  return { items, nextPageAvailable: rows.length > page.pageSize, owned: owned.filter((r) => r.ownerId !== null && ids.has(r.ownerId)).map((r) => toRecord<O>(r)) };
}
