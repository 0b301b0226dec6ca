import { describe, expect, it } from "vitest";
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from "../../../src/clock/bank-holidays";
import { addBusinessDays, dayCloseMs, dealingDate, isBankHoliday, isBusinessDay, nextBusinessDay, rollToBusinessDay, startOfDateMs } from "../../../src/clock/calendar";
import { addDuration, advanceLimitMs, parseDuration } from "../../../src/clock/durations";
import { localDate, zonedInstant } from "../../../src/clock/zones";

const LONDON = "Europe/London";

describe("England and Wales bank holidays", () => {
  it("pins the published dates, substitutes and one-off holidays", () => {
    for (const date of ["2026-04-03", "2026-04-06", "2026-12-25", "2026-12-28", "2020-05-08", "2022-06-02", "2022-06-03", "2022-09-19", "2023-05-08", "2027-12-27", "2027-12-28", "2032-03-29"]) {
      expect(isBankHoliday(date), date).toBe(true);
    }
    // Moved holidays leave their usual dates as ordinary days; Boxing Day 2026 is a Saturday.
    for (const date of ["2020-05-04", "2022-05-30", "2026-12-26", "2026-04-07"]) expect(isBankHoliday(date), date).toBe(false);
  });

  it("bundles every year from 2018 to 2032, eight to ten holidays each, in order", () => {
    const dates = ENGLAND_AND_WALES_BANK_HOLIDAYS.map(([d]) => d);
    expect([...dates].sort()).toEqual(dates);
    for (let year = 2018; year <= 2032; year += 1) {
      const count = dates.filter((d) => d.startsWith(`${year}-`)).length;
      expect(count, String(year)).toBeGreaterThanOrEqual(8);
      expect(count, String(year)).toBeLessThanOrEqual(10);
    }
  });
});

describe("business days", () => {
  it("skips weekends and bank holidays", () => {
    expect(isBusinessDay("2026-04-02")).toBe(true); // Thursday
    expect(isBusinessDay("2026-04-03")).toBe(false); // Good Friday
    expect(isBusinessDay("2026-04-04")).toBe(false); // Saturday
    expect(isBusinessDay("2026-04-06")).toBe(false); // Easter Monday
    expect(rollToBusinessDay("2026-04-03")).toBe("2026-04-07");
    expect(rollToBusinessDay("2026-04-07")).toBe("2026-04-07");
    expect(nextBusinessDay("2026-12-24")).toBe("2026-12-29");
  });

  it("counts T+n in business days", () => {
    expect(addBusinessDays("2026-04-02", 2)).toBe("2026-04-08"); // over Good Friday, the weekend and Easter Monday
    expect(addBusinessDays("2026-04-02", 0)).toBe("2026-04-02");
    expect(addBusinessDays("2026-04-04", 1)).toBe("2026-04-08"); // a Saturday trade counts from Tuesday 7th
    expect(addBusinessDays("2026-12-23", 2)).toBe("2026-12-29");
  });

  it("trades before the dealing cut-off today, after it (or on a non-business day) on the next business day", () => {
    // 2 April 2026 is in British Summer Time: 14:00 London is 13:00 UTC.
    expect(dealingDate(Date.parse("2026-04-02T12:59:59.999Z"), LONDON, "14:00")).toBe("2026-04-02");
    expect(dealingDate(Date.parse("2026-04-02T13:00:00Z"), LONDON, "14:00")).toBe("2026-04-07");
    expect(dealingDate(Date.parse("2026-04-03T09:00:00Z"), LONDON, "14:00")).toBe("2026-04-07");
    expect(dealingDate(Date.parse("2026-12-01T14:30:00Z"), LONDON, "15:00")).toBe("2026-12-01"); // GMT
  });
});

describe("operational dates in London", () => {
  it("closes each date at 23:59:59.999 local time, in summer and in winter", () => {
    expect(new Date(dayCloseMs("2026-04-08", LONDON)).toISOString()).toBe("2026-04-08T22:59:59.999Z");
    expect(new Date(dayCloseMs("2026-12-01", LONDON)).toISOString()).toBe("2026-12-01T23:59:59.999Z");
    expect(new Date(startOfDateMs("2026-04-06", LONDON)).toISOString()).toBe("2026-04-05T23:00:00.000Z");
    // The days the clocks change: 29 March 2026 has 23 hours, 25 October 2026 has 25.
    expect(dayCloseMs("2026-03-29", LONDON) + 1 - startOfDateMs("2026-03-29", LONDON)).toBe(23 * 3_600_000);
    expect(dayCloseMs("2026-10-25", LONDON) + 1 - startOfDateMs("2026-10-25", LONDON)).toBe(25 * 3_600_000);
  });

  it("dates an instant by its local calendar day", () => {
    expect(localDate(Date.parse("2026-04-05T23:30:00Z"), LONDON)).toBe("2026-04-06");
    expect(localDate(Date.parse("2026-12-31T23:30:00Z"), LONDON)).toBe("2026-12-31");
    expect(localDate(Date.parse("2026-12-31T23:30:00Z"), "Asia/Tokyo")).toBe("2027-01-01");
    expect(new Date(zonedInstant("2026-07-01", 9 * 3_600_000, "America/New_York")).toISOString()).toBe("2026-07-01T13:00:00.000Z");
  });
});

describe("ISO-8601 durations", () => {
  it("parses calendar and clock parts, and refuses what is not a duration", () => {
    expect(parseDuration("P1M")).toEqual({ years: 0, months: 1, days: 0, timeMs: 0 });
    expect(parseDuration("P1Y2M3W4DT5H6M7.5S")).toEqual({ years: 1, months: 2, days: 25, timeMs: (5 * 3600 + 6 * 60 + 7.5) * 1000 });
    for (const bad of ["P", "PT", "1D", "P1H", "PT1D", "P-1D", "P1.5D", "", "P1DT"]) expect(parseDuration(bad), bad).toBeNull();
  });

  it("adds months on the calendar (clamped to the month's end) and hours as elapsed time", () => {
    const at = (iso: string) => Date.parse(iso);
    expect(new Date(addDuration(at("2026-01-31T10:00:00Z"), parseDuration("P1M")!)).toISOString()).toBe("2026-02-28T10:00:00.000Z");
    expect(new Date(addDuration(at("2026-04-02T09:00:00Z"), parseDuration("P40D")!)).toISOString()).toBe("2026-05-12T09:00:00.000Z");
    expect(new Date(addDuration(at("2026-04-02T09:00:00Z"), parseDuration("PT6H")!)).toISOString()).toBe("2026-04-02T15:00:00.000Z");
    expect(new Date(advanceLimitMs(at("2026-04-02T09:00:00Z"))).toISOString()).toBe("2028-04-02T09:00:00.000Z");
  });
});
