import type { CommandContext } from "../tenant/command-context";
import type { FinancialProductId } from "./financial-products";

/**
 * Investment products (funds, equities, bonds, ETFs) a tenant offers, each with its current
 * price. Stored as `investment_product` entities keyed by the product id (an ISIN, CUSIP or
 * FundServ code); the admin API writes them, the money path reads them inside commands.
 */

/** Entity kind of an investment product. */
export const INVESTMENT_PRODUCT = "investment_product";

export const ID_TYPES = ["ISIN", "CUSIP", "FundServID"] as const;
export const ASSET_TYPES = ["funds", "equities", "bonds", "etf"] as const;
export const PRODUCT_STATUSES = ["active", "inactive"] as const;
/** The wrappers a product may be held in, as WealthOS names them. */
export const APPLICABLE_FINANCIAL_PRODUCTS = ["gia", "isa", "pension"] as const;

/** The id that stands for cash in holdings, templates and instructions; never a product id. */
export const CASH_PRODUCT_ID = "cash";

/** An investment product as stored and as the wire shows it (without `created_at`/`updated_at`). */
export interface InvestmentProductData {
  investment_product_id: string;
  id_type: (typeof ID_TYPES)[number];
  name: string;
  asset_type: (typeof ASSET_TYPES)[number];
  asset_sub_type: string | null;
  currency: string;
  pricing_method: string;
  fund_asset_type: string | null;
  fund_code: string | null;
  applicable_financial_products: Array<(typeof APPLICABLE_FINANCIAL_PRODUCTS)[number]>;
  /** Business days from trade to settlement (3 = T+3). */
  settlement_date_offset: number;
  status: (typeof PRODUCT_STATUSES)[number];
  /** The current price, a decimal string with at most 4 decimals. */
  close_price: string;
  /** Date of the current price, `YYYY-MM-DD`. */
  close_price_on_date: string;
  additional_provider_details: Record<string, unknown>;
}

/** The tenant's investment product, or `null` when it has none with that id. */
export function findInvestmentProduct(ctx: CommandContext, id: string): InvestmentProductData | null {
  return ctx.get<InvestmentProductData>(INVESTMENT_PRODUCT, id)?.data ?? null;
}

/** Decimal places a quantity of this product may have: 4 for funds, 0 for equities, bonds and ETFs. */
export function quantityDecimals(p: Pick<InvestmentProductData, "asset_type">): number {
  return p.asset_type === "funds" ? 4 : 0;
}

const WRAPPER_OF: Record<FinancialProductId, (typeof APPLICABLE_FINANCIAL_PRODUCTS)[number]> = {
  general_investment_product: "gia",
  treasury_management: "gia",
  stocks_isa: "isa",
  stocks_jisa: "isa",
  lisa_cash: "isa",
  lisa_stocks: "isa",
  sipp_accumulation: "pension",
  sipp_fad: "pension",
};

/** True when the product may be held in a pot of that financial product (by `applicable_financial_products`). */
export function isApplicableTo(p: InvestmentProductData, financialProductId: FinancialProductId): boolean {
  return p.applicable_financial_products.includes(WRAPPER_OF[financialProductId]);
}
