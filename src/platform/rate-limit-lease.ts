import { takeToken, type BucketState, type RateLimitDecision, type RateLimitPolicy } from "./rate-limit";

/**
 * Leases: an isolate takes several tokens from its tenant's exact bucket (the `RateLimiter`
 * object) in one call and spends them locally, so most requests cost no Durable Object call.
 * Leased tokens are already taken from the bucket, so the limit is never exceeded; tokens an
 * isolate did not spend go back with its next lease.
 */

/** Tokens an isolate gives back: unspent tokens of an expired lease, taken on `day` (UTC). */
export interface ReturnedTokens {
  count: number;
  day: string;
}

/** What the limiter object grants. */
export interface Lease {
  /** Tokens granted (0 when the request is refused). */
  granted: number;
  /** The bucket's tokens right after the grant (not counting the granted ones). */
  bucketTokens: number;
  /** Requests left today after the grant (not counting the granted ones); `null` without a quota. */
  dailyRemaining: number | null;
  /** The refusal when nothing was granted: exactly what a single `takeToken` decides. */
  refusal: RateLimitDecision | null;
  /** When the lease was granted (epoch ms of the limiter's clock). */
  atMs: number;
}

const DAY_MS = 86_400_000;

/** The UTC day of an instant, `YYYY-MM-DD`. */
export function utcDay(nowMs: number): string {
  return new Date(nowMs).toISOString().slice(0, 10);
}

/** Epoch ms of the next UTC midnight after `nowMs`. */
export function nextUtcMidnight(nowMs: number): number {
  // Epoch time has no leap seconds: every UTC day is exactly DAY_MS long.
  return (Math.floor(nowMs / DAY_MS) + 1) * DAY_MS;
}

/** The number of the UTC day of an instant (days since the epoch): cheaper to compare than `utcDay`. */
export function utcDayNumber(nowMs: number): number {
  return Math.floor(nowMs / DAY_MS);
}

/**
 * Grants up to `want` tokens from the bucket (refilled at `perSecond`, holding at most `burst`)
 * within the daily quota, after taking back `returned`. Pure: returns the lease and the next state.
 */
export function leaseTokens(
  state: BucketState | null,
  policy: RateLimitPolicy,
  nowMs: number,
  want: number,
  returned: ReturnedTokens | null,
): { lease: Lease; next: BucketState } {
  const day = utcDay(nowMs);
  const elapsedSeconds = state ? Math.max(0, nowMs - state.updatedAtMs) / 1000 : 0;
  let tokens = state ? Math.min(policy.burst, state.tokens + elapsedSeconds * policy.perSecond) : policy.burst;
  let usedToday = state && state.day === day ? state.usedToday : 0;
  if (returned && returned.count > 0) {
    tokens = Math.min(policy.burst, tokens + returned.count);
    if (returned.day === day) usedToday = Math.max(0, usedToday - returned.count);
  }
  const dailyLeft = policy.dailyQuota === null ? Number.POSITIVE_INFINITY : Math.max(0, policy.dailyQuota - usedToday);
  const granted = Math.max(0, Math.min(Math.floor(want), Math.floor(tokens), dailyLeft));
  const settled: BucketState = { tokens: tokens - granted, updatedAtMs: nowMs, day, usedToday: usedToday + granted };
  const refusal = granted === 0 ? takeToken(settled, policy, nowMs).decision : null;
  return {
    lease: {
      granted,
      bucketTokens: settled.tokens,
      dailyRemaining: policy.dailyQuota === null ? null : Math.max(0, policy.dailyQuota - settled.usedToday),
      refusal,
      atMs: nowMs,
    },
    next: settled,
  };
}
