import { z } from "@hono/zod-openapi";
import { compare, decimal, parseDecimal } from "../money/money";

/**
 * A money, quantity or price field on the wire: a decimal string with at most `maxDecimals`
 * places, strictly positive unless `allowZero`, and at least `min` when given. A JSON number,
 * a non-numeric string or too many decimals is a 400 naming the field (never a silent rounding).
 */
export function decimalString(maxDecimals: number, options: { min?: string; allowZero?: boolean; example?: string } = {}) {
  return z
    .string({ error: "must be a decimal string, e.g. \"100.00\"" })
    .superRefine((value, ctx) => {
      const parsed = parseDecimal(value, { maxDecimals, allowNegative: false });
      if (!parsed.ok) {
        ctx.addIssue({ code: "custom", message: parsed.error });
        return;
      }
      const zero = compare(parsed.value, decimal("0")) === 0;
      if (zero && !options.allowZero) ctx.addIssue({ code: "custom", message: "must be greater than zero" });
      else if (options.min !== undefined && compare(parsed.value, decimal(options.min)) < 0) {
        ctx.addIssue({ code: "custom", message: `must be at least ${options.min}` });
      }
    })
    .openapi({ type: "string", example: options.example ?? (maxDecimals > 0 ? `100.${"0".repeat(maxDecimals)}` : "100") });
}
