import { z } from "@hono/zod-openapi";
import { decimalField } from "../../catalogue/decimals";
import { csvFilter } from "../../platform/list-filters";
import { calendarDate } from "../../platform/wire-fields";
import { wireDate, wireDateTime } from "../../platform/wire-resources";
import {
  COLLECTION_FREQUENCIES,
  FEE_CALCULATION_ENTITIES,
  FEE_CALCULATION_METHODS,
  FEE_EXEMPTION_ENTITIES,
  FEE_STATUSES,
  FEE_TYPES,
  RECURRING_FEE_TYPES,
} from "./model";

export const FEE_CODE_PATTERN = /^[A-Za-z0-9_]{1,10}$/;
export const FEE_ITEM_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

const assignedTo = z
  .union([z.string(), z.array(z.string())])
  .openapi({ description: '"All", one instance id, or an array of instance ids of the entity', example: "All" });

// ---- Wire resources (tenant API) --------------------------------------------------------

export const FeeCode = z
  .object({
    fee_code: z.string().openapi({ example: "PF_25" }),
    fee_type: z.enum(FEE_TYPES),
    fee_rate: z.string().openapi({ description: "Basis points a year, 2 decimals", example: "25.00" }),
    status: z.enum(FEE_STATUSES),
    created_at: wireDateTime,
    updated_at: wireDateTime,
  })
  .openapi("FeeCode");

export const FeeSetup = z
  .object({
    fee_setup_id: z.string().openapi({ example: "FS-PLATFORM" }),
    fee_calculation_entity: z.enum(FEE_CALCULATION_ENTITIES),
    fee_calculation_method: z.enum(FEE_CALCULATION_METHODS),
    primary_transaction_type: z.enum(["Fees"]),
    sub_transaction_type: z.enum(RECURRING_FEE_TYPES),
    fee_code: z.string(),
    assigned_to: assignedTo,
    start_date: wireDate,
    end_date: wireDate.optional(),
    status: z.enum(FEE_STATUSES),
    created_at: wireDateTime,
    updated_at: wireDateTime,
  })
  .openapi("FeeSetup");

export const FeeExemption = z
  .object({
    fee_exemption_id: z.string().openapi({ example: "FE-CASH" }),
    fee_exemption_entity: z.enum(FEE_EXEMPTION_ENTITIES),
    primary_transaction_type: z.enum(["Fees"]),
    sub_transaction_type: z.enum(RECURRING_FEE_TYPES),
    assigned_to: assignedTo,
    exempted_assets: z.array(z.string()).openapi({ example: ["cash"] }),
    start_date: wireDate,
    end_date: wireDate.optional(),
    status: z.enum(FEE_STATUSES),
    created_at: wireDateTime,
    updated_at: wireDateTime,
  })
  .openapi("FeeExemption");

export const FeeCodeList = z.object({ fee_codes: z.array(FeeCode) }).openapi("FeeCodeList");
export const FeeSetupList = z.object({ fee_setups: z.array(FeeSetup) }).openapi("FeeSetupList");
export const FeeExemptionList = z.object({ fee_exemptions: z.array(FeeExemption) }).openapi("FeeExemptionList");

const status = z.enum(FEE_STATUSES).optional();
const dateFilter = calendarDate.optional();

export const FeeCodesQuery = z.object({
  fee_codes: csvFilter().openapi({ example: "FF_50,PF_75" }),
  status,
});

export const FeeSetupsQuery = z.object({
  fee_calculation_entity: csvFilter(FEE_CALCULATION_ENTITIES),
  fee_calculation_method: z.enum(FEE_CALCULATION_METHODS).optional(),
  sub_transaction_type: csvFilter(RECURRING_FEE_TYPES),
  fee_codes: csvFilter(),
  assigned_to: csvFilter().openapi({ description: "All, or instance ids, comma-separated: setups assigned to any of them" }),
  start_date: dateFilter.openapi({ description: "Setups starting on this date" }),
  end_date: dateFilter.openapi({ description: "Setups ending on this date" }),
  status,
});

export const FeeExemptionsQuery = z.object({
  fee_exemption_entity: csvFilter(FEE_EXEMPTION_ENTITIES),
  sub_transaction_type: csvFilter(RECURRING_FEE_TYPES),
  assigned_to: csvFilter().openapi({ description: "All, or instance ids, comma-separated: exemptions assigned to any of them" }),
  start_date: dateFilter.openapi({ description: "Exemptions starting on this date" }),
  end_date: dateFilter.openapi({ description: "Exemptions ending on this date" }),
  status,
});

// ---- Accrued-but-uncollected fees (Coffer extension) -------------------------------------

export const FeeAccrualsQuery = z.object({
  pot_id: z.string().min(1).max(64).openapi({ example: "pot-GYQ54231" }),
});

export const FeeAccrualLine = z
  .object({
    sub_transaction_type: z.enum(RECURRING_FEE_TYPES),
    accrued_value: z.string().openapi({ description: "Exact sum of the daily accruals not yet collected", example: "2.0547945205" }),
    carried_value: z.string().openapi({ description: "Rounding remainder of earlier collections (negative when a collection rounded up)", example: "0.0000000000" }),
    uncollected_value: z.string().openapi({ description: "accrued_value + carried_value: what the next collection charges, before rounding to the penny", example: "2.0547945205" }),
    first_accrual_date: wireDate.optional(),
    last_accrual_date: wireDate.optional(),
    last_collection_date: wireDate.optional(),
  })
  .openapi("FeeAccrualLine");

export const FeeAccruals = z
  .object({
    pot_id: z.string(),
    currency: z.string(),
    uncollected_value: z.string().openapi({ description: "Sum over the sub transaction types", example: "2.0547945205" }),
    accruals: z.array(FeeAccrualLine),
  })
  .openapi("FeeAccruals");

// ---- Admin API ---------------------------------------------------------------------------

const referenceVersion = z.number().int().min(1).optional().openapi({ description: "When sent on an update, must be the current version (409 otherwise)" });
const feeRate = decimalField({ maxDecimals: 2, max: "10000", example: "25.00" }).openapi({ description: "Basis points a year" });
const instances = z.union([z.string().min(1).max(64), z.array(z.string().min(1).max(64)).min(1).max(1000)]);

/** Create (fee_rate required) or change a fee code; only the sent fields change. */
export const PutFeeCodeBody = z
  .object({ fee_type: z.enum(FEE_TYPES), fee_rate: feeRate, status: z.enum(FEE_STATUSES), reference_version: referenceVersion })
  .partial()
  .strict()
  .openapi("PutFeeCodeBody");

const setupFields = {
  fee_calculation_entity: z.enum(FEE_CALCULATION_ENTITIES),
  fee_calculation_method: z.enum(FEE_CALCULATION_METHODS),
  sub_transaction_type: z.enum(RECURRING_FEE_TYPES),
  fee_code: z.string().regex(FEE_CODE_PATTERN, "a fee code such as PF_25"),
  assigned_to: instances,
  start_date: calendarDate,
  end_date: calendarDate.nullable(),
  status: z.enum(FEE_STATUSES),
  reference_version: referenceVersion,
};

/** Create or change a fee setup; creating needs fee_calculation_entity, sub_transaction_type, fee_code, assigned_to and start_date. */
export const PutFeeSetupBody = z.object(setupFields).partial().strict().openapi("PutFeeSetupBody");

const exemptionFields = {
  fee_exemption_entity: z.enum(FEE_EXEMPTION_ENTITIES),
  sub_transaction_type: z.enum(RECURRING_FEE_TYPES),
  assigned_to: z.string().min(1).max(64).openapi({ description: '"All" or one instance id' }),
  exempted_assets: z.array(z.string().min(1).max(64)).min(1).max(100).openapi({ description: '"cash" or investment product ids' }),
  start_date: calendarDate,
  end_date: calendarDate.nullable(),
  status: z.enum(FEE_STATUSES),
  reference_version: referenceVersion,
};

/** Create or change a fee exemption; creating needs fee_exemption_entity, sub_transaction_type, assigned_to, exempted_assets and start_date. */
export const PutFeeExemptionBody = z.object(exemptionFields).partial().strict().openapi("PutFeeExemptionBody");

export const PutFeeCodeInput = PutFeeCodeBody.extend({ fee_code: z.string().regex(FEE_CODE_PATTERN) }).strict();
export const PutFeeSetupInput = PutFeeSetupBody.extend({ fee_setup_id: z.string().regex(FEE_ITEM_ID_PATTERN) }).strict();
export const PutFeeExemptionInput = PutFeeExemptionBody.extend({ fee_exemption_id: z.string().regex(FEE_ITEM_ID_PATTERN) }).strict();
export type PutFeeCodeInput = z.infer<typeof PutFeeCodeInput>;
export type PutFeeSetupInput = z.infer<typeof PutFeeSetupInput>;
export type PutFeeExemptionInput = z.infer<typeof PutFeeExemptionInput>;

export const AdminFeeCode = FeeCode.extend({ reference_version: z.number().int() }).openapi("AdminFeeCode");
export const AdminFeeSetup = FeeSetup.extend({ reference_version: z.number().int() }).openapi("AdminFeeSetup");
export const AdminFeeExemption = FeeExemption.extend({ reference_version: z.number().int() }).openapi("AdminFeeExemption");

export const FeeSettings = z
  .object({ collection_frequency: z.enum(COLLECTION_FREQUENCIES).openapi({ description: "Accrued fees are collected on the first business day of each month, or of each quarter (January, April, July, October)" }) })
  .strict()
  .openapi("FeeSettings");

const tenantParam = z.string().openapi({ param: { name: "tenant_id", in: "path" }, example: "acme" });
export const AdminTenantParams = z.object({ tenant_id: tenantParam });
export const AdminFeeCodeParams = z.object({
  tenant_id: tenantParam,
  fee_code: z.string().regex(FEE_CODE_PATTERN, "a fee code of up to 10 letters, digits or _").openapi({ param: { name: "fee_code", in: "path" }, example: "PF_25" }),
});
export const AdminFeeSetupParams = z.object({
  tenant_id: tenantParam,
  fee_setup_id: z.string().regex(FEE_ITEM_ID_PATTERN, "up to 64 letters, digits, _ or -").openapi({ param: { name: "fee_setup_id", in: "path" }, example: "FS-PLATFORM" }),
});
export const AdminFeeExemptionParams = z.object({
  tenant_id: tenantParam,
  fee_exemption_id: z.string().regex(FEE_ITEM_ID_PATTERN, "up to 64 letters, digits, _ or -").openapi({ param: { name: "fee_exemption_id", in: "path" }, example: "FE-CASH" }),
});
