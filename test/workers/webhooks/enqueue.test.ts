import { env, evictDurableObject } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createInvestor } from "../../helpers/investors";
import { newTenant } from "../../helpers/tenant";
import { capturedQueue, createWebhook, deliveries, RECEIVER, runJobNow, tenantSql, useQueue, verify, type Received } from "../../helpers/webhooks";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("from commit to the queue", () => {
  it("loses no delivery when the queue refuses and the object restarts between commit and enqueue", async () => {
    const t = await newTenant();
    const outage = capturedQueue();
    outage.failing = true;
    await useQueue(t, outage);
    const { body: webhook } = await createWebhook(t);

    // The write stands and is answered although the queue is down.
    const { res, body: investor } = await createInvestor(t);
    expect(res.status).toBe(201);
    expect(outage.sent).toEqual([]);
    const [pending] = await tenantSql<{ delivery_id: string; round: number }>(t, "SELECT delivery_id, round FROM webhook_sends");
    expect(pending).toMatchObject({ round: 1 });
    expect(await tenantSql(t, "SELECT kind FROM jobs WHERE kind = 'webhooks.send'")).toEqual([{ kind: "webhooks.send" }]);
    // The delivery is already committed and visible.
    expect(await deliveries(t, webhook.webhook_id)).toEqual([expect.objectContaining({ delivery_id: pending!.delivery_id, status: "pending", attempt_count: 0 })]);

    // A new instance of the object (nothing kept in memory) with the working queue binding: as it
    // starts it makes the hand-over due at once, and the queue's consumer delivers.
    const received: Received[] = [];
    const realFetch = globalThis.fetch;
    vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (!url.startsWith(RECEIVER)) return realFetch(input, init);
      received.push({ url, headers: Object.fromEntries(new Headers(init?.headers).entries()), body: String(init?.body) });
      return new Response(null, { status: 204 });
    });
    await evictDurableObject(env.TENANT.getByName(t.id));
    expect(await env.TENANT.getByName(t.id).headSeq()).toBe(1);
    for (let i = 0; i < 100 && received.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(received).toHaveLength(1);
    expect(verify(webhook.secret, received[0]!)).toMatchObject({ type: "investor_created", payload: { investor_id: investor.investor_id } });
    expect(await tenantSql(t, "SELECT * FROM webhook_sends")).toEqual([]);
    expect(await tenantSql(t, "SELECT kind FROM jobs WHERE kind = 'webhooks.send'")).toEqual([]);
  });

  it("keeps retrying from the alarm while the queue stays down, and the next commit sends the backlog", async () => {
    const t = await newTenant();
    const queue = capturedQueue();
    queue.failing = true;
    await useQueue(t, queue);
    await createWebhook(t);
    await createInvestor(t);
    await runJobNow(t, "webhooks.send");
    const [job] = await tenantSql<{ attempts: number; due_at: number }>(t, "SELECT attempts, due_at FROM jobs WHERE kind = 'webhooks.send'");
    expect(job!.attempts).toBe(1);
    expect(job!.due_at).toBeGreaterThan(Date.now());

    queue.failing = false;
    await createInvestor(t);
    expect(queue.take().map((m) => m.round)).toEqual([1, 1]);
    expect(await tenantSql(t, "SELECT * FROM webhook_sends")).toEqual([]);
  });

  it("delivers through the real queue binding to this Worker's queue() consumer", async () => {
    const received: Received[] = [];
    const realFetch = globalThis.fetch;
    vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (!url.startsWith("https://queue-receiver.example.com/")) return realFetch(input, init);
      received.push({ url, headers: Object.fromEntries(new Headers(init?.headers).entries()), body: String(init?.body) });
      return new Response(null, { status: 204 });
    });
    const t = await newTenant();
    const { body: webhook } = await createWebhook(t, { url: "https://queue-receiver.example.com/in" });
    await createInvestor(t);
    for (let i = 0; i < 100 && received.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(received).toHaveLength(1);
    expect(verify(webhook.secret, received[0]!)).toMatchObject({ type: "investor_created", seq: 1 });
    for (let i = 0; i < 50; i++) {
      const [delivery] = await deliveries(t, webhook.webhook_id);
      if (delivery?.status === "succeeded") break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await deliveries(t, webhook.webhook_id)).toEqual([expect.objectContaining({ status: "succeeded", last_status_code: 204 })]);
  });
});
