import { env, evictDurableObject, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { afterEach, describe, expect, it } from "vitest";
import { JOBS } from "../../../src/jobs";
import { ADVANCE_BUDGET } from "../../../src/tenant/clock-advance";
import type { JobHandler } from "../../../src/tenant/commands";
import { scheduleJob } from "../../../src/tenant/jobs";
import { clockOf, eventsOf, sandboxTenantAt, type Clock } from "../../helpers/clock";
import type { TestTenant } from "../../helpers/tenant";

const T0 = Date.parse("2026-04-02T09:00:00Z");
const HOUR = 3_600_000;
const budgets = { ...ADVANCE_BUDGET };

afterEach(() => {
  Object.assign(ADVANCE_BUDGET, budgets);
  delete JOBS["test.explode"];
  delete JOBS["test.count"];
});

/** A job that records each run (key → runs, and the instant it ran at) in the object's settings. */
const countJob: JobHandler = (ctx, job) => {
  const name = `test-run:${job.key}`;
  const prev = ctx.sql.exec<{ value: string }>("SELECT value FROM settings WHERE name = ?", name).toArray()[0];
  const runs = prev ? (JSON.parse(prev.value) as number[]) : [];
  ctx.sql.exec("INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value", name, JSON.stringify([...runs, ctx.nowMs]));
};

function register(): void {
  JOBS["test.count"] = countJob;
}

async function schedule(t: TestTenant, jobs: Array<[kind: string, key: string, dueAt: number]>): Promise<void> {
  await runInDurableObject(env.TENANT.getByName(t.id), (_o, state) => {
    for (const [kind, key, dueAt] of jobs) scheduleJob(state.storage.sql, kind, key, dueAt);
  });
}

async function runs(t: TestTenant, key: string): Promise<number[]> {
  return runInDurableObject(env.TENANT.getByName(t.id), (_o, state) => {
    const row = state.storage.sql.exec<{ value: string }>("SELECT value FROM settings WHERE name = ?", `test-run:${key}`).toArray()[0];
    return row ? (JSON.parse(row.value) as number[]) : [];
  });
}

describe("jobs on a test clock", () => {
  it("run in (due instant, sequence) order, each at its own due instant", async () => {
    register();
    const t = await sandboxTenantAt("2026-04-02T09:00:00Z");
    await schedule(t, [
      ["test.count", "c", T0 + 3 * HOUR],
      ["test.count", "a", T0 + HOUR],
      ["test.count", "b", T0 + HOUR],
      ["test.count", "late", T0 + 30 * HOUR],
    ]);
    const res = await t.fetch("/tenant/sandbox/v1/clock/advance", { method: "POST", json: { by: "PT12H" } });
    expect(res.status).toBe(200);
    expect(await runs(t, "a")).toEqual([T0 + HOUR]);
    expect(await runs(t, "b")).toEqual([T0 + HOUR]);
    expect(await runs(t, "c")).toEqual([T0 + 3 * HOUR]);
    expect(await runs(t, "late")).toEqual([]);
  });

  it("retries a failing job with backoff, reports job_failed once after the third failure, and runs the jobs behind it", async () => {
    register();
    let attempts = 0;
    JOBS["test.explode"] = () => {
      attempts += 1;
      throw new Error("the provider is down");
    };
    const t = await sandboxTenantAt("2026-04-02T09:00:00Z");
    await schedule(t, [
      ["test.explode", "x", T0 + HOUR],
      ["test.count", "after", T0 + 2 * HOUR],
    ]);
    const res = await t.fetch("/tenant/sandbox/v1/clock/advance", { method: "POST", json: { by: "P1D" } });
    expect(res.status).toBe(200);
    expect(await runs(t, "after")).toEqual([T0 + 2 * HOUR]);
    // Failures at +1 h, then 1, 4, 16, 64, 256 minutes and 17 h later (capped at a day): 7 within the day.
    expect(attempts).toBe(7);
    const failed = (await eventsOf(t)).filter((e) => e.type === "job_failed");
    expect(failed).toEqual([
      expect.objectContaining({
        ch: "notifications",
        event_date_time: new Date(T0 + HOUR + 5 * 60_000).toISOString(),
        payload: expect.objectContaining({ job_kind: "test.explode", job_key: "x", failures: 3, error: "the provider is down" }),
      }),
    ]);
    const left = await runInDurableObject(env.TENANT.getByName(t.id), (_o, state) => state.storage.sql.exec("SELECT failures FROM jobs WHERE kind = 'test.explode'").one());
    expect(left.failures).toBe(7);
  });

  it("runs what falls due between the test clock and the wall clock when it is detached", async () => {
    register();
    const start = Date.now() - 2 * 24 * HOUR;
    const t = await sandboxTenantAt(new Date(start).toISOString());
    await schedule(t, [["test.count", "between", start + 24 * HOUR]]);
    const res = await t.fetch("/tenant/sandbox/v1/clock", { method: "DELETE" });
    expect(res.status).toBe(200);
    expect(await runs(t, "between")).toEqual([start + 24 * HOUR]);
    expect((await clockOf(t)).mode).toBe("wall");
  });

  it("finishes an advance cut short by evictions through the alarm, running no job twice", async () => {
    register();
    const t = await sandboxTenantAt("2026-04-02T09:00:00Z");
    const keys = Array.from({ length: 12 }, (_, i) => `k${i}`);
    await schedule(t, keys.map((k, i) => ["test.count", k, T0 + (i + 1) * 2 * 24 * HOUR] as [string, string, number]));
    ADVANCE_BUDGET.requestMs = 0;
    ADVANCE_BUDGET.alarmMs = 0;

    const res = await t.fetch("/tenant/sandbox/v1/clock/advance", { method: "POST", json: { by: "P30D" } });
    expect(res.status).toBe(202);
    const started = (await res.json()) as Clock;
    expect(started).toMatchObject({ status: "advancing", advancing_to: "2026-05-02T09:00:00.000Z" });

    const stub = env.TENANT.getByName(t.id);
    let clock = await clockOf(t);
    let evictions = 0;
    for (let round = 0; clock.status === "advancing" && round < 200; round += 1) {
      if (round % 3 === 0) {
        await evictDurableObject(stub);
        evictions += 1;
      }
      await runDurableObjectAlarm(stub);
      clock = await clockOf(t);
    }
    expect(evictions).toBeGreaterThan(3);
    expect(clock).toMatchObject({ status: "ready", now: "2026-05-02T09:00:00.000Z", advancing_to: null });
    for (const [i, k] of keys.entries()) {
      const due = T0 + (i + 1) * 2 * 24 * HOUR;
      expect(await runs(t, k), k).toEqual(due <= Date.parse("2026-05-02T09:00:00Z") ? [due] : []);
    }
    const snapshots = await runInDurableObject(stub, (_o, state) =>
      state.storage.sql.exec<{ n: number; dates: number }>("SELECT coalesce(sum(json_array_length(data)), 0) AS n, count(*) AS dates FROM pot_value_snapshots").one(),
    );
    expect(snapshots.n).toBe(snapshots.dates);
    expect((await eventsOf(t)).filter((e) => e.type === "clock_advanced")).toHaveLength(1);
  });
});
