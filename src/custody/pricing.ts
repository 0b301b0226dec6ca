import { findInvestmentProduct, quantityDecimals, type InvestmentProductData } from "../catalogue/investment-products";
import type { CommandContext } from "../tenant/command-context";
import type { PricedProduct } from "./holdings";

/** The price facts of a product for valuing holdings. */
export function toPricedProduct(product: InvestmentProductData): PricedProduct {
  return {
    name: product.name ?? product.investment_product_id,
    currency: product.currency,
    close_price: product.close_price,
    close_price_on_date: product.close_price_on_date,
    quantity_decimals: quantityDecimals(product),
  };
}

/** The current price facts of a product inside a command, or `null` when it is unknown. */
export function pricedProduct(ctx: CommandContext, productId: string): PricedProduct | null {
  const product = findInvestmentProduct(ctx, productId);
  return product ? toPricedProduct(product) : null;
}
