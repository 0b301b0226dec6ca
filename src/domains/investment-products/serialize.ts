import type { InvestmentProductData } from "../../catalogue/investment-products";
import { toWire } from "../../platform/wire-absent";
import { InvestmentProduct, InvestmentProductListItem, InvestmentProductPrice } from "./schema";

type Row = { data: InvestmentProductData; createdAt: string; updatedAt: string };

/** The full product, from either the write model or the D1 read model. */
export function toInvestmentProduct(row: Row) {
  return toWire(InvestmentProduct, { ...row.data, created_at: row.createdAt, updated_at: row.updatedAt });
}

/** The product as the configured-products list shows it. */
export function toListItem(row: Row) {
  const d = row.data;
  return toWire(InvestmentProductListItem, {
    investment_product_id: d.investment_product_id,
    asset_type: d.asset_type,
    status: d.status,
    name: d.name,
    created_at: row.createdAt,
    updated_at: row.updatedAt,
  });
}

/** The product's current price. */
export function toPrice(data: InvestmentProductData) {
  return toWire(InvestmentProductPrice, {
    investment_product_id: data.investment_product_id,
    current_price: data.close_price,
    currency: data.currency,
    price_on_date: data.close_price_on_date,
  });
}
