/**
 * Pension bookkeeping shared by the pension flows (UFPLS, crystallisation, income drawdown):
 * the withdrawal and tax counters of the investor account, the Lump Sum Allowance (LSA) and
 * Lump Sum and Death Benefit Allowance (LSDBA) an investor has left, and the hook that marks
 * the money purchase annual allowance as triggered on the first flexible withdrawal, and the
 * MPAA check every contribution into a SIPP passes (single payments and scheduled collections).
 */
import { add, compare, decimal, divide, format, max, min, multiply, round, subtract, ROUNDING, type Amount } from "../money/money";
import type { CommandContext, StoredEntity } from "../tenant/command-context";
import { taxTableFor } from "../tax/uk-tax-2025";
import { ACCOUNT, changeCounters, type Account, type AccountData } from "./accounts";
import { RELIEVABLE_SUB_TYPES } from "./hmrc-claims";
import type { PotData } from "./pots";
import { formatCounter, parseAmount, taxYearOf } from "./tax-year";

export const SIPP_PRODUCTS = ["sipp_accumulation", "sipp_fad"];

const ZERO = decimal("0");
const plus = (counter: string, value: Amount) => formatCounter(add(parseAmount(counter), value));

/** The investor's pension accounts (SIPP accumulation and FAD). */
export function pensionAccounts(ctx: CommandContext, investorId: string): Account[] {
  return ctx.listOwned<AccountData>(ACCOUNT, investorId).filter((a) => SIPP_PRODUCTS.includes(a.data.financial_product_id));
}

/** Lump-sum allowances used so far (summed over the investor's pension accounts) and what is left. */
export function lumpSumAllowances(ctx: CommandContext, investorId: string): { lsaUsed: Amount; lsdbaUsed: Amount; lsaLeft: Amount; lsdbaLeft: Amount } {
  const table = taxTableFor(taxYearOf(ctx.now));
  let lsaUsed = ZERO;
  let lsdbaUsed = ZERO;
  for (const a of pensionAccounts(ctx, investorId)) {
    lsaUsed = add(lsaUsed, parseAmount(a.data.lsa_utilised));
    lsdbaUsed = add(lsdbaUsed, parseAmount(a.data.lsdba_utilised));
  }
  return {
    lsaUsed,
    lsdbaUsed,
    lsaLeft: max(ZERO, subtract(decimal(table.lumpSumAllowance), lsaUsed)),
    lsdbaLeft: max(ZERO, subtract(decimal(table.lumpSumAndDeathBenefitAllowance), lsdbaUsed)),
  };
}

/** The tax-free part of a lump sum of `value`: 25 %, capped by the LSA and LSDBA the investor has left. */
export function taxFreeCash(ctx: CommandContext, investorId: string, value: Amount): Amount {
  const table = taxTableFor(taxYearOf(ctx.now));
  const { lsaLeft, lsdbaLeft } = lumpSumAllowances(ctx, investorId);
  return min(round(multiply(value, decimal(table.pensionTaxFreeShare)), 2, ROUNDING.taxShare), lsaLeft, lsdbaLeft);
}

function percentage(used: Amount, of: string): string {
  return format(round(multiply(divide(used, decimal(of)), decimal("100")), 2, ROUNDING.valuation), 2);
}

/** Books tax-free cash against the account's LSA and LSDBA (used and percentage used). */
export function recordTaxFreeCash(ctx: CommandContext, accountId: string, taxFree: Amount): Account {
  const table = taxTableFor(taxYearOf(ctx.now));
  return changeCounters(ctx, accountId, ctx.nowMs, (d) => {
    const lsa = add(parseAmount(d.lsa_utilised), taxFree);
    const lsdba = add(parseAmount(d.lsdba_utilised), taxFree);
    return {
      lsa_utilised: formatCounter(lsa),
      lsdba_utilised: formatCounter(lsdba),
      lsa_percentage_used: percentage(lsa, table.lumpSumAllowance),
      lsdba_percentage_used: percentage(lsdba, table.lumpSumAndDeathBenefitAllowance),
    };
  });
}

/** A pension payment's amounts: gross out of the pot, PAYE deducted, tax-free part (UFPLS). */
export interface PensionPayment {
  gross: Amount;
  tax: Amount;
  taxFree: Amount;
}

/** Books a taxed pension payment on the account's drawdown or UFPLS counters (and the pension totals). */
export function recordPensionWithdrawal(ctx: CommandContext, accountId: string, kind: "drawdown" | "ufpls", p: PensionPayment): Account {
  const net = subtract(p.gross, p.tax);
  return changeCounters(ctx, accountId, ctx.nowMs, (d) => {
    const common: Partial<AccountData> = {
      current_year_total_gross_pension_withdrawal: plus(d.current_year_total_gross_pension_withdrawal, p.gross),
      total_gross_pension_withdrawal_life_time: plus(d.total_gross_pension_withdrawal_life_time, p.gross),
      current_year_total_net_pension_withdrawal: plus(d.current_year_total_net_pension_withdrawal, net),
      total_net_pension_withdrawal_life_time: plus(d.total_net_pension_withdrawal_life_time, net),
      current_year_total_tax_paid: plus(d.current_year_total_tax_paid, p.tax),
      total_tax_paid_life_time: plus(d.total_tax_paid_life_time, p.tax),
    };
    if (kind === "drawdown") {
      return {
        ...common,
        current_year_total_gross_drawdown_withdrawal: plus(d.current_year_total_gross_drawdown_withdrawal, p.gross),
        total_gross_drawdown_withdrawal_life_time: plus(d.total_gross_drawdown_withdrawal_life_time, p.gross),
        current_year_total_net_drawdown_withdrawal: plus(d.current_year_total_net_drawdown_withdrawal, net),
        total_net_drawdown_withdrawal_life_time: plus(d.total_net_drawdown_withdrawal_life_time, net),
        current_year_total_tax_paid_from_drawdown: plus(d.current_year_total_tax_paid_from_drawdown, p.tax),
        total_tax_paid_from_drawdown_life_time: plus(d.total_tax_paid_from_drawdown_life_time, p.tax),
      };
    }
    const taxable = subtract(p.gross, p.taxFree);
    return {
      ...common,
      current_year_total_gross_ufpls_withdrawal: plus(d.current_year_total_gross_ufpls_withdrawal, p.gross),
      total_gorss_ufpls_withdrawal_life_time: plus(d.total_gorss_ufpls_withdrawal_life_time, p.gross),
      current_year_total_net_ufpls_withdrawal: plus(d.current_year_total_net_ufpls_withdrawal, net),
      total_net_ufpls_withdrawal_life_time: plus(d.total_net_ufpls_withdrawal_life_time, net),
      current_year_total_tax_paid_from_ufpls: plus(d.current_year_total_tax_paid_from_ufpls, p.tax),
      total_tax_paid_from_ufpls_life_time: plus(d.total_tax_paid_from_ufpls_life_time, p.tax),
      current_year_total_tax_free_cash_paid_from_ufpls: plus(d.current_year_total_tax_free_cash_paid_from_ufpls, p.taxFree),
      total_tax_free_cash_paid_from_ufpls_life_time: plus(d.total_tax_free_cash_paid_from_ufpls_life_time, p.taxFree),
      current_year_total_gross_taxable_ufpls_withdrawal: plus(d.current_year_total_gross_taxable_ufpls_withdrawal, taxable),
      total_gross_taxable_ufpls_withdrawal_life_time: plus(d.total_gross_taxable_ufpls_withdrawal_life_time, taxable),
    };
  });
}

/** What marks an investor's money purchase annual allowance as triggered (registered by the investors domain). */
export type FlexibleAccessHook = (ctx: CommandContext, investorId: string, date: string) => void;

let flexibleAccessHook: FlexibleAccessHook | null = null;

/** Registers the hook run on every flexible withdrawal (UFPLS, drawdown income). */
export function onFlexibleAccess(hook: FlexibleAccessHook): void {
  flexibleAccessHook = hook;
}

/** A flexible withdrawal happened on `date`: the investor's MPAA is triggered (once). */
export function flexibleAccess(ctx: CommandContext, investorId: string, date: string): void {
  flexibleAccessHook?.(ctx, investorId, date);
}


/**
 * What the investor may still pay into pensions this tax year under the money purchase annual
 * allowance (gross, summed over the pension accounts), or null while the MPAA is not triggered.
 */
export function mpaaRemaining(ctx: CommandContext, investorId: string): Amount | null {
  const investor = ctx.get<{ mpaa_triggered?: boolean | null }>("investor", investorId);
  if (!investor?.data.mpaa_triggered) return null;
  const taxYear = taxYearOf(ctx.now);
  let used = ZERO;
  for (const a of pensionAccounts(ctx, investorId)) if (a.data.tax_year === taxYear) used = add(used, parseAmount(a.data.current_year_MPAA_utilized));
  return max(ZERO, subtract(decimal(taxTableFor(taxYear).moneyPurchaseAnnualAllowance), used));
}

/**
 * Why a contribution of `net` (as `subType`) into `pot` may not be paid: it would take the
 * investor's gross pension contributions beyond the MPAA left this tax year. Null when it fits,
 * when the pot is not a single investor's SIPP, or while the MPAA is not triggered. Single
 * payments refuse on it (400 naming `amount`); system payments (scheduled collections) fail
 * with it as the reason.
 */
export function mpaaBreach(ctx: CommandContext, pot: StoredEntity<PotData>, net: Amount, subType: string): string | null {
  if (pot.data.investor_id.length !== 1 || !SIPP_PRODUCTS.includes(pot.data.financial_product_id)) return null;
  const left = mpaaRemaining(ctx, pot.data.investor_id[0] ?? "");
  if (left === null) return null;
  const gross = grossContribution(net, RELIEVABLE_SUB_TYPES.includes(subType), taxYearOf(ctx.now));
  return compare(gross, left) > 0 ? `exceeds the money purchase annual allowance left (${format(left, 2)} gross) for this tax year` : null;
}

/** The gross a SIPP contribution counts for: relievable ones are grossed up by relief at source (net × 1.25). */
export function grossContribution(net: Amount, relievable: boolean, taxYear: string): Amount {
  return relievable ? add(net, round(multiply(net, decimal(taxTableFor(taxYear).reliefAtSourceOnNet)), 2, ROUNDING.taxShare)) : net;
}
