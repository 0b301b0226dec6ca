import { z } from "@hono/zod-openapi";
import { wireDate, wireDateTime } from "../../platform/wire-resources";
import { currencyField, decimalField } from "../../catalogue/decimals";
import { APPLICABLE_FINANCIAL_PRODUCTS, ASSET_TYPES, CASH_PRODUCT_ID, ID_TYPES, PRODUCT_STATUSES } from "../../catalogue/investment-products";
import { calendarDate, PageQuery } from "../../platform/wire-fields";

/** Product ids: ISIN/CUSIP/FundServ-style codes; `cash` and the route word `current-prices` are reserved. */
const RESERVED_IDS = new Set([CASH_PRODUCT_ID, "current-prices"]);
export const investmentProductId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, "1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit")
  .refine((id) => !RESERVED_IDS.has(id), "is reserved");

const price = decimalField({ maxDecimals: 4, positive: true, example: "12.745" });
const emptyAsAll = (value: unknown) => (value === "" ? undefined : value);

export const InvestmentProduct = z
  .object({
    investment_product_id: z.string().openapi({ example: "GB00B3X7QG63" }),
    id_type: z.enum(ID_TYPES),
    name: z.string().openapi({ example: "Vanguard FTSE U.K. All Share Index Unit Trust Acc" }),
    asset_type: z.enum(ASSET_TYPES),
    asset_sub_type: z.string().optional(),
    currency: z.string().openapi({ example: "GBP" }),
    pricing_method: z.string().openapi({ example: "NAV" }),
    fund_asset_type: z.string().optional(),
    fund_code: z.string().optional(),
    applicable_financial_products: z.array(z.enum(APPLICABLE_FINANCIAL_PRODUCTS)),
    settlement_date_offset: z.number().int().openapi({ description: "Business days from trade to settlement (3 = T+3)", example: 3 }),
    status: z.enum(PRODUCT_STATUSES),
    close_price: z.string().openapi({ example: "12.745" }),
    close_price_on_date: wireDate.openapi({ example: "2021-09-03" }),
    additional_provider_details: z.record(z.string(), z.unknown()),
    created_at: wireDateTime,
    updated_at: wireDateTime,
  })
  .openapi("InvestmentProduct");

export const InvestmentProductListItem = z
  .object({
    investment_product_id: z.string(),
    asset_type: z.enum(ASSET_TYPES),
    status: z.enum(PRODUCT_STATUSES),
    name: z.string(),
    created_at: wireDateTime,
    updated_at: wireDateTime,
  })
  .openapi("InvestmentProductListItem");

export const InvestmentProductList = z
  .object({ investment_products: z.array(InvestmentProductListItem), next_page_available: z.boolean() })
  .openapi("InvestmentProductList");

export const InvestmentProductPrice = z
  .object({
    investment_product_id: z.string().openapi({ example: "FUND345" }),
    current_price: z.string().openapi({ example: "45.78" }),
    currency: z.string().openapi({ example: "GBP" }),
    price_on_date: wireDate.openapi({ example: "2019-08-24" }),
  })
  .openapi("InvestmentProductPrice");

export const InvestmentProductPriceList = z
  .object({ investment_product_unit_prices: z.array(InvestmentProductPrice), next_page_available: z.boolean() })
  .openapi("InvestmentProductPriceList");

export const ListInvestmentProductsQuery = PageQuery.pick({ page_size: true, page_number: true }).extend({
  status: z.preprocess(emptyAsAll, z.enum(PRODUCT_STATUSES).optional()).openapi({ description: "active or inactive; empty for all" }),
});

export const InvestmentProductParams = z.object({
  investment_product_id: z.string().min(1).max(64).openapi({ param: { name: "investment_product_id", in: "path" }, example: "GB00B3X7QG63" }),
});

export const AdminInvestmentProductParams = z.object({
  tenant_id: z.string().openapi({ param: { name: "tenant_id", in: "path" }, example: "acme" }),
  investment_product_id: investmentProductId.openapi({ param: { name: "investment_product_id", in: "path" }, example: "GB00B3X7QG63" }),
});

const upsertFields = {
  name: z.string().min(1).max(200),
  id_type: z.enum(ID_TYPES),
  asset_type: z.enum(ASSET_TYPES),
  asset_sub_type: z.string().min(1).max(100).nullable(),
  currency: currencyField,
  pricing_method: z.string().min(1).max(20),
  fund_asset_type: z.string().min(1).max(100).nullable(),
  fund_code: z.string().min(1).max(50).nullable(),
  applicable_financial_products: z
    .array(z.enum(APPLICABLE_FINANCIAL_PRODUCTS))
    .min(1)
    .refine((list) => new Set(list).size === list.length, "must not repeat a value")
    .openapi({ uniqueItems: true }),
  settlement_date_offset: z.number().int().min(0).max(30),
  status: z.enum(PRODUCT_STATUSES),
  additional_provider_details: z.record(z.string(), z.unknown()),
  close_price: price,
  close_price_on_date: calendarDate,
};

function bothOrNeither(v: { close_price?: unknown; close_price_on_date?: unknown }, ctx: z.RefinementCtx): void {
  if ((v.close_price === undefined) !== (v.close_price_on_date === undefined)) {
    const missing = v.close_price === undefined ? "close_price" : "close_price_on_date";
    ctx.addIssue({ code: "custom", path: [missing], message: "close_price and close_price_on_date go together" });
  }
}

/**
 * The operator's upsert of a product. Creating needs name, id_type, asset_type, currency,
 * close_price and close_price_on_date; an update changes only the fields sent.
 */
export const UpsertInvestmentProductBody = z.object(upsertFields).partial().strict().superRefine(bothOrNeither).openapi("UpsertInvestmentProductBody");

/** The upsert command's input: the body plus the product id from the path. */
export const UpsertInvestmentProductInput = z
  .object(upsertFields)
  .partial()
  .extend({ investment_product_id: investmentProductId })
  .strict()
  .superRefine(bothOrNeither);

export const PublishPriceBody = z.object({ price, price_date: calendarDate }).strict().openapi("PublishPriceBody");

export const PublishPriceInput = PublishPriceBody.extend({ investment_product_id: z.string().min(1).max(64) });

export type UpsertInvestmentProductInput = z.infer<typeof UpsertInvestmentProductInput>;
