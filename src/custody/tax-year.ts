/**
 * UK tax years and the per-account counters kept for them. Pure functions over plain data: the
 * account module loads, rolls over, applies and stores. Every amount is a decimal string and all
 * arithmetic goes through `src/money`.
 */
import { add, decimal, decimalPlaces, format, max, parseDecimal, subtract, type Amount } from "../money/money";

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const LONDON_DATE = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" });

/**
 * The UK tax year a date or timestamp falls in, labelled by the calendar year it starts in:
 * "2025" runs from 6 April 2025 to 5 April 2026. A timestamp counts by its date in London
 * (6 April 00:30 BST is 5 April 23:30 UTC and already belongs to the new year).
 */
export function taxYearOf(date: string): string {
  let ymd = date;
  if (!DATE_ONLY.test(date)) {
    const instant = new Date(date);
    if (Number.isNaN(instant.getTime())) throw new RangeError(`not a date or timestamp: ${date}`);
    ymd = LONDON_DATE.format(instant);
  }
  const year = Number(ymd.slice(0, 4));
  const monthDay = ymd.slice(5, 10);
  return String(monthDay >= "04-06" ? year : year - 1);
}

/** Counters of the current tax year; all reset to zero when a new tax year starts. */
export const TAX_YEAR_COUNTERS = [
  "current_year_total_contribution",
  "current_year_total_withdrawals",
  "current_year_total_isa_contribution",
  "current_year_total_isa_withdrawals",
  "current_year_total_jisa_contribution",
  "current_year_RAS_claimed",
  "current_year_gross_contribution",
  "current_year_MPAA_utilized",
  "current_year_MPAA_remaining",
  "current_year_RAS_claims_pending",
  "current_year_LISA_bonus_claimed",
  "current_year_LISA_bonus_pending",
  "current_year_withdrawal_charges",
  "current_year_total_gross_pension_withdrawal",
  "current_year_total_net_pension_withdrawal",
  "current_year_total_tax_paid",
  "current_year_total_gross_drawdown_withdrawal",
  "current_year_total_net_drawdown_withdrawal",
  "current_year_total_tax_paid_from_drawdown",
  "current_year_total_gross_ufpls_withdrawal",
  "current_year_total_net_ufpls_withdrawal",
  "current_year_total_tax_paid_from_ufpls",
  "current_year_total_tax_free_cash_paid_from_ufpls",
  "current_year_total_gross_taxable_ufpls_withdrawal",
  "personal_allowance_utilized",
  "additional_pay",
  "tax_overpaid",
] as const;

/** Lifetime totals (and lifetime allowance usage), never reset. */
export const LIFETIME_COUNTERS = [
  "total_contribution",
  "total_gross_contribution",
  "total_bonus_claimed",
  "total_withdrawals",
  "total_withdrawal_charges",
  "lsdba_percentage_used",
  "lsa_percentage_used",
  "lsdba_utilised",
  "lsa_utilised",
  "total_gross_pension_withdrawal_life_time",
  "total_net_pension_withdrawal_life_time",
  "total_tax_paid_life_time",
  "total_gross_drawdown_withdrawal_life_time",
  "total_net_drawdown_withdrawal_life_time",
  "total_tax_paid_from_drawdown_life_time",
  "total_gorss_ufpls_withdrawal_life_time",
  "total_net_ufpls_withdrawal_life_time",
  "total_tax_paid_from_ufpls_life_time",
  "total_tax_free_cash_paid_from_ufpls_life_time",
  "total_gross_taxable_ufpls_withdrawal_life_time",
] as const;

/** The allowance-remaining field each allowance family shows. */
export const ALLOWANCE_FIELDS = ["isa_allowance_remaining", "jisa_allowance_remaining", "lisa_allowance_remaining"] as const;

export type TaxYearCounter = (typeof TAX_YEAR_COUNTERS)[number];
export type LifetimeCounter = (typeof LIFETIME_COUNTERS)[number];
export type AllowanceField = (typeof ALLOWANCE_FIELDS)[number];

/** Everything an account keeps about money in and out, per tax year and for its lifetime. */
export type AccountCounters = Record<TaxYearCounter | LifetimeCounter, string> &
  Record<AllowanceField, string | null> & {
    /** The tax year the current-year counters belong to ("2025"). */
    tax_year: string;
    current_year_subscription: boolean;
    first_subscription_date_for_current_year: string | null;
    /** Accepted withdrawals not yet paid out; carried across tax years until paid. */
    current_year_pending_withdrawals: string;
    /** Subscriptions accepted but not yet received (payment intents in flight); carried across tax years. */
    subscriptions_reserved: string;
    /** The product's annual allowance when the counters were last touched, or null when it has none. */
    annual_allowance: string | null;
  };

/** Which subscription counter and allowance field a product's contributions feed. */
interface AllowanceFamily {
  contribution: TaxYearCounter | null;
  withdrawal: TaxYearCounter | null;
  remaining: AllowanceField | null;
}

const ISA: AllowanceFamily = { contribution: "current_year_total_isa_contribution", withdrawal: "current_year_total_isa_withdrawals", remaining: "isa_allowance_remaining" };
const LISA: AllowanceFamily = { ...ISA, remaining: "lisa_allowance_remaining" };
const JISA: AllowanceFamily = { contribution: "current_year_total_jisa_contribution", withdrawal: null, remaining: "jisa_allowance_remaining" };
const NONE: AllowanceFamily = { contribution: null, withdrawal: null, remaining: null };
const FAMILIES: Record<string, AllowanceFamily> = { stocks_isa: ISA, lisa_cash: LISA, lisa_stocks: LISA, stocks_jisa: JISA };

function familyOf(financialProductId: string): AllowanceFamily {
  return FAMILIES[financialProductId] ?? NONE;
}

const ZERO = decimal("0");

/** Parses an amount handed in by the money path; a malformed (or unexpectedly negative) one is a programming error. */
export function parseAmount(amount: string, allowNegative = false): Amount {
  const parsed = parseDecimal(amount, { maxDecimals: 6, allowNegative });
  if (!parsed.ok) throw new RangeError(`amount ${JSON.stringify(amount)} ${parsed.error}`);
  return parsed.value;
}

/** A counter on the wire: at least two decimal places, never rounded. */
export function formatCounter(value: Amount): string {
  return format(value, Math.max(2, decimalPlaces(value)));
}

const plus = (counter: string, amount: Amount) => formatCounter(add(parseAmount(counter), amount));
/** `counter − amount`, never below zero (a release or payout larger than what was recorded). */
const minus = (counter: string, amount: Amount) => formatCounter(max(ZERO, subtract(parseAmount(counter), amount)));

function withRemaining(c: AccountCounters, financialProductId: string): AccountCounters {
  const { remaining } = familyOf(financialProductId);
  const out: AccountCounters = { ...c, isa_allowance_remaining: null, jisa_allowance_remaining: null, lisa_allowance_remaining: null };
  if (remaining && c.annual_allowance !== null) {
    out[remaining] = formatCounter(max(ZERO, subtract(parseAmount(c.annual_allowance), parseAmount(c.current_year_total_contribution))));
  }
  return out;
}

/** The counters of a newly opened account. */
export function openingCounters(financialProductId: string, annualAllowance: string | null, taxYear: string): AccountCounters {
  const zero = formatCounter(ZERO);
  const counters = Object.fromEntries([...TAX_YEAR_COUNTERS, ...LIFETIME_COUNTERS].map((name) => [name, zero])) as Record<TaxYearCounter | LifetimeCounter, string>;
  return withRemaining(
    {
      ...counters,
      isa_allowance_remaining: null,
      jisa_allowance_remaining: null,
      lisa_allowance_remaining: null,
      tax_year: taxYear,
      current_year_subscription: false,
      first_subscription_date_for_current_year: null,
      current_year_pending_withdrawals: zero,
      subscriptions_reserved: zero,
      annual_allowance: annualAllowance,
    },
    financialProductId,
  );
}

/**
 * The counters as of `taxYear` under the product's current `annualAllowance`: when the tax year
 * has moved on, the current-year counters restart at zero (lifetime totals, in-flight
 * subscriptions and pending withdrawals carry over); the allowance remaining is recomputed.
 */
export function rolledOver(c: AccountCounters, financialProductId: string, taxYear: string, annualAllowance: string | null): AccountCounters {
  let next: AccountCounters = { ...c, annual_allowance: annualAllowance };
  if (c.tax_year !== taxYear) {
    const zero = formatCounter(ZERO);
    next = { ...next, ...Object.fromEntries(TAX_YEAR_COUNTERS.map((name) => [name, zero])), tax_year: taxYear, current_year_subscription: false, first_subscription_date_for_current_year: null };
  }
  return withRemaining(next, financialProductId);
}

/**
 * What may still be subscribed this tax year: allowance − (subscriptions received + reserved),
 * never below zero; null when the product has no annual allowance.
 */
export function headroom(c: AccountCounters): string | null {
  if (c.annual_allowance === null) return null;
  const used = add(parseAmount(c.current_year_total_contribution), parseAmount(c.subscriptions_reserved));
  return formatCounter(max(ZERO, subtract(parseAmount(c.annual_allowance), used)));
}

/** A subscription accepted (payment intent in flight): reserved against the allowance. */
export function withReservation(c: AccountCounters, amount: string): AccountCounters {
  return { ...c, subscriptions_reserved: plus(c.subscriptions_reserved, parseAmount(amount)) };
}

/** A reserved subscription that will not arrive (payment failed or cancelled). */
export function withoutReservation(c: AccountCounters, amount: string): AccountCounters {
  return { ...c, subscriptions_reserved: minus(c.subscriptions_reserved, parseAmount(amount)) };
}

/** A subscription received at `atIso`: its reservation becomes this year's contribution. */
export function withContribution(c: AccountCounters, financialProductId: string, amount: string, atIso: string): AccountCounters {
  const a = parseAmount(amount);
  const { contribution } = familyOf(financialProductId);
  const next: AccountCounters = {
    ...c,
    subscriptions_reserved: minus(c.subscriptions_reserved, a),
    current_year_subscription: true,
    first_subscription_date_for_current_year: c.first_subscription_date_for_current_year ?? atIso,
    current_year_total_contribution: plus(c.current_year_total_contribution, a),
    total_contribution: plus(c.total_contribution, a),
  };
  if (contribution) next[contribution] = plus(c[contribution], a);
  return withRemaining(next, financialProductId);
}

/**
 * A withdrawal accepted but not yet paid out; a negative amount takes back one that will not be
 * paid (rejected or cancelled), never below zero.
 */
export function withPendingWithdrawal(c: AccountCounters, amount: string): AccountCounters {
  const pending = add(parseAmount(c.current_year_pending_withdrawals), parseAmount(amount, true));
  return { ...c, current_year_pending_withdrawals: formatCounter(max(ZERO, pending)) };
}

/** A pending withdrawal that will not be paid out (the payout was rejected). */
export function withoutPendingWithdrawal(c: AccountCounters, amount: string): AccountCounters {
  return { ...c, current_year_pending_withdrawals: minus(c.current_year_pending_withdrawals, parseAmount(amount)) };
}

/**
 * A withdrawal paid out: this year's and lifetime withdrawals grow; the pending amount shrinks
 * unless the withdrawal was never pending here (`wasPending` false: booked after it was paid
 * elsewhere). ISA withdrawals do not restore the allowance (no flexible ISA).
 */
export function withWithdrawal(c: AccountCounters, financialProductId: string, amount: string, wasPending = true): AccountCounters {
  const a = parseAmount(amount);
  const { withdrawal } = familyOf(financialProductId);
  const next: AccountCounters = {
    ...c,
    current_year_total_withdrawals: plus(c.current_year_total_withdrawals, a),
    total_withdrawals: plus(c.total_withdrawals, a),
    current_year_pending_withdrawals: wasPending ? minus(c.current_year_pending_withdrawals, a) : c.current_year_pending_withdrawals,
  };
  if (withdrawal) next[withdrawal] = plus(c[withdrawal], a);
  return next;
}
