import type { RateLimiter } from "./platform/rate-limiter-object";
import type { TenantObject } from "./tenant/tenant-object";
import type { WebhookMessage } from "./webhooks/dispatcher";

/** Bindings and variables of the Worker, as declared in wrangler.toml. */
export interface Env {
  DB: D1Database;
  TENANT: DurableObjectNamespace<TenantObject>;
  RATE_LIMITER: DurableObjectNamespace<RateLimiter>;
  /** Producer of webhook deliveries; this Worker is also the consumer (`queue()` in src/index.ts). */
  WEBHOOK_QUEUE: Queue<WebhookMessage>;
  /** Tenants live on `{tenant}.{BASE_DOMAIN}`; the admin API on `BASE_DOMAIN` itself. */
  BASE_DOMAIN: string;
  /** `development` locally; anything else (e.g. `production`) when deployed. */
  DEPLOYMENT: string;
  /** Bearer token of the admin API. When unset, the admin API is off. */
  ADMIN_TOKEN?: string;
  /** `"true"` in the test suites only: every JSON answer is checked against the OpenAPI document (src/platform/response-validation.ts). */
  VALIDATE_RESPONSES?: string;
  /** R2: every tenant's files (documents, reconciliation files), under `tenants/{tenant}/files/`. */
  FILES: R2Bucket;
  /** R2: the wealth managers' inbound store; the utility upload copies from a tenant's prefix here. */
  INBOUND: R2Bucket;
  /** The files bucket's name, as the utility upload answers it (`bucket`). */
  FILES_BUCKET_NAME?: string;
  /** The `coffer-docs` Worker (the `/docs` UI bundle and the guides as static assets); `/docs/assets/*` and `/docs/guides/*` are answered by it. */
  DOCS?: Fetcher;
  /** Secret key of signed file download URLs (HMAC-SHA-256). When unset, download URLs are off. */
  FILES_URL_SECRET?: string;
}
