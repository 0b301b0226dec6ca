import { subtract } from "../../money/money";
import { project } from "./engine";
import { birthProblems, exceeds, inflationRate, planOf, projectionsAt, schedules, sortedYears, startingValue, ZERO, type Outcome } from "./plan";
import { BEYOND_100, type DrawdownAnswer, type DrawdownRequest } from "./schemas";
import { ageAfterMonths, ageOn, lastMonthBeforeAge } from "./timeline";
import { amountOf, answerText } from "./wire-numbers";

/** Coverage years projected when the request names none, with the year the pot runs out. */
export const DEFAULT_DRAWDOWN_YEARS = [5, 10] as const;
/** The age before which a pot must run out to have a run-out age. */
export const HORIZON_AGE = 100;

/**
 * Projects a SIPP in drawdown (WealthOS #86) from `today`: the pot at the end of the requested
 * coverage years (default the 5th and 10th, plus the year the pot runs out), and the investor's
 * age in the month the pot runs out if that month ends before the 100th birthday, otherwise
 * "The pension will last beyond the 100th year".
 */
export function projectDrawdown(req: DrawdownRequest, today: string): Outcome<DrawdownAnswer> {
  const errors = birthProblems(req, today);
  if (errors.length > 0) return { ok: false, errors };
  if (ageOn(req.date_of_birth, today) >= HORIZON_AGE) {
    return { ok: false, errors: [{ field: "date_of_birth", message: `projects only for investors under ${HORIZON_AGE}` }] };
  }
  const before = startingValue(req);
  const withdrawal = req.one_off_withdrawal === undefined ? ZERO : amountOf(req.one_off_withdrawal);
  if (exceeds(withdrawal, before)) {
    return { ok: false, errors: [{ field: "one_off_withdrawal", message: `must not be more than the pension value it is taken from (${answerText(before)})` }] };
  }
  const horizon = lastMonthBeforeAge(req.date_of_birth, today, HORIZON_AGE);
  const requested = req.projection_coverage_years ?? DEFAULT_DRAWDOWN_YEARS;
  const months = Math.max(12 * Math.ceil(horizon / 12), 12 * Math.max(...requested));
  const path = project(planOf(req, subtract(before, withdrawal), schedules(req.recurring_withdrawals)), months);
  const runout = path.exhaustedIn !== null && path.exhaustedIn <= horizon ? path.exhaustedIn : null;
  const runoutYear = runout === null ? [] : [Math.max(1, Math.ceil(runout / 12))];
  const years = sortedYears(req.projection_coverage_years ?? [...DEFAULT_DRAWDOWN_YEARS, ...runoutYear]);
  const inflation = inflationRate(req);
  return {
    ok: true,
    answer: {
      ...req,
      age_pension_runout: runout === null ? BEYOND_100 : ageAfterMonths(req.date_of_birth, today, runout),
      pension_projections: projectionsAt(path, years, today, inflation),
      inflation_rate: inflation,
    },
  };
}
