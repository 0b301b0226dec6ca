import { z } from "@hono/zod-openapi";
import { wireDateTime } from "../../platform/wire-resources";
import { currencyField, decimalField } from "../../catalogue/decimals";
import { FINANCIAL_PRODUCT_IDS, PAYMENT_TYPES, SERVICE_PROVIDERS } from "../../catalogue/financial-products";
import { csvPattern } from "../../platform/list-filters";

const amount = decimalField({ maxDecimals: 2, example: "1.00" });
const age = z.number().int().min(0).max(120);
const percentage = z.number().int().min(0).max(100);
const labels = z.array(z.string().min(1).max(50)).max(20);
const dayOfMonth = z.string().regex(/^([1-9]|1\d|2[0-8])$/, "a day of the month from 1 to 28");

const InvestmentPreferences = z.object({
  minimum_one_off_investment: z.string().openapi({ example: "1.00" }),
  minimum_regular_monthly_investment: z.string().optional(),
  regular_investment_frequencies: z.array(z.string()),
  regular_investment_dates: z.array(z.string()),
  lisa_bonus_percentage: z.number().int().optional(),
});

const WithdrawalPreferences = z.object({
  minimum_one_off_withdrawal: z.string().openapi({ example: "1.00" }),
  minimum_regular_monthly_withdrawal: z.string().optional(),
  regular_withdrawal_frequencies: z.array(z.string()),
  regular_withdrawal_payment_dates: z.array(z.string()),
  withdrawal_notice_period: z.string().optional(),
  withdrawal_charge_percentage: z.number().int().optional(),
});

const InterestPreferences = z.object({
  pay_interest: z.enum(["Yes", "No"]),
  interest_accrual_basis: z.string().min(1).max(20),
  interest_payment_frequency: z.string().min(1).max(20),
});

export const FinancialProduct = z
  .object({
    financial_product_id: z.enum(FINANCIAL_PRODUCT_IDS),
    product_type: z.enum(FINANCIAL_PRODUCT_IDS),
    name: z.string().max(50),
    availability: z.array(z.string()),
    currency: z.string().openapi({ description: "Main currency of the product's pots (the tenant's base currency by default)" }),
    additional_cash_currencies: z.array(z.string()),
    dividend_options: z.array(z.string()),
    flexible: z.enum(["YES", "NO"]),
    investment_preferences: InvestmentPreferences,
    withdrawal_preferences: WithdrawalPreferences,
    interest_preferences: InterestPreferences.optional(),
    annual_subscription_allowance: z.string().optional().openapi({ description: "Subscriptions allowed per UK tax year; omitted when uncapped", example: "20000.00" }),
    max_annual_ISA_subscription_limit: z.string().optional(),
    annual_lisa_subscription_limit: z.number().int().optional(),
    annual_product_subscription_limit: z.string().optional(),
    annual_subscription_reduced_limit: z.string().optional(),
    money_purchase_annual_allowance: z.string().optional(),
    lifetime_allowance: z.string().optional(),
    minimum_age: z.number().int().optional(),
    maximum_age: z.number().int().optional(),
    minimum_withdrawal_age: z.number().int().optional(),
    maximum_contribution_age: z.number().int().optional(),
    allowed_payment_types: z.array(z.enum(PAYMENT_TYPES)),
    allowed_service_providers: z.array(z.enum(SERVICE_PROVIDERS)),
    created_at: wireDateTime,
    updated_at: wireDateTime,
  })
  .openapi("FinancialProduct");

export const FinancialProductList = z.object({ financial_products: z.array(FinancialProduct) }).openapi("FinancialProductList");

export const ListFinancialProductsQuery = z.object({
  product_types: z
    .string()
    .optional()
    .openapi({ description: "Comma-separated financial product ids", example: "stocks_isa,lisa_cash", pattern: csvPattern(FINANCIAL_PRODUCT_IDS) }),
});

const unique = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .refine((list) => new Set(list as unknown[]).size === list.length, "must not repeat a value")
    .openapi({ uniqueItems: true });

/** The operator's override of a product: any subset of the settings; nested preferences partially. */
export const FinancialProductOverrideBody = z
  .object({
    name: z.string().min(1).max(50),
    availability: labels,
    currency: currencyField,
    additional_cash_currencies: unique(currencyField).max(10),
    dividend_options: labels,
    flexible: z.enum(["YES", "NO"]),
    investment_preferences: z
      .object({
        minimum_one_off_investment: amount,
        minimum_regular_monthly_investment: amount.nullable(),
        regular_investment_frequencies: labels,
        regular_investment_dates: unique(dayOfMonth).max(28),
        lisa_bonus_percentage: percentage.nullable(),
      })
      .partial()
      .strict(),
    withdrawal_preferences: z
      .object({
        minimum_one_off_withdrawal: amount,
        minimum_regular_monthly_withdrawal: amount.nullable(),
        regular_withdrawal_frequencies: labels,
        regular_withdrawal_payment_dates: unique(dayOfMonth).max(28),
        withdrawal_notice_period: z.string().min(1).max(50).nullable(),
        withdrawal_charge_percentage: percentage.nullable(),
      })
      .partial()
      .strict(),
    interest_preferences: InterestPreferences.strict().nullable(),
    annual_subscription_allowance: amount.nullable(),
    annual_product_subscription_limit: amount.nullable(),
    annual_subscription_reduced_limit: amount.nullable(),
    money_purchase_annual_allowance: amount.nullable(),
    lifetime_allowance: amount.nullable(),
    minimum_age: age.nullable(),
    maximum_age: age.nullable(),
    minimum_withdrawal_age: age.nullable(),
    maximum_contribution_age: age.nullable(),
    allowed_payment_types: unique(z.enum(PAYMENT_TYPES)).min(1),
    allowed_service_providers: unique(z.enum(SERVICE_PROVIDERS)).min(1),
  })
  .partial()
  .strict()
  .openapi("FinancialProductOverrideBody");

export const FinancialProductParams = z.object({
  tenant_id: z.string().openapi({ param: { name: "tenant_id", in: "path" }, example: "acme" }),
  financial_product_id: z.string().min(1).max(64).openapi({ param: { name: "financial_product_id", in: "path" }, example: "stocks_isa" }),
});

/** The override command's input: the body plus the product id from the path. */
export const ConfigureFinancialProductInput = FinancialProductOverrideBody.extend({ financial_product_id: z.string().min(1).max(64) });

export type FinancialProductOverrideBody = z.infer<typeof FinancialProductOverrideBody>;

export type FinancialProduct = z.infer<typeof FinancialProduct>;
