import { createApp } from "./app";
import type { Env } from "./env";
import { consumeWebhookBatch } from "./webhooks/consumer";

export { TenantObject } from "./tenant/tenant-object";
export { RateLimiter } from "./platform/rate-limiter-object";

const app = createApp();

export default {
  fetch: app.fetch,
  /** Webhook deliveries (and their dead letters) from the Cloudflare Queue. */
  queue: (batch, env) => consumeWebhookBatch(batch, env),
} satisfies ExportedHandler<Env>;
