import type { Context, MiddlewareHandler } from "hono";
import { wallNowMs } from "../clock/wall";
import { database } from "../db/client";
import { findTenantWithKeys } from "../db/control-plane";
import { cachedTenant, KEY_MISS_REFRESH_MS, reloadTenant } from "../db/control-plane-cache";
import type { AppEnv } from "./app-env";
import { scopedBinding } from "../db/book";
import { constantTimeEqual, matchingKey } from "./api-keys";
import { ApiError } from "./errors/api-error";
import { resolveHost } from "./tenancy";
import { tenantFromRow } from "./tenants";

function presentedKey(c: Context<AppEnv>): string | undefined {
  const header = c.req.header("x-api-key");
  if (header) return header;
  const authorization = c.req.header("authorization");
  const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) return bearer;
  // WebSocket clients cannot set headers: WealthOS passes the key as `x-token`.
  if (c.req.path === "/ws") return c.req.query("x-token") ?? undefined;
  return undefined;
}

/**
 * Resolves the tenant from the Host (`{tenant}.{BASE_DOMAIN}` or `{tenant}-ws.{BASE_DOMAIN}`) and
 * checks its API key (`x-api-key`, `Authorization: Bearer`, or `x-token` on `/ws`). Sets `c.var.tenant`.
 * The tenant and its key hashes come from the isolate's cache (`control-plane-cache.ts`, at most
 * 5 s old), so the hot path makes no D1 round trip. A key scoped to a distribution partner sets
 * `c.var.partnerId` (from the same cached key row) and narrows the request to the partner's book.
 */
export const tenantAuth: MiddlewareHandler<AppEnv> = async (c, next) => {
  const target = resolveHost(new URL(c.req.url).host, c.env.BASE_DOMAIN);
  if (target.kind !== "tenant") {
    throw new ApiError("tenant_not_found", `Tenant APIs are served on {tenant}.${c.env.BASE_DOMAIN}`);
  }
  const loadTenant = () => findTenantWithKeys(database(c.env.DB), target.tenantId);
  let { found, loadedAtMs } = await cachedTenant(target.tenantId, loadTenant);
  if (!found) throw new ApiError("tenant_not_found", `Tenant '${target.tenantId}' does not exist`);
  const key = presentedKey(c);
  if (!key) throw new ApiError("unauthenticated", "Send your API key in the x-api-key header");
  let matched = await matchingKey(key, found.keyHashes);
  if (matched < 0 && wallNowMs() - loadedAtMs >= KEY_MISS_REFRESH_MS) {
    // Perhaps a key added through another isolate: read the tenant once more (at most once a second).
    ({ found, loadedAtMs } = await reloadTenant(target.tenantId, loadTenant));
    if (!found) throw new ApiError("tenant_not_found", `Tenant '${target.tenantId}' does not exist`);
    matched = await matchingKey(key, found.keyHashes);
  }
  if (matched < 0) throw new ApiError("unauthenticated", "The API key is not valid for this tenant");
  c.set("tenant", tenantFromRow(found.tenant));
  const partnerId = found.keyPartners[matched] ?? null;
  if (partnerId !== null) {
    // A distribution-partner key: every D1 read of this request goes through a binding that
    // carries the partner's book (`db/book.ts`), and every command carries it to the tenant object.
    c.set("partnerId", partnerId);
    c.env = { ...c.env, DB: scopedBinding(c.env.DB, partnerId) };
  }
  await next();
};

/** Guards the admin API: apex host only, `Authorization: Bearer <ADMIN_TOKEN>`, off when unset. */
export const adminAuth: MiddlewareHandler<AppEnv> = async (c, next) => {
  const target = resolveHost(new URL(c.req.url).host, c.env.BASE_DOMAIN);
  if (target.kind !== "apex") {
    throw new ApiError("route_not_found", `The admin API is served on ${c.env.BASE_DOMAIN}`);
  }
  const expected = c.env.ADMIN_TOKEN;
  if (!expected) throw new ApiError("admin_disabled", "Set the ADMIN_TOKEN secret to enable the admin API");
  const token = c.req.header("authorization")?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!token || !constantTimeEqual(token, expected)) {
    throw new ApiError("admin_unauthenticated", "Send Authorization: Bearer <ADMIN_TOKEN>");
  }
  await next();
};
