import { CASH_INVESTMENT_PRODUCT, type CashInvestmentProductData } from "../../catalogue/cash-investment-products";
import { canonicalDecimal, parseValidated } from "../../catalogue/decimals";
import { compare } from "../../money/money";
import type { FieldError } from "../../platform/errors/api-error";
import type { CommandContext } from "../../tenant/command-context";
import { defineCommand, fail, succeed } from "../../tenant/commands";
import { UpsertCashProductInput } from "./schema";
import { toCashProduct } from "./serialize";

const REQUIRED_ON_CREATE = ["asset_sub_type", "investment_product_name", "counterparty", "currency", "interest_type", "interest_rates", "minimum_investment"] as const;

function invalid(errors: FieldError[]) {
  return fail({ code: "validation_failed", detail: `Invalid fields: ${errors.map((e) => e.field).join(", ")}`, errors });
}

function defaults(id: string): CashInvestmentProductData {
  return {
    asset_type: "cash_investments",
    asset_sub_type: "instant_deposit",
    investment_product_id: id,
    investment_product_name: "",
    counterparty: "",
    currency: "",
    notice_period: null,
    maturity_period: null,
    interest_type: "fixed",
    interest_rates: [],
    interest_accrual_frequency: "daily",
    interest_compound_frequency: "monthly",
    interest_credit_frequency: "monthly",
    interest_credit_instruction: "credit_to_pot",
    minimum_investment: "0.00",
    maximum_investment: null,
    minimum_balance: null,
    top_up_configurations: { allowed: false, minimum_top_up: null, maximum_top_ups: null },
    revenue_mode: { type: "none", value: null },
    withdrawal_type: "none",
    enabled_third_parties: [],
    enabled_account_types: ["individual"],
    flags: {},
    status: "active",
    activation_date: null,
    inactivation_date: null,
    discontinuation_date: null,
    attachments: [],
  };
}

const money = (value: string | null) => (value === null ? null : canonicalDecimal(value, 2));

/** Amounts shown with 2 decimals, rates with as many as they need (at least 2). */
function normalised(d: CashInvestmentProductData): CashInvestmentProductData {
  return {
    ...d,
    interest_rates: d.interest_rates.map((r) => ({ rate: canonicalDecimal(r.rate, 2), effective_date: r.effective_date })),
    minimum_investment: canonicalDecimal(d.minimum_investment, 2),
    maximum_investment: money(d.maximum_investment),
    minimum_balance: money(d.minimum_balance),
    top_up_configurations: { ...d.top_up_configurations, minimum_top_up: money(d.top_up_configurations.minimum_top_up) },
    revenue_mode: { ...d.revenue_mode, value: d.revenue_mode.value === null ? null : canonicalDecimal(d.revenue_mode.value, 2) },
  };
}

/** Rules across fields of the merged product. */
function productErrors(d: CashInvestmentProductData): FieldError[] {
  const errors: FieldError[] = [];
  if (d.asset_sub_type === "term_deposit" && d.maturity_period === null) errors.push({ field: "maturity_period", message: "required for a term_deposit" });
  if (d.asset_sub_type === "notice_deposit" && !d.notice_period) errors.push({ field: "notice_period", message: "required (at least 1 day) for a notice_deposit" });
  if (d.maximum_investment !== null && compare(parseValidated(d.maximum_investment), parseValidated(d.minimum_investment)) < 0) {
    errors.push({ field: "maximum_investment", message: "must not be below minimum_investment" });
  }
  if (d.interest_credit_instruction === "capitalise") {
    if (d.interest_credit_frequency === "on_maturity") errors.push({ field: "interest_credit_frequency", message: "capitalised interest needs a monthly, quarterly or annually credit" });
    else if (d.interest_compound_frequency !== d.interest_credit_frequency) {
      errors.push({ field: "interest_compound_frequency", message: `capitalised interest compounds when it is credited: must equal interest_credit_frequency (${d.interest_credit_frequency})` });
    }
  }
  if (d.revenue_mode.type !== "none" && d.revenue_mode.value === null) errors.push({ field: "revenue_mode.value", message: `required when type is ${d.revenue_mode.type}` });
  return errors;
}

/** Stamps the date of a status change the operator did not date itself. */
function stampStatus(ctx: CommandContext, before: CashInvestmentProductData | null, after: CashInvestmentProductData, sent: UpsertCashProductInput): void {
  if (before?.status === after.status) return;
  if (after.status === "active" && sent.activation_date === undefined) after.activation_date = ctx.now;
  if (after.status === "inactive" && sent.inactivation_date === undefined) after.inactivation_date = ctx.now;
  if (after.status === "discontinued" && sent.discontinuation_date === undefined) after.discontinuation_date = ctx.now;
}

/**
 * `cash_investment_product.upsert` (admin): creates the product (201) or changes the sent
 * fields (200); a status change without its date is dated now. Emits the full resource on
 * `notifications` (`cash_investment_product_created`/`_updated`); an unchanged upsert writes nothing.
 */
export const upsertCashInvestmentProduct = defineCommand({
  input: UpsertCashProductInput,
  run(ctx, input) {
    const { investment_product_id: id, ...changes } = input;
    const current = ctx.get<CashInvestmentProductData>(CASH_INVESTMENT_PRODUCT, id);
    if (!current) {
      const missing = REQUIRED_ON_CREATE.filter((field) => input[field] === undefined);
      if (missing.length > 0) return invalid(missing.map((field) => ({ field, message: "required when creating a product" })));
    }
    const data = normalised({ ...(current?.data ?? defaults(id)), ...changes });
    stampStatus(ctx, current?.data ?? null, data, input);
    const errors = productErrors(data);
    if (errors.length > 0) return invalid(errors);
    if (current && JSON.stringify(current.data) === JSON.stringify(data)) return succeed(200, toCashProduct(current));
    const stored = current ? ctx.update(current, data) : ctx.insert(CASH_INVESTMENT_PRODUCT, id, data);
    const product = toCashProduct(stored);
    ctx.emit({ type: current ? "cash_investment_product_updated" : "cash_investment_product_created", ch: "notifications", payload: product });
    return succeed(current ? 200 : 201, product);
  },
});
