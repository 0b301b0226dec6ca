import type { FinancialProduct as StoredProduct } from "../../catalogue/financial-products";
import { toWire } from "../../platform/wire-absent";
import { FinancialProduct } from "./schema";

/** A financial product as the wire shows it (settings without a value, e.g. an uncapped allowance, omitted). */
export function toFinancialProduct(product: StoredProduct): FinancialProduct {
  return toWire(FinancialProduct, { ...product } as unknown as FinancialProduct);
}
