import { beforeAll, describe, expect, it } from "vitest";
import { sandboxTenantAt } from "../../helpers/clock";
import { expectProblem } from "../../helpers/problem";
import type { TestTenant } from "../../helpers/tenant";
import { add, div, mul, pennies, pow, q, simulate, sub } from "./exact";

/**
 * POST /tenant/projections/v1/drawdown (WealthOS #86). Today is 2026-01-15 on the tenant's
 * frozen test clock; expected figures are worked out here in exact fractions (./exact.ts).
 */

const TODAY = "2026-01-15";
const BEYOND = "The pension will last beyond the 100th year";
let t: TestTenant;

beforeAll(async () => {
  t = await sandboxTenantAt(`${TODAY}T12:00:00Z`);
});

type Projection = { coverage_year: number; date: string; value: number; value_in_todays_money: number };
type Answer = Record<string, unknown> & { age_pension_runout: number | string; pension_projections: Projection[]; inflation_rate: number };

async function drawdown(body: Record<string, unknown>): Promise<Answer> {
  const res = await t.fetch("/tenant/projections/v1/drawdown", { method: "POST", json: body });
  const text = await res.text();
  expect(res.status, text).toBe(201);
  return JSON.parse(text) as Answer;
}

const years = (a: Answer) => a.pension_projections.map((p) => [p.coverage_year, p.value]);
// Born 1960-06-01: 65 today.
const investor = { name: "Fay Green", date_of_birth: "1960-06-01" };

describe("the run-out age", () => {
  it("runs out in month 10 when 1,000 a month leaves a 10,000 pot that does not grow", async () => {
    const answer = await drawdown({ ...investor, current_pension_value: 10000, growth_rate: 0, recurring_withdrawals: [{ frequency: "Monthly", amount: 1000 }] });
    // 10,000 − 10 × 1,000 = 0 at the end of month 10 (2026-11-15), when the investor is 66.
    expect(answer.age_pension_runout).toBe(66);
    // Default years 5 and 10, and the year it runs out: ⌈10 / 12⌉ = 1.
    expect(years(answer)).toEqual([
      [1, 0],
      [5, 0],
      [10, 0],
    ]);
    expect(answer.pension_projections[0]!.date).toBe("2027-01-15");
    expect(answer.inflation_rate).toBe(2);
  });

  it("finds the month a growing pot runs out (closed form)", async () => {
    // 100,000 at 6 % (0.5 % a month) paying 1,000 at the end of each month:
    //   V(n) = 100,000 × 1.005^n − 1,000 × (1.005^n − 1) / 0.005 = 200,000 − 100,000 × 1.005^n,
    // zero when 1.005^n = 2: n = ln 2 / ln 1.005 = 138.98, so the pot runs out in month 139,
    // which ends on 2037-08-15 (11 years 7 months on): the investor is 77; coverage year ⌈139/12⌉ = 12.
    expect(Math.ceil(Math.log(2) / Math.log(1.005))).toBe(139);
    const v = (n: number) => sub(q(200000), mul(q(100000), pow(q("1.005"), n)));
    const answer = await drawdown({ ...investor, current_pension_value: 100000, growth_rate: 6, recurring_withdrawals: [{ frequency: "Monthly", amount: 1000 }] });
    expect(answer.age_pension_runout).toBe(77);
    expect(years(answer)).toEqual([
      [5, pennies(v(60))],
      [10, pennies(v(120))],
      [12, 0],
    ]);
    expect([pennies(v(60)), pennies(v(120))]).toEqual([65114.98, 18060.33]);
    // In today's money at 2 %: 65,114.98… / 1.02^5.
    expect(answer.pension_projections[0]!.value_in_todays_money).toBe(pennies(div(v(60), pow(q("1.02"), 5))));
  });

  it("answers 'beyond the 100th year' when the pot outlasts the investor's 100th birthday", async () => {
    // 100,000 at 5 % (1/240 a month) paying 100 a month: V(n) = 100,000 k^n − 24,000 (k^n − 1), k = 241/240; it only grows.
    const k = add(q(1), div(q(5), q(1200)));
    const v = (n: number) => sub(mul(q(100000), pow(k, n)), mul(q(24000), sub(pow(k, n), q(1))));
    const answer = await drawdown({ ...investor, current_pension_value: 100000, growth_rate: 5, recurring_withdrawals: [{ frequency: "Monthly", amount: 100 }] });
    expect(answer.age_pension_runout).toBe(BEYOND);
    expect(years(answer)).toEqual([
      [5, pennies(v(60))],
      [10, pennies(v(120))],
    ]);
    expect([pennies(v(60)), pennies(v(120))]).toEqual([121535.26, 149172.72]);
  });

  it("counts a run-out only in a month that ends before the 100th birthday", async () => {
    // Born 1926-03-01: 99 today, 100 on 2026-03-01. Month 1 ends on 2026-02-15 (still 99), month 2 on 2026-03-15.
    const old = { name: "Gus Hale", date_of_birth: "1926-03-01", growth_rate: 0, recurring_withdrawals: [{ frequency: "Monthly", amount: 1000 }] };
    const inMonth1 = await drawdown({ ...old, current_pension_value: 1000 });
    expect(inMonth1.age_pension_runout).toBe(99);
    expect(years(inMonth1)).toEqual([
      [1, 0],
      [5, 0],
      [10, 0],
    ]);
    const inMonth2 = await drawdown({ ...old, current_pension_value: 2000 });
    expect(inMonth2.age_pension_runout).toBe(BEYOND);
    expect(years(inMonth2)).toEqual([
      [5, 0],
      [10, 0],
    ]);
  });

  it("runs contributions, quarterly withdrawals and fees month by month", async () => {
    const plan = { start: "50000", growth: "3", contributions: [{ every: 1, amount: "200" }], withdrawals: [{ every: 3, amount: "3000" }], fees: [{ every: 1, amount: "0.75" }] } as const;
    const exact = simulate({ ...plan, contributions: [...plan.contributions], withdrawals: [...plan.withdrawals], fees: [...plan.fees] }, 120);
    // By hand: each month × 1.0025 (3 %/12), less 0.0625 % (0.75 %/12), plus 200; month 1:
    // 50,000 × 1.0025 = 50,125; − 31.328125 = 50,093.671875; + 200 = 50,293.671875. Month 3 also pays out 3,000.
    expect(pennies(exact.values[1]!)).toBe(50293.67);
    expect(pennies(exact.values[3]!)).toBe(47882.67);
    expect(exact.exhaustedIn).toBe(69); // ends 2031-10-15: born 1958-02-20, the investor is 73
    const answer = await drawdown({
      name: "Hal Innes",
      date_of_birth: "1958-02-20",
      current_pension_value: 50000,
      growth_rate: 3,
      recurring_contributions: [{ frequency: "Monthly", amount: 200 }],
      recurring_withdrawals: [{ frequency: "Quarterly", amount: 3000 }],
      fees: [{ fee_type: "Platform fee", frequency: "Monthly", amount: 0.75 }],
    });
    expect(answer.age_pension_runout).toBe(73);
    expect(years(answer)).toEqual([
      [5, pennies(exact.values[60]!)],
      [6, 0],
      [10, 0],
    ]);
    expect(pennies(exact.values[60]!)).toBe(5309.69);
  });

  it("answers only the requested years when years are given", async () => {
    const answer = await drawdown({ ...investor, current_pension_value: 10000, growth_rate: 0, recurring_withdrawals: [{ frequency: "Monthly", amount: 1000 }], projection_coverage_years: [3] });
    expect(answer.age_pension_runout).toBe(66);
    expect(years(answer)).toEqual([[3, 0]]);
    expect(answer.projection_coverage_years).toEqual([3]);
  });
});

describe("one-off amounts", () => {
  const body = { ...investor, current_pension_value: 10000, one_off_payment: 500, transfer_in: 500, growth_rate: 0, recurring_withdrawals: [{ frequency: "Monthly", amount: 1000 }] };

  it("adds the one-off payment and transfer in and deducts the one-off withdrawal before month 1", async () => {
    // 10,000 + 500 + 500 − 1,000 = 10,000: ten withdrawals of 1,000, out in month 10 as above.
    const answer = await drawdown({ ...body, one_off_withdrawal: 1000 });
    expect(answer.age_pension_runout).toBe(66);
    expect(answer).toMatchObject({ one_off_withdrawal: 1000, one_off_payment: 500, transfer_in: 500 });
    // Without it: 11,000 at 1,100 a month, also out in month 10.
    const without = await drawdown({ ...body, recurring_withdrawals: [{ frequency: "Monthly", amount: 1100 }] });
    expect(without.age_pension_runout).toBe(66);
  });

  it("refuses a one-off withdrawal larger than the pot it is taken from", async () => {
    const res = await t.fetch("/tenant/projections/v1/drawdown", { method: "POST", json: { ...body, one_off_withdrawal: 11000.01 } });
    const problem = await expectProblem(res, 400, "validation_failed");
    expect(problem.errors).toEqual([{ field: "one_off_withdrawal", message: "must not be more than the pension value it is taken from (11000)" }]);
  });
});

describe("validation", () => {
  const valid = { ...investor, current_pension_value: 1000, growth_rate: 2.5 };
  const cases: Array<[string, Record<string, unknown>, string]> = [
    ["an investor aged 100", { date_of_birth: "1926-01-15" }, "date_of_birth"],
    ["born tomorrow", { date_of_birth: "2026-01-16" }, "date_of_birth"],
    ["a withdrawal with 3 decimals", { recurring_withdrawals: [{ frequency: "Monthly", amount: 99.999 }] }, "recurring_withdrawals.0.amount"],
    ["a withdrawal frequency", { recurring_withdrawals: [{ frequency: "Daily", amount: 10 }] }, "recurring_withdrawals.0.frequency"],
    ["a one-off withdrawal as a string", { one_off_withdrawal: "100" }, "one_off_withdrawal"],
    ["growth below −100", { growth_rate: -100.5 }, "growth_rate"],
    ["an inflation rate with 3 decimals", { inflation_rate: 2.125 }, "inflation_rate"],
  ];
  it.each(cases)("refuses %s, naming the field", async (_label, change, field) => {
    const res = await t.fetch("/tenant/projections/v1/drawdown", { method: "POST", json: { ...valid, ...change } });
    const problem = await expectProblem(res, 400, "validation_failed");
    expect(problem.errors?.map((e) => e.field)).toContain(field);
  });

  it("does not take a retirement age into account (accumulation only)", async () => {
    const answer = await drawdown({ ...valid, intended_retirement_age: 50 });
    expect(answer).not.toHaveProperty("intended_retirement_age");
  });
});
