/** What a request's Host header addresses. */
export type HostTarget =
  | { kind: "apex" }
  | { kind: "tenant"; tenantId: string; socketHost: boolean }
  | { kind: "other" };

/**
 * Resolves the Host header against BASE_DOMAIN: the apex is the admin host,
 * `{tenant}.{BASE_DOMAIN}` and `{tenant}-ws.{BASE_DOMAIN}` address a tenant.
 */
export function resolveHost(host: string | undefined, baseDomain: string): HostTarget {
  if (!host) return { kind: "other" };
  const hostname = host.toLowerCase().replace(/:\d+$/, "").replace(/\.$/, "");
  const base = baseDomain.toLowerCase();
  if (hostname === base) return { kind: "apex" };
  if (!hostname.endsWith(`.${base}`)) return { kind: "other" };
  const label = hostname.slice(0, -(base.length + 1));
  if (label.includes(".") || label.length === 0) return { kind: "other" };
  if (label.endsWith("-ws")) return { kind: "tenant", tenantId: label.slice(0, -3), socketHost: true };
  return { kind: "tenant", tenantId: label, socketHost: false };
}
