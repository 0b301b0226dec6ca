import { describe, expect, it } from "vitest";
import { decimal } from "../../../src/money/money";
import { calculatePaye, parseTaxCode, pence, taxMonthOf, taxWeekOf, type PayeBasis } from "../../../src/tax/paye";
import { UK_TAX_2025 } from "../../../src/tax/uk-tax-2025";

function paye(code: string, basis: PayeBasis, period: number, pay: string, opts: { scottish?: boolean; payToDate?: string; taxPaidToDate?: string } = {}) {
  const parsed = parseTaxCode(code);
  if (!parsed) throw new Error(`bad code ${code}`);
  const r = calculatePaye({
    taxYear: "2025",
    code: parsed,
    basis: parsed.basis ?? basis,
    scottish: opts.scottish ?? false,
    period,
    pay: decimal(pay),
    payToDate: decimal(opts.payToDate ?? "0"),
    taxPaidToDate: decimal(opts.taxPaidToDate ?? "0"),
  });
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, pence(v)]));
}

describe("the 2025/26 table", () => {
  it("holds HMRC's published figures", () => {
    expect(UK_TAX_2025.personalAllowance).toBe("12570.00");
    expect(UK_TAX_2025.bandsRestOfUk.map((b) => [b.rate, b.upTo])).toEqual([["0.20", "37700"], ["0.40", "125140"], ["0.45", null]]);
    expect(UK_TAX_2025.bandsScotland.map((b) => b.upTo)).toEqual(["2827", "14921", "31092", "62430", "125140", null]);
    expect([UK_TAX_2025.lumpSumAllowance, UK_TAX_2025.lumpSumAndDeathBenefitAllowance, UK_TAX_2025.moneyPurchaseAnnualAllowance]).toEqual(["268275.00", "1073100.00", "10000.00"]);
    expect([UK_TAX_2025.isaAllowance, UK_TAX_2025.lisaAllowance, UK_TAX_2025.jisaAllowance]).toEqual(["20000.00", "4000.00", "9000.00"]);
  });
});

describe("tax codes", () => {
  it("reads L, S, C, K, flat, NT and 0T codes with their basis", () => {
    expect(parseTaxCode("1257L")).toEqual({ kind: "allowance", number: 1257, scottish: false, flat: null, basis: null });
    expect(parseTaxCode("S1257L M1")).toMatchObject({ scottish: true, basis: "month1" });
    expect(parseTaxCode("C1257L W1")).toMatchObject({ scottish: false, basis: "week1" });
    expect(parseTaxCode("K475")).toMatchObject({ kind: "additional", number: 475 });
    expect(parseTaxCode("SD3")).toMatchObject({ kind: "flat", flat: "D3", scottish: true });
    expect(parseTaxCode("D3")).toBeNull();
    expect(parseTaxCode("NT")).toMatchObject({ kind: "none" });
    expect(parseTaxCode("0T")).toMatchObject({ kind: "allowance", number: 0 });
    expect(parseTaxCode("12X57")).toBeNull();
  });

  it("tax months run from the 6th to the 5th; tax weeks from 6 April", () => {
    expect(["2025-04-06", "2025-05-05", "2025-05-06", "2026-01-06", "2026-03-31", "2026-04-05"].map(taxMonthOf)).toEqual([1, 1, 2, 10, 12, 12]);
    expect([taxWeekOf("2025-04-06", "2025"), taxWeekOf("2025-04-12", "2025"), taxWeekOf("2025-04-13", "2025"), taxWeekOf("2026-04-05", "2025")]).toEqual([1, 1, 2, 53]);
  });
});

describe("PAYE golden figures (HMRC 2025/26 rules)", () => {
  it("1257L cumulative, month 1, 7,500.00 taxable (the taxed part of a 10,000.00 UFPLS)", () => {
    // Free pay month 1: (1257 × 10 + 9) / 12 = 12,579 / 12 = 1,048.25.
    // Taxable pay: 7,500.00 − 1,048.25 = 6,451.75 → 6,451 (down to the pound).
    // Basic-rate limit month 1: 37,700 / 12 = 3,141.67 → 3,142 (up to the pound).
    // Tax: 3,142 × 20 % = 628.40; (6,451 − 3,142) = 3,309 × 40 % = 1,323.60; total 1,952.00.
    expect(paye("1257L", "cumulative", 1, "7500.00")).toMatchObject({ freePay: "1048.25", taxablePay: "6451.00", taxDue: "1952.00", tax: "1952.00", taxUnpaid: "0.00" });
  });

  it("Scottish bands (tax_residence GB-SCT), same payment", () => {
    // Month-1 limits (annual / 12, up to the pound): 2,827 → 236; 14,921 → 1,244; 31,092 → 2,591;
    // 62,430 → 5,203; 125,140 → 10,429. Taxable 6,451:
    // 236 × 19 % = 44.84; 1,008 × 20 % = 201.60; 1,347 × 21 % = 282.87; 2,612 × 42 % = 1,097.04;
    // (6,451 − 5,203) = 1,248 × 45 % = 561.60; total 2,187.95.
    expect(paye("1257L", "cumulative", 1, "7500.00", { scottish: true })).toMatchObject({ taxablePay: "6451.00", tax: "2187.95" });
    expect(paye("S1257L", "cumulative", 1, "7500.00")).toMatchObject({ tax: "2187.95" });
  });

  it("an M1 code taxes each month on its own, where cumulative carries the year's free pay", () => {
    // Month 5, 2,000.00, nothing earlier. M1: free pay 1,048.25; taxable 951.75 → 951; 951 × 20 % = 190.20.
    expect(paye("1257L", "month1", 5, "2000.00")).toMatchObject({ freePay: "1048.25", taxablePay: "951.00", tax: "190.20" });
    expect(paye("1257L M1", "cumulative", 5, "2000.00")).toMatchObject({ tax: "190.20" });
    // Cumulative month 5: free pay 5 × 12,579 / 12 = 5,241.25 > 2,000 → no tax.
    expect(paye("1257L", "cumulative", 5, "2000.00")).toMatchObject({ freePay: "5241.25", taxablePay: "0.00", tax: "0.00" });
  });

  it("cumulative: a second month's tax is what is due to date less what was paid", () => {
    // Month 2 after 7,500.00 taxed 1,952.00 in month 1, pay 1,000.00: pay to date 8,500.00;
    // free pay 2,096.50; taxable 6,403; basic limit 2 × 37,700 / 12 = 6,283.33 → 6,284;
    // due 6,284 × 20 % = 1,256.80 + 119 × 40 % = 47.60 → 1,304.40 < 1,952.00 paid: no tax, 647.60 over.
    expect(paye("1257L", "cumulative", 2, "1000.00", { payToDate: "7500.00", taxPaidToDate: "1952.00" })).toMatchObject({ taxDue: "1304.40", tax: "0.00", taxOverpaid: "647.60" });
  });

  it("K codes add pay and the regulatory limit caps the deduction at 50 % of the payment", () => {
    // K475 month 1: additional pay 4,759 / 12 = 396.58333 → 396.59; taxable 1,396.59 → 1,396; 20 % = 279.20.
    expect(paye("K475", "cumulative", 1, "1000.00")).toMatchObject({ additionalPay: "396.59", tax: "279.20" });
    // K5000 month 1: additional 50,009 / 12 → 4,167.42; taxable 5,167; 628.40 + 2,025 × 40 % = 810.00 → 1,438.40;
    // limit 50 % × 1,000.00 = 500.00; 938.40 left unpaid.
    expect(paye("K5000", "cumulative", 1, "1000.00")).toMatchObject({ taxDue: "1438.40", tax: "500.00", taxUnpaid: "938.40" });
  });

  it("week 1, BR and NT", () => {
    // W1: free pay 12,579 / 52 = 241.9038 → 241.91; taxable 758.09 → 758; limit 37,700 / 52 = 725;
    // 725 × 20 % = 145.00 + 33 × 40 % = 13.20 → 158.20.
    expect(paye("1257L W1", "cumulative", 1, "1000.00")).toMatchObject({ freePay: "241.91", tax: "158.20" });
    expect(paye("BR", "cumulative", 3, "1234.56")).toMatchObject({ tax: "246.80" });
    expect(paye("NT", "cumulative", 3, "1234.56")).toMatchObject({ tax: "0.00" });
  });
});
