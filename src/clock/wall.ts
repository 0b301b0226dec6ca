/**
 * The wall clock: the only place in Coffer that reads the machine's time. Tenant state is
 * stamped by the tenant clock (`tenant-clock.ts`), which is the wall clock for live tenants;
 * these functions are for what is wall time by nature: socket heartbeats and lifetimes, webhook
 * signatures, D1 projection stamps, rate limits, control-plane records and retry backoff.
 */

/** Milliseconds since the epoch, now, on the wall clock. */
export function wallNowMs(): number {
  return Date.now();
}

/** The wall-clock instant now as ISO-8601 UTC. */
export function wallNowIso(): string {
  return new Date(wallNowMs()).toISOString();
}
