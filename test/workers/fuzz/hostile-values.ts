import fc from "fast-check";

/**
 * Boundary and hostile inputs: the neighbours of 2^53 and 2^63, huge, negative and fractional
 * numbers, numeric-looking strings, impossible dates, empty and very long strings, unusual
 * Unicode, and values of the wrong JSON type.
 */

const NUMBERS = [
  0, -0, 1, -1, 0.5, 1.5, -1.5, 1e-7, 1e308, -1e308,
  2 ** 31 - 1, 2 ** 31, 2 ** 32, -(2 ** 31) - 1,
  2 ** 53 - 1, 2 ** 53, 2 ** 53 + 2, -(2 ** 53) + 1, -(2 ** 53), -(2 ** 53) - 2,
  2 ** 63, -(2 ** 63), 2 ** 64, 9223372036854775807, 18446744073709551615,
];

const NUMERIC_TEXT = [
  "0", "-0", "-1", "00", "01", "1.0", "1.", ".5", "1e3", "1E-3", "1e309", "-1e309", "NaN", "Infinity", "-Infinity",
  "0x10", "0b11", "0o7", "+1", " 1", "1 ", "1_000", "1,5", "١٢٣", "１２", "²",
  "2147483647", "2147483648", "4294967296", "9007199254740991", "9007199254740992", "9007199254740993",
  "-9007199254740993", "9223372036854775807", "9223372036854775808", "9223372036854777", "18446744073709551616",
  "99999999999999999999999999999999999999999", "0.000000000000000000000000000000000000001",
  "1000000000000000000000000.00", "123456789012.12", "1234567890123.1", "9999999999.9999", "100.001",
];

const DATE_TEXT = [
  "9999-99-99", "0000-00-00", "0000-01-01", "9999-12-31", "2024-02-29", "2023-02-29", "2024-02-30", "2024-13-01", "2024-00-10",
  "+275760-09-13", "-000001-01-01", "275760-09-14", "2026-11-18T25:61:61Z", "2026-11-18T23:59:60Z", "2026-11-18T24:00:00Z",
  "2026-11-18T10:00:00", "2026-11-18T10:00:00+25:00", "2026-11-18 10:00:00Z", "2026-11-18t10:00:00z", "20261118", "18/11/2026",
  "1970-01-01T00:00:00.000Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z",
];

const TEXT = [
  "", " ", "\t", "\n", ",", ",,", " , ", "a,,b", "null", "undefined", "true", "[]", "{}", "\"", "\\", "%", "%00", "%ZZ",
  "\u0000", "a\u0000b", "\uFEFF", "\u200B", "\u202Eevil", "e\u0301", "\uD800", "\uDFFF", "\uDBFF\uDFFF", "𝒜𝒷𝒸", "👩‍👩‍👧‍👦", "ﷺ",
  "Ω≈ç√", "ǅ", "İ", "ß", "ＡＢＣ", "<script>alert(1)</script>", "'; DROP TABLE resources; --", "../../etc/passwd", "${7*7}",
  "inv-XUT11265", "pot-GYQ5423100", "CASHINV-AHY58878", "GB00B3X7QG63", "stocks_isa", "asc", "desc",
  "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-4fff-bfff-ffffffffffff", "3f1c1a52-9d7e-1a4c-8c55-2b0b8f0de6a1",
];

const LONG = [1_000, 10_000, 100_000].map((n) => "x".repeat(n));

/** Strings that are not numbers, dates or plain words. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...NUMERIC_TEXT, ...DATE_TEXT, ...TEXT), weight: 6 },
  { arbitrary: fc.constantFrom(...LONG), weight: 1 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }), weight: 1 },
);

/** Any JSON value an attacker might put where a field is expected. */
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(...NUMBERS), weight: 4 },
  { arbitrary: hostileText, weight: 4 },
  { arbitrary: fc.constantFrom(null, true, false, [], {}, [null], [1, 2], { a: 1 }, [""], ["x".repeat(1000)]), weight: 2 },
  { arbitrary: fc.integer(), weight: 1 },
  { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 1 },
);

/** Header values a client could send (printable ASCII: anything else cannot travel in a header). */
export const hostileHeader: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("", " ", "not-a-uuid", "00000000-0000-0000-0000-000000000000", "3f1c1a52-9d7e-1a4c-8c55-2b0b8f0de6a1", "x".repeat(5000), "9223372036854775808"),
  fc.uuid({ version: 1 }),
  fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 60 }).map((s) => s.trim()),
);

/** Bodies that are not JSON objects, or not JSON at all: [content-type, raw text]. */
export const hostileBody: fc.Arbitrary<{ contentType: string | null; text: string }> = fc.oneof(
  fc.constantFrom('{"a":', "{", "[", "nul", "{'a':1}", '{"a":1}}', "\u0000", "{\"a\":1,}", '{"a":NaN}').map((text) => ({ contentType: "application/json", text })),
  fc.constantFrom("null", "[]", "[{}]", "0", '"text"', "true", "1e999", '{"__proto__":{"x":1}}').map((text) => ({ contentType: "application/json", text })),
  fc
    .tuple(fc.constantFrom("application/x-www-form-urlencoded", "text/plain", "application/xml"), fc.constantFrom("a=1&b=2", "<xml/>", "plain", '{"a":1}'))
    .map(([contentType, text]) => ({ contentType, text })),
  fc.constant({ contentType: null, text: '{"a":1}' }),
);
