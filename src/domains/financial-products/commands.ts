import { canonicalDecimal, parseValidated } from "../../catalogue/decimals";
import { toFinancialProduct } from "./serialize";
import {
  applyOverride,
  FINANCIAL_PRODUCT,
  FINANCIAL_PRODUCT_IDS,
  isFinancialProductId,
  isLisa,
  mergeFinancialProduct,
  type FinancialProductId,
  type FinancialProductOverride,
  type FinancialProductSettings,
} from "../../catalogue/financial-products";
import type { FieldError } from "../../platform/errors/api-error";
import { decimalPlaces } from "../../money/money";
import { defineCommand, fail, succeed } from "../../tenant/commands";
import { ConfigureFinancialProductInput } from "./schema";

const AMOUNTS = ["annual_subscription_allowance", "annual_product_subscription_limit", "annual_subscription_reduced_limit", "money_purchase_annual_allowance", "lifetime_allowance"] as const;

/** `record` with the named amounts given 2 decimals (`"3000"` → `"3000.00"`); absent fields stay absent. */
function withMoney<T extends object>(record: T, fields: readonly string[]): T {
  const out = { ...record } as Record<string, unknown>;
  for (const field of fields) {
    const value = out[field];
    if (typeof value === "string") out[field] = canonicalDecimal(value, 2);
  }
  return out as T;
}

/** The sent amounts with 2 decimals. */
function normalised(changes: FinancialProductOverride): FinancialProductOverride {
  const out = withMoney(changes, AMOUNTS);
  if (out.investment_preferences) out.investment_preferences = withMoney(out.investment_preferences, ["minimum_one_off_investment", "minimum_regular_monthly_investment"]);
  if (out.withdrawal_preferences) out.withdrawal_preferences = withMoney(out.withdrawal_preferences, ["minimum_one_off_withdrawal", "minimum_regular_monthly_withdrawal"]);
  return out;
}

/** Rules across fields of the merged settings. */
function settingsErrors(id: FinancialProductId, s: FinancialProductSettings): FieldError[] {
  const errors: FieldError[] = [];
  if (isLisa(id) && s.annual_subscription_allowance !== null && decimalPlaces(parseValidated(s.annual_subscription_allowance)) > 0) {
    errors.push({ field: "annual_subscription_allowance", message: "must be a whole amount for a LISA (annual_lisa_subscription_limit is an integer)" });
  }
  if (s.minimum_age !== null && s.maximum_age !== null && s.minimum_age > s.maximum_age) {
    errors.push({ field: "maximum_age", message: `must not be below minimum_age (${s.minimum_age})` });
  }
  return errors;
}

/**
 * `financial_product.configure` (admin): lays the sent settings over the tenant's stored
 * override of one of the eight products (nested preferences merge field by field) and answers
 * the merged product. A change emits `financial_product_updated` on `notifications`; sending
 * what is already configured changes nothing.
 */
export const configureFinancialProduct = defineCommand({
  input: ConfigureFinancialProductInput,
  run(ctx, input) {
    const { financial_product_id: id, ...sent } = input;
    const { investment_preferences, withdrawal_preferences, ...changes } = normalised(sent);
    if (!isFinancialProductId(id)) {
      return fail({
        code: "resource_not_found",
        detail: `Financial product '${id}' does not exist`,
        errors: [{ field: "financial_product_id", message: `must be one of ${FINANCIAL_PRODUCT_IDS.join(", ")}` }],
      });
    }
    const current = ctx.get<FinancialProductOverride>(FINANCIAL_PRODUCT, id);
    const override: FinancialProductOverride = { ...current?.data, ...changes };
    if (investment_preferences) override.investment_preferences = { ...current?.data.investment_preferences, ...investment_preferences };
    if (withdrawal_preferences) override.withdrawal_preferences = { ...current?.data.withdrawal_preferences, ...withdrawal_preferences };
    const errors = settingsErrors(id, applyOverride(id, override));
    if (errors.length > 0) return fail({ code: "validation_failed", detail: `Invalid fields: ${errors.map((e) => e.field).join(", ")}`, errors });
    if (current && JSON.stringify(current.data) === JSON.stringify(override)) {
      return succeed(200, toFinancialProduct(mergeFinancialProduct(id, current, ctx.config.base_currency)));
    }
    const stored = current ? ctx.update(current, override) : ctx.insert(FINANCIAL_PRODUCT, id, override);
    const product = toFinancialProduct(mergeFinancialProduct(id, stored, ctx.config.base_currency));
    ctx.emit({ type: "financial_product_updated", ch: "notifications", payload: product });
    return succeed(200, product);
  },
});
