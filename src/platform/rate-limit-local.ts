import { wallNowMs } from "../clock/wall";
import type { RateLimitDecision, RateLimitPolicy } from "./rate-limit";
import { nextUtcMidnight, utcDay, type Lease, type ReturnedTokens } from "./rate-limit-lease";

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
  expiresAtMs: number;
}

interface TenantBucket {
  current: LocalLease | null;
  /** The next lease's size: doubles when a lease is spent before it expires, halves when one expires unspent. */
  size: number;
  /** The lease call in flight: resolves to the refusal, or `null` once tokens are available. */
  inFlight: Promise<RateLimitDecision | null> | null;
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
 * UTC day ended) or the tenant's policy changed; concurrent requests share one call in flight.
 */
export class LocalRateLimits {
  private readonly buckets = new Map<string, TenantBucket>();

  constructor(private readonly clock: () => number = wallNowMs) {}

  async take(tenantId: string, policy: RateLimitPolicy, fetchLease: FetchLease): Promise<RateLimitDecision> {
    const key = policyKey(policy);
    let bucket = this.buckets.get(tenantId);
    if (!bucket) {
      bucket = { current: null, size: 1, inFlight: null };
      this.buckets.set(tenantId, bucket);
    }
    for (;;) {
      const now = this.clock();
      const current = bucket.current;
      const usable = current && current.policyKey === key && current.expiresAtMs > now && current.day === utcDay(now);
      if (usable && current.left > 0) {
        current.left -= 1;
        return localDecision(current, now);
      }
      if (bucket.inFlight) {
        // Someone else is renewing: wait for it, then try again (its refusal is its own).
        await bucket.inFlight.catch(() => null);
        continue;
      }
      const owner = bucket;
      const renewal = this.renew(owner, policy, key, now, fetchLease).finally(() => {
        owner.inFlight = null;
      });
      owner.inFlight = renewal;
      const refusal = await renewal;
      if (refusal) return refusal;
    }
  }

  private async renew(bucket: TenantBucket, policy: RateLimitPolicy, key: string, now: number, fetchLease: FetchLease): Promise<RateLimitDecision | null> {
    const previous = bucket.current;
    const returned: ReturnedTokens | null = previous && previous.left > 0 ? { count: previous.left, day: previous.day } : null;
    if (previous && previous.policyKey === key) {
      bucket.size = previous.left === 0 ? bucket.size * 2 : Math.max(1, Math.floor(bucket.size / 2));
    } else {
      bucket.size = 1;
    }
    bucket.size = Math.min(bucket.size, largestLease(policy));
    bucket.current = null;
    const lease = await fetchLease(policy, bucket.size, returned);
    if (lease.granted === 0) return lease.refusal;
    bucket.current = {
      policyKey: key,
      policy,
      lease,
      left: lease.granted,
      day: utcDay(lease.atMs),
      expiresAtMs: Math.min(now + LEASE_TTL_MS, nextUtcMidnight(lease.atMs)),
    };
    return null;
  }
}
