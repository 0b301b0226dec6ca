import { describe, expect, it } from "vitest";
import { createInvestor } from "../../helpers/investors";
import { expectProblem } from "../../helpers/problem";
import { newTenant } from "../../helpers/tenant";
import { capturedQueue, consume, createWebhook, deliveries, receiver, tenantSql, useQueue, verify } from "../../helpers/webhooks";

async function setup(fields: Record<string, unknown> = {}) {
  const t = await newTenant();
  const queue = capturedQueue();
  await useQueue(t, queue);
  const { body: webhook } = await createWebhook(t, fields);
  return { t, queue, webhook };
}

describe("delivery", () => {
  it("POSTs every event with the full resource, signed per Standard Webhooks (verified by the standardwebhooks package)", async () => {
    const { t, queue, webhook } = await setup();
    const { body: investor } = await createInvestor(t);
    const messages = queue.take();
    expect(messages).toEqual([{ tenant_id: t.id, delivery_id: expect.stringMatching(/^whd-/), round: 1 }]);

    const rx = receiver(204);
    const result = await consume(messages, rx.fetch);
    expect(result.retryMessages).toEqual([]);
    expect(result.explicitAcks).toHaveLength(1);
    expect(rx.received).toHaveLength(1);
    const req = rx.received[0]!;
    expect(req.url).toBe(webhook.url);
    expect(req.headers["content-type"]).toBe("application/json");
    const body = verify(webhook.secret, req);
    expect(Object.keys(body).sort()).toEqual(["ch", "id", "payload", "seq", "ts", "type"]);
    expect(body).toMatchObject({ type: "investor_created", ch: "investors", seq: 1, payload: { ...investor, bank_accounts: [] } });
    expect(req.headers["webhook-id"]).toBe(body.id);
    expect(Number(req.headers["webhook-timestamp"])).toBeCloseTo(Date.now() / 1000, -1);
    expect(req.headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);

    // The same event on the activity feed carries the same id, seq and payload.
    const feed = (await (await t.fetch("/tenant/activity/v1?after_seq=0")).json()) as { events: Array<Record<string, unknown>> };
    expect(feed.events[0]).toMatchObject({ id: body.id, seq: 1, type: "investor_created" });

    const [delivery] = await deliveries(t, webhook.webhook_id);
    expect(delivery).toMatchObject({
      delivery_id: messages[0]!.delivery_id,
      webhook_id: webhook.webhook_id,
      event_id: body.id,
      event_seq: 1,
      event_type: "investor_created",
      ch: "investors",
      trigger: "event",
      status: "succeeded",
      attempt_count: 1,
      last_status_code: 204,
      next_attempt_at: null,
      failure_reason: null,
      attempts: [{ attempted_at: expect.any(String), status_code: 204, latency_ms: expect.any(Number), error: null, outcome: "succeeded", next_attempt_at: null }],
    });
  });

  it("retries after a 500 with the first backoff step (about 5 s), then succeeds with the same webhook-id", async () => {
    const { t, queue, webhook } = await setup();
    await createInvestor(t);
    const messages = queue.take();
    const rx = receiver(500, 200);

    const first = await consume(messages, rx.fetch);
    expect(first.explicitAcks).toEqual([]);
    expect(first.retryMessages).toHaveLength(1);
    expect(first.retryMessages[0]!.delaySeconds).toBeGreaterThanOrEqual(4);
    expect(first.retryMessages[0]!.delaySeconds).toBeLessThanOrEqual(6);
    const [pending] = await deliveries(t, webhook.webhook_id);
    expect(pending).toMatchObject({ status: "pending", attempt_count: 1, last_status_code: 500, next_attempt_at: expect.any(String) });
    expect(pending!.attempts).toEqual([expect.objectContaining({ status_code: 500, outcome: "retrying", next_attempt_at: pending!.next_attempt_at })]);

    // The platform redelivers the same message after the delay.
    const second = await consume(messages, rx.fetch, { attempts: 2 });
    expect(second.retryMessages).toEqual([]);
    expect(second.explicitAcks).toHaveLength(1);
    expect(rx.received).toHaveLength(2);
    expect(rx.received[1]!.headers["webhook-id"]).toBe(rx.received[0]!.headers["webhook-id"]);
    expect(verify(webhook.secret, rx.received[1]!)).toEqual(verify(webhook.secret, rx.received[0]!));
    const [done] = await deliveries(t, webhook.webhook_id);
    expect(done).toMatchObject({ status: "succeeded", attempt_count: 2, last_status_code: 200 });
    expect(done!.attempts.map((a) => [a.status_code, a.outcome])).toEqual([[500, "retrying"], [200, "succeeded"]]);
    // A success makes the endpoint healthy again.
    expect(await tenantSql(t, "SELECT * FROM webhook_health")).toEqual([]);
  });

  it.each([
    ["a 302 (redirects are not followed)", () => receiver(302).fetch, 302, null],
    ["a network error", () => (async () => { throw new TypeError("connection refused"); }) as typeof fetch, null, "request failed: connection refused"],
  ])("retries after %s", async (_label, make, status, error) => {
    const { t, queue, webhook } = await setup();
    await createInvestor(t);
    const result = await consume(queue.take(), make());
    expect(result.retryMessages).toHaveLength(1);
    const [delivery] = await deliveries(t, webhook.webhook_id);
    expect(delivery!.attempts[0]).toMatchObject({ status_code: status, error, outcome: "retrying" });
  });

  it("gives up on a receiver that does not answer within the timeout and retries", async () => {
    const { t, queue, webhook } = await setup();
    await createInvestor(t);
    const hanging = ((_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener("abort", () => reject(init.signal!.reason)))) as typeof fetch;
    const result = await consume(queue.take(), hanging, { timeoutMs: 50 });
    expect(result.retryMessages).toHaveLength(1);
    const [delivery] = await deliveries(t, webhook.webhook_id);
    expect(delivery!.attempts[0]).toMatchObject({ status_code: null, error: "no answer within 50 ms", outcome: "retrying" });
  });

  it("waits at least as long as a receiver's Retry-After", async () => {
    const { t, queue } = await setup();
    await createInvestor(t);
    const result = await consume(queue.take(), receiver(() => new Response("slow down", { status: 429, headers: { "retry-after": "600" } })).fetch);
    expect(result.retryMessages[0]!.delaySeconds).toBe(600);
  });

  it("disables the endpoint on 410, says so on the notifications channel, and sends nothing more", async () => {
    const { t, queue, webhook } = await setup();
    const other = (await createWebhook(t, { channels: ["notifications"] })).body;
    await createInvestor(t);
    await createInvestor(t);
    const [first, second] = queue.take();
    const rx = receiver(410);
    const result = await consume([first!], rx.fetch);
    expect(result.retryMessages).toEqual([]);

    const fetched = (await (await t.fetch(`/tenant/webhooks/v1/${webhook.webhook_id}`)).json()) as Record<string, unknown>;
    expect(fetched).toMatchObject({ enabled: false, disabled_reason: "gone", disabled_at: expect.any(String), reference_version: 2 });
    const feed = (await (await t.fetch("/tenant/activity/v1?after_seq=0")).json()) as { events: Array<Record<string, unknown>> };
    const notice = feed.events.find((e) => e.type === "webhook_disabled");
    expect(notice).toMatchObject({ ch: "notifications", payload: fetched });
    // The other endpoint (listening on notifications) gets the notice as a delivery.
    const followUps = queue.take();
    expect(followUps).toHaveLength(1);
    const rxOther = receiver(200);
    await consume(followUps, rxOther.fetch);
    expect(verify(other.secret, rxOther.received[0]!)).toMatchObject({ type: "webhook_disabled", payload: { webhook_id: webhook.webhook_id } });

    // A delivery already on the queue for the disabled endpoint is not sent, but stays visible as failed.
    const late = await consume([second!], rx.fetch);
    expect(late.explicitAcks).toHaveLength(1);
    expect(rx.received).toHaveLength(1);
    const list = await deliveries(t, webhook.webhook_id, "?sort=asc");
    expect(list.map((d) => [d.status, d.failure_reason])).toEqual([
      ["failed", expect.stringContaining("410")],
      ["failed", "the webhook is disabled"],
    ]);
    // New events create no deliveries for the disabled endpoint (nor, here, for the other one).
    await createInvestor(t);
    expect(queue.take()).toEqual([]);
    expect(await deliveries(t, webhook.webhook_id)).toHaveLength(2);
  });

  it("disables an endpoint that has failed every attempt for 5 days", async () => {
    const { t, queue, webhook } = await setup();
    await createInvestor(t);
    const messages = queue.take();
    await consume(messages, receiver(500).fetch);
    await tenantSql(t, "UPDATE webhook_health SET failing_since = ?", Date.now() - 5 * 86_400_000 - 60_000);
    const result = await consume(messages, receiver(503).fetch, { attempts: 2 });
    expect(result.retryMessages).toEqual([]);
    expect(await (await t.fetch(`/tenant/webhooks/v1/${webhook.webhook_id}`)).json()).toMatchObject({ enabled: false, disabled_reason: "failing" });
    const [delivery] = await deliveries(t, webhook.webhook_id);
    expect(delivery).toMatchObject({ status: "failed", failure_reason: expect.stringContaining("5 days") });
    const feed = (await (await t.fetch("/tenant/activity/v1?after_seq=0")).json()) as { events: Array<{ type: string; ch: string }> };
    expect(feed.events.filter((e) => e.type === "webhook_disabled")).toEqual([expect.objectContaining({ ch: "notifications" })]);
  });

  it("follows the schedule for about three days, then marks the delivery failed, visible and resendable", async () => {
    const { t, queue, webhook } = await setup();
    await createInvestor(t);
    const messages = queue.take();
    const rx = receiver(500);
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 12; attempt++) {
      const result = await consume(messages, rx.fetch, { attempts: attempt });
      if (result.retryMessages[0]) delays.push(result.retryMessages[0].delaySeconds!);
      else expect(result.explicitAcks).toHaveLength(1);
    }
    const schedule = [5, 300, 1800, 7200, 18000, 36000, 36000, 43200, 43200, 43200, 43200];
    expect(delays).toHaveLength(schedule.length);
    delays.forEach((d, i) => {
      expect(d).toBeGreaterThanOrEqual(Math.floor(schedule[i]! * 0.9));
      expect(d).toBeLessThanOrEqual(Math.min(43200, Math.ceil(schedule[i]! * 1.1)));
    });
    const total = delays.reduce((a, b) => a + b, 0) / 3600;
    expect(total).toBeGreaterThan(60);
    expect(total).toBeLessThan(84);

    const [failed] = await deliveries(t, webhook.webhook_id, "?status=failed");
    expect(failed).toMatchObject({ status: "failed", attempt_count: 12, failure_reason: "every scheduled attempt failed", next_attempt_at: null });
    expect(await deliveries(t, webhook.webhook_id, "?status=pending")).toEqual([]);

    const resend = await t.fetch(`/tenant/webhooks/v1/${webhook.webhook_id}/deliveries/${failed!.delivery_id}/resend`, { method: "POST" });
    expect(resend.status).toBe(202);
    expect(await resend.json()).toMatchObject({ delivery_id: failed!.delivery_id, status: "pending", failure_reason: null, attempt_count: 12 });
    const again = queue.take();
    expect(again).toEqual([{ tenant_id: t.id, delivery_id: failed!.delivery_id, round: 2 }]);
    // A late message of the finished round is ignored.
    const stale = await consume(messages, rx.fetch, { attempts: 13 });
    expect(stale.explicitAcks).toHaveLength(1);
    expect(rx.received).toHaveLength(12);

    const ok = receiver(200);
    await consume(again, ok.fetch);
    expect(ok.received[0]!.headers["webhook-id"]).toBe(rx.received[0]!.headers["webhook-id"]);
    expect(await deliveries(t, webhook.webhook_id)).toEqual([expect.objectContaining({ status: "succeeded", attempt_count: 13 })]);
  });

  it("resends a pending delivery at once, ignoring its earlier round's message", async () => {
    const { t, queue, webhook } = await setup();
    await createInvestor(t);
    const [original] = queue.take();
    await consume([original!], receiver(500).fetch);
    const res = await t.fetch(`/tenant/webhooks/v1/${webhook.webhook_id}/deliveries/${original!.delivery_id}/resend`, { method: "POST" });
    expect(res.status).toBe(202);
    const [fresh] = queue.take();
    expect(fresh).toEqual({ ...original, round: 2 });
    const rx = receiver(200);
    const stale = await consume([original!], rx.fetch, { attempts: 2 });
    expect(stale.explicitAcks).toHaveLength(1);
    expect(rx.received).toEqual([]);
    await consume([fresh!], rx.fetch);
    expect(rx.received).toHaveLength(1);
    expect(await deliveries(t, webhook.webhook_id)).toEqual([expect.objectContaining({ status: "succeeded", attempt_count: 2 })]);
  });

  it("refuses to resend an unknown delivery, one of a disabled endpoint, or one whose event is gone", async () => {
    const { t, queue, webhook } = await setup();
    await createInvestor(t);
    const [message] = queue.take();
    await consume([message!], receiver(200).fetch);
    const resend = (id: string) => t.fetch(`/tenant/webhooks/v1/${webhook.webhook_id}/deliveries/${id}/resend`, { method: "POST" });
    const unknown = await expectProblem(await resend("whd-unknown"), 404, "resource_not_found");
    expect(unknown.errors).toEqual([{ field: "delivery_id", message: expect.any(String) }]);
    const other = (await createWebhook(t)).body;
    const elsewhere = await t.fetch(`/tenant/webhooks/v1/${other.webhook_id}/deliveries/${message!.delivery_id}/resend`, { method: "POST" });
    await expectProblem(elsewhere, 404, "resource_not_found");

    await tenantSql(t, "DELETE FROM events WHERE seq = 1");
    const gone = await expectProblem(await resend(message!.delivery_id), 409, "state_conflict");
    expect(gone.detail).toContain("no longer retained");
    await t.fetch(`/tenant/webhooks/v1/${webhook.webhook_id}`, { method: "PATCH", json: { reference_version: 1, enabled: false } });
    const disabled = await expectProblem(await resend(message!.delivery_id), 409, "state_conflict");
    expect(disabled.detail).toContain("disabled");
    expect(queue.take()).toEqual([]);
  });

  it("delivers only what an endpoint's event_types and channels let through", async () => {
    const t = await newTenant();
    const queue = capturedQueue();
    await useQueue(t, queue);
    const updatesOnly = (await createWebhook(t, { event_types: ["investor_updated"] })).body;
    const payments = (await createWebhook(t, { channels: ["payments"] })).body;
    const everything = (await createWebhook(t)).body;
    const { body: investor } = await createInvestor(t);
    await t.fetch(`/tenant/investors/v1/${investor.investor_id}`, { method: "PATCH", json: { reference_version: 1, email: "ada@example.com" } });
    const owners = async (id: string) => (await deliveries(t, id)).map((d) => d.event_type).sort();
    expect(await owners(updatesOnly.webhook_id)).toEqual(["investor_updated"]);
    expect(await owners(payments.webhook_id)).toEqual([]);
    expect(await owners(everything.webhook_id)).toEqual(["investor_created", "investor_updated"]);
    expect(queue.take()).toHaveLength(3);
  });

  it("marks a dead-lettered delivery failed, and drops malformed messages", async () => {
    const { t, queue, webhook } = await setup();
    await createInvestor(t);
    const rx = receiver(200);
    const dead = await consume(queue.take(), rx.fetch, { queue: "coffer-webhooks-dlq" });
    expect(dead.explicitAcks).toHaveLength(1);
    expect(rx.received).toEqual([]);
    expect(await deliveries(t, webhook.webhook_id)).toEqual([expect.objectContaining({ status: "failed", failure_reason: expect.stringContaining("dead-lettered") })]);

    const junk = await consume([{ nonsense: true } as never], rx.fetch);
    expect(junk.explicitAcks).toHaveLength(1);
    expect(rx.received).toEqual([]);
  });

  it("removes an endpoint's deliveries with it; their queued messages send nothing", async () => {
    const { t, queue, webhook } = await setup();
    await createInvestor(t);
    const messages = queue.take();
    await t.fetch(`/tenant/webhooks/v1/${webhook.webhook_id}`, { method: "DELETE" });
    const rx = receiver(200);
    const result = await consume(messages, rx.fetch);
    expect(result.explicitAcks).toHaveLength(1);
    expect(rx.received).toEqual([]);
    expect(await tenantSql(t, "SELECT count(*) AS n FROM entities WHERE kind = 'webhook_delivery'")).toEqual([{ n: 0 }]);
  });
});
