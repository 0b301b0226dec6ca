import { z } from "@hono/zod-openapi";
import { pageFields } from "./pagination";

/**
 * Wire building blocks that several domains' zod contracts share (parties: investors,
 * organisations, employers, third-party payers). Domains never import each other, so the
 * shared shapes live here.
 */

/** A calendar date in `YYYY-MM-DD` form that exists (no 2023-02-30), documented as `format: date`. */
export const calendarDate = z
  .string({ error: "must be a date in YYYY-MM-DD format" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date in YYYY-MM-DD format")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), "must be a real calendar date")
  .openapi({ format: "date" });

/**
 * The RFC 3339 date-times Coffer reads: upper-case `T` and `Z`, seconds required, at most nine
 * fraction digits. A schema that parses date-times another way states this as its `pattern`.
 */
export const DATE_TIME_PATTERN = "^\\d{4}-\\d{2}-\\d{2}T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d{1,9})?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)$";
const DATE_TIME = new RegExp(DATE_TIME_PATTERN);

/**
 * An RFC 3339 date-time (`2026-11-18T11:08:23.003Z`, seconds and an offset required) on a real
 * calendar day, documented as `format: date-time`.
 */
export const dateTime = z
  .string({ error: "must be an RFC 3339 date-time such as 2026-11-18T11:08:23.003Z" })
  .regex(DATE_TIME, "must be an RFC 3339 date-time such as 2026-11-18T11:08:23.003Z")
  .refine((s) => calendarDate.safeParse(s.slice(0, 10)).success && !Number.isNaN(Date.parse(s)), "must be a real date and time")
  .openapi({ format: "date-time" });

/**
 * A whole number from 1 up to 2^53 − 1 sent in a request body; every failure says what is wrong
 * (missing, not an integer, out of range) and the document states the range.
 */
function positiveWholeNumber(required: string) {
  return z
    .number({
      // Applies to the int/min/max checks too (they carry no message of their own).
      error: (issue) => {
        const code: string = issue.code;
        if (issue.input === undefined) return required;
        if (code === "too_big") return `must be at most ${Number.MAX_SAFE_INTEGER}`;
        if (code === "too_small") return "must be at least 1";
        return "must be an integer";
      },
    })
    .int()
    .min(1)
    .max(Number.MAX_SAFE_INTEGER);
}

/** The `reference_version` a client sends back on an update. */
export const referenceVersion = positiveWholeNumber("is required (an integer)");

/** An event sequence number sent in a request body (webhook replay `from_seq`/`to_seq`). */
export const sequenceNumber = positiveWholeNumber("is required (a positive integer)");

/** An email address (at most 100 characters), documented as `format: email` with the pattern it must match. */
export const emailAddress = z
  .string()
  .max(100)
  .regex(z.regexes.email, "must be an email address")
  .openapi({ format: "email" });

/**
 * A field an update body may name but never change: the document says it must be absent
 * (`not: {}`); the server refuses it by name ("is immutable") rather than dropping it silently.
 */
export const immutableField = z.unknown().optional().openapi({ not: {}, description: "immutable; rejected if sent" });

/** A phone number as WealthOS bounds it (at most 16 characters). */
export const phoneNumber = z.string().min(1).max(16);

/** An ISO 3166-1 alpha-3 country code. */
export const countryCode = z.string().length(3, "must be an ISO 3166-1 alpha-3 code").regex(/^[A-Z]{3}$/, "must be an ISO 3166-1 alpha-3 code");

/**
 * The WealthOS address: `postal_code` and `country` required. Updates replace the whole
 * object, so the same shape applies to create and update.
 */
export const PartyAddress = z
  .object({
    postal_code: z.string().min(1).max(20),
    address_line: z.string().max(200).optional(),
    street_name: z.string().max(200).optional(),
    city: z.string().max(100).optional(),
    state: z.string().max(100).optional(),
    country: countryCode,
  })
  .openapi("PartyAddress");

export type PartyAddress = z.infer<typeof PartyAddress>;

/** A bank account given inside a party's create request (`bank_accounts`, at most one). */
export const NewPartyBankAccount = z
  .object({
    account_name: z.string().min(1).max(100),
    default_account: z.enum(["yes", "no"]),
    bank_account_number: z.string().min(6).max(8).regex(/^\d+$/, "must contain digits only"),
    account_status: z.enum(["active", "inactive"]).optional(),
    sort_code: z.string().min(6).max(8).regex(/^\d{2}-?\d{2}-?\d{2}$/, "must be six digits, optionally written 12-34-56").optional(),
    building_society_roll_number: z.string().min(1).max(18).optional(),
  })
  .openapi("NewPartyBankAccount");

export type NewPartyBankAccount = z.infer<typeof NewPartyBankAccount>;

/**
 * The `page_size`/`page_number`/`sort` query of WealthOS paginated lists, with the most common
 * maximum (8000); a list with other paging wraps its query in `paged()` (platform/pagination).
 */
export const PageQuery = z.object({
  ...pageFields({ pageSize: 1000, maxPageSize: 8000 }),
  sort: z.enum(["asc", "desc"]).optional(),
});
