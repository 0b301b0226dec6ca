/**
 * Money, quantities and prices. This directory is the only importer of decimal.js.
 *
 * Storage representation (decided here, once). Every stored amount is an integer, held in
 * memory as a `bigint`:
 *   - cash as minor units of its currency (pence for GBP; exponents in currency.ts);
 *   - quantities and prices at the fixed scale 10^-QUANTITY_SCALE (1.5 units = 1_500_000n).
 * In SQL they are INTEGER columns. Writes bind `toStorage(x)`, a decimal string of the integer,
 * which INTEGER affinity stores as a 64-bit integer; reads go through `fromStorage`, which takes
 * a safe-integer number, a bigint or an integer string. Every stored integer is asserted to lie
 * within ±(2^53 − 1) (`MAX_STORABLE`) on the way in and out, so it fits SQLite's INTEGER and
 * survives drivers that return JS numbers without losing a digit. A JS `number` never holds an
 * amount; numbers only count decimal places.
 *
 * Decimal arithmetic (parsing the wire, ratios, conversions) uses `Amount`, an opaque immutable
 * value backed by a private Decimal clone (precision 40, half-even). Rounding happens only
 * through `round` and `divideRounded`, with a named mode; `ROUNDING` says which mode serves
 * which purpose.
 */
import { Decimal } from "decimal.js";
import { currencyExponent, type CurrencyCode } from "./currency";
import { allocateIntegers, assertStorable, isStorable, type RoundingMode } from "./integers";

export * from "./currency";
export * from "./integers";

/** Decimal places of the fixed scale for quantities (units) and prices: 10^-6. */
export const QUANTITY_SCALE = 6;

// Never Decimal.set: the global constructor may be shared with other code in the bundle.
const Dec = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});

// Integer digits a parsed value may have. Far above anything storable, far below precision,
// so arithmetic on parsed values stays exact.
const MAX_INTEGER_DIGITS = 24;
const PLAIN_DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

declare const amountBrand: unique symbol;

/**
 * An exact decimal value (money, a quantity, a price or a ratio). Opaque and immutable: make
 * one with `parseDecimal`, `decimal`, `fromScaled` or `fromMinor`, and read it with `format`,
 * `toScaled` or `toMinor`. Compare with `compare`/`equals`, never with `===`.
 */
export type Amount = { readonly [amountBrand]: true };

const wrap = (d: Decimal): Amount => d as unknown as Amount;
const unwrap = (a: Amount): Decimal => a as unknown as Decimal;

/** Outcome of parsing wire input: the value, or a message fit for `errors[].message`. */
export type ParseResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

/** What `parseDecimal` accepts. */
export interface ParseOptions {
  /** Most decimal places allowed; more is an error, never a silent rounding. */
  readonly maxDecimals: number;
  /** Whether a leading minus sign is allowed. Defaults to false. */
  readonly allowNegative?: boolean;
}

/**
 * Parses a plain decimal string such as `"12.50"` or `"-3"`: optional minus, digits, optional
 * fraction. No exponent, plus sign, spaces, separators or bare dot. Returns an error value
 * when the input is not such a string, has more than `maxDecimals` decimals (trailing zeros
 * count: the wire contract limits the text), is negative when that is not allowed, or is
 * absurdly large.
 */
export function parseDecimal(input: unknown, options: ParseOptions): ParseResult<Amount> {
  const match = typeof input === "string" ? PLAIN_DECIMAL.exec(input) : null;
  if (match === null) return { ok: false, error: 'must be a decimal string such as "12.50"' };
  const [, sign = "", whole = "", fraction = ""] = match;
  if (sign === "-" && options.allowNegative !== true) return { ok: false, error: "must not be negative" };
  if (fraction.length > options.maxDecimals) {
    const error =
      options.maxDecimals === 0 ? "must be a whole number" : `must have at most ${options.maxDecimals} decimal places`;
    return { ok: false, error };
  }
  if (whole.replace(/^0+/, "").length > MAX_INTEGER_DIGITS) return { ok: false, error: "is too large" };
  return { ok: true, value: wrap(new Dec(input as string)) };
}

/**
 * Parses a decimal string straight to a stored integer at `scale` decimal places, e.g.
 * `parseScaled("12.50", 2)` is `{ ok: true, value: 1250n }`. Same errors as `parseDecimal`,
 * plus "is too large" when the integer would not fit the storage range.
 */
export function parseScaled(
  input: unknown,
  scale: number,
  options: { readonly allowNegative?: boolean } = {},
): ParseResult<bigint> {
  const parsed = parseDecimal(input, { maxDecimals: scale, allowNegative: options.allowNegative ?? false });
  if (!parsed.ok) return parsed;
  const scaled = scaledInteger(unwrap(parsed.value), scale);
  if (!isStorable(scaled)) return { ok: false, error: "is too large" };
  return { ok: true, value: scaled };
}

/** An Amount from a decimal literal in code (e.g. `decimal("0.5")`). Throws on bad input. */
export function decimal(literal: string): Amount {
  const parsed = parseDecimal(literal, { maxDecimals: 40, allowNegative: true });
  if (!parsed.ok) throw new RangeError(`bad decimal literal ${JSON.stringify(literal)}: ${parsed.error}`);
  return parsed.value;
}

/**
 * Formats for the wire with exactly `decimals` decimal places: `format(x, 2)` gives
 * `"1500.00"`. Throws a RangeError when the value has more decimals than that: round it first
 * with a named mode, so no rounding ever hides in formatting. Zero is never `"-0.00"`.
 */
export function format(value: Amount, decimals: number): string {
  const d = unwrap(value);
  if (d.decimalPlaces() > decimals) {
    throw new RangeError(`${d.toFixed()} has more than ${decimals} decimal places; round it first`);
  }
  return (d.isZero() ? new Dec(0) : d).toFixed(decimals);
}

/** The value as a plain decimal string with no trailing padding or exponent (`"12.5"`), for logs and tests. */
export function toPlainString(value: Amount): string {
  const d = unwrap(value);
  return (d.isZero() ? new Dec(0) : d).toFixed();
}

/** `a + b`, exact. */
export function add(a: Amount, b: Amount): Amount {
  return wrap(unwrap(a).plus(unwrap(b)));
}

/** `a − b`, exact. */
export function subtract(a: Amount, b: Amount): Amount {
  return wrap(unwrap(a).minus(unwrap(b)));
}

/** `a × b`, exact for any values parsed from the wire (well inside 40 significant digits). */
export function multiply(a: Amount, b: Amount): Amount {
  return wrap(unwrap(a).times(unwrap(b)));
}

/**
 * `a ÷ b` to 40 significant digits (half-even). Round the result with a named mode before
 * storing or formatting it. Throws a RangeError when `b` is zero.
 */
export function divide(a: Amount, b: Amount): Amount {
  const divisor = unwrap(b);
  if (divisor.isZero()) throw new RangeError("division by zero");
  return wrap(unwrap(a).dividedBy(divisor));
}

/** −1, 0 or 1 as `a` is less than, equal to or greater than `b`. */
export function compare(a: Amount, b: Amount): -1 | 0 | 1 {
  return unwrap(a).comparedTo(unwrap(b)) as -1 | 0 | 1;
}

/** True when `a` and `b` are the same number (`"1.50"` equals `"1.5"`). */
export function equals(a: Amount, b: Amount): boolean {
  return unwrap(a).equals(unwrap(b));
}

/** True when the value is zero. */
export function isZero(value: Amount): boolean {
  return unwrap(value).isZero();
}

/** True when the value is below zero. */
export function isNegative(value: Amount): boolean {
  const d = unwrap(value);
  return d.isNegative() && !d.isZero();
}

/** `−value`. */
export function negate(value: Amount): Amount {
  return wrap(unwrap(value).negated());
}

/** The smallest of the values. */
export function min(first: Amount, ...rest: Amount[]): Amount {
  return rest.reduce((lowest, v) => (compare(v, lowest) < 0 ? v : lowest), first);
}

/** The largest of the values. */
export function max(first: Amount, ...rest: Amount[]): Amount {
  return rest.reduce((highest, v) => (compare(v, highest) > 0 ? v : highest), first);
}

/**
 * Rounds to `decimals` places with a named mode: `"roundDown"` (toward zero; units bought)
 * or `"halfEven"` (valuations). See `ROUNDING` for the mode to use for each purpose.
 */
export function round(value: Amount, decimals: number, mode: RoundingMode): Amount {
  const rounding = mode === "roundDown" ? Dec.ROUND_DOWN : Dec.ROUND_HALF_EVEN;
  return wrap(unwrap(value).toDecimalPlaces(decimals, rounding));
}

/** Number of decimal places the value needs (`"1.50"` needs 1). */
export function decimalPlaces(value: Amount): number {
  return unwrap(value).decimalPlaces();
}

function scaledInteger(d: Decimal, scale: number): bigint {
  if (d.decimalPlaces() > scale) {
    throw new RangeError(`${d.toFixed()} has more than ${scale} decimal places; round it first`);
  }
  return BigInt(d.times(new Dec(`1e${scale}`)).toFixed(0));
}

/**
 * The stored integer for a value at `scale` decimal places: `toScaled(decimal("1.5"), 6)` is
 * `1_500_000n`. Throws a RangeError when the value has more decimals than `scale` (round it
 * first) or falls outside the storage range.
 */
export function toScaled(value: Amount, scale: number): bigint {
  return assertStorable(scaledInteger(unwrap(value), scale));
}

/** The value of a stored integer at `scale` decimal places: `fromScaled(1250n, 2)` is 12.50. */
export function fromScaled(scaled: bigint, scale: number): Amount {
  return wrap(new Dec(`${scaled}e-${scale}`));
}

/** Cash in minor units of `currency` (`toMinor(decimal("12.5"), "GBP")` is `1250n`). Throws like `toScaled`. */
export function toMinor(value: Amount, currency: CurrencyCode): bigint {
  return toScaled(value, currencyExponent(currency));
}

/** The cash amount of `minor` units of `currency` (`fromMinor(1250n, "GBP")` is 12.50). */
export function fromMinor(minor: bigint, currency: CurrencyCode): Amount {
  return fromScaled(minor, currencyExponent(currency));
}

/**
 * Splits the integer `total` (e.g. minor units) across `weights` (template ratios such as
 * `"60.00"`, `"40.00"`, or integers) by the largest remainder method. The shares always sum to
 * exactly `total`; a zero weight gets zero. Throws a RangeError when there are no weights, a
 * weight is negative, or all are zero.
 */
export function allocate(total: bigint, weights: readonly (Amount | bigint)[]): bigint[] {
  // Scale every decimal weight to a common integer so the split is pure integer maths.
  const scale = Math.max(0, ...weights.map((w) => (typeof w === "bigint" ? 0 : unwrap(w).decimalPlaces())));
  const integers = weights.map((w) =>
    typeof w === "bigint" ? w * 10n ** BigInt(scale) : scaledInteger(unwrap(w), scale),
  );
  return allocateIntegers(total, integers);
}
