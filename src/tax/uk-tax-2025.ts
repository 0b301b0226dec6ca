/**
 * UK tax figures for the 2025/26 tax year (6 April 2025 – 5 April 2026), in one dated table.
 * Every pension and tax-wrapper rule of Coffer reads its figures from here, never from a
 * scattered constant. Amounts and rates are decimal strings (read through `src/money`).
 *
 * Sources (HMRC / GOV.UK, as published for 2025/26):
 * - "Rates and thresholds for employers 2025 to 2026": PAYE personal allowance 12,570 (code
 *   1257L), English/Northern Irish/Welsh bands on taxable pay 20 % to 37,700, 40 % to 125,140,
 *   45 % above; Scottish bands 19 % to 2,827, 20 % to 14,921, 21 % to 31,092, 42 % to 62,430,
 *   45 % to 125,140, 47 % above; emergency tax code 1257L (W1/M1).
 * - "Individual Savings Accounts": ISA 20,000 a year, of which at most 4,000 into a Lifetime ISA;
 *   Junior ISA 9,000; LISA government bonus 25 % of contributions, contributions from age 18
 *   until the day before the 50th birthday, withdrawal charge 25 % of the amount withdrawn
 *   (unless for a first home, from age 60 or terminal illness).
 * - "Tax on your private pension contributions": annual allowance 60,000; money purchase
 *   annual allowance 10,000 once flexible income is taken; relief at source at the basic rate
 *   (20 % of the gross contribution, i.e. 25 % of the net one).
 * - Finance Act 2024 (abolition of the lifetime allowance): Lump Sum Allowance 268,275, Lump
 *   Sum and Death Benefit Allowance 1,073,100; the tax-free part of a lump sum is 25 %.
 * - PAYE specification (free pay and band limits per period): the code number × 10 + 9 is the
 *   annual free pay; free pay for a period is annual × n / 12 (or / 52) rounded up to the
 *   penny; band limits for a period are annual × n / 12 rounded up to the whole pound; taxable
 *   pay is rounded down to the whole pound; tax deducted in a period may not exceed 50 % of
 *   the pay of the period (the regulatory limit).
 */

/** A PAYE band on taxable pay: `rate` applies up to `upTo` (null: no upper limit). */
export interface TaxBand {
  readonly rate: string;
  readonly upTo: string | null;
}

export const UK_TAX_2025 = {
  taxYear: "2025",
  starts: "2025-04-06",
  ends: "2026-04-05",

  /** PAYE. */
  personalAllowance: "12570.00",
  emergencyTaxCode: "1257L",
  emergencyBasis: "month1" as const,
  /** England, Northern Ireland and Wales (rUK) bands on taxable pay. */
  bandsRestOfUk: [
    { rate: "0.20", upTo: "37700" },
    { rate: "0.40", upTo: "125140" },
    { rate: "0.45", upTo: null },
  ] as readonly TaxBand[],
  /** Scottish bands on taxable pay (tax_residence GB-SCT or an S-prefixed code). */
  bandsScotland: [
    { rate: "0.19", upTo: "2827" },
    { rate: "0.20", upTo: "14921" },
    { rate: "0.21", upTo: "31092" },
    { rate: "0.42", upTo: "62430" },
    { rate: "0.45", upTo: "125140" },
    { rate: "0.47", upTo: null },
  ] as readonly TaxBand[],
  /** Flat-rate codes: BR, D0, D1 (rUK) and their Scottish counterparts (SBR, SD0–SD3). */
  flatRatesRestOfUk: { BR: "0.20", D0: "0.40", D1: "0.45" } as Record<string, string>,
  flatRatesScotland: { BR: "0.20", D0: "0.21", D1: "0.42", D2: "0.45", D3: "0.47" } as Record<string, string>,
  /** Tax deducted in a period is at most this share of the period's pay. */
  regulatoryLimit: "0.50",

  /** Pensions. */
  pensionTaxFreeShare: "0.25",
  lumpSumAllowance: "268275.00",
  lumpSumAndDeathBenefitAllowance: "1073100.00",
  annualAllowance: "60000.00",
  moneyPurchaseAnnualAllowance: "10000.00",
  /** Relief at source: the basic rate on the gross, claimed as a share of the net contribution. */
  reliefAtSourceRate: "0.20",
  reliefAtSourceOnNet: "0.25",

  /** Tax wrappers. */
  isaAllowance: "20000.00",
  lisaAllowance: "4000.00",
  jisaAllowance: "9000.00",
  lisaBonusRate: "0.25",
  lisaWithdrawalChargeRate: "0.25",
  lisaMinimumContributionAge: 18,
  /** Contributions are accepted until the day before this birthday. */
  lisaContributionsEndAge: 50,
  /** From this age a withdrawal carries no charge. */
  lisaChargeFreeAge: 60,
} as const;

export type UkTaxYear = typeof UK_TAX_2025;

/** The figures for a tax year ("2025"); later years keep the 2025/26 figures until a new table is added. */
export function taxTableFor(_taxYear: string): UkTaxYear {
  return UK_TAX_2025;
}
