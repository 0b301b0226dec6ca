/**
 * Exact arithmetic on stored integers (`bigint` minor units or 10^-6 quantities). No decimal.js
 * here: everything is integer maths, so it cannot round by accident. See money.ts for the
 * storage representation.
 */

/**
 * A named rounding mode. `roundDown` truncates toward zero; `halfEven` rounds to the nearest
 * and breaks ties toward the even neighbour (banker's rounding, unbiased over many values).
 */
export type RoundingMode = "roundDown" | "halfEven";

/** The one rounding mode for each purpose. Rounding anywhere else is a bug. */
export const ROUNDING = {
  /** Units bought for an amount of cash: a pot never receives more than it paid for. */
  unitsBought: "roundDown",
  /** Valuations (units × price), average book cost, wire amounts derived by division. */
  valuation: "halfEven",
  /** Book cost removed by a sale under the average-cost method (book_cost × sold / total). */
  bookCostDisposal: "halfEven",
  /** PAYE: taxable pay to the whole pound and tax to the penny, both in the taxpayer's favour. */
  payeTaxable: "roundDown",
  /** Shares of an amount (tax-free cash, relief, bonus, charge) to the penny. */
  taxShare: "roundDown",
  /** A day's recurring-fee accrual at 10^-10 of the currency. */
  feeAccrual: "halfEven",
  /** A recurring-fee collection: the exact accrued sum to the minor unit, once, the remainder carried. */
  feeCollection: "halfEven",
} as const satisfies Record<string, RoundingMode>;

/**
 * Largest magnitude a stored integer may have: 2^53 − 1. SQLite INTEGER holds 64 bits, but
 * the DO storage API and D1 hand INTEGER columns back as JavaScript numbers, which are exact
 * only up to this bound. Keeping every stored value inside it means a read can never lose a
 * digit. At 10^-6 it still allows 9,007,199,254 units; in pence, 90 trillion pounds.
 */
export const MAX_STORABLE = BigInt(Number.MAX_SAFE_INTEGER);

/** True when `value` fits the storage range (|value| ≤ 2^53 − 1). */
export function isStorable(value: bigint): boolean {
  return value <= MAX_STORABLE && value >= -MAX_STORABLE;
}

/** Returns `value` unchanged, or throws a RangeError when it is outside the storage range. */
export function assertStorable(value: bigint): bigint {
  if (!isStorable(value)) throw new RangeError(`stored integer out of range: ${value}`);
  return value;
}

/**
 * The value to bind for an INTEGER column: a decimal string of the integer. The column's
 * INTEGER affinity stores it as a 64-bit integer (exactly, even where a JS number would not be);
 * bigint itself is not a bindable type in the DO storage API.
 */
export function toStorage(value: bigint): string {
  return assertStorable(value).toString();
}

/**
 * Reads a stored integer back as a `bigint`. Accepts what SQLite drivers return for an INTEGER
 * column: a safe-integer number, a bigint, or a decimal string of an integer (e.g. from
 * `CAST(col AS TEXT)`). Anything else, or anything outside the storage range, is corrupt data
 * and throws a RangeError.
 */
export function fromStorage(raw: unknown): bigint {
  let value: bigint;
  if (typeof raw === "bigint") value = raw;
  else if (typeof raw === "number" && Number.isSafeInteger(raw)) value = BigInt(raw);
  else if (typeof raw === "string" && /^-?\d{1,19}$/.test(raw)) value = BigInt(raw);
  else throw new RangeError(`not a stored integer: ${String(raw)}`);
  return assertStorable(value);
}

/** `10^exponent` as a bigint. */
export function pow10(exponent: number): bigint {
  if (!Number.isInteger(exponent) || exponent < 0) throw new RangeError(`bad exponent: ${exponent}`);
  return 10n ** BigInt(exponent);
}

/**
 * Exact `numerator / denominator`, rounded to an integer with the given mode. The one place
 * where integer division rounds; ledger and holdings maths go through here.
 */
export function divideRounded(numerator: bigint, denominator: bigint, mode: RoundingMode): bigint {
  if (denominator === 0n) throw new RangeError("division by zero");
  const quotient = numerator / denominator; // bigint division truncates toward zero
  const remainder = numerator % denominator;
  if (remainder === 0n || mode === "roundDown") return quotient;
  const awayFromZero = (numerator < 0n) !== (denominator < 0n) ? -1n : 1n;
  const twiceRemainder = 2n * (remainder < 0n ? -remainder : remainder);
  const absDenominator = denominator < 0n ? -denominator : denominator;
  if (twiceRemainder > absDenominator) return quotient + awayFromZero;
  if (twiceRemainder < absDenominator) return quotient;
  return quotient % 2n === 0n ? quotient : quotient + awayFromZero;
}

/**
 * Formats an integer at `scale` decimal places as a plain decimal string with exactly `scale`
 * decimals: `formatScaled(150000n, 2)` is `"1500.00"`. Never uses exponent notation.
 */
export function formatScaled(value: bigint, scale: number): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(scale + 1, "0");
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  return `${negative ? "-" : ""}${whole}${scale > 0 ? `.${fraction}` : ""}`;
}

/**
 * Splits the integer `total` in proportion to non-negative integer `weights` by the largest
 * remainder method: every share is rounded down, then the units left over go one each to the
 * shares with the largest remainders (ties to the earlier index). The result always sums to
 * exactly `total`, and a zero weight always gets zero. Throws a RangeError when there are no
 * weights, a weight is negative, or all weights are zero.
 */
export function allocateIntegers(total: bigint, weights: readonly bigint[]): bigint[] {
  if (weights.length === 0) throw new RangeError("allocate needs at least one weight");
  let weightSum = 0n;
  for (const w of weights) {
    if (w < 0n) throw new RangeError("allocate weights must not be negative");
    weightSum += w;
  }
  if (weightSum === 0n) throw new RangeError("allocate weights must not all be zero");

  // Allocate the magnitude and restore the sign, so negative totals split symmetrically.
  const magnitude = total < 0n ? -total : total;
  const shares = weights.map((w) => (magnitude * w) / weightSum);
  const remainders = weights.map((w) => (magnitude * w) % weightSum);
  let leftover = magnitude - shares.reduce((sum, s) => sum + s, 0n);

  const order = weights.map((_, i) => i);
  order.sort((a, b) => {
    const ra = remainders[a] ?? 0n;
    const rb = remainders[b] ?? 0n;
    if (ra === rb) return a - b;
    return ra > rb ? -1 : 1;
  });
  for (const index of order) {
    if (leftover === 0n) break;
    shares[index] = (shares[index] ?? 0n) + 1n;
    leftover -= 1n;
  }
  return total < 0n ? shares.map((s) => -s) : shares;
}
