import type { CashInvestmentProductData } from "../../catalogue/cash-investment-products";
import { toWire } from "../../platform/wire-absent";
import { CashInvestmentProduct } from "./schema";

/** The product as the wire shows it, from either the write model or the D1 read model. */
export function toCashProduct(row: { data: CashInvestmentProductData; createdAt: string; updatedAt: string }) {
  return toWire(CashInvestmentProduct, { ...row.data, created_at: row.createdAt, updated_at: row.updatedAt });
}
