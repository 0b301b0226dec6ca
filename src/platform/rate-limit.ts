/** Token-bucket state of one tenant, kept by its rate-limiter object. */
export interface BucketState {
  tokens: number;
  updatedAtMs: number;
  day: string;
  usedToday: number;
}

export interface RateLimitPolicy {
  perSecond: number;
  burst: number;
  dailyQuota: number | null;
}

export interface RateLimitDecision {
  allowed: boolean;
  /** Which limit refused the request, when one did. */
  refusedBy: "burst" | "daily" | null;
  remaining: number;
  /** Seconds until the bucket is full again. */
  resetSeconds: number;
  retryAfterSeconds: number;
  dailyRemaining: number | null;
  dailyResetSeconds: number;
}

const DAY_MS = 86_400_000;

/**
 * Takes one request from a tenant's token bucket (refilled at `perSecond`, holding at most
 * `burst`) and its optional daily quota. Pure: returns the decision and the next state.
 * Token counts are request counts, not money, so plain numbers are right here.
 */
export function takeToken(
  state: BucketState | null,
  policy: RateLimitPolicy,
  nowMs: number,
): { decision: RateLimitDecision; next: BucketState } {
  const day = new Date(nowMs).toISOString().slice(0, 10);
  const startOfNextDay = Date.parse(`${day}T00:00:00.000Z`) + DAY_MS;
  const elapsedSeconds = state ? Math.max(0, nowMs - state.updatedAtMs) / 1000 : 0;
  const refilled = state ? Math.min(policy.burst, state.tokens + elapsedSeconds * policy.perSecond) : policy.burst;
  const usedToday = state && state.day === day ? state.usedToday : 0;
  const dailyResetSeconds = Math.ceil((startOfNextDay - nowMs) / 1000);

  const overDaily = policy.dailyQuota !== null && usedToday >= policy.dailyQuota;
  const overBurst = refilled < 1;
  const allowed = !overDaily && !overBurst;
  const tokens = allowed ? refilled - 1 : refilled;
  const used = allowed ? usedToday + 1 : usedToday;
  const retryAfterSeconds = overDaily
    ? dailyResetSeconds
    : overBurst
      ? Math.max(1, Math.ceil((1 - refilled) / policy.perSecond))
      : 0;

  return {
    decision: {
      allowed,
      refusedBy: overDaily ? "daily" : overBurst ? "burst" : null,
      remaining: Math.floor(tokens),
      resetSeconds: Math.ceil((policy.burst - tokens) / policy.perSecond),
      retryAfterSeconds,
      dailyRemaining: policy.dailyQuota === null ? null : Math.max(0, policy.dailyQuota - used),
      dailyResetSeconds,
    },
    next: { tokens, updatedAtMs: nowMs, day, usedToday: used },
  };
}

/** IETF `RateLimit-Policy` and `RateLimit` header values for a decision. */
export function rateLimitHeaders(policy: RateLimitPolicy, decision: RateLimitDecision): Record<string, string> {
  const window = Math.max(1, Math.ceil(policy.burst / policy.perSecond));
  const policies = [`"burst";q=${policy.burst};w=${window}`];
  const limits = [`"burst";r=${decision.remaining};t=${decision.resetSeconds}`];
  if (policy.dailyQuota !== null && decision.dailyRemaining !== null) {
    policies.push(`"daily";q=${policy.dailyQuota};w=86400`);
    limits.push(`"daily";r=${decision.dailyRemaining};t=${decision.dailyResetSeconds}`);
  }
  return { "ratelimit-policy": policies.join(", "), ratelimit: limits.join(", ") };
}
