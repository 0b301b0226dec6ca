import { env, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { PotValueSnapshot } from "../../../src/custody/snapshots";
import { database } from "../../../src/db/client";
import { potValueSnapshotsPage } from "../../../src/db/pot-value-snapshots";
import { acknowledgeOutbox, pendingOutbox, projectToD1 } from "../../../src/tenant/outbox";
import { runSchemaMigrations } from "../../../src/tenant/schema-migrations";
import { sandboxTenantAt } from "../../helpers/clock";
import { get } from "../../helpers/money";
import type { TestTenant } from "../../helpers/tenant";

const ZERO = { total_free_value: "0.00", total_locked_value: "0.00", total_cash_value: "0.00", total_free_cash_value: "0.00", total_locked_cash_value: "0.00" };

function snapshot(potId: string, date: string, createdAt: string, total: string): PotValueSnapshot {
  return { pot_id: potId, pot_currency: "GBP", date, ...ZERO, total_value: total, settled_cash_position: "0.00", pot_created_at: createdAt };
}

/** Sends the object's outbox to D1 as its flusher does (twice when `twice`), then drops it. */
async function flushTwice(t: TestTenant): Promise<void> {
  await runInDurableObject(env.TENANT.getByName(t.id), async (_o, state) => {
    const rows = pendingOutbox(state.storage.sql, 400);
    await projectToD1(env.DB, t.id, rows, "2026-04-10T00:00:00.000Z");
    await projectToD1(env.DB, t.id, rows, "2026-04-10T00:00:00.000Z");
    acknowledgeOutbox(state.storage.sql, rows[rows.length - 1]!.id);
  });
}

describe("pot-value snapshot storage", () => {
  it("moves snapshots an older object stored as entities, and its unsent projections, to the snapshot tables", async () => {
    const t = await sandboxTenantAt("2026-04-10T09:00:00Z");
    const older = snapshot("pot-OLDER001", "2026-04-08", "2026-04-01T10:00:00.000Z", "12.34");
    const newer = snapshot("pot-NEWER001", "2026-04-08", "2026-04-02T10:00:00.000Z", "5.00");
    const unsent = snapshot("pot-NEWER001", "2026-04-09", "2026-04-02T10:00:00.000Z", "6.00");
    const takenAt = "2026-04-08T22:59:59.999Z";
    const stored = await runInDurableObject(env.TENANT.getByName(t.id), (_o, state) => {
      const sql = state.storage.sql;
      // The storage of an object from before migration 5: snapshots were entities, projected as resources.
      sql.exec("DROP TABLE pot_value_snapshots");
      sql.exec("DELETE FROM _schema WHERE id = 5");
      sql.exec("DELETE FROM outbox");
      for (const s of [older, newer, unsent]) {
        const entity = { kind: "pot_value_snapshot", id: `${s.date}/${s.pot_id}`, version: 1, ownerId: s.pot_id, data: s, createdAt: takenAt, updatedAt: takenAt };
        sql.exec("INSERT INTO entities (kind, id, version, owner_id, data, created_at, updated_at) VALUES (?, ?, 1, ?, ?, ?, ?)", entity.kind, entity.id, s.pot_id, JSON.stringify(s), takenAt, takenAt);
        if (s === unsent) sql.exec("INSERT INTO outbox (op, data) VALUES ('resource', ?)", JSON.stringify(entity));
      }
      runSchemaMigrations(state.storage);
      return {
        entities: sql.exec<{ n: number }>("SELECT count(*) AS n FROM entities WHERE kind = 'pot_value_snapshot'").one().n,
        dates: sql.exec<{ date: string; taken_at: string; data: string }>("SELECT date, taken_at, data FROM pot_value_snapshots ORDER BY date").toArray(),
        outbox: sql.exec<{ op: string; data: string }>("SELECT op, data FROM outbox").toArray(),
      };
    });
    expect(stored.entities).toBe(0);
    expect(stored.dates.map((d) => [d.date, d.taken_at])).toEqual([["2026-04-08", takenAt], ["2026-04-09", takenAt]]);
    expect(JSON.parse(stored.dates[0]!.data)).toEqual(expect.arrayContaining([older, newer]));
    expect(stored.outbox.map((r) => [r.op, JSON.parse(r.data)])).toEqual([["snapshots", { date: "2026-04-09", snapshots: [unsent] }]]);

    await flushTwice(t);
    const { pot_created_at: _c, ...item } = unsent;
    expect((await get(t, "/tenant/pots/v1/values?date=2026-04-09")).pots_values).toEqual([item]);
  });

  it("projects a date's snapshots once however often the outbox row is sent, paged newest pot first", async () => {
    const t = await sandboxTenantAt("2026-04-10T09:00:00Z");
    const date = "2026-04-09";
    const snapshots = Array.from({ length: 5 }, (_, i) => snapshot(`pot-PAGE000${i}`, date, `2026-04-0${i + 1}T10:00:00.000Z`, `${i}.00`));
    await runInDurableObject(env.TENANT.getByName(t.id), (_o, state) => {
      state.storage.sql.exec("INSERT INTO outbox (op, data) VALUES ('snapshots', ?)", JSON.stringify({ date, snapshots }));
    });
    await flushTwice(t);
    const rows = await env.DB.prepare("SELECT count(*) AS n FROM pot_value_snapshots WHERE tenant_id = ? AND date = ?").bind(t.id, date).first<{ n: number }>();
    expect(rows?.n).toBe(5);
    const first = await get(t, `/tenant/pots/v1/values?date=${date}&page_size=2&page_number=1`);
    const third = await get(t, `/tenant/pots/v1/values?date=${date}&page_size=2&page_number=3`);
    expect(first.pots_values.map((v: { pot_id: string }) => v.pot_id)).toEqual(["pot-PAGE0004", "pot-PAGE0003"]);
    expect(first.next_page_available).toBe(true);
    expect(third.pots_values.map((v: { pot_id: string }) => v.pot_id)).toEqual(["pot-PAGE0000"]);
    expect(third.next_page_available).toBe(false);
  });

  it("pages a date's snapshots by the table's key, without a sort", async () => {
    const query = potValueSnapshotsPage(database(env.DB), "plans", "2026-04-09", 100, 4900).toSQL();
    const plan = await env.DB.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).bind(...query.params).all<{ detail: string }>();
    const details = plan.results.map((r) => r.detail);
    expect(details).toEqual([expect.stringMatching(/^SEARCH pot_value_snapshots USING PRIMARY KEY \(tenant_id=\? AND date=\?\)$/)]);
  });
});
