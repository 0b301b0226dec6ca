import { SELF } from "cloudflare:test";

export const ADMIN_TOKEN = "test-admin-token";
export const BASE = "localhost";

let counter = 0;

/** A unique tenant id for this test file and run. */
export function uniqueTenantId(label = "t"): string {
  counter += 1;
  return `${label}-${counter}-${crypto.randomUUID().slice(0, 8)}`;
}

/** A JSON request against the admin API on the apex host. */
export function admin(method: string, path: string, body?: unknown, token = ADMIN_TOKEN): Promise<Response> {
  return SELF.fetch(`http://${BASE}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body !== undefined && { "content-type": "application/json" }) },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
}

/** A tenant created through the admin API, with a client bound to its subdomain and key. */
export interface TestTenant {
  id: string;
  apiKey: string;
  keyId: string;
  /** Sends a request to this tenant's host with its key. */
  fetch(path: string, init?: RequestInit & { json?: unknown }): Promise<Response>;
}

/** Creates a fresh tenant (optionally configured) through the admin API. */
export async function newTenant(config: Record<string, unknown> = {}): Promise<TestTenant> {
  const id = uniqueTenantId();
  const res = await admin("POST", "/admin/v1/tenants", { tenant_id: id, name: `Tenant ${id}`, config });
  if (res.status !== 201) throw new Error(`tenant creation failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { api_key: { api_key: string; key_id: string } };
  const apiKey = body.api_key.api_key;
  return {
    id,
    apiKey,
    keyId: body.api_key.key_id,
    fetch(path, init = {}) {
      const { json, headers, ...rest } = init;
      const merged = new Headers(headers);
      if (!merged.has("x-api-key") && !merged.has("authorization")) merged.set("x-api-key", apiKey);
      if (json !== undefined) merged.set("content-type", "application/json");
      return SELF.fetch(`http://${id}.${BASE}${path}`, {
        ...rest,
        headers: merged,
        ...(json !== undefined && { body: JSON.stringify(json) }),
      });
    },
  };
}
