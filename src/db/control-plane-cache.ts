import { wallNowMs } from "../clock/wall";
import type { TenantWithKeys } from "./control-plane";

/**
 * The isolate's cache of tenants with their active key hashes, so authenticating a request
 * costs no D1 round trip. An entry lives `TENANT_CACHE_TTL_MS`: a key revoked or a setting
 * changed through another isolate takes effect here within that bound; the control-plane writes
 * of this isolate (`control-plane.ts`) drop the tenant's entry at once. Unknown tenants are not
 * cached. Concurrent misses share one load.
 */
export const TENANT_CACHE_TTL_MS = 5_000;
/** How old an entry must be before a key matching none of its hashes triggers one re-read (a key just added elsewhere). */
export const KEY_MISS_REFRESH_MS = 1_000;
const MAX_ENTRIES = 10_000;

export type LoadTenant = () => Promise<TenantWithKeys | null>;

export interface CachedTenant {
  found: TenantWithKeys | null;
  /** When the answer was read from D1 (epoch ms). */
  loadedAtMs: number;
}

const entries = new Map<string, CachedTenant & { found: TenantWithKeys }>();
const loading = new Map<string, Promise<CachedTenant>>();
const generations = new Map<string, number>();

function load(tenantId: string, loadTenant: LoadTenant, now: () => number): Promise<CachedTenant> {
  const pending = loading.get(tenantId);
  if (pending) return pending;
  const startedIn = generations.get(tenantId) ?? 0;
  const promise = loadTenant()
    .then((found) => {
      const answer = { found, loadedAtMs: now() };
      // A control-plane write while this read was in flight may have made it stale: do not keep it.
      if (found && startedIn === (generations.get(tenantId) ?? 0)) {
        if (entries.size >= MAX_ENTRIES && !entries.has(tenantId)) entries.delete(entries.keys().next().value as string);
        entries.set(tenantId, { found, loadedAtMs: answer.loadedAtMs });
      }
      return answer;
    })
    .finally(() => {
      if (loading.get(tenantId) === promise) loading.delete(tenantId);
    });
  loading.set(tenantId, promise);
  return promise;
}

/** The tenant and its active key hashes: from this isolate's cache while fresh, else from `loadTenant`. */
export function cachedTenant(tenantId: string, loadTenant: LoadTenant, now: () => number = wallNowMs): Promise<CachedTenant> {
  const entry = entries.get(tenantId);
  if (entry && now() - entry.loadedAtMs < TENANT_CACHE_TTL_MS) return Promise.resolve(entry);
  entries.delete(tenantId);
  return load(tenantId, loadTenant, now);
}

/** Re-reads a tenant, bypassing the cache. */
export function reloadTenant(tenantId: string, loadTenant: LoadTenant, now: () => number = wallNowMs): Promise<CachedTenant> {
  entries.delete(tenantId);
  return load(tenantId, loadTenant, now);
}

/** Drops a tenant's entry (and any read in flight): every control-plane write to the tenant calls it. */
export function forgetTenant(tenantId: string): void {
  generations.set(tenantId, (generations.get(tenantId) ?? 0) + 1);
  entries.delete(tenantId);
  loading.delete(tenantId);
}
