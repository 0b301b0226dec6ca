import { z } from "@hono/zod-openapi";
import { compare, decimal, decimalPlaces, format, isCurrencyCode, parseDecimal, type Amount } from "../money/money";

/**
 * Wire fields of reference data that hold decimals (prices, minimums, allowances, ratios) and
 * currencies. Values are checked and normalised through `src/money`; a JS number never holds them.
 */

const ZERO = decimal("0");

/** Parses a decimal string that a schema already validated; throws on anything else. */
export function parseValidated(value: string): Amount {
  const parsed = parseDecimal(value, { maxDecimals: 40 });
  if (!parsed.ok) throw new RangeError(`not a validated decimal: ${value}`);
  return parsed.value;
}

/**
 * A decimal-string field: a JSON number, more than `maxDecimals` places, a negative value (or
 * zero when `positive`), or more than `max` are refused with a message naming the rule.
 */
export function decimalField(options: { maxDecimals: number; positive?: boolean; max?: string; example?: string }) {
  const limit = options.max === undefined ? null : decimal(options.max);
  return z
    .string({ error: 'must be a decimal string such as "12.50"' })
    .superRefine((value, ctx) => {
      const parsed = parseDecimal(value, { maxDecimals: options.maxDecimals });
      if (!parsed.ok) {
        ctx.addIssue({ code: "custom", message: parsed.error });
        return;
      }
      if (options.positive && compare(parsed.value, ZERO) <= 0) ctx.addIssue({ code: "custom", message: "must be greater than zero" });
      if (limit && compare(parsed.value, limit) > 0) ctx.addIssue({ code: "custom", message: `must be at most ${options.max}` });
    })
    .openapi({ example: options.example ?? "1.00" });
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
  .openapi({ example: "GBP" });

/** Today's date (UTC) of a timestamp, as `YYYY-MM-DD`. */
export function utcDate(iso: string): string {
  return iso.slice(0, 10);
}
