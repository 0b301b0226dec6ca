/**
 * FX spot rates: reference data the operator publishes (admin API), one latest rate per pair
 * plus the history of every publication. A pair `USDGBP` quotes GBP per one USD. Valuation of a
 * holding priced in another currency than its pot converts through the direct pair, or through
 * the inverse of the reverse pair; with neither, valuing fails loudly (never silently 1:1).
 */
import { QUANTITY_SCALE, ROUNDING, currencyExponent, divideRounded, parseScaled, pow10, type CurrencyCode } from "../money/money";
import type { CommandContext } from "../tenant/command-context";

/** Entity kind of the latest rate of a pair (id: the pair, e.g. `USDGBP`). */
export const FX_RATE = "fx_rate";
/** Entity kind of one publication (id `{pair}/{as_of}`; owner: the pair). */
export const FX_RATE_HISTORY = "fx_rate_history";
/** Decimal places a rate may have. */
export const RATE_DECIMALS = 8;

/** A published rate as stored. */
export interface FxRateData {
  rate_id: string;
  rate_type: "fx-spot";
  base_currency: string;
  quote_currency: string;
  rate: string;
  /** The instant the rate is valid from (ISO 8601), and its London date (YYYY-MM-DD). */
  as_of: string;
  rate_on_date: string;
}

/** How a price in one currency becomes a value in another: the rate used and its date. */
export interface FxConversion {
  /** The currency values are stated in (the pot's). */
  currency: string;
  /** The pair as published and its rate; `inverted` when the reverse pair was used. */
  pair: string;
  rate: string;
  rate_on_date: string;
  inverted: boolean;
}

/** Thrown when a holding must be valued across currencies and no rate exists for the pair. */
export class FxRateMissing extends Error {
  constructor(readonly from: string, readonly to: string) {
    super(`No fx-spot rate ${from}${to} (nor ${to}${from}) is published: a ${from} price cannot be valued in ${to}`);
  }
}

/** The conversion of `from` prices into `to` values from the latest rates, or null when the currencies agree. */
export function conversionFrom(rates: (pair: string) => FxRateData | null, from: string, to: string): FxConversion | null {
  if (from === to) return null;
  const direct = rates(`${from}${to}`);
  if (direct) return { currency: to, pair: direct.rate_id, rate: direct.rate, rate_on_date: direct.rate_on_date, inverted: false };
  const reverse = rates(`${to}${from}`);
  if (reverse) return { currency: to, pair: reverse.rate_id, rate: reverse.rate, rate_on_date: reverse.rate_on_date, inverted: true };
  throw new FxRateMissing(from, to);
}

/** The conversion of `from` prices into `to` values inside a command (see `conversionFrom`). */
export function conversionNow(ctx: CommandContext, from: string, to: string): FxConversion | null {
  return conversionFrom((pair) => ctx.get<FxRateData>(FX_RATE, pair)?.data ?? null, from, to);
}

/**
 * Value of `units` at `price` (both at `QUANTITY_SCALE`, the price in the product's currency)
 * in minor units of `fx.currency`: units × price × rate (or ÷ rate when inverted), rounded
 * half-even once, at the end.
 */
export function convertedMarketValue(units: bigint, price: bigint, fx: FxConversion): bigint {
  const parsed = parseScaled(fx.rate, RATE_DECIMALS);
  if (!parsed.ok || parsed.value <= 0n) throw new RangeError(`stored rate ${fx.rate} of ${fx.pair} ${parsed.ok ? "is not positive" : parsed.error}`);
  const minor = pow10(currencyExponent(fx.currency as CurrencyCode));
  const scale = pow10(2 * QUANTITY_SCALE);
  const rateScale = pow10(RATE_DECIMALS);
  return fx.inverted
    ? divideRounded(units * price * minor * rateScale, scale * parsed.value, ROUNDING.valuation)
    : divideRounded(units * price * minor * parsed.value, scale * rateScale, ROUNDING.valuation);
}
