import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./app-env";
import { ApiError } from "./errors/api-error";
import { rateLimitHeaders, type RateLimitPolicy } from "./rate-limit";
import { LocalRateLimits } from "./rate-limit-local";
import { setResponseHeaders } from "./response-headers";

/** This isolate's leases from the tenants' limiter objects. */
const local = new LocalRateLimits();

/**
 * Applies the tenant's rate limits; every tenant response carries the RateLimit headers. Tokens
 * come from this isolate's lease when it has one, else from the tenant's limiter object.
 */
export const rateLimit: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { config, id } = c.get("tenant");
  const policy: RateLimitPolicy = {
    perSecond: config.rate_limit_per_second,
    burst: config.rate_limit_burst,
    dailyQuota: config.daily_quota,
  };
  const decision = await local.take(id, policy, (p, want, returned) => c.env.RATE_LIMITER.getByName(id).lease(p, want, returned));
  const headers = rateLimitHeaders(policy, decision);
  if (!decision.allowed) {
    const daily = decision.refusedBy === "daily";
    throw new ApiError(
      daily ? "quota_exceeded" : "rate_limited",
      daily
        ? `The daily quota of ${policy.dailyQuota} requests is used up`
        : `More than ${policy.perSecond} requests/s (burst ${policy.burst}); retry after ${decision.retryAfterSeconds}s`,
      { headers: { ...headers, "retry-after": String(decision.retryAfterSeconds) } },
    );
  }
  await next();
  setResponseHeaders(c, headers);
};
