import { DurableObject } from "cloudflare:workers";
import { wallNowMs } from "../clock/wall";
import type { Env } from "../env";
import { takeToken, type BucketState, type RateLimitDecision, type RateLimitPolicy } from "./rate-limit";
import { leaseTokens, type Lease, type ReturnedTokens } from "./rate-limit-lease";

const STATE_KEY = "bucket";

/**
 * One per tenant: the exact token bucket and daily counter of that tenant's requests. Kept
 * apart from the tenant object so reads never queue behind writes. Isolates lease tokens from it
 * (`lease`) and spend them locally; `take` takes a single token.
 */
export class RateLimiter extends DurableObject<Env> {
  /** Takes one request from the bucket under the given policy. */
  take(policy: RateLimitPolicy): RateLimitDecision {
    const state = this.ctx.storage.kv.get<BucketState>(STATE_KEY) ?? null;
    const { decision, next } = takeToken(state, policy, wallNowMs());
    this.ctx.storage.kv.put(STATE_KEY, next);
    return decision;
  }

  /** Grants up to `want` tokens after taking back an expired lease's unspent ones. */
  lease(policy: RateLimitPolicy, want: number, returned: ReturnedTokens | null): Lease {
    const state = this.ctx.storage.kv.get<BucketState>(STATE_KEY) ?? null;
    const { lease, next } = leaseTokens(state, policy, wallNowMs(), want, returned);
    this.ctx.storage.kv.put(STATE_KEY, next);
    return lease;
  }
}
