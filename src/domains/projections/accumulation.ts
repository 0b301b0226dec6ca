import { project } from "./engine";
import { birthProblems, inflationRate, planOf, projectionsAt, sortedYears, startingValue, type Outcome } from "./plan";
import type { AccumulationAnswer, AccumulationRequest } from "./schemas";
import { ageOn } from "./timeline";

/** Coverage years projected when the request names none (each kept only if before the retirement year). */
export const DEFAULT_ACCUMULATION_YEARS = [1, 3, 5] as const;

/**
 * Projects a SIPP in accumulation (WealthOS #85) from `today`: the pot at the end of the
 * requested coverage years (default the 1st, 3rd and 5th) and of the retirement year, the
 * projection year in which the investor reaches `intended_retirement_age` (that age less the
 * current age).
 */
export function projectAccumulation(req: AccumulationRequest, today: string): Outcome<AccumulationAnswer> {
  const errors = birthProblems(req, today);
  if (errors.length > 0) return { ok: false, errors };
  const age = ageOn(req.date_of_birth, today);
  if (req.intended_retirement_age <= age) {
    return { ok: false, errors: [{ field: "intended_retirement_age", message: `must be greater than the investor's current age (${age})` }] };
  }
  const retirementYear = req.intended_retirement_age - age;
  const requested = req.projection_coverage_years ?? DEFAULT_ACCUMULATION_YEARS.filter((y) => y < retirementYear);
  const years = sortedYears([...requested, retirementYear]);
  const path = project(planOf(req, startingValue(req), []), 12 * Math.max(...years));
  const inflation = inflationRate(req);
  return { ok: true, answer: { ...req, pension_projections: projectionsAt(path, years, today, inflation), inflation_rate: inflation } };
}
