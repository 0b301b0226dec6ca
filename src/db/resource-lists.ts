import { sql, type SQL } from "drizzle-orm";
import { SQLiteAsyncDialect } from "drizzle-orm/sqlite-core";
import { bookIds, bookProbe } from "./book";
import type { Database } from "./client";

/**
 * Paged lists over the read model, each served by an index (migrations/0003):
 *
 * - by owner (a pot's transactions, a webhook's deliveries): `ix_resources_tenant_kind_owner`
 *   (tenant, kind, owner, created, id), already in page order;
 * - by a filterable field (`Term`): `ix_resource_terms_value` (tenant, kind, field, value,
 *   created, id) over `resource_terms`, one row per field value (array fields one per element);
 *   a single value is already in page order, several values are merged then sorted;
 * - otherwise `ix_resources_tenant_kind_created`.
 *
 * Further terms are probes on `resource_terms`' primary key; `where` adds any other condition on
 * the row. The page's rowids are picked first (OFFSET skips index entries, not rows) and only the
 * page itself is read, so page 50 costs about what page 1 does. Lists of values travel as one
 * JSON parameter (`json_each`), never one parameter per value.
 *
 * A `book` (a distribution partner's, see `book.ts`) narrows any of these to the partner's book:
 * a probe per row, or, with no owner and no term, the list is driven by the book's own index.
 */

/** A filter on a field listed in `read_model_fields`: the field holds (or its array contains) one of `values`. */
export interface Term {
  field: string;
  values: readonly string[];
}

/** A term on `field`: one value, or any of several. */
export function term(field: string, values: string | readonly string[]): Term {
  return { field, values: typeof values === "string" ? [values] : [...new Set(values)] };
}

export interface PageRequest {
  pageSize: number;
  pageNumber: number;
  sort: "asc" | "desc";
}

export interface ListFilter {
  ownerId?: string;
  /** The first term drives the query when there is no owner; the others are probes. */
  terms?: readonly Term[];
  where?: SQL;
  /** Only rows in this distribution partner's book (`book.ts`). */
  book?: string | undefined;
}

/** A raw read-model row as the list queries select it. */
export interface ListedRow {
  id: string;
  version: number;
  ownerId: string | null;
  data: string;
  createdAt: string;
  updatedAt: string;
}

/** Turns a `sql` fragment into the text and parameters D1 runs. */
export const SQL_TEXT = new SQLiteAsyncDialect();

/** The columns of a `ListedRow`, in this order, for the statements that D1 runs as written. */
export const ROW_COLUMNS = "id, version, owner_id AS ownerId, data, created_at AS createdAt, updated_at AS updatedAt";
type RawRow = [id: string, version: number, ownerId: string | null, data: string, createdAt: string, updatedAt: string];

/**
 * The rows of a statement selecting the `ROW_COLUMNS`, read as arrays: D1's binding then builds
 * no object per row through `Object.fromEntries`, and each row becomes an object of one shape.
 * Every read of a resource by id or by page passes here.
 */
export async function listedRows(statement: D1PreparedStatement): Promise<ListedRow[]> {
  const raw = await statement.raw<RawRow>();
  return raw.map(([id, version, ownerId, data, createdAt, updatedAt]) => ({ id, version, ownerId, data, createdAt, updatedAt }));
}

/** A row of a two-part statement: the resource(s) asked for (0) and the rows they own (1). */
export interface PartRow extends ListedRow {
  part: 0 | 1;
}

/** `listedRows` for a statement selecting `part`, then the `ROW_COLUMNS`. */
export async function partRows(statement: D1PreparedStatement): Promise<PartRow[]> {
  const raw = await statement.raw<[0 | 1, ...RawRow]>();
  return raw.map(([part, id, version, ownerId, data, createdAt, updatedAt]) => ({ part, id, version, ownerId, data, createdAt, updatedAt }));
}

/**
 * The row offset of a page, or `null` when the page lies beyond any list (the offset would leave
 * the safe-integer range, or the page number is not a positive integer): such a page is empty.
 */
export function pageOffset(page: { pageSize: number; pageNumber: number }): number | null {
  const { pageSize, pageNumber } = page;
  if (!Number.isSafeInteger(pageSize) || !Number.isSafeInteger(pageNumber) || pageSize < 1 || pageNumber < 1) return null;
  const offset = (pageNumber - 1) * pageSize;
  return Number.isSafeInteger(offset + pageSize + 1) ? offset : null;
}

/** `(SELECT value FROM json_each(?))` over a list of strings: one bound parameter. */
export function jsonValues(values: readonly string[]): SQL {
  return sql`(SELECT value FROM json_each(${JSON.stringify(values)}))`;
}

function valueMatch(column: SQL, values: readonly string[]): SQL {
  return values.length === 1 ? sql`${column} = ${values[0]}` : sql`${column} IN ${jsonValues(values)}`;
}

/** The resource (the unaliased `resources` row in scope) has a term row matching `t`. */
export function termProbe(t: Term): SQL {
  return sql`EXISTS (SELECT 1 FROM resource_terms AS probe WHERE probe.tenant_id = resources.tenant_id AND probe.kind = resources.kind AND probe.id = resources.id AND probe.field = ${t.field} AND ${valueMatch(sql.raw("probe.value"), t.values)})`;
}

function andAll(parts: readonly (SQL | undefined)[]): SQL {
  const present = parts.filter((p): p is SQL => p !== undefined);
  return present.length === 0 ? sql`1` : sql.join(present, sql` AND `);
}

/** The rowids of one page (plus one row, to tell whether another page follows), in page order. */
function pageRowids(tenantId: string, kind: string, filter: ListFilter, direction: SQL, limit: number, offset: number): SQL {
  const terms = filter.terms ?? [];
  const drive = filter.ownerId === undefined ? terms[0] : undefined;
  const probes = (drive ? terms.slice(1) : terms).map(termProbe);
  const book = filter.book;
  const bookDrives = book !== undefined && filter.ownerId === undefined && drive === undefined;
  const rowConditions = [...probes, filter.where, book !== undefined && !bookDrives ? bookProbe(book, kind) : undefined];
  if (bookDrives) {
    return sql`SELECT resources.rowid AS rid FROM (${bookIds(tenantId, kind, book)}) AS book
      CROSS JOIN resources ON resources.tenant_id = ${tenantId} AND resources.kind = ${kind} AND resources.id = book.id
      WHERE ${andAll(rowConditions)}
      ORDER BY resources.created_at ${direction}, resources.id ${direction} LIMIT ${limit} OFFSET ${offset}`;
  }
  if (drive && drive.values.length === 1) {
    return sql`SELECT resources.rowid AS rid FROM resource_terms AS drive CROSS JOIN resources
      ON resources.tenant_id = drive.tenant_id AND resources.kind = drive.kind AND resources.id = drive.id
      WHERE drive.tenant_id = ${tenantId} AND drive.kind = ${kind} AND drive.field = ${drive.field} AND drive.value = ${drive.values[0]}
        AND ${andAll(rowConditions)}
      ORDER BY drive.created_at ${direction}, drive.id ${direction} LIMIT ${limit} OFFSET ${offset}`;
  }
  if (drive) {
    return sql`SELECT resources.rowid AS rid FROM (SELECT DISTINCT id FROM resource_terms INDEXED BY ix_resource_terms_value
        WHERE tenant_id = ${tenantId} AND kind = ${kind} AND field = ${drive.field} AND value IN ${jsonValues(drive.values)}) AS drive
      CROSS JOIN resources ON resources.tenant_id = ${tenantId} AND resources.kind = ${kind} AND resources.id = drive.id
      WHERE ${andAll(rowConditions)}
      ORDER BY resources.created_at ${direction}, resources.id ${direction} LIMIT ${limit} OFFSET ${offset}`;
  }
  const owner = filter.ownerId === undefined ? undefined : sql`resources.owner_id = ${filter.ownerId}`;
  return sql`SELECT resources.rowid AS rid FROM resources
    WHERE resources.tenant_id = ${tenantId} AND resources.kind = ${kind} AND ${andAll([owner, ...rowConditions])}
    ORDER BY resources.created_at ${direction}, resources.id ${direction} LIMIT ${limit} OFFSET ${offset}`;
}

/** The rowids of one page plus one row (to tell whether another page follows), in page order. */
export function pageRowidsQuery(tenantId: string, kind: string, page: PageRequest, filter: ListFilter, offset: number): SQL {
  return pageRowids(tenantId, kind, filter, sql.raw(page.sort === "asc" ? "ASC" : "DESC"), page.pageSize + 1, offset);
}

/** The full page query: the page's rowids first, then only those rows. */
export function pageQuery(tenantId: string, kind: string, page: PageRequest, filter: ListFilter, offset: number): SQL {
  const direction = sql.raw(page.sort === "asc" ? "ASC" : "DESC");
  return sql`SELECT hit.id AS id, hit.version AS version, hit.owner_id AS ownerId, hit.data AS data, hit.created_at AS createdAt, hit.updated_at AS updatedAt
    FROM (${pageRowids(tenantId, kind, filter, direction, page.pageSize + 1, offset)}) AS pick
    CROSS JOIN resources AS hit ON hit.rowid = pick.rid
    ORDER BY hit.created_at ${direction}, hit.id ${direction}`;
}

/** One page of rows and whether another page follows (WealthOS `next_page_available`). */
export async function pageRows(
  db: Database,
  tenantId: string,
  kind: string,
  page: PageRequest,
  filter: ListFilter = {},
): Promise<{ rows: ListedRow[]; nextPageAvailable: boolean }> {
  const offset = pageOffset(page);
  if (offset === null || (filter.terms ?? []).some((t) => t.values.length === 0)) return { rows: [], nextPageAvailable: false };
  const query = SQL_TEXT.sqlToQuery(pageQuery(tenantId, kind, page, filter, offset));
  const rows = await listedRows(db.$client.prepare(query.sql).bind(...query.params));
  return { rows: rows.slice(0, page.pageSize), nextPageAvailable: rows.length > page.pageSize };
}
