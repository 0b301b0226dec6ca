import { TENANT_ID_PATTERN } from "./tenants";

/** What a request's Host header addresses. */
export type HostTarget =
  | { kind: "apex" }
  | { kind: "tenant"; tenantId: string; socketHost: boolean }
  | { kind: "other" };

/**
 * Resolves the Host header against BASE_DOMAIN: the apex is the admin host,
 * `{tenant}.{BASE_DOMAIN}` and `{tenant}-ws.{BASE_DOMAIN}` address a tenant when `{tenant}` is a
 * valid tenant id; anything else is `other`.
 */
export function resolveHost(host: string | undefined, baseDomain: string): HostTarget {
  if (!host) return { kind: "other" };
  const hostname = host.toLowerCase().replace(/:\d+$/, "").replace(/\.$/, "");
  const base = baseDomain.toLowerCase();
  if (hostname === base) return { kind: "apex" };
  if (!hostname.endsWith(`.${base}`)) return { kind: "other" };
  const label = hostname.slice(0, -(base.length + 1));
  const socketHost = label.endsWith("-ws");
  const tenantId = socketHost ? label.slice(0, -3) : label;
  // Only a label that could be a tenant id addresses a tenant (this also rejects "", "-ws", "a.b").
  if (!TENANT_ID_PATTERN.test(tenantId)) return { kind: "other" };
  return { kind: "tenant", tenantId, socketHost };
}
