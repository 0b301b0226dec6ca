import { z } from "@hono/zod-openapi";

/**
 * Multi-value list filters: WealthOS passes several values as one comma-separated query
 * string (`status=succeeded,pending_confirmation`).
 */

/**
 * Sub transaction types whose names contain a comma; a comma-separated filter keeps each of
 * them whole instead of splitting it.
 */
const NAMES_WITH_COMMAS = ["Takeovers, Mergers & Name Changes - Create", "Takeovers, Mergers & Name Changes - Extinguish"];

/** The distinct, trimmed, non-empty values of a comma-separated filter. */
export function csvValues(raw: string): string[] {
  let rest = raw;
  const whole: string[] = [];
  for (const name of NAMES_WITH_COMMAS) {
    if (rest.includes(name)) {
      whole.push(name);
      rest = rest.split(name).join(",");
    }
  }
  const parts = rest.split(",").map((v) => v.trim()).filter((v) => v.length > 0);
  return [...new Set([...whole, ...parts])];
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The JSON Schema `pattern` of a comma-separated filter: with `allowed`, one or more of them
 * joined by commas; without, any text with at least one value (something other than commas and
 * spaces). The server also tolerates spaces around values, repeats and empty items.
 */
export function csvPattern(allowed?: readonly string[]): string {
  if (!allowed) return "[^,\\s]";
  const one = `(${allowed.map(escapeRegExp).join("|")})`;
  return `^${one}(,${one})*$`;
}

/** A comma-separated query filter; with `allowed`, every value must be one of them (a 400 names the field otherwise). */
export function csvFilter(allowed?: readonly string[]) {
  const description = allowed ? `one or more of ${allowed.join(", ")}, comma-separated` : "one or more values, comma-separated";
  return z
    .string()
    .superRefine((raw, ctx) => {
      const values = csvValues(raw);
      if (values.length === 0) ctx.addIssue({ code: "custom", message: "must name at least one value" });
      const unknown = allowed ? values.filter((v) => !allowed.includes(v)) : [];
      if (unknown.length > 0) ctx.addIssue({ code: "custom", message: `unknown value(s) ${unknown.join(", ")}; allowed: ${allowed!.join(", ")}` });
    })
    .optional()
    .openapi({ description, pattern: csvPattern(allowed) });
}
