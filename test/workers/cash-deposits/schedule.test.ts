import { describe, expect, it } from "vitest";
import { findCashInvestmentProduct } from "../../../src/catalogue/cash-investment-products";
import { creditThrough, dailyInterest, rateOn } from "../../../src/domains/cash-deposits/interest";
import { addTerm } from "../../../src/domains/cash-deposits/lifecycle";
import { nextWindowMs } from "../../../src/domains/cash-deposits/windows";

const LONDON = "Europe/London";
const WEEKDAYS = { business_days: ["monday", "tuesday", "wednesday", "thursday", "friday"] as Array<"monday" | "tuesday" | "wednesday" | "thursday" | "friday">, cut_off_times: ["11:00", "15:00"] };
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

type Product = NonNullable<ReturnType<typeof findCashInvestmentProduct>>;
const product = (fields: Partial<Product>) => ({ interest_credit_frequency: "monthly", interest_rates: [], ...fields }) as Product;

describe("instruction windows", () => {
  it("takes the next cut-off on a listed business day, in London time", () => {
    // Wednesday 1 July 2026 10:00 BST → 11:00 BST (10:00Z); 12:00 BST → 15:00 BST.
    expect(iso(nextWindowMs(WEEKDAYS, Date.parse("2026-07-01T09:00:00Z"), LONDON))).toBe("2026-07-01T10:00:00.000Z");
    expect(iso(nextWindowMs(WEEKDAYS, Date.parse("2026-07-01T11:00:00Z"), LONDON))).toBe("2026-07-01T14:00:00.000Z");
    // Exactly at a cut-off: that window.
    expect(iso(nextWindowMs(WEEKDAYS, Date.parse("2026-07-01T10:00:00Z"), LONDON))).toBe("2026-07-01T10:00:00.000Z");
    // Friday 28 August after 15:00 → Monday 31 August is the Summer bank holiday → Tuesday 1 September 11:00.
    expect(iso(nextWindowMs(WEEKDAYS, Date.parse("2026-08-28T15:00:00Z"), LONDON))).toBe("2026-09-01T10:00:00.000Z");
    // Only Fridays: Wednesday → Friday 3 July; winter time in GMT.
    expect(iso(nextWindowMs({ business_days: ["friday"], cut_off_times: ["09:30"] }, Date.parse("2026-07-01T09:00:00Z"), LONDON))).toBe("2026-07-03T08:30:00.000Z");
    expect(iso(nextWindowMs({ business_days: ["friday"], cut_off_times: ["09:30"] }, Date.parse("2026-12-01T09:00:00Z"), LONDON))).toBe("2026-12-04T09:30:00.000Z");
  });
});

describe("interest maths", () => {
  it("divides actual/365 and rounds half-even to 10 places", () => {
    // 10,000.00 × 4.50 / 36,500 = 1.232876712328… ; 7,000.00 × 4.50 / 36,500 = 0.863013698630…
    expect(dailyInterest(1_000_000n, "GBP", "4.50")).toBe("1.2328767123");
    expect(dailyInterest(700_000n, "GBP", "4.50")).toBe("0.8630136986");
    expect(dailyInterest(1n, "GBP", "0.00")).toBe("0.0000000000");
  });

  it("takes the rate in force on the date", () => {
    const p = product({ interest_rates: [{ rate: "5.00", effective_date: "2026-07-16" }, { rate: "4.50", effective_date: "2026-01-01" }] });
    expect([rateOn(p, "2025-12-31"), rateOn(p, "2026-07-15"), rateOn(p, "2026-07-16"), rateOn(p, "2027-01-01")]).toEqual(["0.00", "4.50", "5.00", "5.00"]);
  });

  it("credits on the first business day of the period, up to the end of the period before", () => {
    const monthly = product({});
    expect(creditThrough(monthly, "2026-08-03")).toBe("2026-07-31"); // 1 August is a Saturday
    expect(creditThrough(monthly, "2026-08-01")).toBeNull();
    expect(creditThrough(monthly, "2026-08-04")).toBeNull();
    expect(creditThrough(monthly, "2027-01-04")).toBe("2026-12-31"); // 1 January a holiday, 2–3 a weekend
    const quarterly = product({ interest_credit_frequency: "quarterly" });
    expect(creditThrough(quarterly, "2026-08-03")).toBeNull();
    expect(creditThrough(quarterly, "2026-10-01")).toBe("2026-09-30");
    expect(creditThrough(product({ interest_credit_frequency: "on_maturity" }), "2026-10-01")).toBeNull();
  });

  it("adds terms, keeping a month end within its month", () => {
    expect(addTerm("2026-07-01", { value: 1, unit: "months" })).toBe("2026-08-01");
    expect(addTerm("2026-01-31", { value: 1, unit: "months" })).toBe("2026-02-28");
    expect(addTerm("2026-11-30", { value: 3, unit: "months" })).toBe("2027-02-28");
    expect(addTerm("2028-02-29", { value: 1, unit: "years" })).toBe("2029-02-28");
    expect(addTerm("2026-12-25", { value: 10, unit: "days" })).toBe("2027-01-04");
  });
});
