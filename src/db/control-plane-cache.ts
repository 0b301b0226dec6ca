import { wallNowMs } from "../clock/wall";
import type { TenantWithKeys } from "./control-plane";

/**
 * The isolate's cache of tenants with their active key hashes, so authenticating a request
 * costs no D1 round trip. An entry lives `TENANT_CACHE_TTL_MS`: a key revoked or a setting
 * changed through another isolate takes effect here within that bound; the control-plane writes
 * of this isolate (`control-plane.ts`) drop the tenant's entry at once. Unknown tenants are not
 * cached.
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
const generations = new Map<string, number>();

/**
 * Reads a tenant through `loadTenant` and keeps it. Every request that misses reads for itself:
 * the Workers runtime does not let one request continue on a promise another request's I/O
 * settles, so concurrent misses are not merged.
 */
async function load(tenantId: string, loadTenant: LoadTenant, now: () => number): Promise<CachedTenant> {
  const startedIn = generations.get(tenantId) ?? 0;
  const found = await loadTenant();
  const answer = { found, loadedAtMs: now() };
  // A control-plane write while this read was in flight may have made it stale: do not keep it.
  if (found && startedIn === (generations.get(tenantId) ?? 0)) {
    if (entries.size >= MAX_ENTRIES && !entries.has(tenantId)) entries.delete(entries.keys().next().value as string);
    entries.set(tenantId, { found, loadedAtMs: answer.loadedAtMs });
  }
  return answer;
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

/** Drops a tenant's entry (a read in flight is not kept): every control-plane write to the tenant calls it. */
export function forgetTenant(tenantId: string): void {
  generations.set(tenantId, (generations.get(tenantId) ?? 0) + 1);
  entries.delete(tenantId);
}
