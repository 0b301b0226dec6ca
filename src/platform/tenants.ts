import type { TenantRow } from "../db/tables";

export const KYC_PROVIDERS = ["none", "sandbox"] as const;
export type KycProvider = (typeof KYC_PROVIDERS)[number];

/** Per-tenant configuration, set through the admin API. */
export interface TenantConfig {
  rate_limit_per_second: number;
  rate_limit_burst: number;
  /** Requests per UTC day; `null` means no daily quota. */
  daily_quota: number | null;
  idempotency_retention_hours: number;
  event_retention_days: number;
  /** WealthOS firm setting "Tax ID uniqueness validation for investors". */
  tax_id_uniqueness: boolean;
  base_currency: string;
  kyc_provider: KycProvider;
  /**
   * Sandbox clock for settlement: when set, a T+n trade settles n × this many seconds after it
   * fills instead of at midnight UTC of its settlement date (for demos and local development).
   */
  sandbox_day_seconds: number | null;
}

/** A tenant (a wealth manager) as the request pipeline sees it. */
export interface Tenant {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  config: TenantConfig;
}

/** Maps a control-plane row to the tenant the pipeline passes around. */
export function tenantFromRow(row: TenantRow): Tenant {
  return {
    id: row.tenantId,
    name: row.name,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    config: {
      rate_limit_per_second: row.rateLimitPerSecond,
      rate_limit_burst: row.rateLimitBurst,
      daily_quota: row.dailyQuota,
      idempotency_retention_hours: row.idempotencyRetentionHours,
      event_retention_days: row.eventRetentionDays,
      tax_id_uniqueness: row.taxIdUniqueness,
      base_currency: row.baseCurrency,
      kyc_provider: (KYC_PROVIDERS as readonly string[]).includes(row.kycProvider)
        ? (row.kycProvider as KycProvider)
        : "none",
      sandbox_day_seconds: row.sandboxDaySeconds ?? null,
    },
  };
}

/** Tenant ids are lowercase DNS labels that do not end in `-ws` (that suffix names the socket host). */
export const TENANT_ID_PATTERN = /^(?!.*-ws$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
