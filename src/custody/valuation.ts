/**
 * Pot values and holdings read from D1: the projected `holding` entities valued with the
 * projected investment products, through the same pure functions the tenant object uses for
 * `holding_updated` events (`src/custody/holdings.ts`), so REST and socket figures agree.
 */
import { CASH_INVESTMENT_PRODUCT, type CashInvestmentProductData } from "../catalogue/cash-investment-products";
import { INVESTMENT_PRODUCT, type InvestmentProductData } from "../catalogue/investment-products";
import { holdingMinor, sumHoldings, toHolding, type Holding, type HoldingMinor, type HoldingRecord, type PricedProduct } from "./holdings";
import { HOLDING } from "./ledger-store";
import type { PotData } from "./pots";
import { cashDepositPricing, toPricedProduct } from "./pricing";
import { conversionFrom, FX_RATE, FxRateMissing, type FxRateData } from "./fx-rates";
import { ApiError } from "../platform/errors/api-error";
import type { Database } from "../db/client";
import { findResources, listOwnedByAny } from "../db/resource-queries";
import type { ResourceRecord } from "../db/resources";
import { fromStorage } from "../money/money";

export type PotRecord = ResourceRecord<PotData>;

/** A pot with its non-empty holdings, in wire form and in minor units for summing. */
export interface ValuedPot {
  pot: PotRecord;
  holdings: Holding[];
  minors: HoldingMinor[];
}

/** Cash first (by currency), then products by id. */
function holdingOrder(a: HoldingRecord, b: HoldingRecord): number {
  const cash = Number(b.investment_product_id === "cash") - Number(a.investment_product_id === "cash");
  if (cash !== 0) return cash;
  const byProduct = a.investment_product_id < b.investment_product_id ? -1 : a.investment_product_id > b.investment_product_id ? 1 : 0;
  return byProduct !== 0 ? byProduct : a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0;
}

/** Values pots from their projected holdings at the current prices (one query per kind). */
export async function valuePots(db: Database, tenantId: string, pots: PotRecord[]): Promise<ValuedPot[]> {
  const records = (await listOwnedByAny<HoldingRecord>(db, tenantId, HOLDING, pots.map((p) => p.id)))
    .map((r) => r.data)
    .filter((h) => fromStorage(h.total) !== 0n || fromStorage(h.locked) !== 0n)
    .sort(holdingOrder);
  const productIds = [...new Set(records.filter((h) => h.investment_product_id !== "cash").map((h) => h.investment_product_id))];
  const products = new Map<string, InvestmentProductData>();
  for (const p of await findResources<InvestmentProductData>(db, tenantId, INVESTMENT_PRODUCT, productIds)) products.set(p.id, p.data);
  const depositIds = productIds.filter((id) => id.startsWith("CASHINV-") && !products.has(id));
  const deposits = new Map<string, PricedProduct>();
  if (depositIds.length > 0) {
    for (const p of await findResources<CashInvestmentProductData>(db, tenantId, CASH_INVESTMENT_PRODUCT, depositIds)) deposits.set(p.id, cashDepositPricing(p.data));
  }
  const rates = await ratesFor(db, tenantId, pots, [...products.values()]);
  const priceIn = (productId: string, potCurrency: string): PricedProduct | null => {
    const product = products.get(productId);
    if (!product) return deposits.get(productId) ?? null;
    try {
      return toPricedProduct(product, conversionFrom((pair) => rates.get(pair) ?? null, product.currency, potCurrency));
    } catch (error) {
      if (error instanceof FxRateMissing) throw new ApiError("state_conflict", error.message, { errors: [{ field: "fx_rate", message: error.message }] });
      throw error;
    }
  };
  return pots.map((pot) => {
    const own = records.filter((h) => h.pot_id === pot.id);
    const priced = own.map((h) => ({ record: h, product: h.investment_product_id === "cash" ? null : priceIn(h.investment_product_id, pot.data.pot_currency) }));
    return {
      pot,
      holdings: priced.map(({ record, product }) => toHolding(record, product)),
      minors: priced.map(({ record, product }) => holdingMinor(record, product)),
    };
  });
}

/** The latest rates of every pair (either way round) the pots' products may need, in one query. */
async function ratesFor(db: Database, tenantId: string, pots: PotRecord[], products: InvestmentProductData[]): Promise<Map<string, FxRateData>> {
  const pairs = new Set<string>();
  for (const potCurrency of new Set(pots.map((p) => p.data.pot_currency))) {
    for (const product of products) {
      if (product.currency === potCurrency) continue;
      pairs.add(`${product.currency}${potCurrency}`);
      pairs.add(`${potCurrency}${product.currency}`);
    }
  }
  if (pairs.size === 0) return new Map();
  return new Map((await findResources<FxRateData>(db, tenantId, FX_RATE, [...pairs])).map((r) => [r.id, r.data]));
}

/** The figures of `GET /tenant/pots/v1/{pot_id}/value`, in the pot's currency. */
export function potValue(valued: ValuedPot) {
  const currency = valued.pot.data.pot_currency;
  return { pot_id: valued.pot.id, pot_currency: currency, ...sumHoldings(currency, valued.minors) };
}

/**
 * An investor's totals by currency (`total_values[]`): each currency any pot holds something
 * in, summed exactly over those pots, with the pots listed. Currencies and pots without
 * holdings are left out. Ordered by currency code; pots oldest first.
 */
export function investorTotals(valued: ValuedPot[]) {
  const currencies = [...new Set(valued.flatMap((v) => v.minors.map((m) => m.currency)))].sort();
  return currencies.map((currency) => {
    const pots = valued.filter((v) => v.minors.some((m) => m.currency === currency));
    const { settled_cash_position, ...totals } = sumHoldings(currency, pots.flatMap((v) => v.minors));
    return { pot_currency: currency, ...totals, total_settled_cash_position: settled_cash_position, pots: pots.map((v) => ({ pot_id: v.pot.id })) };
  });
}
