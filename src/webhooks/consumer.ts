import { z } from "zod";
import { wallNowMs } from "../clock/wall";
import type { Env } from "../env";
import type { WebhookAttempt } from "./attempts";
import type { WebhookMessage } from "./dispatcher";
import { ATTEMPT_TIMEOUT_MS, parseRetryAfter } from "./retry-schedule";

/** The dead-letter queue of the webhook queue (wrangler.toml `dead_letter_queue`). */
export const WEBHOOK_DEAD_LETTER_QUEUE = "coffer-webhooks-dlq";
/** When the tenant object cannot be reached, the message comes back after this long. */
const UNREACHABLE_RETRY_SECONDS = 30;

const QueueBody = z.object({ tenant_id: z.string().min(1).max(64), delivery_id: z.string().min(1).max(64), round: z.number().int().min(1) });

/** How the consumer reaches receivers; tests pass their own. */
export interface ConsumerOptions {
  fetch: typeof fetch;
  timeoutMs: number;
}

const DEFAULTS: ConsumerOptions = { fetch: (input, init) => fetch(input, init), timeoutMs: ATTEMPT_TIMEOUT_MS };

function describeError(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) return `no answer within ${timeoutMs} ms`;
  const text = error instanceof Error ? error.message : String(error);
  return `request failed: ${text}`.slice(0, 500);
}

/** POSTs one signed delivery and measures it. Redirects are not followed (a 3xx is a failure). */
async function attempt(delivery: { url: string; headers: Record<string, string>; body: string }, options: ConsumerOptions) {
  const started = wallNowMs();
  try {
    const res = await options.fetch(delivery.url, {
      method: "POST",
      headers: delivery.headers,
      body: delivery.body,
      redirect: "manual",
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    // The body is not used; read (and drop) it so the connection is released.
    await res.arrayBuffer().catch(() => undefined);
    return { status_code: res.status, error: null, retry_after: res.headers.get("retry-after"), latency_ms: wallNowMs() - started };
  } catch (error) {
    return { status_code: null, error: describeError(error, options.timeoutMs), retry_after: null, latency_ms: wallNowMs() - started };
  }
}

async function deliver(message: Message<unknown>, body: WebhookMessage, env: Env, options: ConsumerOptions): Promise<void> {
  const tenant = env.TENANT.getByName(body.tenant_id);
  const signed = await tenant.webhookDelivery(body.delivery_id, body.round);
  if (!signed) {
    message.ack();
    return;
  }
  const attemptedAt = wallNowMs();
  const result = await attempt(signed, options);
  const report: WebhookAttempt = {
    delivery_id: body.delivery_id,
    round: body.round,
    attempted_at_ms: attemptedAt,
    status_code: result.status_code,
    latency_ms: result.latency_ms,
    error: result.error,
    retry_after_seconds: parseRetryAfter(result.retry_after, wallNowMs()),
  };
  const verdict = await tenant.recordWebhookAttempt(report);
  if (verdict.retry_in_seconds === null) message.ack();
  else message.retry({ delaySeconds: verdict.retry_in_seconds });
}

/**
 * The Worker's `queue()` handler for webhook deliveries. Each message names one delivery round;
 * the tenant object signs it, the consumer POSTs it, the object records the attempt and answers
 * whether (and when) to try again, which becomes the message's retry delay. Messages that the
 * platform dead-letters (the consumer itself kept failing) mark their delivery failed.
 */
export async function consumeWebhookBatch(batch: MessageBatch<unknown>, env: Env, options: ConsumerOptions = DEFAULTS): Promise<void> {
  const deadLetters = batch.queue === WEBHOOK_DEAD_LETTER_QUEUE;
  await Promise.all(
    batch.messages.map(async (message) => {
      const parsed = QueueBody.safeParse(message.body);
      if (!parsed.success) {
        console.error(`dropping malformed webhook message ${message.id}`);
        message.ack();
        return;
      }
      const body = parsed.data;
      try {
        if (deadLetters) {
          await env.TENANT.getByName(body.tenant_id).abandonWebhookDelivery(body.delivery_id, body.round, "the delivery could not be attempted (dead-lettered)");
          message.ack();
        } else {
          await deliver(message, body, env, options);
        }
      } catch (error) {
        console.error(`webhook delivery ${body.delivery_id} could not be processed; retrying`, error);
        message.retry({ delaySeconds: UNREACHABLE_RETRY_SECONDS });
      }
    }),
  );
}
