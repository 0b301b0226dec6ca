import { canonicalDecimal, utcDate } from "../../catalogue/decimals";
import { INVESTMENT_PRODUCT, type InvestmentProductData } from "../../catalogue/investment-products";
import type { DomainError, FieldError } from "../../platform/errors/api-error";
import type { CommandContext, StoredEntity } from "../../tenant/command-context";
import { defineCommand, fail, succeed } from "../../tenant/commands";
import { PublishPriceInput, UpsertInvestmentProductInput } from "./schema";
import { toInvestmentProduct, toPrice } from "./serialize";

const REQUIRED_ON_CREATE = ["name", "id_type", "asset_type", "currency", "close_price", "close_price_on_date"] as const;

function invalid(errors: FieldError[]) {
  return fail({ code: "validation_failed", detail: `Invalid fields: ${errors.map((e) => e.field).join(", ")}`, errors });
}

/**
 * The price rules: a price may not be dated in the future (400), nor before the product's
 * current price (409; prices only move forward). The same date replaces the price (a correction).
 */
function priceDateError(ctx: CommandContext, current: InvestmentProductData | null, date: string, field: string): DomainError | null {
  if (date > utcDate(ctx.now)) {
    return { code: "validation_failed", detail: `Invalid fields: ${field}`, errors: [{ field, message: "must not be in the future" }] };
  }
  if (current && date < current.close_price_on_date) {
    return {
      code: "state_conflict",
      detail: `A price dated ${date} is older than the current price (${current.close_price_on_date}); prices only move forward`,
      errors: [{ field, message: `must not be before ${current.close_price_on_date}` }],
      extra: { current_price_on_date: current.close_price_on_date },
    };
  }
  return null;
}

/** Writes the product (or nothing, when it would not change) and emits the full resource on `notifications`. */
function save(ctx: CommandContext, current: StoredEntity<InvestmentProductData> | null, data: InvestmentProductData) {
  if (current && JSON.stringify(current.data) === JSON.stringify(data)) return current;
  const stored = current ? ctx.update(current, data) : ctx.insert(INVESTMENT_PRODUCT, data.investment_product_id, data);
  const type = current ? "investment_product_updated" : "investment_product_created";
  ctx.emit({ type, ch: "notifications", payload: toInvestmentProduct(stored) });
  return stored;
}

function newProduct(id: string, input: UpsertInvestmentProductInput): InvestmentProductData {
  const assetType = input.asset_type ?? "funds";
  return {
    investment_product_id: id,
    id_type: input.id_type ?? "ISIN",
    name: "",
    asset_type: assetType,
    asset_sub_type: null,
    currency: "",
    pricing_method: "NAV",
    fund_asset_type: null,
    fund_code: null,
    applicable_financial_products: ["gia", "isa", "pension"],
    // Funds commonly settle T+3, exchange-traded instruments T+2.
    settlement_date_offset: assetType === "funds" ? 3 : 2,
    status: "active",
    close_price: "",
    close_price_on_date: "",
    additional_provider_details: {},
  };
}

/**
 * `investment_product.upsert` (admin): creates the product (201) or changes the sent fields
 * (200). Creating needs name, id_type, asset_type, currency and a first price.
 */
export const upsertInvestmentProduct = defineCommand({
  input: UpsertInvestmentProductInput,
  run(ctx, input) {
    const { investment_product_id: id, close_price, close_price_on_date, ...changes } = input;
    const current = ctx.get<InvestmentProductData>(INVESTMENT_PRODUCT, id);
    if (!current) {
      const missing = REQUIRED_ON_CREATE.filter((field) => input[field] === undefined);
      if (missing.length > 0) return invalid(missing.map((field) => ({ field, message: "required when creating a product" })));
    }
    const data: InvestmentProductData = { ...(current?.data ?? newProduct(id, input)), ...changes };
    if (close_price !== undefined && close_price_on_date !== undefined) {
      const error = priceDateError(ctx, current?.data ?? null, close_price_on_date, "close_price_on_date");
      if (error) return fail(error);
      data.close_price = canonicalDecimal(close_price, 2);
      data.close_price_on_date = close_price_on_date;
    }
    const stored = save(ctx, current, data);
    return succeed(current ? 200 : 201, toInvestmentProduct(stored));
  },
});

/** `investment_product.publish_price` (admin): a new current price for an existing product. */
export const publishInvestmentProductPrice = defineCommand({
  input: PublishPriceInput,
  run(ctx, input) {
    const current = ctx.get<InvestmentProductData>(INVESTMENT_PRODUCT, input.investment_product_id);
    if (!current) {
      return fail({
        code: "resource_not_found",
        detail: `Investment product '${input.investment_product_id}' does not exist`,
        errors: [{ field: "investment_product_id", message: "unknown investment product" }],
      });
    }
    const error = priceDateError(ctx, current.data, input.price_date, "price_date");
    if (error) return fail(error);
    const stored = save(ctx, current, { ...current.data, close_price: canonicalDecimal(input.price, 2), close_price_on_date: input.price_date });
    return succeed(200, toPrice(stored.data));
  },
});
