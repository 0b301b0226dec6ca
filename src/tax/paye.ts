/**
 * PAYE on pension income (UFPLS taxable part, flexi-access drawdown income): HMRC's method for
 * tax codes on the cumulative basis and on the non-cumulative Month 1 / Week 1 basis, with the
 * figures of `uk-tax-2025.ts`. Pure functions over decimal amounts (no I/O, no clock).
 */
import { add, compare, decimal, divide, format, isNegative, max, min, multiply, round, subtract, ROUNDING, type Amount } from "../money/money";
import { taxTableFor, type TaxBand } from "./uk-tax-2025";

export type PayeBasis = "cumulative" | "month1" | "week1";

/** A tax code, read. */
export interface TaxCode {
  /** `allowance`: free pay (L, M, N, T codes); `additional`: K codes; `flat`: BR/D0–D3; `none`: NT. */
  kind: "allowance" | "additional" | "flat" | "none";
  /** The code number (1257 for 1257L; 0 for 0T). */
  number: number;
  scottish: boolean;
  /** The flat rate's key (BR, D0 …) for flat codes. */
  flat: string | null;
  /** M1/W1/X in the code itself. */
  basis: PayeBasis | null;
}

const CODE = /^(S|C)?(?:(\d{1,6})([LMNT])|K(\d{1,6})|(BR|D[0-3])|(NT)|(0T))(?:\s*(M1|W1|X))?$/;

/** Reads a tax code (`1257L`, `S1257L`, `C1257L M1`, `K475`, `BR`, `SD1`, `0T W1`, `NT`); null when it is not one. */
export function parseTaxCode(raw: string): TaxCode | null {
  const m = CODE.exec(raw.trim().toUpperCase());
  if (!m) return null;
  const scottish = m[1] === "S";
  const basis: PayeBasis | null = m[8] === "W1" ? "week1" : m[8] === "M1" || m[8] === "X" ? "month1" : null;
  if (m[2] !== undefined) return { kind: "allowance", number: Number(m[2]), scottish, flat: null, basis };
  if (m[4] !== undefined) return { kind: "additional", number: Number(m[4]), scottish, flat: null, basis };
  if (m[5] !== undefined) {
    if (!scottish && (m[5] === "D2" || m[5] === "D3")) return null;
    return { kind: "flat", number: 0, scottish, flat: m[5], basis };
  }
  if (m[6] !== undefined) return { kind: "none", number: 0, scottish, flat: null, basis };
  return { kind: "allowance", number: 0, scottish, flat: null, basis };
}

/** What one payment's PAYE calculation needs. */
export interface PayeInput {
  taxYear: string;
  code: TaxCode;
  /** The basis in force: a code's own M1/W1 wins over the notice's basis. */
  basis: PayeBasis;
  /** Scottish bands: the code says so (S prefix) or the investor's tax residence is GB-SCT. */
  scottish: boolean;
  /** Tax month (1–12) or tax week (1–53) of the payment. */
  period: number;
  /** The taxable pay of this payment. */
  pay: Amount;
  /** Taxable pay already paid in the scope (tax year to date when cumulative; this period when not). */
  payToDate: Amount;
  /** Tax already deducted in the same scope. */
  taxPaidToDate: Amount;
}

/** The outcome, in the terms of the WealthOS PAYE fields. */
export interface PayeResult {
  /** Tax deducted from this payment. */
  tax: Amount;
  /** Pay in the scope including this payment. */
  totalPay: Amount;
  /** Free pay for the scope (L codes), zero otherwise. */
  freePay: Amount;
  /** Additional pay for the scope (K codes), zero otherwise. */
  additionalPay: Amount;
  /** Taxable pay for the scope (whole pounds). */
  taxablePay: Amount;
  /** Tax due for the scope. */
  taxDue: Amount;
  /** Tax deducted in the scope including this payment. */
  taxPaid: Amount;
  /** Tax due but not deducted because of the regulatory limit. */
  taxUnpaid: Amount;
  /** Tax deducted beyond what is due (to be refunded by a later payment or HMRC). */
  taxOverpaid: Amount;
}

const ZERO = decimal("0");
const PENNY = decimal("0.01");
const POUND = decimal("1");

/** Rounds up to `decimals` places (free pay to the penny, band limits to the pound). */
function roundUp(value: Amount, decimals: number, unit: Amount): Amount {
  const down = round(value, decimals, ROUNDING.payeTaxable);
  return compare(down, value) < 0 ? add(down, unit) : down;
}

/** Periods in a year on the basis: 12 tax months, or 52 tax weeks. */
function periodsPerYear(basis: PayeBasis): Amount {
  return decimal(basis === "week1" ? "52" : "12");
}

/** The part of an annual figure that belongs to periods 1..n. */
function share(annual: Amount, n: number, basis: PayeBasis): Amount {
  return divide(multiply(annual, decimal(String(n))), periodsPerYear(basis));
}

function bandsFor(taxYear: string, scottish: boolean): readonly TaxBand[] {
  const table = taxTableFor(taxYear);
  return scottish ? table.bandsScotland : table.bandsRestOfUk;
}

/** Tax on `taxable` across the bands, each limit taken for periods 1..n and rounded up to the pound. */
function taxOnBands(taxable: Amount, bands: readonly TaxBand[], n: number, basis: PayeBasis): Amount {
  let tax = ZERO;
  let lower = ZERO;
  for (const band of bands) {
    const upper = band.upTo === null ? null : roundUp(share(decimal(band.upTo), n, basis), 0, POUND);
    const top = upper === null ? taxable : min(taxable, upper);
    if (compare(top, lower) > 0) tax = add(tax, round(multiply(subtract(top, lower), decimal(band.rate)), 2, ROUNDING.payeTaxable));
    if (upper === null || compare(taxable, upper) <= 0) break;
    lower = upper;
  }
  return tax;
}

/**
 * PAYE on one payment. Cumulative: pay, free pay and band limits to date for months 1..n,
 * tax due to date less tax already paid. Non-cumulative (M1/W1): the same for period 1 only,
 * over the pay of the current period. The tax deducted is never more than the regulatory
 * limit (50 % of this payment); a negative balance is not refunded here (shown as overpaid).
 */
export function calculatePaye(input: PayeInput): PayeResult {
  const table = taxTableFor(input.taxYear);
  const { code, basis } = input;
  const n = basis === "cumulative" ? input.period : 1;
  const scottish = input.scottish || code.scottish;
  const totalPay = add(input.payToDate, input.pay);
  let freePay = ZERO;
  let additionalPay = ZERO;
  let taxDue: Amount;
  let taxablePay: Amount;
  if (code.kind === "none") {
    taxablePay = ZERO;
    taxDue = ZERO;
  } else if (code.kind === "flat") {
    const rates = scottish ? table.flatRatesScotland : table.flatRatesRestOfUk;
    taxablePay = round(totalPay, 0, ROUNDING.payeTaxable);
    taxDue = round(multiply(taxablePay, decimal(rates[code.flat ?? "BR"] ?? "0.20")), 2, ROUNDING.payeTaxable);
  } else {
    const annual = decimal(String(code.number * 10 + (code.number > 0 ? 9 : 0)));
    const adjustment = roundUp(share(annual, n, basis), 2, PENNY);
    if (code.kind === "allowance") freePay = adjustment;
    else additionalPay = adjustment;
    taxablePay = max(ZERO, round(subtract(add(totalPay, additionalPay), freePay), 0, ROUNDING.payeTaxable));
    taxDue = taxOnBands(taxablePay, bandsFor(input.taxYear, scottish), n, basis);
  }
  const owed = subtract(taxDue, input.taxPaidToDate);
  const limit = round(multiply(input.pay, decimal(table.regulatoryLimit)), 2, ROUNDING.payeTaxable);
  const tax = isNegative(owed) ? ZERO : min(owed, limit);
  const taxPaid = add(input.taxPaidToDate, tax);
  return {
    tax,
    totalPay,
    freePay,
    additionalPay,
    taxablePay,
    taxDue,
    taxPaid,
    taxUnpaid: max(ZERO, subtract(taxDue, taxPaid)),
    taxOverpaid: max(ZERO, subtract(taxPaid, taxDue)),
  };
}

/** Money to the penny for the wire. */
export function pence(value: Amount): string {
  return format(round(value, 2, ROUNDING.payeTaxable), 2);
}

/** The tax month (1–12) of a date: month 1 runs 6 April – 5 May. */
export function taxMonthOf(date: string): number {
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const sinceApril = (month - 4 + 12) % 12;
  return day >= 6 ? sinceApril + 1 : sinceApril === 0 ? 12 : sinceApril;
}

/** The tax week (1–53) of a date: week 1 runs 6–12 April. */
export function taxWeekOf(date: string, taxYear: string): number {
  const start = Date.UTC(Number(taxYear), 3, 6);
  const at = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Math.floor((at - start) / 86_400_000 / 7) + 1;
}
