/**
 * Field-by-field comparison of a file row with the record Coffer holds. Only the row's columns
 * that name a field of the record (its wire shape; `a.b` reaches into objects) are compared.
 * Two decimals are equal when their values are (`10` = `10.00`); anything else compares as
 * trimmed text; an empty cell equals an absent or empty value. Arrays compare as their
 * elements joined with `;`.
 */
import { equals, parseDecimal } from "../../money/money";
import type { FieldResult } from "./schema";

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** The value at a dotted path of a record, as text, or `undefined` when the record has no such field. */
export function valueAt(record: Record<string, unknown>, path: string): string | undefined | null {
  let value: unknown = record;
  for (const part of path.split(".")) {
    if (value === null || typeof value !== "object" || Array.isArray(value) || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.every((v) => typeof v !== "object" || v === null) ? value.map((v) => String(v ?? "")).join(";") : undefined;
  if (typeof value === "object") return undefined;
  return String(value);
}

/** True when the two texts mean the same value. */
export function sameValue(incoming: string, available: string | null): boolean {
  const a = incoming.trim();
  const b = (available ?? "").trim();
  if (a === b) return true;
  if (DECIMAL.test(a) && DECIMAL.test(b)) {
    const x = parseDecimal(a, { maxDecimals: 40, allowNegative: true });
    const y = parseDecimal(b, { maxDecimals: 40, allowNegative: true });
    return x.ok && y.ok && equals(x.value, y.value);
  }
  return false;
}

/** Per compared column: matched or mismatched (columns the record does not have are left out). */
export function compareRow(row: ReadonlyMap<string, string>, record: Record<string, unknown>, skip: ReadonlySet<string>): FieldResult[] {
  const results: FieldResult[] = [];
  for (const [column, incoming] of row) {
    if (skip.has(column)) continue;
    const available = valueAt(record, column);
    if (available === undefined) continue;
    const status = sameValue(incoming, available) ? "matched" : "mismatched";
    results.push({
      field: column,
      ...(incoming !== "" && { incoming_value: incoming }),
      ...(available !== null && available !== "" && { available_value: available }),
      status,
    });
  }
  return results;
}

/** Every non-empty column of a row Coffer has no record for, as WealthOS reports it: incoming only, mismatched. */
export function incomingOnly(row: ReadonlyMap<string, string>, skip: ReadonlySet<string>): FieldResult[] {
  return [...row].filter(([column, value]) => !skip.has(column) && value !== "").map(([column, value]) => ({ field: column, incoming_value: value, status: "mismatched" as const }));
}
