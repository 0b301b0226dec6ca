import { wallNowMs } from "../clock/wall";
import type { RateLimitDecision, RateLimitPolicy } from "./rate-limit";
import { nextUtcMidnight, utcDay, utcDayNumber, type Lease, type ReturnedTokens } from "./rate-limit-lease";

/** A lease lives at most this long; then its unspent tokens go back to the bucket. */
export const LEASE_TTL_MS = 1_000;
/** A lease never holds more than this share of the burst, so other isolates keep most of it. */
export const LEASE_SHARE_OF_BURST = 0.1;

export type FetchLease = (policy: RateLimitPolicy, want: number, returned: ReturnedTokens | null) => Promise<Lease>;

interface LocalLease {
  policyKey: string;
  policy: RateLimitPolicy;
  lease: Lease;
  left: number;
  day: string;
  /** `day` as a day number, checked on every request. */
  dayNumber: number;
  expiresAtMs: number;
}

interface TenantBucket {
  current: LocalLease | null;
  /** The next lease's size: doubles when a lease is spent before it expires, halves when one expires unspent. */
  size: number;
  /** Lease calls in flight: while one is, other requests lease only the token they need. */
  pending: number;
}

function policyKey(policy: RateLimitPolicy): string {
  return `${policy.perSecond}/${policy.burst}/${policy.dailyQuota ?? "-"}`;
}

function largestLease(policy: RateLimitPolicy): number {
  return Math.max(1, Math.floor(policy.burst * LEASE_SHARE_OF_BURST));
}

/** The decision for a request paid from a lease, with the headers' view of the whole bucket. */
function localDecision(l: LocalLease, nowMs: number): RateLimitDecision {
  const { policy, lease } = l;
  const refilled = lease.bucketTokens + (Math.max(0, nowMs - lease.atMs) / 1000) * policy.perSecond;
  const tokens = Math.min(policy.burst, refilled + l.left);
  return {
    allowed: true,
    refusedBy: null,
    remaining: Math.floor(tokens),
    resetSeconds: Math.ceil((policy.burst - tokens) / policy.perSecond),
    retryAfterSeconds: 0,
    dailyRemaining: lease.dailyRemaining === null ? null : lease.dailyRemaining + l.left,
    dailyResetSeconds: Math.ceil((nextUtcMidnight(nowMs) - nowMs) / 1000),
  };
}

/**
 * The isolate's side of the rate limits: per tenant, tokens leased from the limiter object and
 * spent here. A request costs a limiter call only when the lease is spent, expired (1 s, or the
 * UTC day ended) or the tenant's policy changed. Requests that find no token each call the
 * limiter themselves (the Workers runtime does not let a request continue on a promise another
 * request's I/O settles); tokens granted to concurrent calls join one lease.
 */
export class LocalRateLimits {
  private readonly buckets = new Map<string, TenantBucket>();

  constructor(private readonly clock: () => number = wallNowMs) {}

  async take(tenantId: string, policy: RateLimitPolicy, fetchLease: FetchLease): Promise<RateLimitDecision> {
    const key = policyKey(policy);
    let bucket = this.buckets.get(tenantId);
    if (!bucket) {
      bucket = { current: null, size: 1, pending: 0 };
      this.buckets.set(tenantId, bucket);
    }
    const now = this.clock();
    const spendable = this.usable(bucket, key, now);
    if (spendable && spendable.left > 0) {
      spendable.left -= 1;
      return localDecision(spendable, now);
    }

    // Give back what an unusable lease (expired, another day, another policy) did not spend.
    const stale = bucket.current;
    const returned: ReturnedTokens | null = stale && stale !== spendable && stale.left > 0 ? { count: stale.left, day: stale.day } : null;
    if (stale && stale !== spendable) bucket.current = null;
    let want = 1;
    if (bucket.pending === 0) {
      if (stale && stale.policyKey === key) {
        bucket.size = stale.left === 0 ? bucket.size * 2 : Math.max(1, Math.floor(bucket.size / 2));
      } else {
        bucket.size = 1;
      }
      bucket.size = Math.min(bucket.size, largestLease(policy));
      want = bucket.size;
    }

    bucket.pending += 1;
    let lease: Lease;
    try {
      lease = await fetchLease(policy, want, returned);
    } finally {
      bucket.pending -= 1;
    }
    if (lease.granted === 0) return lease.refusal ?? refusalWithoutDecision(policy);
    const at = this.clock();
    const joined = this.usable(bucket, key, at);
    if (joined) {
      // Another request's lease arrived meanwhile: one lease with both grants, seen as of the newer.
      joined.left += lease.granted;
      joined.lease = lease;
    } else {
      bucket.current = { policyKey: key, policy, lease, left: lease.granted, day: utcDay(lease.atMs), dayNumber: utcDayNumber(lease.atMs), expiresAtMs: Math.min(at + LEASE_TTL_MS, nextUtcMidnight(lease.atMs)) };
    }
    const current = bucket.current as LocalLease;
    current.left -= 1;
    return localDecision(current, at);
  }

  /** The tenant's lease when it may still be spent at `now` under the policy `key`. */
  private usable(bucket: TenantBucket, key: string, now: number): LocalLease | null {
    const c = bucket.current;
    return c && c.policyKey === key && c.expiresAtMs > now && c.dayNumber === utcDayNumber(now) ? c : null;
  }
}

/** A refusal from a limiter that sent none (never expected): the bucket is treated as empty. */
function refusalWithoutDecision(policy: RateLimitPolicy): RateLimitDecision {
  return {
    allowed: false,
    refusedBy: "burst",
    remaining: 0,
    resetSeconds: Math.ceil(policy.burst / policy.perSecond),
    retryAfterSeconds: Math.max(1, Math.ceil(1 / policy.perSecond)),
    dailyRemaining: null,
    dailyResetSeconds: 0,
  };
}
