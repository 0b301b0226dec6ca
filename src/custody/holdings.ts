/**
 * What a pot holds, as the wire shows it: cash and investment-product holdings valued at the
 * latest price. Pure: the tenant object uses it for `holding_updated` events, the read side for
 * `/pots/v1/{pot_id}/holdings`, `/value` and the investor totals, so both always agree.
 *
 * Values: free and locked are each `quantity × price` rounded half-even to the currency's
 * minor unit, and total is defined as free + locked, so every total equals the sum of its parts.
 */
import { averageBookCost, marketValue } from "../ledger/book-cost";
import { QUANTITY_SCALE, formatScaled, fromStorage, isCurrencyCode, parseScaled, currencyExponent, type CurrencyCode } from "../money/money";
import { convertedMarketValue, type FxConversion } from "./fx-rates";

/** One stored position of a pot, as the holding entity keeps it (integers as decimal strings). */
export interface HoldingRecord {
  pot_id: string;
  /** `cash` or the investment product id. */
  investment_product_id: string;
  currency: string;
  /** Stored integers: minor units for cash, 10^-6 units for products; book cost in minor units. */
  total: string;
  locked: string;
  book_cost: string;
}

/** The price facts a product holding needs. */
export interface PricedProduct {
  name: string;
  currency: string;
  close_price: string;
  close_price_on_date: string;
  /** Decimal places quantities of this product are shown with (4 for funds, 0 otherwise). */
  quantity_decimals: number;
  /** Set when the pot's currency differs from the price's: the rate values are converted with. */
  fx?: FxConversion | null;
}

/** The wire holding (all money and quantities are strings). */
export interface Holding {
  pot_id: string;
  investment_product_id: string;
  currency: string;
  total_quantity: string;
  free_quantity: string;
  locked_quantity: string;
  total_value: string;
  free_value: string;
  locked_value: string;
  investment_product_name: string;
  price: string;
  price_date: string;
  average_book_cost: string;
  cost_of_holding: string;
  settled_cash_position: string;
  additional_external_details: Record<string, unknown>;
  /** Only for a product priced in another currency than its pot: the price's currency and the rate used. */
  price_currency?: string;
  fx_rate_id?: string;
  fx_rate?: string;
  fx_rate_on_date?: string;
}

/** Integer amounts of one holding in minor units, for summing pot and investor totals. */
export interface HoldingMinor {
  currency: CurrencyCode;
  isCash: boolean;
  free: bigint;
  locked: bigint;
}

function currencyOf(code: string): CurrencyCode {
  if (!isCurrencyCode(code)) throw new RangeError(`unsupported currency ${code}`);
  return code;
}

/** A quantity at 10^-6 shown with `decimals` places when that is exact, else with all six. */
export function formatQuantity(units: bigint, decimals: number): string {
  const full = formatScaled(units, QUANTITY_SCALE);
  const drop = QUANTITY_SCALE - decimals;
  if (drop <= 0 || !/^0+$/.test(full.slice(-drop))) return full;
  const cut = full.slice(0, full.length - drop);
  return cut.endsWith(".") ? cut.slice(0, -1) : cut;
}

/** A price or per-unit cost at 10^-6, shown with at least 2 and at most 6 decimals. */
function formatUnitPrice(value: bigint): string {
  return formatScaled(value, QUANTITY_SCALE).replace(/(\.\d{2}\d*?)0+$/, "$1");
}

/** Minor-unit amounts of a holding at the given price (cash: the balances themselves). */
export function holdingMinor(record: HoldingRecord, product: PricedProduct | null): HoldingMinor {
  const currency = currencyOf(record.currency);
  const total = fromStorage(record.total);
  const locked = fromStorage(record.locked);
  if (record.investment_product_id === "cash") return { currency, isCash: true, free: total - locked, locked };
  const price = product ? priceScaled(product.close_price) : 0n;
  if (product?.fx) {
    const fx = product.fx;
    return { currency: currencyOf(fx.currency), isCash: false, free: convertedMarketValue(total - locked, price, fx), locked: convertedMarketValue(locked, price, fx) };
  }
  return { currency, isCash: false, free: marketValue(total - locked, price, currency), locked: marketValue(locked, price, currency) };
}

function priceScaled(price: string): bigint {
  const parsed = parseScaled(price, QUANTITY_SCALE);
  if (!parsed.ok) throw new RangeError(`stored price ${price} ${parsed.error}`);
  return parsed.value;
}

/**
 * The wire holding of a stored position. Cash leaves quantities, price and book cost empty
 * and reports `settled_cash_position` (all booked cash is settled: pending inbound cash is not
 * in the ledger until it settles). Products leave `settled_cash_position` empty.
 */
export function toHolding(record: HoldingRecord, product: PricedProduct | null): Holding {
  const minor = holdingMinor(record, product);
  // Values (and book cost) are in the pot's currency; only the price may be in another.
  const currency = minor.currency;
  const exponent = currencyExponent(currency);
  const money = (v: bigint) => formatScaled(v, exponent);
  const base = {
    pot_id: record.pot_id,
    investment_product_id: record.investment_product_id,
    currency,
    total_value: money(minor.free + minor.locked),
    free_value: money(minor.free),
    locked_value: money(minor.locked),
    additional_external_details: {},
  };
  if (minor.isCash) {
    return {
      ...base,
      total_quantity: "",
      free_quantity: "",
      locked_quantity: "",
      investment_product_name: "Cash",
      price: "",
      price_date: "",
      average_book_cost: "",
      cost_of_holding: "",
      settled_cash_position: money(fromStorage(record.total)),
    };
  }
  const total = fromStorage(record.total);
  const locked = fromStorage(record.locked);
  const bookCost = fromStorage(record.book_cost);
  const decimals = product?.quantity_decimals ?? QUANTITY_SCALE;
  const average = averageBookCost(bookCost, total, currency);
  return {
    ...base,
    total_quantity: formatQuantity(total, decimals),
    free_quantity: formatQuantity(total - locked, decimals),
    locked_quantity: formatQuantity(locked, decimals),
    investment_product_name: product?.name ?? "",
    price: product?.close_price ?? "",
    price_date: product?.close_price_on_date ?? "",
    average_book_cost: average === null ? "0.00" : formatUnitPrice(average),
    cost_of_holding: money(bookCost),
    settled_cash_position: "",
    ...(product?.fx && { price_currency: product.currency, fx_rate_id: product.fx.pair, fx_rate: product.fx.rate, fx_rate_on_date: product.fx.rate_on_date }),
  };
}

/** Pot value totals (all strings), summed exactly from the holdings' minor amounts. */
export interface PotTotals {
  total_value: string;
  total_free_value: string;
  total_locked_value: string;
  total_cash_value: string;
  total_free_cash_value: string;
  total_locked_cash_value: string;
  settled_cash_position: string;
}

/** Sums holdings of one currency into the pot-value figures. */
export function sumHoldings(currency: string, holdings: HoldingMinor[]): PotTotals {
  const exponent = currencyExponent(currencyOf(currency));
  let free = 0n;
  let locked = 0n;
  let cashFree = 0n;
  let cashLocked = 0n;
  for (const h of holdings) {
    if (h.currency !== currency) continue;
    free += h.free;
    locked += h.locked;
    if (h.isCash) {
      cashFree += h.free;
      cashLocked += h.locked;
    }
  }
  const money = (v: bigint) => formatScaled(v, exponent);
  return {
    total_value: money(free + locked),
    total_free_value: money(free),
    total_locked_value: money(locked),
    total_cash_value: money(cashFree + cashLocked),
    total_free_cash_value: money(cashFree),
    total_locked_cash_value: money(cashLocked),
    settled_cash_position: money(cashFree + cashLocked),
  };
}
