import { createExecutionContext, createMessageBatch, env, getQueueResult, runDurableObjectAlarm, runInDurableObject, type QueueResult } from "cloudflare:test";
import { Webhook } from "standardwebhooks";
import { expect } from "vitest";
import type { TenantObject } from "../../src/tenant/tenant-object";
import { consumeWebhookBatch } from "../../src/webhooks/consumer";
import type { WebhookMessage, WebhookProducer } from "../../src/webhooks/dispatcher";
import type { TestTenant } from "./tenant";

export const RECEIVER = "https://receiver.example.com/hooks";

/** A webhook created through the API; `secret` is the one shown at creation. */
export interface TestWebhook {
  webhook_id: string;
  secret: string;
  reference_version: number;
  [field: string]: unknown;
}

export async function createWebhook(t: TestTenant, fields: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const res = await t.fetch("/tenant/webhooks/v1", { method: "POST", headers, json: { url: RECEIVER, ...fields } });
  return { res, body: (await res.json()) as TestWebhook };
}

/**
 * A stand-in for the tenant object's queue producer: records what the object puts on the queue,
 * or refuses while `failing` is set (a queue outage).
 */
export interface CapturedQueue {
  sent: WebhookMessage[];
  failing: boolean;
  /** Takes (and forgets) everything sent so far. */
  take(): WebhookMessage[];
}

export function capturedQueue(): CapturedQueue & { producer: WebhookProducer } {
  const queue = {
    sent: [] as WebhookMessage[],
    failing: false,
    take() {
      return queue.sent.splice(0, queue.sent.length);
    },
    producer: {
      async sendBatch(messages: Iterable<MessageSendRequest<WebhookMessage>>): Promise<QueueSendBatchResponse> {
        if (queue.failing) throw new Error("Queue send failed: service unavailable");
        for (const m of messages) queue.sent.push(m.body);
        return { metadata: { metrics: { backlogCount: queue.sent.length, backlogBytes: 0 } } };
      },
    } satisfies WebhookProducer,
  };
  return queue;
}

/** Points the tenant object's producer at `queue` (call before the first write of the test). */
export async function useQueue(t: TestTenant, queue: { producer: WebhookProducer }): Promise<void> {
  await runInDurableObject(env.TENANT.getByName(t.id), (instance: TenantObject) => {
    instance.webhooks.producer = queue.producer;
  });
}

/** One request as a receiver saw it. */
export interface Received {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** A receiver answering with the given statuses in turn (the last one repeats); records requests. */
export function receiver(...statuses: Array<number | ((req: Received) => Response | Promise<Response>)>) {
  const received: Received[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const req: Received = {
      url: String(input),
      headers: Object.fromEntries(new Headers(init?.headers).entries()),
      body: String(init?.body ?? ""),
    };
    received.push(req);
    const answer = statuses[Math.min(received.length - 1, statuses.length - 1)] ?? 200;
    if (typeof answer === "function") return answer(req);
    return new Response([204, 205, 304].includes(answer) ? null : "ok", { status: answer });
  }) as typeof fetch;
  return { received, fetch: fetchImpl };
}

/**
 * Runs the queue consumer on `messages` (as the platform would deliver them) and returns the
 * ack/retry state. `getQueueResult` does not report per-message retry delays, so they are
 * recorded here from each message's `retry()` call.
 */
export async function consume(
  messages: WebhookMessage[],
  fetchImpl: typeof fetch,
  options: { attempts?: number; queue?: string; timeoutMs?: number } = {},
): Promise<QueueResult> {
  const batch = createMessageBatch<unknown>(
    options.queue ?? "coffer-webhooks",
    messages.map((body, i) => ({ id: `msg-${i}-${crypto.randomUUID()}`, timestamp: Date.now(), attempts: options.attempts ?? 1, body })),
  );
  const delays = new Map<string, number | undefined>();
  for (const message of batch.messages) {
    const retry = message.retry.bind(message);
    Object.defineProperty(message, "retry", {
      value: (retryOptions?: QueueRetryOptions) => {
        delays.set(message.id, retryOptions?.delaySeconds);
        retry(retryOptions);
      },
    });
  }
  const ctx = createExecutionContext();
  await consumeWebhookBatch(batch, env, { fetch: fetchImpl, timeoutMs: options.timeoutMs ?? 15_000 });
  const result = await getQueueResult(batch, ctx);
  return { ...result, retryMessages: result.retryMessages.map((r) => ({ msgId: r.msgId, delaySeconds: delays.get(r.msgId) })) };
}

/** Verifies a received delivery with the Standard Webhooks reference library; returns the parsed body. */
export function verify(secret: string, req: Received): Record<string, unknown> {
  return new Webhook(secret).verify(req.body, req.headers) as Record<string, unknown>;
}

/** Expects verification with `secret` to fail. */
export function expectUnverified(secret: string, req: Received): void {
  expect(() => new Webhook(secret).verify(req.body, req.headers)).toThrow();
}

/** The deliveries list of a webhook (from D1). */
export async function deliveries(t: TestTenant, webhookId: string, query = "") {
  const res = await t.fetch(`/tenant/webhooks/v1/${webhookId}/deliveries${query}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return ((await res.json()) as { deliveries: Array<Record<string, unknown> & { delivery_id: string; status: string; attempts: Array<Record<string, unknown>> }> }).deliveries;
}

/** Makes the jobs of `kind` due now and runs the tenant object's alarm once. */
export async function runJobNow(t: TestTenant, kind: string): Promise<void> {
  const stub = env.TENANT.getByName(t.id);
  await runInDurableObject(stub, (_o, state) => state.storage.sql.exec("UPDATE jobs SET due_at = 0 WHERE kind = ?", kind));
  await runDurableObjectAlarm(stub);
}

/** Runs SQL inside the tenant object (for setting up clocks in tests). */
export function tenantSql<T extends Record<string, SqlStorageValue>>(t: TestTenant, query: string, ...bindings: SqlStorageValue[]): Promise<T[]> {
  return runInDurableObject(env.TENANT.getByName(t.id), (_o, state) => state.storage.sql.exec<T>(query, ...bindings).toArray());
}
