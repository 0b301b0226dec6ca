import type { Environment } from "../clock/tenant-clock";
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
  /** `live` (the wall clock, always) or `sandbox` (may attach a test clock). */
  environment: Environment;
  /** IANA time zone of the operational calendar (default Europe/London). */
  time_zone: string;
  /** Dealing cut-off, `HH:MM` local time: an instruction after it trades on the next business day. */
  dealing_cut_off: string;
  /** Rebalancing: deviation (percentage points, decimal string) a pot must exceed to be eligible. */
  rebalance_threshold: string;
  /** Rebalancing: trades worth less than this (pot currency, decimal string) are skipped. */
  rebalance_minimum_trade_value: string;
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
      environment: row.environment === "sandbox" ? "sandbox" : "live",
      time_zone: row.timeZone,
      dealing_cut_off: row.dealingCutOff,
      rebalance_threshold: row.rebalanceThreshold,
      rebalance_minimum_trade_value: row.rebalanceMinimumTradeValue,
    },
  };
}

/** Tenant ids are lowercase DNS labels that do not end in `-ws` (that suffix names the socket host). */
export const TENANT_ID_PATTERN = /^(?!.*-ws$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
