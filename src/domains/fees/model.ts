/**
 * Recurring-fee configuration as the tenant object stores it: fee codes (a rate in basis
 * points), fee setups (which pots a fee code applies to, as which sub transaction type, from
 * when to when) and fee exemptions (assets left out of the base of a sub type's fee). Stored as
 * `fee_code`, `fee_setup` and `fee_exemption` entities keyed by their code or id, projected to
 * D1 like every entity, where the tenant's GETs read them.
 */

export const FEE_CODE = "fee_code";
export const FEE_SETUP = "fee_setup";
export const FEE_EXEMPTION = "fee_exemption";

export const FEE_STATUSES = ["Active", "Inactive"] as const;
export const FEE_TYPES = ["Flat_fee_percentage_based"] as const;
export const FEE_CALCULATION_METHODS = ["Daily Accrual"] as const;
export const FEE_CALCULATION_ENTITIES = ["Investor", "Financial Product", "Portfolio", "Investor Account"] as const;
export const FEE_EXEMPTION_ENTITIES = ["Investor", "Financial Product", "Portfolio"] as const;
/** The sub transaction types a recurring fee is set up and charged as. */
export const RECURRING_FEE_TYPES = [
  "Management fee",
  "Advisor ongoing fee",
  "Service fees",
  "Product administration fees",
  "Portfolio management fees",
  "Platform fees",
] as const;
/** How often accrued fees are collected (a tenant setting; monthly unless set). */
export const COLLECTION_FREQUENCIES = ["monthly", "quarterly"] as const;

export type FeeStatus = (typeof FEE_STATUSES)[number];
export type FeeCalculationEntity = (typeof FEE_CALCULATION_ENTITIES)[number];
export type RecurringFeeType = (typeof RECURRING_FEE_TYPES)[number];
export type CollectionFrequency = (typeof COLLECTION_FREQUENCIES)[number];

/** `assigned_to`: "All", one instance id, or several. */
export type AssignedTo = string | string[];

export interface FeeCodeData {
  fee_code: string;
  fee_type: (typeof FEE_TYPES)[number];
  /** Basis points, 2 decimals. */
  fee_rate: string;
  status: FeeStatus;
}

export interface FeeSetupData {
  fee_setup_id: string;
  fee_calculation_entity: FeeCalculationEntity;
  fee_calculation_method: (typeof FEE_CALCULATION_METHODS)[number];
  primary_transaction_type: "Fees";
  sub_transaction_type: RecurringFeeType;
  fee_code: string;
  assigned_to: AssignedTo;
  start_date: string;
  end_date: string | null;
  status: FeeStatus;
}

export interface FeeExemptionData {
  fee_exemption_id: string;
  fee_exemption_entity: (typeof FEE_EXEMPTION_ENTITIES)[number];
  primary_transaction_type: "Fees";
  sub_transaction_type: RecurringFeeType;
  assigned_to: AssignedTo;
  exempted_assets: string[];
  start_date: string;
  end_date: string | null;
  status: FeeStatus;
}

/** The instances `assigned_to` names, or `null` for "All". */
export function assignedInstances(assigned: AssignedTo): string[] | null {
  if (assigned === "All") return null;
  return typeof assigned === "string" ? [assigned] : assigned;
}

/** True when a dated configuration item is in force on `date` (start and end inclusive). */
export function inForce(item: { status: FeeStatus; start_date: string; end_date: string | null }, date: string): boolean {
  return item.status === "Active" && item.start_date <= date && (item.end_date === null || date <= item.end_date);
}
