import { env, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { OutboxFlusher } from "../../../src/tenant/outbox-flusher";
import { createInvestor } from "../../helpers/investors";
import { newTenant, type TestTenant } from "../../helpers/tenant";

interface Page {
  links: Array<{ rel: string; href: string }>;
  events: Array<{ seq: number; id: string; ts: number; ch: string; type: string; payload: Record<string, unknown> }>;
}

async function activity(t: TestTenant, query: string): Promise<Page> {
  const res = await t.fetch(`/tenant/activity/v1${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Page;
}

describe("reference_version", () => {
  it("lets exactly one of two concurrent updates with the same version win", async () => {
    const t = await newTenant();
    const { body } = await createInvestor(t);
    const [a, b] = await Promise.all(
      ["Dr", "Prof"].map((title) =>
        t.fetch(`/tenant/investors/v1/${body.investor_id}`, { method: "PATCH", json: { reference_version: 1, title } }),
      ),
    );
    expect([a!.status, b!.status].sort()).toEqual([200, 409]);
    const loser = [a!, b!].find((r) => r.status === 409)!;
    expect(await loser.json()).toMatchObject({ error_code: "version_conflict", current_reference_version: 2, errors: [{ field: "reference_version" }] });
    const missing = await t.fetch(`/tenant/investors/v1/${body.investor_id}`, { method: "PATCH", json: { title: "Mx" } });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ errors: [{ field: "reference_version" }] });
  });
});

describe("event log", () => {
  it("is gap-free and ordered under concurrent writers, and the activity feed shows the same events", async () => {
    const t = await newTenant();
    await Promise.all(Array.from({ length: 40 }, (_, i) => createInvestor(t, { first_name: `W${i}` })));
    const page = await activity(t, "?limit=1000");
    expect(page.events.map((e) => e.seq)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    const ts = page.events.map((e) => e.ts);
    for (let i = 1; i < ts.length; i++) expect(ts[i]!).toBeGreaterThan(ts[i - 1]!);
    expect(new Set(page.events.map((e) => e.id)).size).toBe(40);
    const fromObject = (await env.TENANT.getByName(t.id).events(0, 100)) as unknown as Page["events"];
    expect(fromObject.map((e) => [e.seq, e.id, e.ts])).toEqual(page.events.map((e) => [e.seq, e.id, e.ts]));
  });

  it("pages by after_seq without skipping or repeating while writes continue, with links", async () => {
    const t = await newTenant();
    await Promise.all(Array.from({ length: 7 }, () => createInvestor(t)));
    const seen: number[] = [];
    let cursor = 0;
    for (let round = 0; round < 10; round++) {
      const writes = Promise.all([createInvestor(t), createInvestor(t)]);
      const page = await activity(t, `?after_seq=${cursor}&limit=3`);
      seen.push(...page.events.map((e) => e.seq));
      if (page.events.length > 0) cursor = page.events[page.events.length - 1]!.seq;
      await writes;
    }
    const rest = await activity(t, `?after_seq=${cursor}&limit=1000`);
    seen.push(...rest.events.map((e) => e.seq));
    expect(seen).toEqual(Array.from({ length: 27 }, (_, i) => i + 1));
    const first = await activity(t, "?limit=5&offset=5");
    expect(first.links.map((l) => l.rel)).toEqual(["self", "first", "next", "previous", "last"]);
    expect(first.links.find((l) => l.rel === "next")!.href).toContain("offset=10");
    expect(first.events[0]!.seq).toBe(6);
  });

  it("filters by after/before time and validates its query", async () => {
    const t = await newTenant();
    await createInvestor(t);
    const all = await activity(t, "");
    const ts = all.events[0]!.ts;
    expect((await activity(t, `?after=${new Date(ts).toISOString()}`)).events).toHaveLength(0);
    expect((await activity(t, `?after=${new Date(ts - 1).toISOString()}`)).events).toHaveLength(1);
    expect((await activity(t, `?before=${new Date(ts).toISOString()}`)).events).toHaveLength(0);
    const bad = await t.fetch("/tenant/activity/v1?limit=1001");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ errors: [{ field: "limit" }] });
  });
});

describe("projection to D1", () => {
  it("answers the write when D1 fails, and converges after the alarm retries", async () => {
    const t = await newTenant();
    const stub = env.TENANT.getByName(t.id);
    await createInvestor(t);
    const failing = { batch: async () => { throw new Error("D1 unavailable"); } } as unknown as D1Database;
    await runInDurableObject(stub, (obj) => {
      (obj as unknown as { flusher: OutboxFlusher }).flusher.readModel = failing;
    });
    const { res, body } = await createInvestor(t, { first_name: "Durable" });
    expect(res.status).toBe(201);
    expect((await t.fetch(`/tenant/investors/v1/${body.investor_id}`)).status).toBe(404);
    const pending = await runInDurableObject(stub, (obj, state) => {
      (obj as unknown as { flusher: OutboxFlusher }).flusher.readModel = env.DB;
      // Drive time: the retry is due a moment from now; make it due now.
      state.storage.sql.exec("UPDATE jobs SET due_at = 0 WHERE kind = 'flush'");
      return state.storage.sql.exec("SELECT count(*) AS n FROM outbox").one().n;
    });
    expect(pending).toBeGreaterThan(0);
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    const read = await t.fetch(`/tenant/investors/v1/${body.investor_id}`);
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual(body);
    expect((await activity(t, "")).events.map((e) => e.seq)).toEqual([1, 2]);
  });
});
