import { describe, expect, it } from "vitest";
import { createInvestor } from "../../helpers/investors";
import { expectProblem, expectValidation } from "../../helpers/problem";
import { newTenant } from "../../helpers/tenant";
import { capturedQueue, consume, createWebhook, deliveries, receiver, tenantSql, useQueue, verify } from "../../helpers/webhooks";

async function setup(events: number, fields: Record<string, unknown> = {}) {
  const t = await newTenant();
  const queue = capturedQueue();
  await useQueue(t, queue);
  for (let i = 0; i < events; i++) await createInvestor(t);
  const { body: webhook } = await createWebhook(t, fields);
  const replay = (body: unknown, headers: Record<string, string> = {}) =>
    t.fetch(`/tenant/webhooks/v1/${webhook.webhook_id}/replay`, { method: "POST", headers, json: body });
  return { t, queue, webhook, replay };
}

describe("POST /tenant/webhooks/v1/{webhook_id}/replay", () => {
  it("re-delivers a range of past events, each with its original id, seq and payload", async () => {
    const { t, queue, webhook, replay } = await setup(4);
    const res = await replay({ from_seq: 2, to_seq: 3 });
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ webhook_id: webhook.webhook_id, from_seq: 2, to_seq: 3, deliveries_created: 2 });
    const messages = queue.take();
    expect(messages).toHaveLength(2);

    const rx = receiver(200);
    await consume(messages, rx.fetch);
    const bodies = rx.received.map((r) => verify(webhook.secret, r)).sort((a, b) => Number(a.seq) - Number(b.seq));
    const feed = (await (await t.fetch("/tenant/activity/v1?after_seq=1&limit=2")).json()) as { events: Array<Record<string, unknown>> };
    expect(bodies.map((b) => [b.seq, b.id, b.type])).toEqual(feed.events.map((e) => [e.seq, e.id, e.type]));
    expect(bodies[0]!.payload).toEqual(feed.events[0]!.payload);
    expect(rx.received.map((r) => r.headers["webhook-id"]).sort()).toEqual(feed.events.map((e) => e.id).sort());

    const list = (await deliveries(t, webhook.webhook_id)).sort((a, b) => Number(a.event_seq) - Number(b.event_seq));
    expect(list.map((d) => [d.event_seq, d.trigger, d.status])).toEqual([[2, "replay", "succeeded"], [3, "replay", "succeeded"]]);
  });

  it("defaults to_seq to the last event and applies the endpoint's filters", async () => {
    const { t, queue, webhook, replay } = await setup(3, { event_types: ["investor_created"] });
    const { body: investor } = await createInvestor(t);
    await t.fetch(`/tenant/investors/v1/${investor.investor_id}`, { method: "PATCH", json: { reference_version: 1, email: "x@example.com" } });
    queue.take();
    const res = await replay({ from_seq: 3 });
    // Events 3, 4 (created) and 5 (updated, filtered out).
    expect(await res.json()).toEqual({ webhook_id: webhook.webhook_id, from_seq: 3, to_seq: 5, deliveries_created: 2 });
    expect(queue.take()).toHaveLength(2);
  });

  it.each([
    [{}, ["from_seq"]],
    [{ from_seq: 0 }, ["from_seq"]],
    [{ from_seq: "1" }, ["from_seq"]],
    [{ from_seq: 3, to_seq: 2 }, ["to_seq"]],
    [{ from_seq: 1, to_seq: 1001 }, ["to_seq"]],
    [{ from_seq: 1, to_seq: 4 }, ["to_seq"]],
    [{ from_seq: 4 }, ["from_seq"]],
  ])("refuses %j naming the field, and creates nothing", async (body, named) => {
    const { t, queue, webhook, replay } = await setup(3);
    await expectValidation(await replay(body), named);
    expect(queue.take()).toEqual([]);
    expect(await deliveries(t, webhook.webhook_id)).toEqual([]);
  });

  it("refuses a from_seq older than the retention window, naming the oldest retained event", async () => {
    const { replay, t } = await setup(3);
    await tenantSql(t, "DELETE FROM events WHERE seq = 1");
    const problem = await expectValidation(await replay({ from_seq: 1 }), ["from_seq"]);
    expect(problem.errors?.[0]?.message).toContain("seq 2");
    expect((await replay({ from_seq: 2 })).status).toBe(202);
  });

  it("refuses a replay to a disabled endpoint", async () => {
    const { t, webhook, replay } = await setup(1);
    await t.fetch(`/tenant/webhooks/v1/${webhook.webhook_id}`, { method: "PATCH", json: { reference_version: 1, enabled: false } });
    await expectProblem(await replay({ from_seq: 1 }), 409, "state_conflict");
  });

  it("answers an Idempotency-Key retry with the original result and creates no second set", async () => {
    const { t, queue, webhook, replay } = await setup(2);
    const key = crypto.randomUUID();
    const first = await replay({ from_seq: 1 }, { "idempotency-key": key });
    const again = await replay({ from_seq: 1 }, { "idempotency-key": key });
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await again.json()).toEqual(await first.json());
    expect(queue.take()).toHaveLength(2);
    expect(await deliveries(t, webhook.webhook_id)).toHaveLength(2);
  });
});
