import { z } from "@hono/zod-openapi";

/**
 * Wire building blocks that several domains' zod contracts share (parties: investors,
 * organisations, employers, third-party payers). Domains never import each other, so the
 * shared shapes live here.
 */

/** A calendar date in `YYYY-MM-DD` form that exists (no 2023-02-30). */
export const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date in YYYY-MM-DD format")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), "must be a real calendar date");

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

/** The `page_size`/`page_number`/`sort` query of WealthOS paginated lists. */
export const PageQuery = z.object({
  page_size: z.string().regex(/^[1-9]\d*$/, "a positive integer").optional(),
  page_number: z.string().regex(/^[1-9]\d*$/, "a positive integer").optional(),
  sort: z.enum(["asc", "desc"]).optional(),
});
