import { env } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { hashApiKey } from "../../../src/platform/api-keys";
import { KEY_MISS_REFRESH_MS, TENANT_CACHE_TTL_MS } from "../../../src/db/control-plane-cache";
import type { BucketState, RateLimitPolicy } from "../../../src/platform/rate-limit";
import { leaseTokens } from "../../../src/platform/rate-limit-lease";
import { LocalRateLimits, type FetchLease } from "../../../src/platform/rate-limit-local";
import { expectProblem } from "../../helpers/problem";
import { newTenant } from "../../helpers/tenant";

const HELLO = "/tenant/test/hello-world-be";
const NOON = Date.parse("2026-06-15T12:00:00.000Z");

// What another isolate's admin call does to D1: this isolate's cache does not hear of it.
async function revokeElsewhere(tenantId: string, keyId: string): Promise<void> {
  await env.DB.prepare("UPDATE api_keys SET revoked_at = ? WHERE tenant_id = ? AND key_id = ?").bind(new Date(NOON).toISOString(), tenantId, keyId).run();
}

describe("authentication from the isolate's cache", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"], now: NOON });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("stops accepting a key revoked through another isolate within the cache bound", async () => {
    expect(TENANT_CACHE_TTL_MS).toBeLessThanOrEqual(10_000);
    const t = await newTenant();
    expect((await t.fetch(HELLO)).status).toBe(200);
    await revokeElsewhere(t.id, t.keyId);
    vi.setSystemTime(NOON + TENANT_CACHE_TTL_MS - 1);
    expect((await t.fetch(HELLO)).status).toBe(200);
    vi.setSystemTime(NOON + TENANT_CACHE_TTL_MS);
    await expectProblem(await t.fetch(HELLO), 401, "unauthenticated");
  });

  it("applies a configuration changed through another isolate within the cache bound", async () => {
    const t = await newTenant({ rate_limit_per_second: 100, rate_limit_burst: 50 });
    expect((await t.fetch(HELLO)).headers.get("ratelimit-policy")).toBe('"burst";q=50;w=1');
    await env.DB.prepare("UPDATE tenants SET rate_limit_burst = 80 WHERE tenant_id = ?").bind(t.id).run();
    vi.setSystemTime(NOON + TENANT_CACHE_TTL_MS);
    expect((await t.fetch(HELLO)).headers.get("ratelimit-policy")).toBe('"burst";q=80;w=1');
  });

  it("accepts a key added through another isolate once the cached tenant is a second old", async () => {
    const t = await newTenant();
    expect((await t.fetch(HELLO)).status).toBe(200);
    const apiKey = `cof_sk_${crypto.randomUUID().replaceAll("-", "")}`;
    await env.DB.prepare("INSERT INTO api_keys (tenant_id, key_id, key_hash, prefix, created_at) VALUES (?, ?, ?, ?, ?)")
      .bind(t.id, `key_${crypto.randomUUID().slice(0, 8)}`, await hashApiKey(apiKey), apiKey.slice(0, 13), new Date(NOON).toISOString())
      .run();
    vi.setSystemTime(NOON + KEY_MISS_REFRESH_MS);
    expect((await t.fetch(HELLO, { headers: { "x-api-key": apiKey } })).status).toBe(200);
  });
});

describe("rate limits from leased tokens", () => {
  /** A limiter object in memory (the same pure bucket the object runs), counting its calls. */
  function limiterObject() {
    let state: BucketState | null = null;
    const calls = { count: 0 };
    const fetchLease: FetchLease = async (policy, want, returned) => {
      calls.count += 1;
      const { lease, next } = leaseTokens(state, policy, NOON, want, returned);
      state = next;
      return lease;
    };
    return { fetchLease, calls, state: () => state };
  }

  it("never lets more requests through than the bucket holds, with the limiter's own refusal", async () => {
    const policy: RateLimitPolicy = { perSecond: 5, burst: 10, dailyQuota: null };
    const limiter = limiterObject();
    const local = new LocalRateLimits(() => NOON);
    const decisions = await Promise.all(Array.from({ length: 30 }, () => local.take("t", policy, limiter.fetchLease)));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(10);
    const refused = decisions.find((d) => !d.allowed);
    expect(refused).toMatchObject({ refusedBy: "burst", remaining: 0, retryAfterSeconds: 1, resetSeconds: 2 });
  });

  it("costs one limiter call per lease, not per request, when the burst is large", async () => {
    const policy: RateLimitPolicy = { perSecond: 100_000, burst: 100_000, dailyQuota: null };
    const limiter = limiterObject();
    const local = new LocalRateLimits(() => NOON);
    const decisions = [];
    for (let i = 0; i < 2_000; i += 1) decisions.push(await local.take("t", policy, limiter.fetchLease));
    expect(decisions.every((d) => d.allowed)).toBe(true);
    // Leases double from 1: 1 + 2 + … + 1024 ≥ 2,000 after 11 calls.
    expect(limiter.calls.count).toBe(11);
    expect(decisions.at(-1)?.remaining).toBe(100_000 - 2_000);
  });

  it("gives back an expired lease's unspent tokens", async () => {
    const policy: RateLimitPolicy = { perSecond: 1, burst: 1_000, dailyQuota: 5 };
    const limiter = limiterObject();
    let now = NOON;
    const local = new LocalRateLimits(() => now);
    for (let i = 0; i < 4; i += 1) expect((await local.take("t", policy, limiter.fetchLease)).allowed).toBe(true);
    // Leases of 1 then 2 then 4 (capped by the quota at 2): 5 taken from the daily quota, 4 spent.
    expect(limiter.state()?.usedToday).toBe(5);
    now += 2_000;
    const fifth = await local.take("t", policy, limiter.fetchLease);
    expect(fifth).toMatchObject({ allowed: true, dailyRemaining: 0 });
    expect(limiter.state()?.usedToday).toBe(5);
    expect((await local.take("t", policy, limiter.fetchLease)).allowed).toBe(false);
  });
});
