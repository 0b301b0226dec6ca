import { env, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { expectProblem, expectValidation } from "../../helpers/problem";
import { advance, clockOf, eventsOf, sandboxTenantAt } from "../../helpers/clock";
import { admin, newTenant } from "../../helpers/tenant";

const CLOCK = "/tenant/sandbox/v1/clock";

describe("clock routes of a live tenant", () => {
  it("answer 403 on every tenant and admin clock route", async () => {
    const t = await newTenant();
    const calls: Array<[string, string, unknown?]> = [
      ["GET", CLOCK],
      ["POST", CLOCK, { frozen_at: "2030-01-01T00:00:00Z" }],
      ["DELETE", CLOCK],
      ["POST", `${CLOCK}/advance`, { by: "P1D" }],
    ];
    for (const [method, path, json] of calls) {
      await expectProblem(await t.fetch(path, { method, ...(json !== undefined && { json }) }), 403, "sandbox_only");
      const adminPath = path.replace("/tenant/sandbox/v1/clock", `/admin/v1/tenants/${t.id}/clock`);
      await expectProblem(await admin(method, adminPath, json), 403, "sandbox_only");
    }
  });

  it("are in the OpenAPI document", async () => {
    const doc = (await (await admin("GET", "/openapi.json")).json()) as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(doc.paths[CLOCK] ?? {}).sort()).toEqual(["delete", "get", "post"]);
    expect(Object.keys(doc.paths[`${CLOCK}/advance`] ?? {})).toEqual(["post"]);
    expect(Object.keys(doc.paths["/admin/v1/tenants/{tenant_id}/clock"] ?? {}).sort()).toEqual(["delete", "get", "post"]);
    expect(Object.keys(doc.paths["/admin/v1/tenants/{tenant_id}/clock/advance"] ?? {})).toEqual(["post"]);
  });
});

describe("a sandbox tenant's test clock", () => {
  it("reads the wall clock until one is attached, then stands still between requests", async () => {
    const t = await newTenant({ environment: "sandbox" });
    const before = Date.now();
    const wall = await clockOf(t);
    expect(wall).toMatchObject({ mode: "wall", status: "ready", advancing_to: null, speed: 1 });
    expect(Date.parse(wall.now)).toBeGreaterThanOrEqual(before);

    const attached = await t.fetch(CLOCK, { method: "POST", json: { frozen_at: "2026-04-02T09:00:00+01:00" } });
    expect(attached.status).toBe(201);
    const frozen = { mode: "test", now: "2026-04-02T08:00:00.000Z", operational_date: "2026-04-02", status: "ready", advancing_to: null, speed: 0 };
    expect(await attached.json()).toEqual(frozen);
    expect(await clockOf(t)).toEqual(frozen);
    await new Promise((r) => setTimeout(r, 20));
    expect(await clockOf(t)).toEqual(frozen);
    // Writes are stamped with the test clock.
    const investor = await t.fetch("/tenant/investors/v1", { method: "POST", json: { first_name: "Ada", last_name: "Lovelace" } });
    expect(((await investor.json()) as { created_at: string }).created_at).toBe("2026-04-02T08:00:00.000Z");
  });

  it("refuses a second attach (409), a frozen_at before the newest event (400), and bad bodies naming the field", async () => {
    const t = await sandboxTenantAt("2026-04-02T09:00:00Z");
    await expectProblem(await t.fetch(CLOCK, { method: "POST", json: { frozen_at: "2026-05-01T00:00:00Z" } }), 409, "state_conflict");
    await expectValidation(await t.fetch(CLOCK, { method: "POST", json: { frozen_at: "yesterday" } }), ["frozen_at"]);
    await expectValidation(await t.fetch(CLOCK, { method: "POST", json: { frozen_at: "2026-05-01T00:00:00Z", speed: -1 } }), ["speed"]);

    const other = await newTenant({ environment: "sandbox" });
    const ev = await other.fetch("/tenant/investors/v1", { method: "POST", json: { first_name: "Ada", last_name: "Lovelace" } });
    expect(ev.status).toBe(201);
    await expectValidation(await other.fetch(CLOCK, { method: "POST", json: { frozen_at: "2026-01-01T00:00:00Z" } }), ["frozen_at"]);
  });

  it("advances to a time or by an ISO-8601 duration, never backwards and at most 2 years", async () => {
    const t = await sandboxTenantAt("2026-04-02T09:00:00Z");
    expect(await advance(t, { by: "PT6H" })).toMatchObject({ now: "2026-04-02T15:00:00.000Z", status: "ready" });
    expect(await advance(t, { to: "2026-04-10T00:00:00Z" })).toMatchObject({ now: "2026-04-10T00:00:00.000Z", operational_date: "2026-04-10" });
    await expectValidation(await t.fetch(`${CLOCK}/advance`, { method: "POST", json: { to: "2026-04-09T23:59:59Z" } }), ["to"]);
    await expectValidation(await t.fetch(`${CLOCK}/advance`, { method: "POST", json: { to: "2028-04-10T00:00:00.001Z" } }), ["to"]);
    await expectValidation(await t.fetch(`${CLOCK}/advance`, { method: "POST", json: { by: "P2Y1D" } }), ["by"]);
    await expectValidation(await t.fetch(`${CLOCK}/advance`, { method: "POST", json: { by: "3 days" } }), ["by"]);
    await expectValidation(await t.fetch(`${CLOCK}/advance`, { method: "POST", json: {} }), ["to"]);
    await expectValidation(await t.fetch(`${CLOCK}/advance`, { method: "POST", json: { to: "2026-05-01T00:00:00Z", by: "P1D" } }), ["by"]);
    expect((await clockOf(t)).now).toBe("2026-04-10T00:00:00.000Z");
  });

  it("moves once for a replayed advance (Idempotency-Key)", async () => {
    const t = await sandboxTenantAt("2026-04-02T09:00:00Z");
    const key = crypto.randomUUID();
    const first = await t.fetch(`${CLOCK}/advance`, { method: "POST", json: { by: "P1D" }, headers: { "idempotency-key": key } });
    expect(first.status).toBe(200);
    const again = await t.fetch(`${CLOCK}/advance`, { method: "POST", json: { by: "P1D" }, headers: { "idempotency-key": key } });
    expect(again.status).toBe(200);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect((await clockOf(t)).now).toBe("2026-04-03T09:00:00.000Z");
    expect((await eventsOf(t)).filter((e) => e.type === "clock_advanced")).toHaveLength(1);
  });

  it("detaches back to the wall clock, refusing while the test clock is ahead of it", async () => {
    const ahead = await sandboxTenantAt("2099-01-01T00:00:00Z");
    await expectProblem(await ahead.fetch(CLOCK, { method: "DELETE" }), 409, "state_conflict");

    const t = await sandboxTenantAt("2026-04-02T09:00:00Z");
    const res = await admin("DELETE", `/admin/v1/tenants/${t.id}/clock`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ mode: "wall", status: "ready" });
    const clock = await clockOf(t);
    expect(clock.mode).toBe("wall");
    expect(Math.abs(Date.parse(clock.now) - Date.now())).toBeLessThan(5_000);
    await expectProblem(await t.fetch(CLOCK, { method: "DELETE" }), 409, "state_conflict");
  });

  it("is driven the same way through the admin API", async () => {
    const t = await newTenant({ environment: "sandbox" });
    expect((await admin("POST", `/admin/v1/tenants/${t.id}/clock`, { frozen_at: "2026-04-02T09:00:00Z" })).status).toBe(201);
    const moved = await admin("POST", `/admin/v1/tenants/${t.id}/clock/advance`, { by: "P1D" });
    expect(moved.status).toBe(200);
    expect(await moved.json()).toMatchObject({ mode: "test", now: "2026-04-03T09:00:00.000Z" });
    expect(await (await admin("GET", `/admin/v1/tenants/${t.id}/clock`)).json()).toMatchObject({ now: "2026-04-03T09:00:00.000Z" });
    await expectProblem(await admin("GET", "/admin/v1/tenants/no-such-tenant/clock"), 404, "resource_not_found");
  });

  it("runs on at its speed", async () => {
    const t = await newTenant({ environment: "sandbox" });
    const res = await t.fetch(CLOCK, { method: "POST", json: { frozen_at: "2026-04-02T09:00:00Z", speed: 86_400 } });
    expect(res.status).toBe(201);
    await new Promise((r) => setTimeout(r, 1_100));
    const clock = await clockOf(t);
    expect(clock.speed).toBe(86_400);
    expect(Date.parse(clock.now) - Date.parse("2026-04-02T09:00:00Z")).toBeGreaterThanOrEqual(86_400_000);
  });

  it("keeps event ts strictly increasing per channel across an advance", async () => {
    const t = await sandboxTenantAt("2026-04-02T09:00:00Z");
    await t.fetch("/tenant/investors/v1", { method: "POST", json: { first_name: "A", last_name: "B" } });
    await advance(t, { by: "P3D" });
    await t.fetch("/tenant/investors/v1", { method: "POST", json: { first_name: "C", last_name: "D" } });
    const rows = await runInDurableObject(env.TENANT.getByName(t.id), (_o, state) => state.storage.sql.exec<{ ch: string; ts: number }>("SELECT ch, ts FROM events ORDER BY seq").toArray());
    const last = new Map<string, number>();
    for (const { ch, ts } of rows) {
      expect(ts).toBeGreaterThan(last.get(ch) ?? 0);
      last.set(ch, ts);
    }
  });
});
