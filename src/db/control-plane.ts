import { and, asc, eq, isNull } from "drizzle-orm";
import type { Database } from "./client";
import { forgetTenant } from "./control-plane-cache";
import { apiKeys, tenants, type ApiKeyRow, type TenantRow } from "./tables";

/** A tenant row with the hashes of its active API keys. */
export interface TenantWithKeys {
  tenant: TenantRow;
  keyHashes: string[];
  /** Per key hash (same order), the distribution partner whose book the key is scoped to, or null. */
  keyPartners: (string | null)[];
}

/** Loads a tenant and its active key hashes in one round trip; `null` if unknown. */
export async function findTenantWithKeys(db: Database, tenantId: string): Promise<TenantWithKeys | null> {
  const [tenantRows, keyRows] = await db.batch([
    db.select().from(tenants).where(eq(tenants.tenantId, tenantId)),
    db
      .select({ keyHash: apiKeys.keyHash, partnerId: apiKeys.distributionPartnerId })
      .from(apiKeys)
      .where(and(eq(apiKeys.tenantId, tenantId), isNull(apiKeys.revokedAt))),
  ]);
  const tenant = tenantRows[0];
  if (!tenant) return null;
  return { tenant, keyHashes: keyRows.map((k) => k.keyHash), keyPartners: keyRows.map((k) => k.partnerId) };
}

export async function findTenant(db: Database, tenantId: string): Promise<TenantRow | null> {
  const rows = await db.select().from(tenants).where(eq(tenants.tenantId, tenantId));
  return rows[0] ?? null;
}

export async function listTenants(db: Database): Promise<TenantRow[]> {
  return db.select().from(tenants).orderBy(asc(tenants.createdAt), asc(tenants.tenantId));
}

/** Inserts a tenant with its first key atomically; `false` if the tenant id is taken. */
export async function insertTenantWithKey(
  db: Database,
  tenant: typeof tenants.$inferInsert,
  key: typeof apiKeys.$inferInsert,
): Promise<boolean> {
  if (await findTenant(db, tenant.tenantId)) return false;
  try {
    // One batch is one D1 transaction: never a tenant without its first key.
    await db.batch([db.insert(tenants).values(tenant), db.insert(apiKeys).values(key)]);
    return true;
  } catch (error) {
    if (isUniqueViolation(error, "tenants.tenant_id")) return false;
    throw error;
  }
}

export async function updateTenant(
  db: Database,
  tenantId: string,
  changes: Partial<typeof tenants.$inferInsert>,
): Promise<TenantRow | null> {
  const rows = await db.update(tenants).set(changes).where(eq(tenants.tenantId, tenantId)).returning();
  forgetTenant(tenantId);
  return rows[0] ?? null;
}

export async function listApiKeys(db: Database, tenantId: string): Promise<ApiKeyRow[]> {
  return db.select().from(apiKeys).where(eq(apiKeys.tenantId, tenantId)).orderBy(asc(apiKeys.createdAt));
}

export async function insertApiKey(db: Database, key: typeof apiKeys.$inferInsert): Promise<void> {
  await db.insert(apiKeys).values(key);
  forgetTenant(key.tenantId);
}

/** Marks a key revoked; `null` if the tenant has no such key. */
export async function revokeApiKey(
  db: Database,
  tenantId: string,
  keyId: string,
  revokedAt: string,
): Promise<ApiKeyRow | null> {
  const rows = await db
    .update(apiKeys)
    .set({ revokedAt })
    .where(and(eq(apiKeys.tenantId, tenantId), eq(apiKeys.keyId, keyId), isNull(apiKeys.revokedAt)))
    .returning();
  forgetTenant(tenantId);
  return rows[0] ?? null;
}

/** True when a D1 error is a unique or primary-key violation on the named `table.column`. */
export function isUniqueViolation(error: unknown, column: string): boolean {
  const message = error instanceof Error ? `${error.message} ${String(error.cause ?? "")}` : String(error);
  return message.includes("UNIQUE constraint failed") && message.includes(column);
}
