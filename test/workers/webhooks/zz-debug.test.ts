import { env } from "cloudflare:test";
import { it } from "vitest";
import { createInvestor } from "../../helpers/investors";
import { newTenant } from "../../helpers/tenant";
import { capturedQueue, createWebhook, useQueue } from "../../helpers/webhooks";

it("debug", async () => {
  const t = await newTenant();
  const queue = capturedQueue();
  await useQueue(t, queue);
  await createWebhook(t);
  await createInvestor(t);
  const [m] = queue.take();
  const stub = env.TENANT.getByName(t.id);
  await stub.webhookDelivery(m!.delivery_id, m!.round);
  try {
    const v = await stub.recordWebhookAttempt({ delivery_id: m!.delivery_id, round: 1, attempted_at_ms: Date.now(), status_code: 204, latency_ms: 3, error: null, retry_after_seconds: null });
    console.log("VERDICT", JSON.stringify(v), typeof v, Object.keys(v));
  } catch (e) { console.log("ERR", e instanceof Error ? e.stack : e); }
});
