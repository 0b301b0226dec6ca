import { z } from "@hono/zod-openapi";
import { csvPattern } from "../../platform/list-filters";
import { wireDateTime } from "../../platform/wire-resources";
import {
  CASH_ASSET_SUB_TYPES,
  CASH_PRODUCT_STATUSES,
  COMPOUND_FREQUENCIES,
  CREDIT_FREQUENCIES,
  CREDIT_INSTRUCTIONS,
  ENABLED_ACCOUNT_TYPES,
  INTEREST_TYPES,
  PERIOD_UNITS,
  REVENUE_MODES,
  WITHDRAWAL_TYPES,
} from "../../catalogue/cash-investment-products";
import { currencyField, decimalField } from "../../catalogue/decimals";
import { calendarDate, PageQuery } from "../../platform/wire-fields";

export const CASH_PRODUCT_ID_PATTERN = /^CASHINV-[A-Z]{3}\d{5}$/;

const amount = decimalField({ maxDecimals: 2, example: "10000.00" });
const timestamp = z
  .iso.datetime({ message: "must be an ISO 8601 date-time such as 2024-09-08T07:36:05.884Z" })
  .openapi({ pattern: "^\\d{4}-\\d{2}-\\d{2}T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d+)?Z$", description: "UTC (Z)" });
const emptyAsAll = (value: unknown) => (value === "" ? undefined : value);

const MaturityPeriod = z.object({ value: z.number().int().min(1).max(600), unit: z.enum(PERIOD_UNITS) }).strict();
const InterestRate = z
  .object({ rate: decimalField({ maxDecimals: 4, max: "100", example: "4.5000" }).openapi({ description: "Annual rate in percent" }), effective_date: calendarDate })
  .strict();
const TopUps = z
  .object({ allowed: z.boolean(), minimum_top_up: amount.nullable(), maximum_top_ups: z.number().int().min(0).max(1000).nullable() })
  .strict();
const RevenueMode = z.object({ type: z.enum(REVENUE_MODES), value: decimalField({ maxDecimals: 4, example: "0.2500" }).nullable() }).strict();
const Attachment = z
  .object({ name: z.string().min(1).max(200), file_id: z.string().regex(/^FILE-[A-Za-z0-9]{1,20}$/, "a FILE- id").nullable(), url: z.url().max(2000).nullable() })
  .strict();

const fields = {
  asset_sub_type: z.enum(CASH_ASSET_SUB_TYPES),
  investment_product_name: z.string().min(1).max(200),
  counterparty: z.string().regex(/^CPY-[A-Za-z0-9]{1,20}$/, "a counterparty id such as CPY-AHY58878"),
  currency: currencyField,
  notice_period: z.number().int().min(0).max(3650).nullable(),
  maturity_period: MaturityPeriod.nullable(),
  interest_type: z.enum(INTEREST_TYPES),
  interest_rates: z
    .array(InterestRate)
    .min(1)
    .max(100)
    .refine((rates) => new Set(rates.map((r) => r.effective_date)).size === rates.length, "one rate per effective_date"),
  interest_compound_frequency: z.enum(COMPOUND_FREQUENCIES),
  interest_credit_frequency: z.enum(CREDIT_FREQUENCIES),
  interest_credit_instruction: z.enum(CREDIT_INSTRUCTIONS).openapi({
    description:
      "credit_to_pot pays credited interest into the pot; capitalise (a Coffer extension) adds it to the deposit's balance, which then earns interest (needs interest_compound_frequency equal to a monthly, quarterly or annual interest_credit_frequency)",
  }),
  minimum_investment: amount,
  maximum_investment: amount.nullable(),
  minimum_balance: amount.nullable(),
  top_up_configurations: TopUps,
  revenue_mode: RevenueMode,
  withdrawal_type: z.enum(WITHDRAWAL_TYPES),
  enabled_third_parties: z.array(z.string().min(1).max(64)).max(100),
  enabled_account_types: z.array(z.enum(ENABLED_ACCOUNT_TYPES)).max(ENABLED_ACCOUNT_TYPES.length),
  flags: z.record(z.string().min(1).max(50), z.boolean()),
  status: z.enum(CASH_PRODUCT_STATUSES),
  activation_date: timestamp.nullable(),
  inactivation_date: timestamp.nullable(),
  discontinuation_date: timestamp.nullable(),
  attachments: z.array(Attachment).max(50),
};

/**
 * The operator's upsert of a cash product. Creating needs asset_sub_type,
 * investment_product_name, counterparty, currency, interest_type, interest_rates and
 * minimum_investment; an update changes only the fields sent.
 */
export const UpsertCashProductBody = z.object(fields).partial().strict().openapi("UpsertCashInvestmentProductBody");

export const UpsertCashProductInput = z
  .object(fields)
  .partial()
  .extend({ investment_product_id: z.string().regex(CASH_PRODUCT_ID_PATTERN, "a cash investment product id such as CASHINV-AHY58878") })
  .strict();

export type UpsertCashProductInput = z.infer<typeof UpsertCashProductInput>;

export const CashInvestmentProduct = z
  .object({
    asset_type: z.literal("cash_investments"),
    asset_sub_type: z.enum(CASH_ASSET_SUB_TYPES),
    investment_product_id: z.string().openapi({ example: "CASHINV-AHY58878" }),
    investment_product_name: z.string().openapi({ example: "HSBC 3 months term deposit" }),
    counterparty: z.string().openapi({ example: "CPY-AHY58878" }),
    currency: z.string(),
    notice_period: z.number().int().optional().openapi({ description: "Days of notice before a withdrawal" }),
    maturity_period: z.object({ value: z.number().int(), unit: z.enum(PERIOD_UNITS) }).optional(),
    interest_type: z.enum(INTEREST_TYPES),
    interest_rates: z.array(z.object({ rate: z.string(), effective_date: z.string() })),
    interest_accrual_frequency: z.literal("daily"),
    interest_compound_frequency: z.enum(COMPOUND_FREQUENCIES),
    interest_credit_frequency: z.enum(CREDIT_FREQUENCIES),
    interest_credit_instruction: z.enum(CREDIT_INSTRUCTIONS).openapi({ description: "capitalise is a Coffer extension: credited interest is added to the deposit's balance" }),
    minimum_investment: z.string(),
    maximum_investment: z.string().optional(),
    minimum_balance: z.string().optional(),
    top_up_configurations: z.object({ allowed: z.boolean(), minimum_top_up: z.string().optional(), maximum_top_ups: z.number().int().optional() }),
    revenue_mode: z.object({ type: z.enum(REVENUE_MODES), value: z.string().optional() }),
    withdrawal_type: z.enum(WITHDRAWAL_TYPES),
    enabled_third_parties: z.array(z.string()),
    enabled_account_types: z.array(z.enum(ENABLED_ACCOUNT_TYPES)),
    flags: z.record(z.string(), z.boolean()),
    status: z.enum(CASH_PRODUCT_STATUSES),
    activation_date: z.string().optional(),
    inactivation_date: z.string().optional(),
    discontinuation_date: z.string().optional(),
    attachments: z.array(z.object({ name: z.string(), file_id: z.string().optional(), url: z.string().optional() })),
    created_at: wireDateTime,
    updated_at: wireDateTime,
  })
  .openapi("CashInvestmentProduct");

export const CashInvestmentProductList = z
  .object({ cash_investment_products: z.array(CashInvestmentProduct), next_page_available: z.boolean() })
  .openapi("CashInvestmentProductList");

export const ListCashProductsQuery = PageQuery.extend({
  status: z.preprocess(emptyAsAll, z.enum(CASH_PRODUCT_STATUSES).optional()),
  asset_sub_type: z.preprocess(emptyAsAll, z.enum(CASH_ASSET_SUB_TYPES).optional()),
  counterparty: z.string().max(64).optional(),
  enabled_third_parties: z.string().max(2000).optional().openapi({ description: "Comma-separated; products enabling any of them" }),
  enabled_account_types: z
    .string()
    .max(2000)
    .optional()
    .openapi({ description: "Comma-separated; products enabling any of them", pattern: csvPattern(ENABLED_ACCOUNT_TYPES) }),
});

export const CashProductParams = z.object({
  investment_product_id: z.string().min(1).max(64).openapi({ param: { name: "investment_product_id", in: "path" }, example: "CASHINV-AHY58878" }),
});

export const AdminCashProductParams = z.object({
  tenant_id: z.string().openapi({ param: { name: "tenant_id", in: "path" }, example: "acme" }),
  investment_product_id: z
    .string()
    .regex(CASH_PRODUCT_ID_PATTERN, "a cash investment product id such as CASHINV-AHY58878")
    .openapi({ param: { name: "investment_product_id", in: "path" }, example: "CASHINV-AHY58878" }),
});
