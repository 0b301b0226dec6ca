import { wallNowIso } from "../../clock/wall";
import type { Database } from "../../db/client";
import {
  findTenant,
  insertApiKey,
  insertTenantWithKey,
  listApiKeys,
  listTenants,
  revokeApiKey,
  updateTenant,
} from "../../db/control-plane";
import type { ApiKeyRow, TenantRow } from "../../db/tables";
import { PARTNER_KIND } from "../../db/book";
import { findResource } from "../../db/resources";
import { mintApiKey, type MintedKey } from "../../platform/api-keys";
import { ApiError } from "../../platform/errors/api-error";
import { tenantFromRow } from "../../platform/tenants";
import type { TenantConfigPatch } from "./schema";

function toKeyResource(row: ApiKeyRow) {
  return {
    key_id: row.keyId,
    prefix: row.prefix,
    created_at: row.createdAt,
    revoked_at: row.revokedAt,
    ...(row.distributionPartnerId !== null && { distribution_partner_id: row.distributionPartnerId }),
  };
}

function toNewKeyResource(key: MintedKey, createdAt: string, partnerId: string | null = null) {
  return {
    key_id: key.keyId,
    prefix: key.prefix,
    created_at: createdAt,
    revoked_at: null,
    ...(partnerId !== null && { distribution_partner_id: partnerId }),
    api_key: key.apiKey,
  };
}

function toTenantResource(row: TenantRow, keys: ApiKeyRow[]) {
  const tenant = tenantFromRow(row);
  return {
    tenant_id: tenant.id,
    name: tenant.name,
    created_at: tenant.createdAt,
    updated_at: tenant.updatedAt,
    config: tenant.config,
    api_keys: keys.map(toKeyResource),
  };
}

function configColumns(patch: TenantConfigPatch) {
  return {
    ...(patch.rate_limit_per_second !== undefined && { rateLimitPerSecond: patch.rate_limit_per_second }),
    ...(patch.rate_limit_burst !== undefined && { rateLimitBurst: patch.rate_limit_burst }),
    ...(patch.daily_quota !== undefined && { dailyQuota: patch.daily_quota }),
    ...(patch.idempotency_retention_hours !== undefined && { idempotencyRetentionHours: patch.idempotency_retention_hours }),
    ...(patch.event_retention_days !== undefined && { eventRetentionDays: patch.event_retention_days }),
    ...(patch.tax_id_uniqueness !== undefined && { taxIdUniqueness: patch.tax_id_uniqueness }),
    ...(patch.base_currency !== undefined && { baseCurrency: patch.base_currency }),
    ...(patch.kyc_provider !== undefined && { kycProvider: patch.kyc_provider }),
    ...(patch.environment !== undefined && { environment: patch.environment }),
    ...(patch.time_zone !== undefined && { timeZone: patch.time_zone }),
    ...(patch.dealing_cut_off !== undefined && { dealingCutOff: patch.dealing_cut_off }),
    ...(patch.rebalance_threshold !== undefined && { rebalanceThreshold: patch.rebalance_threshold }),
    ...(patch.rebalance_minimum_trade_value !== undefined && { rebalanceMinimumTradeValue: patch.rebalance_minimum_trade_value }),
  };
}

function notFound(tenantId: string): ApiError {
  return new ApiError("resource_not_found", `Tenant '${tenantId}' does not exist`, {
    errors: [{ field: "tenant_id", message: "unknown tenant" }],
  });
}

/** Creates a tenant with its first API key (shown once). */
export async function createTenant(db: Database, input: { tenant_id: string; name: string; config?: TenantConfigPatch | undefined }) {
  const now = wallNowIso();
  const key = await mintApiKey();
  const created = await insertTenantWithKey(
    db,
    { tenantId: input.tenant_id, name: input.name, createdAt: now, updatedAt: now, ...configColumns(input.config ?? {}) },
    { tenantId: input.tenant_id, keyId: key.keyId, keyHash: key.keyHash, prefix: key.prefix, createdAt: now },
  );
  if (!created) {
    throw new ApiError("already_exists", `Tenant '${input.tenant_id}' already exists`, {
      errors: [{ field: "tenant_id", message: "already exists" }],
    });
  }
  const row = await findTenant(db, input.tenant_id);
  if (!row) throw new Error("tenant vanished after insert");
  return { tenant: toTenantResource(row, await listApiKeys(db, input.tenant_id)), api_key: toNewKeyResource(key, now) };
}

export async function getTenant(db: Database, tenantId: string) {
  const row = await findTenant(db, tenantId);
  if (!row) throw notFound(tenantId);
  return toTenantResource(row, await listApiKeys(db, tenantId));
}

export async function getTenants(db: Database) {
  const rows = await listTenants(db);
  return Promise.all(rows.map(async (row) => toTenantResource(row, await listApiKeys(db, row.tenantId))));
}

/** Changes a tenant's name or configuration; only the sent fields change. */
export async function patchTenant(
  db: Database,
  tenantId: string,
  patch: TenantConfigPatch & { name?: string | undefined; config?: TenantConfigPatch | undefined },
) {
  const { name: _name, config, ...flat } = patch;
  const row = await updateTenant(db, tenantId, {
    ...configColumns({ ...flat, ...config }),
    ...(patch.name !== undefined && { name: patch.name }),
    updatedAt: wallNowIso(),
  });
  if (!row) throw notFound(tenantId);
  return toTenantResource(row, await listApiKeys(db, tenantId));
}

/** Adds an API key to a tenant (keys rotate by adding a new one, then revoking the old). */
export async function addApiKey(db: Database, tenantId: string) {
  if (!(await findTenant(db, tenantId))) throw notFound(tenantId);
  const now = wallNowIso();
  const key = await mintApiKey();
  await insertApiKey(db, { tenantId, keyId: key.keyId, keyHash: key.keyHash, prefix: key.prefix, createdAt: now });
  return toNewKeyResource(key, now);
}

/**
 * Adds an API key scoped to a distribution partner's book (Coffer extension): it reads and
 * writes only the investors, accounts and pots assigned to the partner or to partners below it.
 */
export async function addPartnerApiKey(db: Database, tenantId: string, partnerId: string) {
  if (!(await findTenant(db, tenantId))) throw notFound(tenantId);
  if (!(await findResource(db, tenantId, PARTNER_KIND, partnerId))) {
    throw new ApiError("resource_not_found", `Tenant '${tenantId}' has no distribution partner '${partnerId}'`, {
      errors: [{ field: "distribution_partner_id", message: "unknown distribution partner" }],
    });
  }
  const now = wallNowIso();
  const key = await mintApiKey();
  await insertApiKey(db, { tenantId, keyId: key.keyId, keyHash: key.keyHash, prefix: key.prefix, createdAt: now, distributionPartnerId: partnerId });
  return toNewKeyResource(key, now, partnerId);
}

export async function removeApiKey(db: Database, tenantId: string, keyId: string) {
  const row = await revokeApiKey(db, tenantId, keyId, wallNowIso());
  if (!row) {
    throw new ApiError("resource_not_found", `Tenant '${tenantId}' has no active key '${keyId}'`, {
      errors: [{ field: "key_id", message: "unknown or already revoked key" }],
    });
  }
  return toKeyResource(row);
}
