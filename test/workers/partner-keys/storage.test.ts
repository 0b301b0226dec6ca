import { env, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { ASSIGNMENTS_OF_SQL, ENTITIES_WITH_ID_SQL } from "../../../src/tenant/book";
import { newTenant } from "../../helpers/tenant";
import { seedBooks } from "./seed";

interface Query {
  name: string;
  queries: string[];
}

describe("the book's storage", () => {
  it("searches the tenant object's entities by id and assignments by entity through indexes", async () => {
    const t = await newTenant();
    await seedBooks(t);
    const plans = await runInDurableObject(env.TENANT.getByName(t.id), (_o, state) =>
      [ENTITIES_WITH_ID_SQL, ASSIGNMENTS_OF_SQL].map((q) => state.storage.sql.exec<{ detail: string }>(`EXPLAIN QUERY PLAN ${q}`, "inv-X").toArray().map((r) => r.detail)),
    );
    expect(plans[0]).toEqual(["SEARCH entities USING INDEX entities_id (id=?)"]);
    expect(plans[1]).toEqual(["SEARCH entities USING INDEX entities_assigned_entity (<expr>=?)"]);
  });

  it("rebuilds the same book tables from the projected rows (the backfill of migrations/0013)", async () => {
    const t = await newTenant();
    const seed = await seedBooks(t);
    const snapshot = async () => {
      const all = (q: string) => env.DB.prepare(q).bind(t.id).all().then((r) => JSON.stringify(r.results));
      return Promise.all([
        all("SELECT kind, id, anchor FROM resource_books WHERE tenant_id = ?1 ORDER BY 1, 2, 3"),
        all("SELECT partner_id, anchor, access FROM partner_books WHERE tenant_id = ?1 ORDER BY 1, 2, 3"),
        all("SELECT seq, anchor FROM event_books WHERE tenant_id = ?1 ORDER BY 1, 2"),
      ]);
    };
    const kept = await snapshot();
    // The triggers' book, as the flushes built it: investors, accounts, pots, bank accounts; firm A reads c.
    expect(kept[1]).toContain(`"partner_id":"${seed.firmA}","anchor":"${seed.c.investorId}","access":"read"`);
    expect(kept[1]).toContain(`"partner_id":"${seed.firmA}","anchor":"${seed.a1.investorId}","access":"full"`);
    expect(kept[2].length).toBeGreaterThan(100);
    for (const table of ["resource_books", "partner_books", "event_books"]) await env.DB.prepare(`DELETE FROM ${table} WHERE tenant_id = ?1`).bind(t.id).run();
    const migration = (env.TEST_MIGRATIONS as Query[]).find((m) => m.name.startsWith("0013_"))!;
    const backfill = migration.queries.filter((q) => /^(--[^\n]*\n)*\s*INSERT OR IGNORE/.test(q.trim()));
    expect(backfill).toHaveLength(7);
    for (const q of backfill) await env.DB.prepare(q).run();
    expect(await snapshot()).toEqual(kept);
  });
});
