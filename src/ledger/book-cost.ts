/**
 * Holdings maths on stored integers: book cost under the average-cost method, valuations and
 * units for cash. Units and prices are at `QUANTITY_SCALE`; cash and book cost are minor units.
 * Every division rounds through `divideRounded` with the mode `ROUNDING` names for its purpose.
 */
import { QUANTITY_SCALE, ROUNDING, currencyExponent, divideRounded, pow10, type CurrencyCode } from "../money/money";

/**
 * Book cost that leaves a position when `sold` of its `total` units go: `bookCost × sold /
 * total`, rounded half-even. Selling everything removes exactly all of it, so book cost is
 * zero whenever units are. Throws a RangeError unless 0 < sold ≤ total and bookCost ≥ 0.
 */
export function bookCostRemoved(bookCost: bigint, total: bigint, sold: bigint): bigint {
  if (sold <= 0n || sold > total || bookCost < 0n) {
    throw new RangeError(`bookCostRemoved: need 0 < sold (${sold}) <= total (${total}) and bookCost >= 0`);
  }
  return divideRounded(bookCost * sold, total, ROUNDING.bookCostDisposal);
}

/**
 * Average book cost per unit, `bookCost / total`, as a price at `QUANTITY_SCALE` in
 * `currency` (rounded half-even), or null when the position holds no units.
 */
export function averageBookCost(bookCost: bigint, total: bigint, currency: CurrencyCode): bigint | null {
  if (total <= 0n) return null;
  // bookCost / 10^e currency over total / 10^6 units, expressed at 10^-6.
  const numerator = bookCost * pow10(2 * QUANTITY_SCALE);
  return divideRounded(numerator, total * pow10(currencyExponent(currency)), ROUNDING.valuation);
}

/**
 * Value of `units` at `price` (both at `QUANTITY_SCALE`) in minor units of `currency`,
 * rounded half-even.
 */
export function marketValue(units: bigint, price: bigint, currency: CurrencyCode): bigint {
  const numerator = units * price * pow10(currencyExponent(currency));
  return divideRounded(numerator, pow10(2 * QUANTITY_SCALE), ROUNDING.valuation);
}

/**
 * Units (at `QUANTITY_SCALE`) that `cash` minor units of `currency` buy at `price`, rounded
 * down so a pot never gets more than it paid for. Throws a RangeError when price is not positive.
 */
export function unitsForCash(cash: bigint, price: bigint, currency: CurrencyCode): bigint {
  if (price <= 0n) throw new RangeError("unitsForCash: price must be positive");
  const numerator = cash * pow10(2 * QUANTITY_SCALE);
  return divideRounded(numerator, price * pow10(currencyExponent(currency)), ROUNDING.unitsBought);
}
