import { findCashInvestmentProduct, type CashInvestmentProductData } from "../catalogue/cash-investment-products";
import { findInvestmentProduct, quantityDecimals, type InvestmentProductData } from "../catalogue/investment-products";
import type { CommandContext } from "../tenant/command-context";
import { conversionNow, type FxConversion } from "./fx-rates";
import type { PricedProduct } from "./holdings";

/** The price facts of a product for valuing holdings (`fx`: how its price becomes the pot's currency). */
export function toPricedProduct(product: InvestmentProductData, fx: FxConversion | null = null): PricedProduct {
  return {
    ...(fx && { fx }),
    name: product.name ?? product.investment_product_id,
    currency: product.currency,
    close_price: product.close_price,
    close_price_on_date: product.close_price_on_date,
    quantity_decimals: quantityDecimals(product),
  };
}

/** A cash deposit held in a pot: one unit per unit of currency, always worth 1.00 (interest is paid as cash). */
export function cashDepositPricing(product: CashInvestmentProductData): PricedProduct {
  return { name: product.investment_product_name, currency: product.currency, close_price: "1.00", close_price_on_date: "", quantity_decimals: 2 };
}

/**
 * The current price facts of a product inside a command, or `null` when it is unknown. With the
 * pot's currency, a product priced in another currency carries the rate (or throws `FxRateMissing`).
 */
export function pricedProduct(ctx: CommandContext, productId: string, potCurrency?: string): PricedProduct | null {
  const product = findInvestmentProduct(ctx, productId);
  if (product) return toPricedProduct(product, potCurrency === undefined ? null : conversionNow(ctx, product.currency, potCurrency));
  const deposit = productId.startsWith("CASHINV-") ? findCashInvestmentProduct(ctx, productId) : null;
  return deposit ? cashDepositPricing(deposit) : null;
}
