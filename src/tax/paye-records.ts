/**
 * An investor's PAYE record for a tax year (pension payments to date and tax deducted), and the
 * deduction of PAYE from one pension payment under the investor's tax code in force (the
 * emergency code 1257L on Month 1 when there is none). Reads tax codes and investors by entity
 * kind inside the running command; writes only its own record (kind `paye_record`).
 */
import { taxYearOf } from "../custody/tax-year";
import { add, parseDecimal, type Amount } from "../money/money";
import type { CommandContext } from "../tenant/command-context";
import { calculatePaye, parseTaxCode, pence, taxMonthOf, taxWeekOf, type PayeBasis, type PayeResult, type TaxCode } from "./paye";
import { UK_TAX_2025 } from "./uk-tax-2025";

/** Entity kinds: the operator's code notices (owned by the investor) and the per-year PAYE record. */
export const TAX_CODE = "tax_code";
export const PAYE_RECORD = "paye_record";

export interface TaxCodeData {
  investor_id: string;
  tax_code: string;
  basis: PayeBasis;
  effective_date: string;
  end_date?: string;
  origin: "External API";
}

interface Totals {
  pay: string;
  tax: string;
}

interface PayeRecordData {
  investor_id: string;
  tax_year: string;
  year: Totals;
  /** Per non-cumulative period (`m5`, `w23`): pay and tax within it. */
  periods: Record<string, Totals>;
}

const amount = (value: string): Amount => {
  const parsed = parseDecimal(value, { maxDecimals: 6 });
  if (!parsed.ok) throw new RangeError(`amount ${value}: ${parsed.error}`);
  return parsed.value;
};

/** The code and basis PAYE uses on `date`: the investor's code in force, else the emergency code on Month 1. */
export function taxCodeOn(ctx: CommandContext, investorId: string, date: string): { raw: string; code: TaxCode; basis: PayeBasis } {
  const inForce = ctx
    .listOwned<TaxCodeData>(TAX_CODE, investorId)
    .filter((c) => c.data.effective_date <= date && (!c.data.end_date || c.data.end_date >= date))
    .sort((a, b) => b.data.effective_date.localeCompare(a.data.effective_date))[0];
  const emergency = parseTaxCode(UK_TAX_2025.emergencyTaxCode) as TaxCode;
  const code = inForce ? (parseTaxCode(inForce.data.tax_code) ?? emergency) : emergency;
  const basis = code.basis ?? (inForce ? inForce.data.basis : UK_TAX_2025.emergencyBasis);
  const raw = inForce ? inForce.data.tax_code : UK_TAX_2025.emergencyTaxCode;
  return { raw: basis === "cumulative" || code.basis ? raw : `${raw} ${basis === "week1" ? "W1" : "M1"}`, code, basis };
}

/** What a deduction reports: the calculation and the WealthOS PAYE fields of the withdrawal. */
export interface PayeDeduction {
  result: PayeResult;
  tax: string;
  fields: Record<string, string>;
}

/**
 * Deducts PAYE from `taxable` (a decimal string) paid to the investor on `date`: cumulative by
 * tax month, or non-cumulative within the month (M1) or week (W1); Scottish bands for tax
 * residence GB-SCT. Stores the investor's record and returns the WealthOS fields.
 */
export function deductPaye(ctx: CommandContext, investorId: string, date: string, taxable: string): PayeDeduction {
  const taxYear = taxYearOf(date);
  const { raw, code, basis } = taxCodeOn(ctx, investorId, date);
  const investor = ctx.get<{ tax_residence?: string | null }>("investor", investorId);
  const scottish = investor?.data.tax_residence === "GB-SCT";
  const id = `${investorId}:${taxYear}`;
  const stored = ctx.get<PayeRecordData>(PAYE_RECORD, id);
  const record: PayeRecordData = stored?.data ?? { investor_id: investorId, tax_year: taxYear, year: { pay: "0", tax: "0" }, periods: {} };
  const period = basis === "week1" ? taxWeekOf(date, taxYear) : taxMonthOf(date);
  const periodKey = `${basis === "week1" ? "w" : "m"}${period}`;
  const scope: Totals = basis === "cumulative" ? record.year : (record.periods[periodKey] ?? { pay: "0", tax: "0" });
  const result = calculatePaye({ taxYear, code, basis, scottish, period, pay: amount(taxable), payToDate: amount(scope.pay), taxPaidToDate: amount(scope.tax) });
  const bump = (t: Totals): Totals => ({ pay: pence(add(amount(t.pay), amount(taxable))), tax: pence(add(amount(t.tax), result.tax)) });
  const next: PayeRecordData = { ...record, year: bump(record.year), periods: { ...record.periods, [periodKey]: bump(record.periods[periodKey] ?? { pay: "0", tax: "0" }) } };
  if (stored) ctx.update(stored, next);
  else ctx.insert(PAYE_RECORD, id, next, investorId);
  const tax = pence(result.tax);
  return {
    result,
    tax,
    fields: {
      tax_code: raw,
      tax_payable_on_transaction: tax,
      total_withdrawal_for_tax_period: pence(result.totalPay),
      tax_free_allowance_for_tax_period: pence(result.freePay),
      additional_pay_ytd: pence(result.additionalPay),
      taxable_withdrawal_for_tax_period: pence(result.taxablePay),
      tax_payable_for_tax_period: pence(result.taxDue),
      tax_paid_for_tax_period: pence(result.taxPaid),
      tax_unpaid_ytd: pence(result.taxUnpaid),
      tax_overpaid_ytd: pence(result.taxOverpaid),
    },
  };
}

