import { DurableObject } from "cloudflare:workers";
import { wallNowMs } from "../clock/wall";
import type { Env } from "../env";
import { takeToken, type BucketState, type RateLimitDecision, type RateLimitPolicy } from "./rate-limit";

const STATE_KEY = "bucket";

/**
 * One per tenant: the exact token bucket and daily counter of that tenant's requests. Kept
 * apart from the tenant object so reads never queue behind writes.
 */
export class RateLimiter extends DurableObject<Env> {
  /** Takes one request from the bucket under the given policy. */
  take(policy: RateLimitPolicy): RateLimitDecision {
    const state = this.ctx.storage.kv.get<BucketState>(STATE_KEY) ?? null;
    const { decision, next } = takeToken(state, policy, wallNowMs());
    this.ctx.storage.kv.put(STATE_KEY, next);
    return decision;
  }
}
