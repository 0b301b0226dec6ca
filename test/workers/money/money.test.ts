import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MAX_STORABLE,
  QUANTITY_SCALE,
  add,
  allocate,
  compare,
  currencyExponent,
  decimal,
  decimalPlaces,
  divide,
  divideRounded,
  equals,
  format,
  formatScaled,
  fromMinor,
  fromScaled,
  fromStorage,
  isCurrencyCode,
  isNegative,
  isZero,
  max,
  min,
  multiply,
  negate,
  parseDecimal,
  parseScaled,
  round,
  subtract,
  toMinor,
  toPlainString,
  toScaled,
  toStorage,
  type Amount,
} from "../../../src/money/money";

const two = { maxDecimals: 2 };
const text = (a: Amount) => toPlainString(a);

describe("parseDecimal", () => {
  it.each([
    ["12.50", "12.5"],
    ["0", "0"],
    ["0.01", "0.01"],
    ["1500", "1500"],
    ["007.10", "7.1"],
  ])("accepts %j", (input, expected) => {
    const parsed = parseDecimal(input, two);
    expect(parsed.ok && text(parsed.value)).toBe(expected);
  });

  it.each([
    ["", "not plain"],
    [" 1", "not plain"],
    ["1 ", "not plain"],
    ["1e3", "not plain"],
    ["+1", "not plain"],
    [".5", "not plain"],
    ["5.", "not plain"],
    ["1,000.00", "not plain"],
    ["0x10", "not plain"],
    ["NaN", "not plain"],
    ["Infinity", "not plain"],
    ["١٢", "not plain"],
    [12.5, "not plain"],
    [null, "not plain"],
    [undefined, "not plain"],
    ["12.505", "decimals"],
    ["12.500", "decimals"],
    ["-1", "negative"],
    ["-0.00", "negative"],
    ["1234567890123456789012345", "large"],
  ])("rejects %j (%s)", (input, why) => {
    const parsed = parseDecimal(input, two);
    expect(parsed.ok).toBe(false);
    const messages: Record<string, string> = {
      "not plain": 'must be a decimal string such as "12.50"',
      decimals: "must have at most 2 decimal places",
      negative: "must not be negative",
      large: "is too large",
    };
    if (!parsed.ok) expect(parsed.error).toBe(messages[why]);
  });

  it("allows a minus sign only when asked", () => {
    const parsed = parseDecimal("-3.25", { maxDecimals: 2, allowNegative: true });
    expect(parsed.ok && text(parsed.value)).toBe("-3.25");
  });

  it("says 'whole number' when no decimals are allowed", () => {
    expect(parseDecimal("1.0", { maxDecimals: 0 })).toEqual({ ok: false, error: "must be a whole number" });
  });
});

describe("parseScaled", () => {
  it("parses straight to stored integers", () => {
    expect(parseScaled("12.50", 2)).toEqual({ ok: true, value: 1250n });
    expect(parseScaled("1.5", QUANTITY_SCALE)).toEqual({ ok: true, value: 1_500_000n });
    expect(parseScaled("-0.000001", QUANTITY_SCALE, { allowNegative: true })).toEqual({ ok: true, value: -1n });
  });

  it("refuses values outside the storage range", () => {
    expect(parseScaled("90071992547409.91", 2)).toEqual({ ok: true, value: MAX_STORABLE });
    expect(parseScaled("90071992547409.92", 2)).toEqual({ ok: false, error: "is too large" });
  });

  it("round-trips with formatScaled", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -MAX_STORABLE, max: MAX_STORABLE }),
        fc.integer({ min: 0, max: 8 }),
        (value, scale) => {
          expect(parseScaled(formatScaled(value, scale), scale, { allowNegative: true })).toEqual({ ok: true, value });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("format", () => {
  it("pads to the wire's fixed decimals", () => {
    expect(format(decimal("1500"), 2)).toBe("1500.00");
    expect(format(decimal("0.5"), 2)).toBe("0.50");
    expect(format(decimal("3"), 0)).toBe("3");
    expect(format(decimal("-0"), 2)).toBe("0.00");
    expect(format(decimal("123456789012345678901234.5"), 1)).toBe("123456789012345678901234.5");
  });

  it("refuses to round silently", () => {
    expect(() => format(decimal("1.234"), 2)).toThrow(RangeError);
  });

  it("formatScaled writes stored integers with exact decimals", () => {
    expect(formatScaled(150000n, 2)).toBe("1500.00");
    expect(formatScaled(-5n, 2)).toBe("-0.05");
    expect(formatScaled(5n, 0)).toBe("5");
    expect(formatScaled(1n, QUANTITY_SCALE)).toBe("0.000001");
    expect(formatScaled(0n, 2)).toBe("0.00");
  });
});

describe("rounding", () => {
  it("roundDown truncates toward zero (units bought)", () => {
    expect(text(round(decimal("2.9999999"), 6, "roundDown"))).toBe("2.999999");
    expect(text(round(decimal("2.999"), 0, "roundDown"))).toBe("2");
    expect(text(round(decimal("-2.5"), 0, "roundDown"))).toBe("-2");
  });

  it.each([
    ["2.5", 0, "2"],
    ["3.5", 0, "4"],
    ["2.51", 0, "3"],
    ["0.125", 2, "0.12"],
    ["0.135", 2, "0.14"],
    ["-0.125", 2, "-0.12"],
    ["1.005", 2, "1"],
  ])("halfEven rounds %s to %i places as %s (valuations)", (input, places, expected) => {
    expect(text(round(decimal(input), places, "halfEven"))).toBe(expected);
  });

  it.each([
    [5n, 2n, "halfEven", 2n],
    [7n, 2n, "halfEven", 4n],
    [-5n, 2n, "halfEven", -2n],
    [-7n, 2n, "halfEven", -4n],
    [5n, -2n, "halfEven", -2n],
    [10n, 3n, "halfEven", 3n],
    [11n, 3n, "halfEven", 4n],
    [5n, 2n, "roundDown", 2n],
    [-5n, 2n, "roundDown", -2n],
    [6n, 3n, "roundDown", 2n],
  ] as const)("divideRounded(%s, %s, %s) is %s", (n, d, mode, expected) => {
    expect(divideRounded(n, d, mode)).toBe(expected);
  });

  it("divideRounded is within half a unit (halfEven) or below one unit (roundDown) of the exact quotient", () => {
    const nonZero = fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }).filter((d) => d !== 0n);
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), nonZero, (n, d) => {
        const abs = (x: bigint) => (x < 0n ? -x : x);
        const even = divideRounded(n, d, "halfEven");
        expect(2n * abs(n - even * d)).toBeLessThanOrEqual(abs(d));
        const down = divideRounded(n, d, "roundDown");
        expect(abs(down * d)).toBeLessThanOrEqual(abs(n));
        expect(abs(n - down * d)).toBeLessThan(abs(d));
      }),
      { numRuns: 300 },
    );
    expect(() => divideRounded(1n, 0n, "halfEven")).toThrow(RangeError);
  });
});

describe("arithmetic", () => {
  it("is exact where floats are not", () => {
    expect(text(add(decimal("0.1"), decimal("0.2")))).toBe("0.3");
    expect(text(subtract(decimal("1.00"), decimal("0.99")))).toBe("0.01");
    expect(text(multiply(decimal("1.1"), decimal("1.1")))).toBe("1.21");
    expect(text(round(divide(decimal("1"), decimal("3")), 6, "halfEven"))).toBe("0.333333");
    expect(() => divide(decimal("1"), decimal("0"))).toThrow(RangeError);
  });

  it("compares, negates and picks extremes", () => {
    expect(compare(decimal("1.50"), decimal("1.5"))).toBe(0);
    expect(compare(decimal("-1"), decimal("0"))).toBe(-1);
    expect(compare(decimal("2"), decimal("1.999999"))).toBe(1);
    expect(equals(decimal("1.50"), decimal("1.5"))).toBe(true);
    expect(isZero(decimal("0.000"))).toBe(true);
    expect(isZero(decimal("0.001"))).toBe(false);
    expect(isNegative(decimal("-0"))).toBe(false);
    expect(isNegative(negate(decimal("2")))).toBe(true);
    expect(text(min(decimal("3"), decimal("-1"), decimal("2")))).toBe("-1");
    expect(text(max(decimal("3"), decimal("-1"), decimal("3.5")))).toBe("3.5");
    expect(decimalPlaces(decimal("1.50"))).toBe(1);
  });
});

describe("scaled integers", () => {
  it("converts to and from minor units per currency", () => {
    expect(toMinor(decimal("12.5"), "GBP")).toBe(1250n);
    expect(toMinor(decimal("1500"), "JPY")).toBe(1500n);
    expect(toMinor(decimal("1.234"), "KWD")).toBe(1234n);
    expect(format(fromMinor(150000n, "GBP"), currencyExponent("GBP"))).toBe("1500.00");
    expect(() => toMinor(decimal("0.001"), "EUR")).toThrow(RangeError);
    expect(() => toMinor(decimal("0.5"), "JPY")).toThrow(RangeError);
  });

  it("converts quantities and prices at 10^-6", () => {
    expect(toScaled(decimal("1.5"), QUANTITY_SCALE)).toBe(1_500_000n);
    expect(text(fromScaled(-1n, QUANTITY_SCALE))).toBe("-0.000001");
    expect(() => toScaled(decimal("0.0000001"), QUANTITY_SCALE)).toThrow(RangeError);
    expect(() => toScaled(decimal("9007199254.740992"), QUANTITY_SCALE)).toThrow(RangeError);
  });

  it("knows a small ISO 4217 table", () => {
    expect(isCurrencyCode("GBP")).toBe(true);
    expect(isCurrencyCode("gbp")).toBe(false);
    expect(isCurrencyCode("XXX")).toBe(false);
    expect(isCurrencyCode("toString")).toBe(false);
  });
});

describe("storage", () => {
  it("binds integers as exact decimal strings inside ±(2^53 − 1)", () => {
    expect(toStorage(123n)).toBe("123");
    expect(toStorage(-MAX_STORABLE)).toBe("-9007199254740991");
    expect(() => toStorage(MAX_STORABLE + 1n)).toThrow(RangeError);
  });

  it.each([
    [123, 123n],
    [-7, -7n],
    [5n, 5n],
    ["9007199254740991", 9007199254740991n],
    ["-42", -42n],
  ])("reads %s back as %s", (raw, expected) => {
    expect(fromStorage(raw)).toBe(expected);
  });

  it.each([[2 ** 53], [1.5], ["1.5"], ["9007199254740992"], [null], ["abc"], [Number.NaN]])("refuses %j", (raw) => {
    expect(() => fromStorage(raw)).toThrow(RangeError);
  });
});

describe("allocate", () => {
  it("splits by largest remainder and sums exactly", () => {
    expect(allocate(100n, [1n, 1n, 1n])).toEqual([34n, 33n, 33n]);
    expect(allocate(1001n, [decimal("60.00"), decimal("40.00")])).toEqual([601n, 400n]);
    expect(allocate(10n, [decimal("33.33"), decimal("33.33"), decimal("33.34")])).toEqual([3n, 3n, 4n]);
    expect(allocate(5n, [0n, 1n, 0n])).toEqual([0n, 5n, 0n]);
    expect(allocate(-100n, [1n, 1n, 1n])).toEqual([-34n, -33n, -33n]);
    expect(allocate(0n, [1n, 2n])).toEqual([0n, 0n]);
  });

  it("refuses weights it cannot use", () => {
    expect(() => allocate(1n, [])).toThrow(RangeError);
    expect(() => allocate(1n, [0n, 0n])).toThrow(RangeError);
    expect(() => allocate(1n, [decimal("-1"), decimal("2")])).toThrow(RangeError);
  });

  it("always sums to the total, gives zero weights nothing, and stays within one unit of the exact share", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc
          .array(fc.bigInt({ min: 0n, max: 10_000n }), { minLength: 1, maxLength: 12 })
          .filter((ws) => ws.some((w) => w > 0n)),
        (total, weights) => {
          const shares = allocate(total, weights);
          const weightSum = weights.reduce((s, w) => s + w, 0n);
          expect(shares.reduce((s, x) => s + x, 0n)).toBe(total);
          shares.forEach((share, i) => {
            const w = weights[i] ?? 0n;
            if (w === 0n) expect(share).toBe(0n);
            const error = share * weightSum - total * w;
            expect(error < weightSum && error > -weightSum).toBe(true);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
