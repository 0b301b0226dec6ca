import { describe, expect, it } from "vitest";
import { createInvestor } from "../../helpers/investors";
import { newTenant } from "../../helpers/tenant";
import { capturedQueue, consume, createWebhook, expectUnverified, receiver, runJobNow, tenantSql, useQueue, verify } from "../../helpers/webhooks";

const HOUR_MS = 3_600_000;

async function setup() {
  const t = await newTenant();
  const queue = capturedQueue();
  await useQueue(t, queue);
  const { body: webhook } = await createWebhook(t);
  return { t, queue, webhook };
}

async function deliverOne(t: Awaited<ReturnType<typeof setup>>["t"], queue: Awaited<ReturnType<typeof setup>>["queue"]) {
  await createInvestor(t);
  const rx = receiver(200);
  await consume(queue.take(), rx.fetch);
  expect(rx.received).toHaveLength(1);
  return rx.received[0]!;
}

describe("POST /tenant/webhooks/v1/{webhook_id}/rotate-secret", () => {
  it("issues a new secret; for 24 hours deliveries are signed by both, then by the new one only", async () => {
    const { t, queue, webhook } = await setup();
    const before = Date.now();
    const res = await t.fetch(`/tenant/webhooks/v1/${webhook.webhook_id}/rotate-secret`, { method: "POST" });
    expect(res.status).toBe(200);
    const rotated = (await res.json()) as { secret: string; previous_secret_expires_at: string; reference_version: number; secret_rotated_at: string };
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(webhook.secret);
    expect(rotated.reference_version).toBe(2);
    const expiresAt = Date.parse(rotated.previous_secret_expires_at);
    expect(expiresAt - before).toBeGreaterThanOrEqual(24 * HOUR_MS - 1000);
    expect(expiresAt - Date.now()).toBeLessThanOrEqual(24 * HOUR_MS);
    const fetched = (await (await t.fetch(`/tenant/webhooks/v1/${webhook.webhook_id}`)).json()) as Record<string, unknown>;
    expect(fetched).toMatchObject({ secret_rotated_at: rotated.secret_rotated_at, reference_version: 2 });
    expect(fetched).not.toHaveProperty("secret");

    const during = await deliverOne(t, queue);
    expect(during.headers["webhook-signature"]!.split(" ")).toHaveLength(2);
    expect(verify(rotated.secret, during)).toMatchObject({ type: "investor_created" });
    expect(verify(webhook.secret, during)).toMatchObject({ type: "investor_created" });

    // 24 hours later the previous secret has expired.
    await tenantSql(t, "UPDATE webhook_secrets SET expires_at = ? WHERE expires_at IS NOT NULL", Date.now() - 1);
    const after = await deliverOne(t, queue);
    expect(after.headers["webhook-signature"]!.split(" ")).toHaveLength(1);
    expect(verify(rotated.secret, after)).toMatchObject({ type: "investor_created" });
    expectUnverified(webhook.secret, after);

    // The hourly job forgets expired secrets.
    await runJobNow(t, "webhooks.prune");
    expect(await tenantSql(t, "SELECT count(*) AS n FROM webhook_secrets")).toEqual([{ n: 1 }]);
  });

  it("keeps every secret of overlapping rotations signing until each one's window ends", async () => {
    const { t, queue, webhook } = await setup();
    const rotate = async () => ((await (await t.fetch(`/tenant/webhooks/v1/${webhook.webhook_id}/rotate-secret`, { method: "POST" })).json()) as { secret: string }).secret;
    const second = await rotate();
    const third = await rotate();
    const req = await deliverOne(t, queue);
    expect(req.headers["webhook-signature"]!.split(" ")).toHaveLength(3);
    for (const secret of [webhook.secret, second, third]) verify(secret, req);
  });

  it("replays an Idempotency-Key retry with the same new secret and rotates once", async () => {
    const { t, webhook } = await setup();
    const key = crypto.randomUUID();
    const call = () => t.fetch(`/tenant/webhooks/v1/${webhook.webhook_id}/rotate-secret`, { method: "POST", headers: { "idempotency-key": key } });
    const first = await (await call()).json();
    const again = await call();
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await again.json()).toEqual(first);
    expect(await tenantSql(t, "SELECT count(*) AS n FROM webhook_secrets")).toEqual([{ n: 2 }]);
  });
});
