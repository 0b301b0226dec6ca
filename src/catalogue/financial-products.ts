import { round, toScaled } from "../money/money";
import type { CommandContext } from "../tenant/command-context";
import { parseValidated } from "./decimals";

/**
 * Financial products: the tax wrappers a tenant offers (GIA, ISA, JISA, LISA, SIPP, treasury).
 * Every tenant has all eight with the built-in defaults below; the operator overrides any part
 * per tenant (admin API), stored as a `financial_product` entity whose data is the override.
 * The money path (pots, payments, trading) reads them inside commands through
 * `findFinancialProduct` and the accessors at the end of this file.
 */

/** Entity kind of a tenant's override of a financial product (id = the product id). */
export const FINANCIAL_PRODUCT = "financial_product";

export const FINANCIAL_PRODUCT_IDS = [
  "general_investment_product",
  "lisa_cash",
  "lisa_stocks",
  "sipp_accumulation",
  "sipp_fad",
  "stocks_isa",
  "treasury_management",
  "stocks_jisa",
] as const;
export type FinancialProductId = (typeof FINANCIAL_PRODUCT_IDS)[number];

export const PAYMENT_TYPES = ["card", "electronic_fund_transfer", "manual"] as const;
export const SERVICE_PROVIDERS = ["stripe", "truelayer", "none"] as const;

/** When the built-in defaults took effect (start of UK tax year 2024/25): `created_at` of every product. */
export const DEFAULTS_EFFECTIVE_AT = "2024-04-06T00:00:00.000Z";

export interface InvestmentPreferences {
  minimum_one_off_investment: string;
  minimum_regular_monthly_investment: string | null;
  regular_investment_frequencies: string[];
  regular_investment_dates: string[];
  lisa_bonus_percentage: number | null;
}

export interface WithdrawalPreferences {
  minimum_one_off_withdrawal: string;
  minimum_regular_monthly_withdrawal: string | null;
  regular_withdrawal_frequencies: string[];
  regular_withdrawal_payment_dates: string[];
  withdrawal_notice_period: string | null;
  withdrawal_charge_percentage: number | null;
}

export interface InterestPreferences {
  pay_interest: "Yes" | "No";
  interest_accrual_basis: string;
  interest_payment_frequency: string;
}

/** The configurable part of a financial product (what an override may change). */
export interface FinancialProductSettings {
  name: string;
  availability: string[];
  /** The product's main currency; `null` means the tenant's `base_currency`. */
  currency: string | null;
  additional_cash_currencies: string[];
  dividend_options: string[];
  flexible: "YES" | "NO";
  investment_preferences: InvestmentPreferences;
  withdrawal_preferences: WithdrawalPreferences;
  interest_preferences: InterestPreferences | null;
  /** Subscriptions allowed per UK tax year (6 April to 5 April), or `null` for no cap. */
  annual_subscription_allowance: string | null;
  annual_product_subscription_limit: string | null;
  annual_subscription_reduced_limit: string | null;
  money_purchase_annual_allowance: string | null;
  lifetime_allowance: string | null;
  minimum_age: number | null;
  maximum_age: number | null;
  minimum_withdrawal_age: number | null;
  maximum_contribution_age: number | null;
  allowed_payment_types: Array<(typeof PAYMENT_TYPES)[number]>;
  allowed_service_providers: Array<(typeof SERVICE_PROVIDERS)[number]>;
}

/** What a tenant stores for a product: any settings, the two preference objects partially. */
export type FinancialProductOverride = Partial<Omit<FinancialProductSettings, "investment_preferences" | "withdrawal_preferences">> & {
  investment_preferences?: Partial<InvestmentPreferences>;
  withdrawal_preferences?: Partial<WithdrawalPreferences>;
};

/** A financial product as the wire shows it (WealthOS fields plus Coffer's configuration). */
export interface FinancialProduct extends Omit<FinancialProductSettings, "currency"> {
  financial_product_id: FinancialProductId;
  product_type: FinancialProductId;
  currency: string;
  max_annual_ISA_subscription_limit: string | null;
  annual_lisa_subscription_limit: number | null;
  created_at: string;
  updated_at: string;
}

const investing = (overrides: Partial<InvestmentPreferences> = {}): InvestmentPreferences => ({
  minimum_one_off_investment: "1.00",
  minimum_regular_monthly_investment: "1.00",
  regular_investment_frequencies: ["monthly"],
  regular_investment_dates: ["1", "15"],
  lisa_bonus_percentage: null,
  ...overrides,
});

const withdrawing = (overrides: Partial<WithdrawalPreferences> = {}): WithdrawalPreferences => ({
  minimum_one_off_withdrawal: "1.00",
  minimum_regular_monthly_withdrawal: null,
  regular_withdrawal_frequencies: [],
  regular_withdrawal_payment_dates: [],
  withdrawal_notice_period: null,
  withdrawal_charge_percentage: null,
  ...overrides,
});

const DAILY_INTEREST: InterestPreferences = { pay_interest: "Yes", interest_accrual_basis: "Daily", interest_payment_frequency: "Monthly" };

const COMMON: FinancialProductSettings = {
  name: "",
  availability: ["individual"],
  currency: null,
  additional_cash_currencies: [],
  dividend_options: ["reinvest", "pay_out"],
  flexible: "NO",
  investment_preferences: investing(),
  withdrawal_preferences: withdrawing(),
  interest_preferences: null,
  annual_subscription_allowance: null,
  annual_product_subscription_limit: null,
  annual_subscription_reduced_limit: null,
  money_purchase_annual_allowance: null,
  lifetime_allowance: null,
  minimum_age: 18,
  maximum_age: null,
  minimum_withdrawal_age: null,
  maximum_contribution_age: null,
  allowed_payment_types: [...PAYMENT_TYPES],
  allowed_service_providers: [...SERVICE_PROVIDERS],
};

const LISA: Partial<FinancialProductSettings> = {
  annual_subscription_allowance: "4000.00",
  maximum_age: 39,
  maximum_contribution_age: 49,
  minimum_withdrawal_age: 60,
  investment_preferences: investing({ lisa_bonus_percentage: 25 }),
  withdrawal_preferences: withdrawing({ withdrawal_charge_percentage: 25 }),
};

const SIPP: Partial<FinancialProductSettings> = {
  annual_product_subscription_limit: "60000.00",
  annual_subscription_reduced_limit: "10000.00",
  money_purchase_annual_allowance: "10000.00",
  minimum_age: null,
  minimum_withdrawal_age: 55,
  maximum_contribution_age: 74,
  dividend_options: ["reinvest"],
};

/** The built-in defaults of every product (UK tax year 2024/25 figures). */
export const FINANCIAL_PRODUCT_DEFAULTS: Record<FinancialProductId, FinancialProductSettings> = {
  general_investment_product: { ...COMMON, name: "General Investment Account" },
  lisa_cash: { ...COMMON, ...LISA, name: "Cash Lifetime ISA", dividend_options: [], interest_preferences: DAILY_INTEREST },
  lisa_stocks: { ...COMMON, ...LISA, name: "Stocks and Shares Lifetime ISA" },
  sipp_accumulation: { ...COMMON, ...SIPP, name: "SIPP Accumulation" },
  sipp_fad: {
    ...COMMON,
    ...SIPP,
    name: "SIPP Flexi-Access Drawdown",
    withdrawal_preferences: withdrawing({
      minimum_regular_monthly_withdrawal: "50.00",
      regular_withdrawal_frequencies: ["monthly", "quarterly", "annually"],
      regular_withdrawal_payment_dates: ["1", "15"],
    }),
  },
  stocks_isa: { ...COMMON, name: "Stocks and Shares ISA", flexible: "YES", annual_subscription_allowance: "20000.00" },
  treasury_management: {
    ...COMMON,
    name: "Treasury Management",
    availability: ["business"],
    dividend_options: [],
    interest_preferences: DAILY_INTEREST,
    minimum_age: null,
  },
  stocks_jisa: {
    ...COMMON,
    name: "Junior Stocks and Shares ISA",
    annual_subscription_allowance: "9000.00",
    minimum_age: null,
    maximum_age: 17,
    minimum_withdrawal_age: 18,
  },
};

/** True when `id` names one of the eight financial products. */
export function isFinancialProductId(id: string): id is FinancialProductId {
  return (FINANCIAL_PRODUCT_IDS as readonly string[]).includes(id);
}

const ISA_LIMIT_PRODUCTS: readonly FinancialProductId[] = ["stocks_isa", "stocks_jisa"];
const LISA_PRODUCTS: readonly FinancialProductId[] = ["lisa_cash", "lisa_stocks"];

/** True for the products whose WealthOS allowance field is an integer (`annual_lisa_subscription_limit`). */
export function isLisa(id: FinancialProductId): boolean {
  return LISA_PRODUCTS.includes(id);
}

/** The settings of a product: its defaults with the tenant's override laid over them. */
export function applyOverride(id: FinancialProductId, override: FinancialProductOverride | null): FinancialProductSettings {
  const defaults = FINANCIAL_PRODUCT_DEFAULTS[id];
  if (!override) return defaults;
  return {
    ...defaults,
    ...override,
    investment_preferences: { ...defaults.investment_preferences, ...override.investment_preferences },
    withdrawal_preferences: { ...defaults.withdrawal_preferences, ...override.withdrawal_preferences },
  };
}

/** The LISA allowance as WealthOS's integer field (whole pounds; the override command refuses pence). */
function wholeUnits(allowance: string | null): number | null {
  if (allowance === null) return null;
  return Number(toScaled(round(parseValidated(allowance), 0, "roundDown"), 0));
}

/**
 * A financial product as the wire shows it: defaults merged with the stored override (if any),
 * `currency` resolved against the tenant's base currency, and the WealthOS allowance fields
 * (`max_annual_ISA_subscription_limit`, `annual_lisa_subscription_limit`) showing
 * `annual_subscription_allowance`.
 */
export function mergeFinancialProduct(
  id: FinancialProductId,
  override: { data: FinancialProductOverride; updatedAt: string } | null,
  baseCurrency: string,
): FinancialProduct {
  const settings = applyOverride(id, override?.data ?? null);
  const allowance = settings.annual_subscription_allowance;
  return {
    financial_product_id: id,
    product_type: id,
    ...settings,
    currency: settings.currency ?? baseCurrency,
    max_annual_ISA_subscription_limit: ISA_LIMIT_PRODUCTS.includes(id) ? allowance : null,
    annual_lisa_subscription_limit: isLisa(id) ? wholeUnits(allowance) : null,
    created_at: DEFAULTS_EFFECTIVE_AT,
    updated_at: override?.updatedAt ?? DEFAULTS_EFFECTIVE_AT,
  };
}

/** The tenant's financial product (defaults merged with its stored override), or `null` for an unknown id. */
export function findFinancialProduct(ctx: CommandContext, id: string): FinancialProduct | null {
  if (!isFinancialProductId(id)) return null;
  const override = ctx.get<FinancialProductOverride>(FINANCIAL_PRODUCT, id);
  return mergeFinancialProduct(id, override, ctx.config.base_currency);
}

/** Currencies a pot of this product may hold: its currency, then its additional cash currencies. */
export function potCurrencies(fp: FinancialProduct): string[] {
  return [...new Set([fp.currency, ...fp.additional_cash_currencies])];
}

/** Smallest one-off investment (payment in), a decimal string. */
export function minimumInvestment(fp: FinancialProduct): string {
  return fp.investment_preferences.minimum_one_off_investment;
}

/** Smallest one-off withdrawal, a decimal string. */
export function minimumWithdrawal(fp: FinancialProduct): string {
  return fp.withdrawal_preferences.minimum_one_off_withdrawal;
}

/** Subscriptions allowed per UK tax year (decimal string), or `null` when the product has no cap. */
export function annualAllowance(fp: FinancialProduct): string | null {
  return fp.annual_subscription_allowance;
}

/** Payment types accepted for this product (`card`, `electronic_fund_transfer`, `manual`). */
export function allowedPaymentTypes(fp: FinancialProduct): string[] {
  return fp.allowed_payment_types;
}

/** Payment service providers accepted for this product (`stripe`, `truelayer`, `none`). */
export function allowedServiceProviders(fp: FinancialProduct): string[] {
  return fp.allowed_service_providers;
}
