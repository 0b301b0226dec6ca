import { sql, type SQL } from "drizzle-orm";
import type { Database } from "./client";

/**
 * "The book" of a distribution partner on the read side: a request made with a partner-scoped
 * API key reads D1 through a binding that carries the partner (`scopedBinding`), and every query
 * of `resources.ts` / `resource-queries.ts` / the activity feed asks `bookOf(db)` and narrows
 * itself to the book, in SQL (pages and totals stay right):
 *
 * - a row of an open kind (the catalogue, templates, rates, partners: `OPEN_KINDS`) is readable;
 * - any other row is readable when one of its anchors (`resource_books`, migrations/0013) is in
 *   the partner's book (`partner_books`) with full access; an investor record also when its
 *   access is `read` (the investor of an assigned account). A row with no anchor is outside.
 *
 * Lists without another indexed filter are driven by the book itself (`bookIds`, served by
 * `partner_books`' key and `ix_resource_books_anchor`); otherwise the book is a probe per row on
 * `resource_books`' and `partner_books`' keys.
 */

/** The kind the distribution-partners feature projects its partners as. */
export const PARTNER_KIND = "distribution_partner";

/** Kinds that belong to no investor: every key of the tenant reads them. */
export const OPEN_KINDS: ReadonlySet<string> = new Set([
  "financial_product",
  "investment_product",
  "cash_investment_product",
  "portfolio_template",
  "fx_rate",
  "fx_rate_history",
  "counterparty",
  "workplace_employer",
  "fee_code",
  "hmrc_settings",
  "transfer_network_static_data",
  PARTNER_KIND,
]);

/** Kinds an account assignment lets its partner read (the account's investors, read only). */
const INVESTOR_KINDS: ReadonlySet<string> = new Set(["investor", "investor_organisation"]);

const scopes = new WeakMap<object, string>();

/**
 * A D1 binding that behaves as `d1` and carries a partner's book: the database handle built on it
 * (`database(binding)`) reads only that book.
 */
export function scopedBinding(d1: D1Database, partnerId: string): D1Database {
  const binding = {
    prepare: (query: string) => d1.prepare(query),
    batch: <T>(statements: D1PreparedStatement[]) => d1.batch<T>(statements),
    exec: (query: string) => d1.exec(query),
    dump: () => d1.dump(),
    withSession: (constraint?: string) => d1.withSession(constraint as never),
  } as unknown as D1Database;
  scopes.set(binding, partnerId);
  return binding;
}

/** The partner whose book a database handle reads, or `undefined` for the whole tenant. */
export function bookOf(db: Database): string | undefined {
  return scopes.get(db.$client as object);
}

/** The partner whose book restricts reads of `kind` through `db`, or `undefined` (no restriction). */
export function bookFor(db: Database, kind: string): string | undefined {
  const partnerId = bookOf(db);
  return partnerId === undefined || OPEN_KINDS.has(kind) ? undefined : partnerId;
}

/** The access levels of the book that let a partner read a row of `kind`. */
export function readAccess(kind: string): "read" | "full" {
  return INVESTOR_KINDS.has(kind) ? "read" : "full";
}

/** The unaliased `resources` row in scope lies in the partner's book (a probe on two primary keys). */
export function bookProbe(partnerId: string, kind: string): SQL {
  return sql`EXISTS (SELECT 1 FROM resource_books AS rb CROSS JOIN partner_books AS pb
    ON pb.tenant_id = rb.tenant_id AND pb.partner_id = ${partnerId} AND pb.anchor = rb.anchor AND pb.access IN ('full', ${readAccess(kind)})
    WHERE rb.tenant_id = resources.tenant_id AND rb.kind = resources.kind AND rb.id = resources.id)`;
}

/** The same probe for statements D1 runs as written: `?P` the partner, `?A` the access (`readAccess`). */
export function bookProbeText(partnerParam: string, accessParam: string): string {
  return `EXISTS (SELECT 1 FROM resource_books AS rb CROSS JOIN partner_books AS pb
    ON pb.tenant_id = rb.tenant_id AND pb.partner_id = ${partnerParam} AND pb.anchor = rb.anchor AND pb.access IN ('full', ${accessParam})
    WHERE rb.tenant_id = resources.tenant_id AND rb.kind = resources.kind AND rb.id = resources.id)`;
}

/** The ids of the rows of `kind` in the partner's book (each once), from the book's indexes. */
export function bookIds(tenantId: string, kind: string, partnerId: string): SQL {
  return sql`SELECT DISTINCT rb.id AS id FROM partner_books AS pb CROSS JOIN resource_books AS rb
    ON rb.tenant_id = pb.tenant_id AND rb.kind = ${kind} AND rb.anchor = pb.anchor
    WHERE pb.tenant_id = ${tenantId} AND pb.partner_id = ${partnerId} AND pb.access IN ('full', ${readAccess(kind)})`;
}

/** The event (the unaliased `events` row in scope) is about the partner's book. */
export function eventInBook(partnerId: string): SQL {
  return sql`EXISTS (SELECT 1 FROM event_books AS eb CROSS JOIN partner_books AS pb
    ON pb.tenant_id = eb.tenant_id AND pb.partner_id = ${partnerId} AND pb.anchor = eb.anchor AND pb.access = 'full'
    WHERE eb.tenant_id = events.tenant_id AND eb.seq = events.seq)`;
}
