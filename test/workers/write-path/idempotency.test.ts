import { env, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { CommandEnvelope, CommandResponse } from "../../../src/tenant/commands";
import { createInvestor } from "../../helpers/investors";
import { newTenant, type TestTenant } from "../../helpers/tenant";

async function investorCount(t: TestTenant): Promise<number> {
  const res = await t.fetch("/tenant/investors/v1");
  return ((await res.json()) as { investors: unknown[] }).investors.length;
}

describe("Idempotency-Key header", () => {
  it("gives exactly one effect for 50 concurrent identical requests, and consistent answers", async () => {
    const t = await newTenant();
    const key = crypto.randomUUID();
    const body = { first_name: "Grace", last_name: "Hopper" };
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => t.fetch("/tenant/investors/v1", { method: "POST", headers: { "idempotency-key": key }, json: body })),
    );
    const parsed = await Promise.all(answers.map(async (r) => ({ status: r.status, replayed: r.headers.get("idempotent-replayed"), retry: r.headers.get("retry-after"), body: (await r.json()) as Record<string, unknown> })));
    const created = parsed.filter((p) => p.status === 201);
    const inFlight = parsed.filter((p) => p.status === 409);
    expect(created.length + inFlight.length).toBe(50);
    expect(created.filter((p) => p.replayed === null)).toHaveLength(1);
    expect(new Set(created.map((p) => p.body.investor_id)).size).toBe(1);
    for (const p of inFlight) {
      expect(p.body.error_code).toBe("idempotency_key_in_use");
      expect(p.retry).toBe("1");
    }
    expect(await investorCount(t)).toBe(1);
    const again = await t.fetch("/tenant/investors/v1", { method: "POST", headers: { "idempotency-key": key }, json: body });
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await again.json()).toEqual(created[0]!.body);
  });

  it("rejects the same key with a different request (422) and a malformed key (400)", async () => {
    const t = await newTenant();
    const key = crypto.randomUUID();
    const first = await createInvestor(t, { first_name: "A" }, { "idempotency-key": key });
    expect(first.res.status).toBe(201);
    const other = await t.fetch("/tenant/investors/v1", { method: "POST", headers: { "idempotency-key": key }, json: { first_name: "B", last_name: "Other" } });
    expect(other.status).toBe(422);
    expect(await other.json()).toMatchObject({ error_code: "idempotency_key_reused" });
    const bad = await t.fetch("/tenant/investors/v1", { method: "POST", headers: { "idempotency-key": "not-a-uuid" }, json: { first_name: "B", last_name: "Other" } });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error_code: "invalid_idempotency_key", errors: [{ field: "Idempotency-Key" }] });
    expect(await investorCount(t)).toBe(1);
  });

  it("replays a stored failure but does not record requests rejected by schema validation", async () => {
    const t = await newTenant();
    const key = crypto.randomUUID();
    const invalid = await t.fetch("/tenant/investors/v1", { method: "POST", headers: { "idempotency-key": key }, json: { first_name: "A" } });
    expect(invalid.status).toBe(400);
    const valid = await createInvestor(t, {}, { "idempotency-key": key });
    expect(valid.res.status).toBe(201);
    const { body } = await createInvestor(t);
    const patchKey = crypto.randomUUID();
    const patch = { reference_version: 7, title: "Dr" };
    const conflict = await t.fetch(`/tenant/investors/v1/${body.investor_id}`, { method: "PATCH", headers: { "idempotency-key": patchKey }, json: patch });
    expect(conflict.status).toBe(409);
    const replay = await t.fetch(`/tenant/investors/v1/${body.investor_id}`, { method: "PATCH", headers: { "idempotency-key": patchKey }, json: patch });
    expect(replay.status).toBe(409);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(await replay.json()).toEqual(await conflict.json());
  });

  it("forgets keys after the retention window, and the alarm prunes them", async () => {
    const t = await newTenant({ idempotency_retention_hours: 1 });
    const key = crypto.randomUUID();
    await createInvestor(t, { first_name: "Old" }, { "idempotency-key": key });
    const stub = env.TENANT.getByName(t.id);
    await runInDurableObject(stub, (_obj, state) => {
      state.storage.sql.exec("UPDATE idempotency_keys SET created_at = created_at - ?", 2 * 3_600_000);
      state.storage.sql.exec("UPDATE jobs SET due_at = 0 WHERE kind = 'prune'");
    });
    const reused = await t.fetch("/tenant/investors/v1", { method: "POST", headers: { "idempotency-key": key }, json: { first_name: "New", last_name: "Person" } });
    expect(reused.status).toBe(201);
    expect(await investorCount(t)).toBe(2);
    await runInDurableObject(stub, (_obj, state) => {
      state.storage.sql.exec("UPDATE idempotency_keys SET created_at = created_at - ?", 2 * 3_600_000);
      state.storage.sql.exec("UPDATE jobs SET due_at = 0 WHERE kind = 'prune'");
    });
    await runDurableObjectAlarm(stub);
    const left = await runInDurableObject(stub, (_obj, state) => state.storage.sql.exec("SELECT count(*) AS n FROM idempotency_keys").one().n);
    expect(left).toBe(0);
  });
});

describe("WealthOS request_id", () => {
  function envelope(t: TestTenant, requestId: string): CommandEnvelope {
    return {
      name: "investor.create",
      input: { first_name: "Req", last_name: "Uest" },
      meta: {
        tenantId: t.id,
        config: { rate_limit_per_second: 500, rate_limit_burst: 1000, daily_quota: null, idempotency_retention_hours: 72, event_retention_days: 30, tax_id_uniqueness: false, base_currency: "GBP", kyc_provider: "none", environment: "live", time_zone: "Europe/London", dealing_cut_off: "14:00", rebalance_threshold: "5.00", rebalance_minimum_trade_value: "1.00" },
        requestId: "req_test",
        method: "POST",
        path: "/tenant/investors/v1",
        wealthosRequestId: requestId,
      },
    };
  }

  it("rejects 49 of 50 concurrent repeats as duplicate requests carrying the original response", async () => {
    const t = await newTenant();
    const stub = env.TENANT.getByName(t.id);
    const requestId = crypto.randomUUID();
    const answers = (await Promise.all(Array.from({ length: 50 }, () => stub.execute(envelope(t, requestId))))) as unknown as CommandResponse[];
    const created = answers.filter((a) => a.status === 201);
    const duplicates = answers.filter((a) => a.status === 400);
    expect(created).toHaveLength(1);
    expect(duplicates).toHaveLength(49);
    for (const d of duplicates) {
      const body = d.body as Record<string, unknown>;
      expect(body.message).toBe("duplicate request");
      expect(["COMPLETE", "PROCESSING"]).toContain(body.status);
      expect(JSON.parse(String(body.response))).toEqual(created[0]!.body);
    }
    expect(await investorCount(t)).toBe(1);
  });
});
