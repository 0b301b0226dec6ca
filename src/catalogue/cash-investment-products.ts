import type { CommandContext } from "../tenant/command-context";

/**
 * Cash investment products (term, notice and instant-access deposits) offered through a
 * counterparty. Stored as `cash_investment_product` entities keyed by their `CASHINV-` id; cash
 * deposits check their thresholds and status.
 */

/** Entity kind of a cash investment product. */
export const CASH_INVESTMENT_PRODUCT = "cash_investment_product";

export const CASH_ASSET_SUB_TYPES = ["term_deposit", "notice_deposit", "instant_deposit"] as const;
export const CASH_PRODUCT_STATUSES = ["active", "inactive", "discontinued"] as const;
export const ENABLED_ACCOUNT_TYPES = [
  "individual",
  "power_of_attorney",
  "court_of_protection",
  "sipp",
  "ssas",
  "trust",
  "business",
  "charity",
  "partnership",
  "sole_trader",
] as const;
export const INTEREST_TYPES = ["fixed", "variable"] as const;
export const COMPOUND_FREQUENCIES = ["none", "daily", "monthly", "quarterly", "annually"] as const;
export const CREDIT_FREQUENCIES = ["monthly", "quarterly", "annually", "on_maturity"] as const;
export const WITHDRAWAL_TYPES = ["none", "partial", "full", "partial_and_full"] as const;
export const REVENUE_MODES = ["none", "margin", "fee"] as const;
export const PERIOD_UNITS = ["days", "months", "years"] as const;
/** Where credited interest goes: paid in cash into the pot, or (a Coffer extension) capitalised into the deposit. */
export const CREDIT_INSTRUCTIONS = ["credit_to_pot", "capitalise"] as const;

/** A rate in force from a date: annual percentage, a decimal string with at most 4 places. */
export interface InterestRate {
  rate: string;
  effective_date: string;
}

/** A cash investment product as stored and as the wire shows it (without `created_at`/`updated_at`). */
export interface CashInvestmentProductData {
  asset_type: "cash_investments";
  asset_sub_type: (typeof CASH_ASSET_SUB_TYPES)[number];
  investment_product_id: string;
  investment_product_name: string;
  counterparty: string;
  currency: string;
  /** Days of notice before a withdrawal (notice deposits). */
  notice_period: number | null;
  /** Term of a term deposit. */
  maturity_period: { value: number; unit: (typeof PERIOD_UNITS)[number] } | null;
  interest_type: (typeof INTEREST_TYPES)[number];
  interest_rates: InterestRate[];
  interest_accrual_frequency: "daily";
  interest_compound_frequency: (typeof COMPOUND_FREQUENCIES)[number];
  interest_credit_frequency: (typeof CREDIT_FREQUENCIES)[number];
  interest_credit_instruction: (typeof CREDIT_INSTRUCTIONS)[number];
  minimum_investment: string;
  maximum_investment: string | null;
  minimum_balance: string | null;
  top_up_configurations: { allowed: boolean; minimum_top_up: string | null; maximum_top_ups: number | null };
  revenue_mode: { type: (typeof REVENUE_MODES)[number]; value: string | null };
  withdrawal_type: (typeof WITHDRAWAL_TYPES)[number];
  enabled_third_parties: string[];
  enabled_account_types: Array<(typeof ENABLED_ACCOUNT_TYPES)[number]>;
  flags: Record<string, boolean>;
  status: (typeof CASH_PRODUCT_STATUSES)[number];
  activation_date: string | null;
  inactivation_date: string | null;
  discontinuation_date: string | null;
  attachments: Array<{ name: string; file_id: string | null; url: string | null }>;
}

/** The tenant's cash investment product, or `null` when it has none with that id. */
export function findCashInvestmentProduct(ctx: CommandContext, id: string): CashInvestmentProductData | null {
  return ctx.get<CashInvestmentProductData>(CASH_INVESTMENT_PRODUCT, id)?.data ?? null;
}
