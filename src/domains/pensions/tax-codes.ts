/**
 * PAYE tax codes of investors (the equivalent of an HMRC code notice, P6/P9): set by the
 * operator, listed by `GET /tenant/investors/v1/tax-codes`, and read by the PAYE of pension
 * payments. One entity per investor and effective date (kind `tax_code`, owned by the
 * investor); a newer code ends the one before it the day before it starts.
 */
import { z } from "@hono/zod-openapi";
import { defineCommand, fail, succeed } from "../../tenant/commands";
import { calendarDate } from "../../platform/wire-fields";
import { toWire } from "../../platform/wire-absent";
import { TAX_CODE, type TaxCodeData } from "../../tax/paye-records";

/** The codes `parseTaxCode` reads, upper case: rUK, Welsh (C) and Scottish (S) codes, an optional M1/W1/X. */
const TAX_CODE_PATTERN = /^(?:(?:S|C)?(?:[0-9]{1,6}[LMNT]|K[0-9]{1,6}|BR|D[01]|NT|0T)|SD[23])(?: ?(?:M1|W1|X))?$/;

export const TAX_CODE_BASES = ["cumulative", "month1", "week1"] as const;

export const SetTaxCodeBody = z
  .object({
    tax_code: z
      .string()
      .max(16)
      .regex(TAX_CODE_PATTERN, "is not a PAYE tax code (e.g. 1257L, S1257L, C1257L, K475, BR, D0, SD2, 0T, NT, optionally followed by M1, W1 or X)")
      .openapi({ example: "1257L" }),
    basis: z.enum(TAX_CODE_BASES).default("cumulative").openapi({ description: "cumulative, or the non-cumulative Month 1 / Week 1 basis" }),
    effective_from: calendarDate.openapi({ example: "2025-04-06" }),
  })
  .strict()
  .openapi("SetTaxCodeBody");

export const TaxCodeResource = z
  .object({
    investor_id: z.string(),
    tax_code: z.string().openapi({ example: "1257L" }),
    basis: z.enum(TAX_CODE_BASES).optional().openapi({ description: "The PAYE basis the code is operated on" }),
    effective_date: z.string().openapi({ example: "2025-04-06" }),
    end_date: z.string().optional(),
    origin: z.enum(["External API"]),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .openapi("TaxCodeSet");

export function toTaxCode(row: { data: TaxCodeData; createdAt: string; updatedAt: string }) {
  return toWire(TaxCodeResource, { ...row.data, created_at: row.createdAt, updated_at: row.updatedAt });
}

function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** `tax_code.set`: stores an investor's code from a date and ends the earlier one. */
export const setTaxCode = defineCommand({
  input: SetTaxCodeBody.extend({ investor_id: z.string().min(1).max(64) }),
  run(ctx, input) {
    const investor = ctx.get("investor", input.investor_id);
    if (!investor) return fail({ code: "resource_not_found", detail: `Investor '${input.investor_id}' does not exist`, errors: [{ field: "investor_id", message: "unknown investor" }] });
    const id = `${input.investor_id}:${input.effective_from}`;
    const data: TaxCodeData = { investor_id: input.investor_id, tax_code: input.tax_code, basis: input.basis, effective_date: input.effective_from, origin: "External API" };
    const existing = ctx.get<TaxCodeData>(TAX_CODE, id);
    let stored = existing ? ctx.update(existing, data) : ctx.insert(TAX_CODE, id, data, input.investor_id);
    // Each code ends the day before the next one starts; the newest is open-ended.
    const codes = ctx.listOwned<TaxCodeData>(TAX_CODE, input.investor_id).sort((a, b) => a.data.effective_date.localeCompare(b.data.effective_date));
    codes.forEach((code, i) => {
      const next = codes[i + 1];
      const { end_date: _end, ...rest } = code.data;
      const wanted: TaxCodeData = next ? { ...rest, end_date: dayBefore(next.data.effective_date) } : rest;
      if (wanted.end_date !== code.data.end_date) {
        const updated = ctx.update(code, wanted);
        if (code.id === id) stored = updated;
      }
    });
    return succeed(existing ? 200 : 201, toTaxCode(stored));
  },
});

