import { env } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createApp } from "../../../src/app";
import { takeToken, type BucketState, type RateLimitPolicy } from "../../../src/platform/rate-limit";
import { expectProblem } from "../../helpers/problem";
import { admin, newTenant } from "../../helpers/tenant";

const HELLO = "/tenant/test/hello-world-be";
const NOON = Date.parse("2026-06-15T12:00:00.000Z");

describe("tenant rate limits", () => {
  // The rate limiter object runs in the test's isolate, so a frozen Date freezes its clock too:
  // the bucket cannot refill between requests however slowly they run, and no day ends mid-test.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"], now: NOON });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it("allows the burst, then answers 429 with Retry-After, then refills", async () => {
    const t = await newTenant({ rate_limit_per_second: 5, rate_limit_burst: 10 });
    const burst = await Promise.all(Array.from({ length: 10 }, () => t.fetch(HELLO)));
    expect(burst.map((r) => r.status)).toEqual(Array(10).fill(200));
    const refused = await t.fetch(HELLO);
    const retryAfter = refused.headers.get("retry-after");
    const policy = refused.headers.get("ratelimit-policy");
    const limit = refused.headers.get("ratelimit");
    const body = await expectProblem(refused, 429, "rate_limited");
    expect(body.instance).toBe(HELLO);
    expect(retryAfter).toBe("1");
    expect(policy).toBe('"burst";q=10;w=2');
    expect(limit).toBe('"burst";r=0;t=2');

    vi.setSystemTime(NOON + 200);
    const refilled = await t.fetch(HELLO);
    expect(refilled.status).toBe(200);
    expect(refilled.headers.get("ratelimit")).toBe('"burst";r=0;t=2');
    await expectProblem(await t.fetch(HELLO), 429, "rate_limited");
  });

  it("puts RateLimit-Policy and RateLimit on every tenant response", async () => {
    const t = await newTenant({ rate_limit_per_second: 100, rate_limit_burst: 50 });
    const ok = await t.fetch(HELLO);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("ratelimit-policy")).toBe('"burst";q=50;w=1');
    expect(ok.headers.get("ratelimit")).toMatch(/^"burst";r=49;t=1$/);

    const responses = [
      await t.fetch("/tenant/nope"),
      await t.fetch(HELLO, { method: "POST" }),
      await t.fetch("/tenant/nope", { method: "POST", body: "{", headers: { "content-type": "application/json" } }),
    ];
    expect(responses.map((r) => r.status)).toEqual([404, 405, 400]);
    for (const res of responses) {
      expect(res.headers.get("ratelimit-policy")).toBe('"burst";q=50;w=1');
      expect(res.headers.get("ratelimit")).toMatch(/^"burst";r=\d+;t=\d+$/);
    }
  });

  it("adds the headers to tenant responses whose headers are immutable", async () => {
    const t = await newTenant({ rate_limit_per_second: 100, rate_limit_burst: 50 });
    const app = createApp();
    app.get("/tenant/moved", () => Response.redirect(`http://${t.id}.localhost${HELLO}`, 302));
    const res = await app.fetch(new Request(`http://${t.id}.localhost/tenant/moved`, { headers: { "x-api-key": t.apiKey } }), env);
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe(`http://${t.id}.localhost${HELLO}`);
    expect(res.headers.get("ratelimit-policy")).toBe('"burst";q=50;w=1');
    expect(res.headers.get("ratelimit")).toMatch(/^"burst";r=\d+;t=\d+$/);
    expect(res.headers.get("x-request-id")).toMatch(/^req_/);
  });

  it("answers 429 quota_exceeded once the daily quota is used up, until midnight UTC", async () => {
    const t = await newTenant({ daily_quota: 3 });
    vi.setSystemTime(Date.parse("2026-06-15T23:00:00.000Z"));
    for (let i = 0; i < 3; i++) {
      const res = await t.fetch(HELLO);
      expect(res.status).toBe(200);
      expect(res.headers.get("ratelimit-policy")).toBe('"burst";q=1000;w=2, "daily";q=3;w=86400');
      expect(res.headers.get("ratelimit")).toBe(`"burst";r=${999 - i};t=1, "daily";r=${2 - i};t=3600`);
    }
    const refused = await t.fetch(HELLO);
    const retryAfter = refused.headers.get("retry-after");
    await expectProblem(refused, 429, "quota_exceeded");
    expect(retryAfter).toBe("3600");

    vi.setSystemTime(Date.parse("2026-06-16T00:00:00.000Z"));
    const nextDay = await t.fetch(HELLO);
    expect(nextDay.status).toBe(200);
    expect(nextDay.headers.get("ratelimit")).toBe('"burst";r=999;t=1, "daily";r=2;t=86400');
  });

  it("applies a changed quota on the next request", async () => {
    const t = await newTenant({ daily_quota: 1 });
    expect((await t.fetch(HELLO)).status).toBe(200);
    await expectProblem(await t.fetch(HELLO), 429, "quota_exceeded");
    expect((await admin("PATCH", `/admin/v1/tenants/${t.id}`, { daily_quota: 2 })).status).toBe(200);
    expect((await t.fetch(HELLO)).status).toBe(200);
    await expectProblem(await t.fetch(HELLO), 429, "quota_exceeded");
    expect((await admin("PATCH", `/admin/v1/tenants/${t.id}`, { daily_quota: null })).status).toBe(200);
    const unlimited = await t.fetch(HELLO);
    expect(unlimited.status).toBe(200);
    expect(unlimited.headers.get("ratelimit-policy")).not.toContain("daily");
  });

  it("keeps each tenant's limits apart", async () => {
    const a = await newTenant({ daily_quota: 1 });
    const b = await newTenant({ daily_quota: 1 });
    expect((await a.fetch(HELLO)).status).toBe(200);
    await expectProblem(await a.fetch(HELLO), 429, "quota_exceeded");
    expect((await b.fetch(HELLO)).status).toBe(200);
  });
});

describe("takeToken", () => {
  const policy: RateLimitPolicy = { perSecond: 5, burst: 10, dailyQuota: null };
  const t0 = Date.parse("2026-03-10T12:00:00.000Z");

  function drain(count: number, p: RateLimitPolicy, at: number, from: BucketState | null = null) {
    let state = from;
    const decisions = [];
    for (let i = 0; i < count; i++) {
      const { decision, next } = takeToken(state, p, at);
      decisions.push(decision);
      state = next;
    }
    return { decisions, state };
  }

  it("starts full and counts down", () => {
    const { decisions } = drain(10, policy, t0);
    expect(decisions.every((d) => d.allowed)).toBe(true);
    expect(decisions.map((d) => d.remaining)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    expect(decisions[9]).toMatchObject({ refusedBy: null, resetSeconds: 2, retryAfterSeconds: 0, dailyRemaining: null });
  });

  it("refuses an empty bucket without taking a token", () => {
    const { state } = drain(10, policy, t0);
    const first = takeToken(state, policy, t0);
    expect(first.decision).toMatchObject({ allowed: false, refusedBy: "burst", remaining: 0, retryAfterSeconds: 1 });
    const second = takeToken(first.next, policy, t0);
    expect(second.decision.allowed).toBe(false);
    expect(second.next.tokens).toBe(state?.tokens);
  });

  it("refills at perSecond over simulated time, up to the burst", () => {
    const { state } = drain(10, policy, t0);
    expect(takeToken(state, policy, t0 + 199).decision.allowed).toBe(false);
    const after200 = takeToken(state, policy, t0 + 200);
    expect(after200.decision).toMatchObject({ allowed: true, remaining: 0 });
    const after1s = takeToken(state, policy, t0 + 1000);
    expect(after1s.decision).toMatchObject({ allowed: true, remaining: 4 });
    const afterHour = takeToken(state, policy, t0 + 3_600_000);
    expect(afterHour.decision).toMatchObject({ allowed: true, remaining: 9 });
  });

  it("asks for a Retry-After of at least one second", () => {
    const slow: RateLimitPolicy = { perSecond: 1, burst: 1, dailyQuota: null };
    const { state } = drain(1, slow, t0);
    expect(takeToken(state, slow, t0 + 500).decision).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
  });

  it("never lets time running backwards add tokens", () => {
    const { state } = drain(10, policy, t0);
    expect(takeToken(state, policy, t0 - 60_000).decision.allowed).toBe(false);
  });

  it("counts a daily quota and resets it at midnight UTC", () => {
    const daily: RateLimitPolicy = { perSecond: 100, burst: 100, dailyQuota: 3 };
    const lateEvening = Date.parse("2026-03-10T23:59:30.000Z");
    const { decisions, state } = drain(3, daily, lateEvening);
    expect(decisions.map((d) => d.dailyRemaining)).toEqual([2, 1, 0]);
    expect(decisions[0]?.dailyResetSeconds).toBe(30);

    const refused = takeToken(state, daily, lateEvening + 1000);
    expect(refused.decision).toMatchObject({ allowed: false, refusedBy: "daily", retryAfterSeconds: 29, dailyRemaining: 0 });
    expect(refused.next.usedToday).toBe(3);

    const nextDay = takeToken(refused.next, daily, Date.parse("2026-03-11T00:00:00.000Z"));
    expect(nextDay.decision).toMatchObject({ allowed: true, dailyRemaining: 2, dailyResetSeconds: 86_400 });
  });

  it("does not count refused requests against the daily quota", () => {
    const tight: RateLimitPolicy = { perSecond: 1, burst: 1, dailyQuota: 2 };
    const { decisions, state } = drain(3, tight, t0);
    expect(decisions.map((d) => d.allowed)).toEqual([true, false, false]);
    expect(state?.usedToday).toBe(1);
    expect(takeToken(state, tight, t0 + 1000).decision).toMatchObject({ allowed: true, dailyRemaining: 0 });
  });
});
