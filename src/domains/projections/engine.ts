import { add, compare, decimal, divide, multiply, subtract, type Amount } from "../../money/money";

/**
 * The month-by-month model both calculators share, in exact decimals (`src/money`, 40
 * significant digits; nothing is rounded until the answer). Month m (1, 2, …) of a projection:
 *
 *   1. growth: value × (1 + growth_rate / 1200)  (the annual rate compounded monthly);
 *   2. fees due this month: value × Σ (fee % × months per charge / 1200), so a 1.2 % annual fee
 *      charged monthly takes 0.1 % of the grown value each month, quarterly 0.3 % every third;
 *   3. contributions due this month are added, at face value;
 *   4. withdrawals due this month are taken, at most what the pot holds.
 *
 * A schedule is due at the end of each of its periods: every month (Monthly), months 3, 6, 9, …
 * (Quarterly) or months 12, 24, … (Annually). The pot is exhausted in the first month that ends
 * at zero or below; it never goes below zero.
 */

export const FREQUENCIES = ["Monthly", "Quarterly", "Annually"] as const;
export type Frequency = (typeof FREQUENCIES)[number];
const MONTHS_PER_PERIOD: Record<Frequency, number> = { Monthly: 1, Quarterly: 3, Annually: 12 };

/** A recurring amount (cash, or an annual fee percentage) by its frequency. */
export interface Schedule {
  readonly frequency: Frequency;
  readonly amount: Amount;
}

/** What a projection starts from and what moves the pot every month. */
export interface Plan {
  /** The pot at month 0, one-off payments, transfers and withdrawals already applied. */
  readonly start: Amount;
  /** Annual growth rate, a percentage (2.5 for 2.5 %). */
  readonly growthRate: Amount;
  readonly contributions: readonly Schedule[];
  readonly withdrawals: readonly Schedule[];
  /** Fees as annual percentages of the pot, each charged at its frequency. */
  readonly fees: readonly Schedule[];
}

/** The pot at the end of every month and the month it was first exhausted in, if any. */
export interface Path {
  /** `values[m]` is the pot at the end of month m (`values[0]` is the start). */
  readonly values: readonly Amount[];
  readonly exhaustedIn: number | null;
}

const ZERO = decimal("0");
const TWELVE_HUNDRED = decimal("1200");

function dueIn(month: number, frequency: Frequency): boolean {
  return month % MONTHS_PER_PERIOD[frequency] === 0;
}

function sumDue(schedules: readonly Schedule[], month: number): Amount {
  return schedules.reduce((sum, s) => (dueIn(month, s.frequency) ? add(sum, s.amount) : sum), ZERO);
}

/** The annual fee percentage charged in `month`, scaled to the months each charge covers. */
function feePercentMonths(fees: readonly Schedule[], month: number): Amount {
  return fees.reduce((sum, f) => (dueIn(month, f.frequency) ? add(sum, multiply(f.amount, decimal(String(MONTHS_PER_PERIOD[f.frequency])))) : sum), ZERO);
}

/** Runs `plan` for `months` months. */
export function project(plan: Plan, months: number): Path {
  const values: Amount[] = [plan.start];
  let exhaustedIn: number | null = null;
  let value = plan.start;
  for (let month = 1; month <= months; month += 1) {
    value = add(value, divide(multiply(value, plan.growthRate), TWELVE_HUNDRED));
    const feeShare = feePercentMonths(plan.fees, month);
    if (compare(feeShare, ZERO) !== 0) value = subtract(value, divide(multiply(value, feeShare), TWELVE_HUNDRED));
    value = add(value, sumDue(plan.contributions, month));
    value = subtract(value, sumDue(plan.withdrawals, month));
    if (compare(value, ZERO) <= 0) {
      value = ZERO;
      exhaustedIn ??= month;
    }
    values.push(value);
  }
  return { values, exhaustedIn };
}

/** `value` in today's money at the end of `years` whole years of `inflationRate` % a year (compounded yearly). */
export function inTodaysMoney(value: Amount, inflationRate: Amount, years: number): Amount {
  const yearly = add(decimal("1"), divide(inflationRate, decimal("100")));
  let factor = decimal("1");
  for (let y = 0; y < years; y += 1) factor = multiply(factor, yearly);
  return divide(value, factor);
}
