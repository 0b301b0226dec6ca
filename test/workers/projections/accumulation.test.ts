import { beforeAll, describe, expect, it } from "vitest";
import { sandboxTenantAt } from "../../helpers/clock";
import { expectProblem } from "../../helpers/problem";
import type { TestTenant } from "../../helpers/tenant";
import { add, div, mul, pennies, pow, q, simulate, sub, type Q } from "./exact";

/**
 * POST /tenant/projections/v1/accumulate (WealthOS #85). Today is 2026-01-15 on the tenant's
 * frozen test clock; every expected figure is worked out here in exact fractions (./exact.ts)
 * and rounded once, half-even, to pennies.
 */

const TODAY = "2026-01-15";
let t: TestTenant;

beforeAll(async () => {
  t = await sandboxTenantAt(`${TODAY}T12:00:00Z`);
});

type Projection = { coverage_year: number; date: string; value: number; value_in_todays_money: number };
type Answer = Record<string, unknown> & { pension_projections: Projection[]; inflation_rate: number };

async function accumulate(body: Record<string, unknown>, path = "/tenant/projections/v1/accumulate"): Promise<{ answer: Answer; text: string }> {
  const res = await t.fetch(path, { method: "POST", json: body });
  const text = await res.text();
  expect(res.status, text).toBe(201);
  return { answer: JSON.parse(text) as Answer, text };
}

/** Today's money: value / (1 + inflation/100)^years. */
const real = (value: Q, inflation: string, years: number): number => pennies(div(value, pow(add(q(1), div(q(inflation), q(100))), years)));

describe("monthly compounding, no flows", () => {
  // 10,000.00 at 12 % a year compounded monthly grows by 1 % a month: V(n) = 10,000 × 1.01^n.
  // Born 1986-06-01, the investor is 39 today; retiring at 65 is coverage year 65 − 39 = 26.
  const body = { name: "Ada Brown", date_of_birth: "1986-06-01", intended_retirement_age: 65, current_pension_value: 10000, growth_rate: 12 };
  const v = (months: number) => mul(q(10000), pow(q("1.01"), months));

  it("answers the 1st, 3rd and 5th years and the retirement year, with inflation 2 by default", async () => {
    const { answer, text } = await accumulate(body);
    // 1.01^12 = 1.126825030131969720661201 → 11,268.25030… → 11,268.25
    // 1.01^36 = 1.4307687835915…            → 14,307.69
    // 1.01^60 = 1.8166966985640…            → 18,166.97
    expect(answer.pension_projections.map((p) => [p.coverage_year, p.date, p.value])).toEqual([
      [1, "2027-01-15", 11268.25],
      [3, "2029-01-15", 14307.69],
      [5, "2031-01-15", 18166.97],
      [26, "2052-01-15", pennies(v(312))],
    ]);
    expect(pennies(v(312))).toBe(222981.39); // 1.01^312 = 22.298139…
    // In today's money at 2 % a year: 11,268.2503… / 1.02 = 11,047.30; 18,166.9669… / 1.02^5 = 16,454.38.
    expect(answer.pension_projections.map((p) => p.value_in_todays_money)).toEqual([11047.3, real(v(36), "2", 3), 16454.38, real(v(312), "2", 26)]);
    expect(answer.inflation_rate).toBe(2);
    // Amounts are JSON numbers written as their decimals, at most two places.
    expect(text).toContain('"value":11268.25,');
    expect(text).toContain('"inflation_rate":2');
    expect(answer).toMatchObject(body);
    expect(answer).not.toHaveProperty("projection_coverage_years");
  });

  it("answers the same on the catalogue's path /accumulation", async () => {
    const a = await accumulate(body);
    const b = await accumulate(body, "/tenant/projections/v1/accumulation");
    expect(b.answer).toEqual(a.answer);
  });

  it("uses and echoes a given inflation_rate", async () => {
    const { answer } = await accumulate({ ...body, inflation_rate: 3.5, projection_coverage_years: [1] });
    // 11,268.2503… / 1.035 = 10,887.20
    expect(answer.pension_projections[0]).toMatchObject({ coverage_year: 1, value: 11268.25, value_in_todays_money: 10887.2 });
    expect(answer.inflation_rate).toBe(3.5);
  });
});

describe("contributions, one-offs and fees", () => {
  it("adds the one-off payment and transfer in, and compounds monthly contributions net of a monthly fee (closed form)", async () => {
    // Start 1,000 + 500 + 500 = 2,000. Each month: × 1.005 (6 %/12), less 0.05 % (a 0.6 % annual fee
    // charged monthly), plus 100. With k = 1.005 × 0.9995 = 1.0044975:
    //   V(n) = 2,000 k^n + 100 (k^n − 1) / (k − 1)
    const k = mul(q("1.005"), q("0.9995"));
    const v = (n: number) => add(mul(q(2000), pow(k, n)), div(mul(q(100), sub(pow(k, n), q(1))), sub(k, q(1))));
    const { answer } = await accumulate({
      name: "Ben Carter",
      date_of_birth: "1980-01-16", // 45 today (46 tomorrow); retiring at 50 is coverage year 5
      intended_retirement_age: 50,
      current_pension_value: 1000,
      growth_rate: 6,
      recurring_contributions: [{ frequency: "Monthly", amount: 100 }],
      one_off_payment: 500,
      transfer_in: 500,
      fees: [{ fee_type: "Platform fee", frequency: "Monthly", amount: 0.6 }],
    });
    // Year 1 by hand: k^12 = 1.0553252…, 2,000 k^12 = 2,110.6505…, 100 × 0.0553252…/0.0044975 = 1,230.1330… → 3,340.78
    expect(answer.pension_projections.map((p) => [p.coverage_year, p.value])).toEqual([
      [1, pennies(v(12))],
      [3, pennies(v(36))],
      [5, pennies(v(60))],
    ]);
    expect(pennies(v(12))).toBe(3340.78);
  });

  it("takes quarterly and annual schedules at the end of their periods", async () => {
    const plan = {
      start: "5000",
      growth: "4.5",
      contributions: [
        { every: 1, amount: "150.25" },
        { every: 12, amount: "1200" },
      ],
      fees: [
        { every: 1, amount: "0.45" },
        { every: 3, amount: "0.2" },
      ],
    } as const;
    const exact = simulate({ ...plan, contributions: [...plan.contributions], fees: [...plan.fees] }, 120);
    // Month 1 by hand: 5,000 × (1 + 4.5/1200) = 5,018.75; less 0.45 × 1/1200 = 0.0375 % → 5,016.8679…;
    // plus 150.25 → 5,167.1179… (no quarterly fee or annual contribution yet).
    expect(pennies(exact.values[1]!)).toBe(5167.12);
    const { answer } = await accumulate({
      name: "Cara Dunn",
      date_of_birth: "1990-03-10",
      intended_retirement_age: 60, // 35 today: retirement year 25
      current_pension_value: 5000,
      growth_rate: 4.5,
      recurring_contributions: [
        { frequency: "Monthly", amount: 150.25 },
        { frequency: "Annually", amount: 1200 },
      ],
      fees: [
        { fee_type: "Platform fee", frequency: "Monthly", amount: 0.45 },
        { fee_type: "Fund charge", frequency: "Quarterly", amount: 0.2 },
      ],
      projection_coverage_years: [10, 2, 2],
    });
    // Requested years (deduplicated, ascending) and the retirement year.
    expect(answer.pension_projections.map((p) => p.coverage_year)).toEqual([2, 10, 25]);
    expect(answer.pension_projections[0]!.value).toBe(pennies(exact.values[24]!));
    expect(answer.pension_projections[1]!.value).toBe(pennies(exact.values[120]!));
    expect(answer.projection_coverage_years).toEqual([10, 2, 2]);
  });

  it("leaves out default years after the retirement year, and projects a negative growth rate", async () => {
    // Born 1962-06-01: 63 today; retiring at 65 is coverage year 2, so the 3rd and 5th years are left out.
    const { answer } = await accumulate({ name: "Dan Ellis", date_of_birth: "1962-06-01", intended_retirement_age: 65, current_pension_value: 1200, growth_rate: -12 });
    // −1 % a month: 1,200 × 0.99^12 = 1,063.6598…; 1,200 × 0.99^24 = 942.81…
    expect(answer.pension_projections.map((p) => [p.coverage_year, p.value])).toEqual([
      [1, 1063.66],
      [2, pennies(mul(q(1200), pow(q("0.99"), 24)))],
    ]);
  });
});

describe("validation", () => {
  const valid = { name: "Eve Fox", date_of_birth: "1980-01-01", intended_retirement_age: 67, current_pension_value: 1000, growth_rate: 2.5 };
  const cases: Array<[string, Record<string, unknown>, string]> = [
    ["three decimals", { growth_rate: 2.555 }, "growth_rate"],
    ["a float sum's long text", { current_pension_value: 0.1 + 0.2 }, "current_pension_value"],
    ["a tiny exponent", { current_pension_value: 1e-7 }, "current_pension_value"],
    ["a decimal string", { current_pension_value: "1000.00" }, "current_pension_value"],
    ["a negative value", { current_pension_value: -1 }, "current_pension_value"],
    ["too large", { current_pension_value: 1e12 }, "current_pension_value"],
    ["growth over 100", { growth_rate: 100.01 }, "growth_rate"],
    ["retirement age over 100", { intended_retirement_age: 101 }, "intended_retirement_age"],
    ["retirement age not an integer", { intended_retirement_age: 66.5 }, "intended_retirement_age"],
    ["retirement at the current age", { intended_retirement_age: 46 }, "intended_retirement_age"],
    ["born tomorrow", { date_of_birth: "2026-01-16" }, "date_of_birth"],
    ["not a date", { date_of_birth: "2026-02-30" }, "date_of_birth"],
    ["name too long", { name: "x".repeat(101) }, "name"],
    ["coverage year 100", { projection_coverage_years: [1, 100] }, "projection_coverage_years.1"],
    ["coverage year 0", { projection_coverage_years: [0] }, "projection_coverage_years.0"],
    ["contribution frequency", { recurring_contributions: [{ frequency: "Weekly", amount: 10 }] }, "recurring_contributions.0.frequency"],
    ["contribution of zero", { recurring_contributions: [{ frequency: "Monthly", amount: 0 }] }, "recurring_contributions.0.amount"],
    ["fee over 100 %", { fees: [{ fee_type: "AMC", frequency: "Monthly", amount: 100.5 }] }, "fees.0.amount"],
    ["fee without a type", { fees: [{ frequency: "Monthly", amount: 1 }] }, "fees.0.fee_type"],
    ["one-off payment with 3 decimals", { one_off_payment: 10.001 }, "one_off_payment"],
  ];
  it.each(cases)("refuses %s, naming the field", async (_label, change, field) => {
    const res = await t.fetch("/tenant/projections/v1/accumulate", { method: "POST", json: { ...valid, ...change } });
    const problem = await expectProblem(res, 400, "validation_failed");
    expect(problem.errors?.map((e) => e.field)).toContain(field);
  });

  it("refuses a body without the required fields, naming each", async () => {
    const res = await t.fetch("/tenant/projections/v1/accumulate", { method: "POST", json: {} });
    const problem = await expectProblem(res, 400, "validation_failed");
    expect(problem.errors?.map((e) => e.field).sort()).toEqual(["current_pension_value", "date_of_birth", "growth_rate", "intended_retirement_age", "name"]);
  });

  it("names the current age when the retirement age is not above it", async () => {
    const res = await t.fetch("/tenant/projections/v1/accumulate", { method: "POST", json: { ...valid, intended_retirement_age: 40 } });
    const problem = await expectProblem(res, 400, "validation_failed");
    expect(problem.errors).toEqual([{ field: "intended_retirement_age", message: "must be greater than the investor's current age (46)" }]);
  });

  it("accepts an Idempotency-Key (nothing to replay) but refuses a malformed one", async () => {
    const key = crypto.randomUUID();
    const first = await t.fetch("/tenant/projections/v1/accumulate", { method: "POST", json: valid, headers: { "idempotency-key": key } });
    const again = await t.fetch("/tenant/projections/v1/accumulate", { method: "POST", json: valid, headers: { "idempotency-key": key } });
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(await again.json()).toEqual(await first.json());
    const bad = await t.fetch("/tenant/projections/v1/accumulate", { method: "POST", json: valid, headers: { "idempotency-key": "nope" } });
    await expectProblem(bad, 400, "invalid_idempotency_key");
  });

  it("needs the tenant's key", async () => {
    const res = await t.fetch("/tenant/projections/v1/accumulate", { method: "POST", json: valid, headers: { "x-api-key": "cof_sk_wrong" } });
    expect(res.status).toBe(401);
  });
});
