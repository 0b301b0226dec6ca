import { add, compare, decimal, type Amount } from "../../money/money";
import type { FieldError } from "../../platform/errors/api-error";
import { inTodaysMoney, type Path, type Plan, type Schedule } from "./engine";
import { DEFAULT_INFLATION_RATE, type AccumulationRequest, type DrawdownRequest } from "./schemas";
import { addMonths } from "./timeline";
import { amountOf, answerNumber } from "./wire-numbers";

/** What both calculators read the same way. */
export type CommonRequest = Omit<AccumulationRequest, "intended_retirement_age"> | DrawdownRequest;

/** A calculator's outcome: the answer, or the fields that make the request impossible. */
export type Outcome<T> = { ok: true; answer: T } | { ok: false; errors: FieldError[] };

type Recurring = ReadonlyArray<{ frequency: Schedule["frequency"]; amount: number }>;

export function schedules(items: Recurring | undefined): Schedule[] {
  return (items ?? []).map((i) => ({ frequency: i.frequency, amount: amountOf(i.amount) }));
}

/** The pot at month 0: the current value plus the one-off payment and the transfer in (face values). */
export function startingValue(req: CommonRequest): Amount {
  return [req.one_off_payment, req.transfer_in].reduce<Amount>((sum, n) => (n === undefined ? sum : add(sum, amountOf(n))), amountOf(req.current_pension_value));
}

/** The model of `req` from `start`, with the given withdrawals. */
export function planOf(req: CommonRequest, start: Amount, withdrawals: Schedule[]): Plan {
  return {
    start,
    growthRate: amountOf(req.growth_rate),
    contributions: schedules(req.recurring_contributions),
    withdrawals,
    fees: (req.fees ?? []).map((f) => ({ frequency: f.frequency, amount: amountOf(f.amount) })),
  };
}

/** The inflation rate the request gives, or the default. */
export function inflationRate(req: CommonRequest): number {
  return req.inflation_rate ?? DEFAULT_INFLATION_RATE;
}

/** Refuses a date of birth after today (the only rule both calculators check against the clock). */
export function birthProblems(req: CommonRequest, today: string): FieldError[] {
  return req.date_of_birth > today ? [{ field: "date_of_birth", message: "must not be in the future" }] : [];
}

/** Distinct years in ascending order. */
export function sortedYears(years: Iterable<number>): number[] {
  return [...new Set(years)].sort((a, b) => a - b);
}

/** The answer's `pension_projections`: the pot at the end of each coverage year. */
export function projectionsAt(path: Path, years: readonly number[], today: string, inflation: number) {
  const rate = amountOf(inflation);
  return years.map((year) => {
    const value = path.values[year * 12];
    if (value === undefined) throw new RangeError(`the path stops before year ${year}`);
    return {
      coverage_year: year,
      date: addMonths(today, year * 12),
      value: answerNumber(value),
      value_in_todays_money: answerNumber(inTodaysMoney(value, rate, year)),
    };
  });
}

/** True when `a` is more than `b`. */
export function exceeds(a: Amount, b: Amount): boolean {
  return compare(a, b) > 0;
}

export const ZERO = decimal("0");
