import { z } from "@hono/zod-openapi";
import { compare, decimal, parseDecimal, QUANTITY_SCALE } from "../money/money";

/**
 * Decimal strings on the wire (amounts, prices, quantities, ratios, rates). One definition gives
 * both the check (through `src/money`'s `parseDecimal`) and the `pattern` the OpenAPI document
 * states, so the two cannot drift apart.
 */

/**
 * Digits of a stored integer that always fit the storage range (10^15 − 1 < 2^53 − 1). A wire
 * value may have at most this many digits once scaled to its stored form.
 */
const STORED_DIGITS = 15;
/** Digits before the point of a cash amount: stored in minor units of up to three decimals. */
export const CASH_WHOLE_DIGITS = STORED_DIGITS - 3;
/** Digits before the point of a quantity or price: stored at 10^-QUANTITY_SCALE. */
export const QUANTITY_WHOLE_DIGITS = STORED_DIGITS - QUANTITY_SCALE;

/** The limits of one decimal-string field. */
export interface DecimalRule {
  /** Most decimal places allowed. */
  maxDecimals: number;
  /** Most digits before the point. */
  wholeDigits: number;
  /** Zero is allowed (otherwise the value must be greater than zero). */
  allowZero: boolean;
  /** The value must be at least 1 (e.g. a payment amount of at least 1.00). */
  atLeastOne?: boolean;
  /** The largest value, a power of ten such as "100" (percentages). */
  max?: string;
}

const fraction = (places: number, min = 1) => (places === 0 ? "" : `(\\.[0-9]{${min},${places}})?`);

/**
 * The JSON Schema `pattern` (ECMA-262, no look-around) of the decimal strings a rule accepts:
 * plain digits, no sign, no exponent, no leading zeros.
 */
export function decimalPattern(rule: DecimalRule): string {
  const n = rule.maxDecimals;
  let whole = rule.wholeDigits;
  const alternatives: string[] = [];
  if (rule.max !== undefined) {
    if (!/^10*$/.test(rule.max)) throw new RangeError(`decimal max must be a power of ten, not ${rule.max}`);
    whole = Math.min(whole, rule.max.length - 1);
    alternatives.push(`${rule.max}${n === 0 ? "" : `(\\.0{1,${n}})?`}`);
  }
  // A whole part from 1 up to the digit limit, any fraction.
  if (whole > 0) alternatives.push(`[1-9][0-9]{0,${whole - 1}}${fraction(n)}`);
  if (!rule.atLeastOne) {
    // A whole part of 0 with a non-zero fraction: one alternative per position of its first non-zero digit.
    for (let zeros = 0; zeros < n; zeros += 1) {
      alternatives.push(`0\\.${"0".repeat(zeros)}[1-9]${n - zeros - 1 > 0 ? `[0-9]{0,${n - zeros - 1}}` : ""}`);
    }
    if (rule.allowZero) alternatives.push(`0${n === 0 ? "" : `(\\.0{1,${n}})?`}`);
  }
  return `^(${alternatives.join("|")})$`;
}

/** The message for a value that `parseDecimal` accepts but the rule's pattern does not. */
function rangeProblem(value: string, rule: DecimalRule): string | null {
  const parsed = parseDecimal(value, { maxDecimals: rule.maxDecimals, allowNegative: false });
  if (!parsed.ok) return parsed.error;
  const amount = parsed.value;
  const zero = compare(amount, decimal("0")) === 0;
  if (zero && !rule.allowZero) return "must be greater than zero";
  if (rule.atLeastOne && compare(amount, decimal("1")) < 0) return "must be at least 1";
  if (rule.max !== undefined && compare(amount, decimal(rule.max)) > 0) return `must be at most ${rule.max}`;
  const [wholeText = ""] = value.split(".");
  if (wholeText.length > 1 && wholeText.startsWith("0")) return "must not have leading zeros";
  if (wholeText.length > rule.wholeDigits) return `must have at most ${rule.wholeDigits} digits before the decimal point`;
  return new RegExp(decimalPattern(rule)).test(value) ? null : 'must be a decimal string such as "12.50"';
}

/**
 * A decimal-string schema for `rule`: a JSON number, a non-numeric string, too many decimals or
 * digits, or a value out of range is a 400 naming the field (never a silent rounding). The
 * document carries the rule's `pattern`.
 */
export function decimalSchema(rule: DecimalRule, example: string) {
  return z
    .string({ error: 'must be a decimal string such as "12.50"' })
    .superRefine((value, ctx) => {
      const problem = rangeProblem(value, rule);
      if (problem !== null) ctx.addIssue({ code: "custom", message: problem });
    })
    .openapi({ type: "string", pattern: decimalPattern(rule), example });
}

/**
 * A money, quantity or price field of an instruction: a decimal string with at most
 * `maxDecimals` places, strictly positive unless `allowZero`, at least 1 with `min: "1.00"`.
 * Up to two decimals it is cash (`CASH_WHOLE_DIGITS`), beyond that a quantity or price
 * (`QUANTITY_WHOLE_DIGITS`).
 */
export function decimalString(maxDecimals: number, options: { min?: "1" | "1.00"; allowZero?: boolean; example?: string } = {}) {
  const rule: DecimalRule = {
    maxDecimals,
    wholeDigits: maxDecimals <= 2 ? CASH_WHOLE_DIGITS : QUANTITY_WHOLE_DIGITS,
    allowZero: options.allowZero === true,
    atLeastOne: options.min !== undefined,
  };
  return decimalSchema(rule, options.example ?? (maxDecimals > 0 ? `100.${"0".repeat(maxDecimals)}` : "100"));
}
