import { z } from "@hono/zod-openapi";
import { CURRENCY_EXPONENTS } from "../money/currency";
import { decimalPlaces, format, isCurrencyCode, parseDecimal, type Amount } from "../money/money";
import { CASH_WHOLE_DIGITS, decimalSchema, QUANTITY_WHOLE_DIGITS, type DecimalRule } from "../platform/wire-decimals";

/**
 * Wire fields of reference data that hold decimals (prices, minimums, allowances, ratios) and
 * currencies. Values are checked and normalised through `src/money`; a JS number never holds them.
 */


/** Parses a decimal string that a schema already validated; throws on anything else. */
export function parseValidated(value: string): Amount {
  const parsed = parseDecimal(value, { maxDecimals: 40 });
  if (!parsed.ok) throw new RangeError(`not a validated decimal: ${value}`);
  return parsed.value;
}

/**
 * A decimal-string field: a JSON number, more than `maxDecimals` places, a negative value (or
 * zero when `positive`), or more than `max` (a power of ten) are refused with a message naming
 * the rule; the document carries the same rule as a `pattern`.
 */
export function decimalField(options: { maxDecimals: number; positive?: boolean; max?: string; example?: string }) {
  const rule: DecimalRule = {
    maxDecimals: options.maxDecimals,
    wholeDigits: options.maxDecimals <= 2 ? CASH_WHOLE_DIGITS : QUANTITY_WHOLE_DIGITS,
    allowZero: options.positive !== true,
    ...(options.max !== undefined && { max: options.max }),
  };
  return decimalSchema(rule, options.example ?? "1.00");
}

/**
 * The canonical text of a validated decimal: as many places as it needs, at least
 * `minDecimals` (`"60"` → `"60.00"`, `"12.7450"` → `"12.745"` with 2).
 */
export function canonicalDecimal(value: string, minDecimals: number): string {
  const amount = parseValidated(value);
  return format(amount, Math.max(minDecimals, decimalPlaces(amount)));
}

/** A currency Coffer can hold (ISO 4217, upper case, in the money module's table). */
export const currencyField = z
  .string()
  .refine((code) => isCurrencyCode(code), "must be a supported ISO 4217 currency code such as GBP")
  .openapi({ example: "GBP", enum: Object.keys(CURRENCY_EXPONENTS) });

/** Today's date (UTC) of a timestamp, as `YYYY-MM-DD`. */
export function utcDate(iso: string): string {
  return iso.slice(0, 10);
}
