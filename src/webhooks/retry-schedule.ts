/**
 * When a failed delivery is tried again: exponential backoff in the manner of Standard Webhooks
 * and Svix (5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h, then 12 h steps), about 75 hours in all,
 * each delay with ±10 % jitter. 12 h is the longest delay a Cloudflare Queue accepts.
 */

/** Delay before retry n (index n-1), in seconds, before jitter. */
export const RETRY_DELAYS_SECONDS = [5, 300, 1_800, 7_200, 18_000, 36_000, 36_000, 43_200, 43_200, 43_200, 43_200] as const;

/** The platform's ceiling for `delaySeconds` on send and retry. */
export const MAX_QUEUE_DELAY_SECONDS = 43_200;

/** Attempts in one round: the first and one per scheduled retry. */
export const MAX_ATTEMPTS = RETRY_DELAYS_SECONDS.length + 1;

/** An endpoint whose attempts have failed without a success for this long is disabled. */
export const DISABLE_AFTER_FAILING_MS = 5 * 86_400_000;

/** A receiver that takes longer than this to answer has failed the attempt. */
export const ATTEMPT_TIMEOUT_MS = 15_000;

/**
 * Seconds to wait after the `failedAttempts`-th failed attempt of a round, or `null` when the
 * schedule is exhausted. A receiver's `Retry-After` lengthens (never shortens) the wait.
 */
export function retryDelaySeconds(failedAttempts: number, retryAfterSeconds: number | null = null, random: () => number = Math.random): number | null {
  const base = RETRY_DELAYS_SECONDS[failedAttempts - 1];
  if (base === undefined) return null;
  const jittered = Math.round(base * (0.9 + 0.2 * random()));
  const wanted = Math.max(jittered, retryAfterSeconds ?? 0, 1);
  return Math.min(wanted, MAX_QUEUE_DELAY_SECONDS);
}

/** Parses a `Retry-After` header (delta seconds or an HTTP date) into seconds from `nowMs`. */
export function parseRetryAfter(value: string | null, nowMs: number): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - nowMs) / 1000));
}
