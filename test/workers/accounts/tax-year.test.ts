import { describe, expect, it } from "vitest";
import {
  headroom,
  openingCounters,
  rolledOver,
  taxYearOf,
  withContribution,
  withoutReservation,
  withPendingWithdrawal,
  withReservation,
  withWithdrawal,
} from "../../../src/custody/tax-year";

describe("taxYearOf", () => {
  it.each([
    ["2025-04-05", "2024"],
    ["2025-04-06", "2025"],
    ["2026-04-05", "2025"],
    ["2026-04-06", "2026"],
    ["2025-01-01", "2024"],
    ["2025-12-31", "2025"],
    ["2024-02-29", "2023"],
  ])("dates: %s is in tax year %s", (date, year) => {
    expect(taxYearOf(date)).toBe(year);
  });

  it.each([
    // 6 April starts at midnight London time, which is 23:00 UTC on 5 April (BST).
    ["2025-04-05T22:59:59.999Z", "2024"],
    ["2025-04-05T23:00:00.000Z", "2025"],
    ["2025-04-06T12:00:00Z", "2025"],
    ["2026-04-05T22:59:59.999Z", "2025"],
    ["2026-04-05T23:00:00.000Z", "2026"],
    // Winter: London is on UTC.
    ["2025-12-31T23:30:00.000Z", "2025"],
    ["2025-04-06T00:30:00+01:00", "2025"],
  ])("timestamps: %s is in tax year %s", (timestamp, year) => {
    expect(taxYearOf(timestamp)).toBe(year);
  });

  it("refuses something that is not a date", () => {
    expect(() => taxYearOf("yesterday")).toThrow(RangeError);
  });
});

describe("opening counters", () => {
  it("start at zero with the allowance in the product family's field", () => {
    const isa = openingCounters("stocks_isa", "20000.00", "2025");
    expect(isa).toMatchObject({
      tax_year: "2025",
      current_year_subscription: false,
      first_subscription_date_for_current_year: null,
      current_year_total_contribution: "0.00",
      total_contribution: "0.00",
      current_year_MPAA_remaining: "0.00",
      total_gorss_ufpls_withdrawal_life_time: "0.00",
      current_year_pending_withdrawals: "0.00",
      subscriptions_reserved: "0.00",
      isa_allowance_remaining: "20000.00",
      jisa_allowance_remaining: null,
      lisa_allowance_remaining: null,
    });
    expect(openingCounters("stocks_jisa", "9000.00", "2025")).toMatchObject({ jisa_allowance_remaining: "9000.00", isa_allowance_remaining: null });
    expect(openingCounters("lisa_cash", "4000.00", "2025")).toMatchObject({ lisa_allowance_remaining: "4000.00", isa_allowance_remaining: null });
    const gia = openingCounters("general_investment_product", null, "2025");
    expect(gia).toMatchObject({ isa_allowance_remaining: null, jisa_allowance_remaining: null, lisa_allowance_remaining: null });
    expect(headroom(gia)).toBeNull();
  });
});

describe("subscriptions against the allowance", () => {
  const at = "2025-05-01T10:00:00.000Z";

  it("reservations reduce the headroom; a contribution moves its reservation into the year's subscriptions", () => {
    let c = openingCounters("stocks_isa", "20000.00", "2025");
    expect(headroom(c)).toBe("20000.00");
    c = withReservation(c, "15000.50");
    expect(headroom(c)).toBe("4999.50");
    expect(c.isa_allowance_remaining).toBe("20000.00");
    c = withReservation(c, "4999.50");
    expect(headroom(c)).toBe("0.00");
    c = withContribution(c, "stocks_isa", "15000.50", at);
    expect(c).toMatchObject({
      subscriptions_reserved: "4999.50",
      current_year_subscription: true,
      first_subscription_date_for_current_year: at,
      current_year_total_contribution: "15000.50",
      current_year_total_isa_contribution: "15000.50",
      current_year_total_jisa_contribution: "0.00",
      total_contribution: "15000.50",
      isa_allowance_remaining: "4999.50",
    });
    expect(headroom(c)).toBe("0.00");
    c = withoutReservation(c, "4999.50");
    expect(c.subscriptions_reserved).toBe("0.00");
    expect(headroom(c)).toBe("4999.50");
    c = withContribution(c, "stocks_isa", "100", "2025-06-01T00:00:00.000Z");
    expect(c.first_subscription_date_for_current_year).toBe(at);
    expect(c).toMatchObject({ current_year_total_contribution: "15100.50", isa_allowance_remaining: "4899.50", subscriptions_reserved: "0.00" });
  });

  it("never shows a negative headroom, remaining allowance or reservation", () => {
    let c = openingCounters("lisa_stocks", "4000.00", "2025");
    c = withContribution(c, "lisa_stocks", "4500.00", at);
    expect(c.lisa_allowance_remaining).toBe("0.00");
    expect(headroom(c)).toBe("0.00");
    c = withoutReservation(c, "10.00");
    expect(c.subscriptions_reserved).toBe("0.00");
  });

  it("feeds the JISA counters for stocks_jisa and only the totals for products without an allowance", () => {
    const jisa = withContribution(openingCounters("stocks_jisa", "9000.00", "2025"), "stocks_jisa", "250.00", at);
    expect(jisa).toMatchObject({ current_year_total_jisa_contribution: "250.00", current_year_total_isa_contribution: "0.00", jisa_allowance_remaining: "8750.00" });
    const gia = withContribution(openingCounters("general_investment_product", null, "2025"), "general_investment_product", "1.005", at);
    expect(gia).toMatchObject({ current_year_total_contribution: "1.005", total_contribution: "1.005", current_year_total_isa_contribution: "0.00" });
    expect(headroom(gia)).toBeNull();
  });

  it("refuses malformed or negative amounts", () => {
    const c = openingCounters("stocks_isa", "20000.00", "2025");
    expect(() => withReservation(c, "-1.00")).toThrow(RangeError);
    expect(() => withReservation(c, "1e3")).toThrow(RangeError);
    expect(() => withContribution(c, "stocks_isa", "12,00", at)).toThrow(RangeError);
  });
});

describe("withdrawals", () => {
  it("pending grows on acceptance and shrinks on payout; ISA withdrawals do not restore the allowance", () => {
    let c = withContribution(openingCounters("stocks_isa", "20000.00", "2025"), "stocks_isa", "5000.00", "2025-05-01T00:00:00Z");
    c = withPendingWithdrawal(c, "1200.00");
    expect(c.current_year_pending_withdrawals).toBe("1200.00");
    c = withWithdrawal(c, "stocks_isa", "1000.00");
    expect(c).toMatchObject({
      current_year_pending_withdrawals: "200.00",
      current_year_total_withdrawals: "1000.00",
      current_year_total_isa_withdrawals: "1000.00",
      total_withdrawals: "1000.00",
      isa_allowance_remaining: "15000.00",
    });
    expect(withPendingWithdrawal(c, "-150.00").current_year_pending_withdrawals).toBe("50.00");
    expect(withPendingWithdrawal(c, "-250.00").current_year_pending_withdrawals).toBe("0.00");
    const gia = withWithdrawal(openingCounters("general_investment_product", null, "2025"), "general_investment_product", "50.00");
    expect(gia).toMatchObject({ current_year_total_withdrawals: "50.00", current_year_total_isa_withdrawals: "0.00", current_year_pending_withdrawals: "0.00" });
  });
});

describe("rollover", () => {
  it("restarts the current-year counters in a new tax year and keeps lifetime totals, reservations and pending withdrawals", () => {
    let c = openingCounters("stocks_isa", "20000.00", "2024");
    c = withContribution(c, "stocks_isa", "12000.00", "2025-04-05T12:00:00Z");
    c = withReservation(c, "300.00");
    c = withPendingWithdrawal(c, "40.00");
    c = withWithdrawal(c, "stocks_isa", "10.00");
    const same = rolledOver(c, "stocks_isa", "2024", "20000.00");
    expect(same).toEqual(c);
    const next = rolledOver(c, "stocks_isa", "2025", "20000.00");
    expect(next).toMatchObject({
      tax_year: "2025",
      current_year_subscription: false,
      first_subscription_date_for_current_year: null,
      current_year_total_contribution: "0.00",
      current_year_total_isa_contribution: "0.00",
      current_year_total_withdrawals: "0.00",
      current_year_total_isa_withdrawals: "0.00",
      total_contribution: "12000.00",
      total_withdrawals: "10.00",
      subscriptions_reserved: "300.00",
      current_year_pending_withdrawals: "30.00",
      isa_allowance_remaining: "20000.00",
    });
    expect(headroom(next)).toBe("19700.00");
  });

  it("applies a changed allowance", () => {
    const c = withContribution(openingCounters("stocks_isa", "20000.00", "2025"), "stocks_isa", "1000.00", "2025-05-01T00:00:00Z");
    const lowered = rolledOver(c, "stocks_isa", "2025", "15000.00");
    expect(lowered).toMatchObject({ isa_allowance_remaining: "14000.00", annual_allowance: "15000.00" });
    expect(headroom(lowered)).toBe("14000.00");
  });
});
