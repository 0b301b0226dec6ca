import { z } from "@hono/zod-openapi";
import { format, parseDecimal, round, ROUNDING, type Amount } from "../../money/money";

/**
 * The projection calculators are the one place where WealthOS sends and answers amounts and
 * rates as JSON numbers. A number is read as the decimal its shortest round-trip text spells
 * (`String(n)`, ECMA-262 Number::toString): the JSON text `2.50` arrives as the number 2.5 and is
 * read as the decimal 2.5; `0.1` is read as 0.1, never as the binary double 0.1000000000000000055…
 * A number whose shortest text has more than two decimals (`2.555`, `0.30000000000000004`, `1e-7`)
 * is refused, never rounded.
 */

/** Decimal places an amount or rate may have. */
const DECIMALS = 2;

/** The decimal text of a JSON number: its shortest round-trip form (`String(n)`). */
function numberText(n: number): string {
  return String(n);
}

/** The exact decimal a JSON number stands for, or the reason it is refused. */
function readNumber(n: number): { ok: true; value: Amount } | { ok: false; error: string } {
  const text = numberText(n);
  // Exponent forms: below 1e-6 (too many decimals) or at least 1e21 (beyond every maximum).
  if (/e/i.test(text)) return { ok: false, error: Math.abs(n) < 1 ? `must have at most ${DECIMALS} decimal places` : "is too large" };
  const parsed = parseDecimal(text, { maxDecimals: DECIMALS, allowNegative: true });
  return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, error: parsed.error };
}

/** The exact decimal of a number the schema below has already accepted. */
export function amountOf(n: number): Amount {
  const read = readNumber(n);
  if (!read.ok) throw new RangeError(`${n} was not validated: ${read.error}`);
  return read.value;
}

/** Limits of one numeric field (both inclusive), its description and example in the document. */
export interface NumberRule {
  readonly min: number;
  readonly max: number;
  readonly description: string;
  readonly example: number;
}

/** Largest amount a projection accepts: twelve digits before the point, as for every cash amount. */
export const MAX_AMOUNT = 999_999_999_999.99;

/**
 * A JSON-number amount or rate with at most two decimals between `min` and `max` (both stated in
 * the document, with `multipleOf: 0.01`). Anything else is a 400 naming the field.
 */
export function wireNumber(rule: NumberRule) {
  return z
    .number({ error: (issue) => (issue.input === undefined ? "is required (a number)" : "must be a number") })
    .min(rule.min, `must be at least ${rule.min}`)
    .max(rule.max, `must be at most ${rule.max}`)
    .superRefine((n, ctx) => {
      const read = readNumber(n);
      if (!read.ok) ctx.addIssue({ code: "custom", message: read.error });
    })
    .openapi({ type: "number", minimum: rule.min, maximum: rule.max, multipleOf: 0.01, description: rule.description, example: rule.example });
}

declare global {
  interface JSON {
    /** ES2025 `JSON.rawJSON`: a value `JSON.stringify` writes as the given JSON text. */
    rawJSON(text: string): unknown;
  }
}

/** A computed amount as the answer writes it: rounded half-even to two decimals, trailing zeros dropped (`1234.5`, `1250`). */
export function answerText(value: Amount): string {
  return format(round(value, DECIMALS, ROUNDING.valuation), DECIMALS).replace(/\.?0+$/, "");
}

/**
 * A computed amount for the answer (`answerText`), written into the JSON text exactly as that
 * decimal through `JSON.rawJSON`, so no binary double stands between the decimal and the wire.
 * Its type says `number` because that is what every JSON reader sees.
 */
export function answerNumber(value: Amount): number {
  return JSON.rawJSON(answerText(value)) as number;
}
