import { env } from "cloudflare:test";
import { sql, type SQL } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { database } from "../../../src/db/client";
import { createdWithin } from "../../../src/db/resource-queries";
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
];

describe("read-model query plans", () => {
  for (const c of CASES) {
    it(`serves ${c.name} from an index`, async () => {
      const details = await plan(pageQuery(TENANT, c.kind, c.page, c.filter, (c.page.pageNumber - 1) * c.page.pageSize));
      // A full scan, or a search keyed only by tenant and kind, reads every row of the kind.
      const scans = details.filter((d) => /^SCAN (resources|resource_terms)\b/.test(d) || /USING (PRIMARY KEY|INDEX \w+) \(tenant_id=\? AND kind=\?\)$/.test(d));
      expect(scans).toEqual([]);
      for (const index of c.uses) expect(details.some((d) => d.includes(index))).toBe(true);
    });
  }
});
