import { createApp } from "./app";
import type { Env } from "./env";

export { TenantObject } from "./tenant/tenant-object";
export { RateLimiter } from "./platform/rate-limiter-object";

const app = createApp();

export default {
  fetch: app.fetch,
} satisfies ExportedHandler<Env>;
