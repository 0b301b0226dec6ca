import { env } from "cloudflare:test";
import { and, asc, eq, gt, sql, type SQL } from "drizzle-orm";
import { bookProbe, eventInBook, scopedBinding } from "../../../src/db/book";
import { potValueSnapshotsPage } from "../../../src/db/pot-value-snapshots";
import { events, resources } from "../../../src/db/tables";
import { describe, expect, it } from "vitest";
import { database } from "../../../src/db/client";
import { createdWithin } from "../../../src/db/resource-queries";
import { FIND_WITH_OWNED_SQL, PAGE_WITH_OWNED_SQL, listResourcesWithOwned } from "../../../src/db/resources";
import { pageQuery, term, type ListFilter } from "../../../src/db/resource-lists";

// The hot read-model queries must be index searches: a scan of `resources` or `resource_terms`
// (the whole kind of a tenant) fails here, so a regression cannot reach a large tenant unnoticed.

interface PlanRow {
  id: number;
  parent: number;
  detail: string;
}

async function plan(query: SQL): Promise<string[]> {
  const rows = await database(env.DB).all<PlanRow>(sql`EXPLAIN QUERY PLAN ${query}`);
  return rows.map((r) => r.detail);
}

const TENANT = "plans";
const PAGE_50 = { pageSize: 100, pageNumber: 50, sort: "desc" as const };
const FIRST = { pageSize: 1000, pageNumber: 1, sort: "desc" as const };

/** The book probed per row: both primary keys, fully keyed. */
const BOOK_PROBE = ["SEARCH rb USING PRIMARY KEY (tenant_id=? AND kind=? AND id=?)", "SEARCH pb USING PRIMARY KEY (tenant_id=? AND partner_id=? AND anchor=? AND access=?)"];

const CASES: Array<{ name: string; kind: string; page: typeof FIRST; filter: ListFilter; uses: string[] }> = [
  { name: "transactions by pot_id", kind: "transaction", page: FIRST, filter: { ownerId: "pot-1" }, uses: ["ix_resources_tenant_kind_owner"] },
  {
    name: "a pot's transactions between two times, by sub_transaction_type",
    kind: "transaction",
    page: FIRST,
    filter: { ownerId: "pot-1", terms: [term("sub_transaction_type", ["Fee", "Buy"])], where: createdWithin("2026-01-01T00:00:00.000Z", "2026-12-01T00:00:00.000Z") },
    uses: ["ix_resources_tenant_kind_owner"],
  },
  {
    name: "payments by investor_id and status",
    kind: "payment",
    page: FIRST,
    filter: { terms: [term("investor_id", "inv-1"), term("status", ["succeeded", "failed"])] },
    uses: ["ix_resource_terms_value"],
  },
  {
    name: "payments by several investors",
    kind: "payment",
    page: FIRST,
    filter: { terms: [term("investor_id", ["inv-1", "inv-2"])] },
    uses: ["ix_resource_terms_value (tenant_id=? AND kind=? AND field=? AND value=?)"],
  },
  { name: "transactions by investor_id", kind: "transaction", page: FIRST, filter: { terms: [term("investor_id", "inv-1")] }, uses: ["ix_resource_terms_value (tenant_id=? AND kind=? AND field=? AND value=?)"] },
  { name: "page 50 of 100 transactions", kind: "transaction", page: PAGE_50, filter: {}, uses: ["COVERING INDEX ix_resources_tenant_kind_created"] },
  { name: "page 50 of 100 of a pot's transactions", kind: "transaction", page: PAGE_50, filter: { ownerId: "pot-1" }, uses: ["COVERING INDEX ix_resources_tenant_kind_owner"] },
  { name: "page 50 of 100 payments of an investor", kind: "payment", page: PAGE_50, filter: { terms: [term("investor_id", "inv-1")] }, uses: ["COVERING INDEX ix_resource_terms_value"] },
  // A distribution-partner key (db/book.ts): driven by the book, or the book probed per row.
  { name: "a partner's investors", kind: "investor", page: FIRST, filter: { book: "iff-1" }, uses: ["SEARCH pb USING PRIMARY KEY (tenant_id=? AND partner_id=?)", "ix_resource_books_anchor (tenant_id=? AND kind=? AND anchor=?)", "sqlite_autoindex_resources_1 (tenant_id=? AND kind=? AND id=?)"] },
  { name: "page 50 of 100 of a partner's accounts", kind: "investor_account", page: PAGE_50, filter: { book: "iff-1" }, uses: ["ix_resource_books_anchor"] },
  { name: "a partner's pot's transactions", kind: "transaction", page: FIRST, filter: { ownerId: "pot-1", book: "iff-1" }, uses: ["ix_resources_tenant_kind_owner", ...BOOK_PROBE] },
  { name: "a partner's payments by investor_id", kind: "payment", page: FIRST, filter: { terms: [term("investor_id", "inv-1")], book: "iff-1" }, uses: ["ix_resource_terms_value", ...BOOK_PROBE] },
  { name: "a partner's accounts by status", kind: "investor_account", page: FIRST, filter: { terms: [term("status", ["active", "closed"])], book: "iff-1" }, uses: ["ix_resource_terms_value", ...BOOK_PROBE] },
];

describe("read-model query plans", () => {
  for (const c of CASES) {
    it(`serves ${c.name} from an index`, async () => {
      const details = await plan(pageQuery(TENANT, c.kind, c.page, c.filter, (c.page.pageNumber - 1) * c.page.pageSize));
      // A full scan, or a search keyed only by tenant and kind, reads every row of the kind.
      const scans = details.filter((d) => /^SCAN (resources|resource_terms|resource_books|partner_books|rb|pb)\b/.test(d) || /USING (PRIMARY KEY|INDEX \w+) \(tenant_id=\? AND kind=\?\)$/.test(d));
      expect(scans).toEqual([]);
      for (const index of c.uses) expect(details.some((d) => d.includes(index))).toBe(true);
    });
  }
});

describe("one resource with what it owns", () => {
  it("reads an investor and its bank accounts by the primary key and the owner index, in one statement", async () => {
    const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${FIND_WITH_OWNED_SQL}`).bind(TENANT, "investor", "inv-1", "bank_account").all<PlanRow>();
    const details = results.map((r) => r.detail);
    expect(details.filter((d) => /^SCAN /.test(d))).toEqual([]);
    expect(details).toContain("SEARCH resources USING INDEX sqlite_autoindex_resources_1 (tenant_id=? AND kind=? AND id=?)");
    expect(details).toContain("SEARCH resources USING INDEX ix_resources_tenant_kind_owner (tenant_id=? AND kind=? AND owner_id=?)");
  });
});

describe("a page with what its items own", () => {
  it("reads an unfiltered page through the creation index and its items' bank accounts through the owner index", async () => {
    for (const text of [PAGE_WITH_OWNED_SQL.asc, PAGE_WITH_OWNED_SQL.desc]) {
      const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${text}`).bind(TENANT, "investor", "bank_account", 51, 0).all<PlanRow>();
      const details = results.map((r) => r.detail);
      expect(details.filter((d) => /^SCAN resources\b/.test(d) && !/USING (COVERING )?INDEX/.test(d))).toEqual([]);
      expect(details.some((d) => /ix_resources_tenant_kind_created|tenant_id=\? AND kind=\?\)/.test(d))).toBe(true);
      expect(details).toContain("SEARCH resources USING INDEX ix_resources_tenant_kind_owner (tenant_id=? AND kind=? AND owner_id=?)");
    }
  });

  it("answers exactly what the query builder's statement answers", async () => {
    const tenant = "plain-page";
    const insert = env.DB.prepare("INSERT INTO resources (tenant_id, kind, id, owner_id, version, data, created_at, updated_at, source_seq) VALUES (?, ?, ?, ?, 1, ?, ?, ?, 0)");
    const rows = [];
    for (let i = 0; i < 7; i += 1) {
      // Two investors share a creation time, so the id breaks the tie.
      const at = `2026-01-0${Math.min(i, 5) + 1}T00:00:00.000Z`;
      rows.push(insert.bind(tenant, "investor", `inv-${i}`, null, JSON.stringify({ n: i }), at, at));
      if (i % 2 === 0) rows.push(insert.bind(tenant, "bank_account", `ba-${i}`, `inv-${i}`, JSON.stringify({ bank_account_type: "current" }), at, at));
    }
    await env.DB.batch(rows);
    const db = database(env.DB);
    for (const sort of ["asc", "desc"] as const) {
      for (const pageNumber of [1, 2, 3]) {
        const page = { pageSize: 3, pageNumber, sort };
        const fixed = await listResourcesWithOwned(db, tenant, "investor", page, "bank_account");
        // `where: 1` leaves the rows alone but takes the builder's path.
        const built = await listResourcesWithOwned(db, tenant, "investor", page, "bank_account", { where: sql`1` });
        expect(fixed).toEqual(built);
        expect(fixed.items.length).toBe(pageNumber < 3 ? 3 : 1);
      }
    }
    const first = await listResourcesWithOwned(db, tenant, "investor", { pageSize: 3, pageNumber: 1, sort: "asc" }, "bank_account");
    expect(first.items.map((r) => r.id)).toEqual(["inv-0", "inv-1", "inv-2"]);
    expect(first.owned.map((r) => r.id)).toEqual(["ba-0", "ba-2"]);
    expect(first.nextPageAvailable).toBe(true);
  });
});

describe("partner-scoped query plans", () => {
  const noScan = (details: string[]) => details.filter((d) => /^SCAN (?!json_each|json_tree)/.test(d) && !/^SCAN \w+ USING (COVERING )?INDEX/.test(d));

  it("reads one resource within a book by primary keys", async () => {
    const db = database(scopedBinding(env.DB, "iff-1"));
    const query = db.select().from(resources).where(and(eq(resources.tenantId, TENANT), eq(resources.kind, "pot"), eq(resources.id, "pot-1"), bookProbe("iff-1", "pot")));
    const details = await plan(sql.raw(explainable(query.toSQL())));
    expect(noScan(details)).toEqual([]);
    for (const probe of BOOK_PROBE) expect(details).toContain(probe);
  });

  it("serves a partner's activity feed from the events key and the book's keys", async () => {
    const where = and(eq(events.tenantId, TENANT), gt(events.seq, 10), eventInBook("iff-1"));
    const query = database(env.DB).select().from(events).where(where).orderBy(asc(events.seq)).limit(100);
    const details = await plan(sql.raw(explainable(query.toSQL())));
    expect(noScan(details)).toEqual([]);
    expect(details.some((d) => d.startsWith("SEARCH eb USING PRIMARY KEY (tenant_id=? AND seq=?)"))).toBe(true);
    expect(details).toContain("SEARCH pb USING PRIMARY KEY (tenant_id=? AND partner_id=? AND anchor=? AND access=?)");
  });

  it("serves a partner's pot values of a date from the snapshots key and the book's index", async () => {
    const db = database(scopedBinding(env.DB, "iff-1"));
    const details = await plan(sql.raw(explainable(potValueSnapshotsPage(db, TENANT, "2026-11-20", 100, 0).toSQL())));
    expect(noScan(details)).toEqual([]);
    expect(details.some((d) => d.includes("ix_resource_books_anchor"))).toBe(true);
  });
});

/** A drizzle query's text with its parameters inlined (EXPLAIN only needs a plan). */
function explainable(q: { sql: string; params: unknown[] }): string {
  let i = 0;
  return q.sql.replace(/\?/g, () => {
    const v = q.params[i++];
    return typeof v === "number" ? String(v) : `'${String(v).replace(/'/g, "''")}'`;
  });
}
