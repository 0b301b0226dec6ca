import { describe, expect, it } from "vitest";
import { decimal, toPlainString } from "../../../src/money/money";
import { addMonths, ageAfterMonths, lastMonthBeforeAge } from "../../../src/domains/projections/timeline";
import { amountOf, answerText } from "../../../src/domains/projections/wire-numbers";

describe("projection calendar", () => {
  it.each([
    ["2026-01-31", 1, "2026-02-28"],
    ["2028-01-31", 1, "2028-02-29"],
    ["2024-02-29", 12, "2025-02-28"],
    ["2026-01-15", 139, "2037-08-15"],
    ["2026-11-30", 3, "2027-02-28"],
  ])("%s plus %i months is %s", (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it("counts a 29 February birthday on 1 March in other years", () => {
    // 2026-01-15 + 13 months = 2027-02-15, + 14 months = 2027-03-15.
    expect(ageAfterMonths("2008-02-29", "2026-01-15", 13)).toBe(18);
    expect(ageAfterMonths("2008-02-29", "2026-02-28", 12)).toBe(18); // 2027-02-28: not yet 19
    expect(ageAfterMonths("2008-02-29", "2026-03-01", 12)).toBe(19); // 2027-03-01
  });

  it("finds the last month that ends before a birthday", () => {
    // 100 on 2026-03-01: month 1 ends 2026-02-15 (99), month 2 ends 2026-03-15 (100).
    expect(lastMonthBeforeAge("1926-03-01", "2026-01-15", 100)).toBe(1);
    // 100 on 2026-02-10: month 1 already ends after it.
    expect(lastMonthBeforeAge("1926-02-10", "2026-01-15", 100)).toBe(0);
    // Born 1960-06-01, today 2026-01-15: 100 on 2060-06-01; month 412 ends 2060-05-15, month 413 on 2060-06-15.
    expect(lastMonthBeforeAge("1960-06-01", "2026-01-15", 100)).toBe(412);
  });
});

describe("JSON numbers as decimals", () => {
  it("reads a number as its shortest round-trip text", () => {
    expect(toPlainString(amountOf(0.1))).toBe("0.1");
    expect(toPlainString(amountOf(2.5))).toBe("2.5");
    expect(toPlainString(amountOf(999999999999.99))).toBe("999999999999.99");
    expect(() => amountOf(0.1 + 0.2)).toThrow(RangeError);
  });

  it("answers half-even to two decimals without trailing zeros", () => {
    expect(answerText(decimal("11268.250301"))).toBe("11268.25");
    expect(answerText(decimal("0.125"))).toBe("0.12");
    expect(answerText(decimal("0.135"))).toBe("0.14");
    expect(answerText(decimal("1250.004"))).toBe("1250");
    expect(answerText(decimal("1234.5"))).toBe("1234.5");
    expect(answerText(decimal("0.001"))).toBe("0");
    expect(answerText(decimal("12345678901234567890.125"))).toBe("12345678901234567890.12");
  });
});
