import { z } from "@hono/zod-openapi";
import { ENVIRONMENTS } from "../../clock/tenant-clock";
import { isTimeZone } from "../../clock/zones";
import { KYC_PROVIDERS, TENANT_ID_PATTERN } from "../../platform/tenants";
import { decimalSchema } from "../../platform/wire-decimals";

export const TenantConfigResource = z
  .object({
    rate_limit_per_second: z.number().int(),
    rate_limit_burst: z.number().int(),
    daily_quota: z.number().int().nullable(),
    idempotency_retention_hours: z.number().int(),
    event_retention_days: z.number().int(),
    tax_id_uniqueness: z.boolean(),
    base_currency: z.string(),
    kyc_provider: z.enum(KYC_PROVIDERS),
    environment: z.enum(ENVIRONMENTS),
    time_zone: z.string(),
    dealing_cut_off: z.string(),
    rebalance_threshold: z.string(),
    rebalance_minimum_trade_value: z.string(),
  })
  .openapi("TenantConfig");

export const ApiKeyResource = z
  .object({
    key_id: z.string(),
    prefix: z.string().openapi({ description: "First characters of the key, to tell keys apart" }),
    created_at: z.string(),
    revoked_at: z.string().nullable(),
    distribution_partner_id: z.string().optional().openapi({
      description: "Coffer extension: the distribution partner whose book the key is scoped to (absent for a tenant key)",
    }),
  })
  .openapi("ApiKey");

export const NewApiKeyResource = ApiKeyResource.extend({
  api_key: z.string().openapi({ description: "The key itself. Shown only in this response." }),
}).openapi("NewApiKey");

export const TenantResource = z
  .object({
    tenant_id: z.string(),
    name: z.string(),
    created_at: z.string(),
    updated_at: z.string(),
    config: TenantConfigResource,
    api_keys: z.array(ApiKeyResource),
  })
  .openapi("Tenant");

export const CreatedTenantResource = z
  .object({ tenant: TenantResource, api_key: NewApiKeyResource })
  .openapi("CreatedTenant");

export const TenantList = z.object({ tenants: z.array(TenantResource) }).openapi("TenantList");

const positiveInt = (max: number) => z.number().int().min(1).max(max);

export const TenantConfigPatch = z
  .object({
    rate_limit_per_second: positiveInt(1_000_000),
    rate_limit_burst: positiveInt(10_000_000),
    daily_quota: positiveInt(1_000_000_000).nullable(),
    idempotency_retention_hours: positiveInt(24 * 365),
    event_retention_days: z.number().int().min(30).max(3650),
    tax_id_uniqueness: z.boolean(),
    base_currency: z.string().regex(/^[A-Z]{3}$/, "ISO 4217 code, e.g. GBP"),
    kyc_provider: z.enum(KYC_PROVIDERS),
    environment: z.enum(ENVIRONMENTS).openapi({
      description: "live: the wall clock, always (default). sandbox: may attach a test clock (`/tenant/sandbox/v1/clock`)",
    }),
    time_zone: z.string().refine(isTimeZone, "an IANA time zone, e.g. Europe/London").openapi({ description: "Time zone of operational dates (default Europe/London)" }),
    dealing_cut_off: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "HH:MM, 24-hour").openapi({
      description: "Dealing cut-off in local time (default 14:00): an instruction after it trades on the next business day",
    }),
    rebalance_threshold: decimalSchema({ maxDecimals: 2, wholeDigits: 3, allowZero: true, max: "100" }, "5.00").openapi({
      description: "Rebalancing: a pot is eligible when its deviation from its template exceeds this many percentage points (default 5.00)",
    }),
    rebalance_minimum_trade_value: decimalSchema({ maxDecimals: 2, wholeDigits: 12, allowZero: true }, "1.00").openapi({
      description: "Rebalancing: trades worth less than this (in the pot's currency) are skipped (default 1.00)",
    }),
  })
  .partial()
  .strict();

export const CreateTenantBody = z
  .object({
    tenant_id: z
      .string()
      .regex(TENANT_ID_PATTERN, "a lowercase DNS label (a-z, 0-9, '-'), at most 63 characters, not ending in -ws"),
    name: z.string().min(1).max(200),
    config: TenantConfigPatch.optional(),
  })
  .strict()
  .openapi("CreateTenantBody");

/**
 * A PATCH takes the configuration in the shape GET shows (`config: {…}`); the same fields sent
 * at the top level are accepted too. A field sent both ways is refused, naming `config.<field>`.
 */
export const UpdateTenantBody = TenantConfigPatch.extend({
  name: z.string().min(1).max(200).optional(),
  config: TenantConfigPatch.optional().openapi({ description: "Configuration changes, in the shape GET shows" }),
})
  .strict()
  .superRefine((body, ctx) => {
    for (const field of Object.keys(body.config ?? {})) {
      if (field in body) ctx.addIssue({ code: "custom", path: ["config", field], message: `sent both as config.${field} and as ${field}` });
    }
  })
  .openapi("UpdateTenantBody");

export const TenantParams = z.object({
  tenant_id: z.string().openapi({ param: { name: "tenant_id", in: "path" }, example: "acme" }),
});

export const ApiKeyParams = TenantParams.extend({
  key_id: z.string().openapi({ param: { name: "key_id", in: "path" } }),
});

export const PartnerKeyParams = TenantParams.extend({
  distribution_partner_id: z.string().openapi({ param: { name: "distribution_partner_id", in: "path" }, example: "iff-abc12345" }),
});

export type TenantConfigPatch = z.infer<typeof TenantConfigPatch>;
