import { z } from "@hono/zod-openapi";

/**
 * Response shapes that several domains answer with (domains never import each other): the bank
 * account every party owns, and the same account as a party's create response carries it.
 */

/** A date-time on the wire (ISO 8601, UTC), e.g. `created_at`. */
export const wireDateTime = z.iso.datetime({ offset: true });

/** A calendar date on the wire (`YYYY-MM-DD`). */
export const wireDate = z.iso.date();

/** A bank account as the wire shows it: numbers masked; absent optional fields omitted. */
export const BankAccountResource = z
  .object({
    bank_account_id: z.string().openapi({ example: "ba-20b904f7-8d05-4efd-bd36-4ec3b1ce8e03" }),
    investor_id: z.string(),
    contributing_party_id: z.string().optional().openapi({ description: "The contributing employer (`cem-…`) of a contributing_employer account" }),
    account_name: z.string(),
    bank_account_type: z.enum(["investor", "contributing_employer"]),
    default_account: z.enum(["yes", "no"]),
    bank_account_number: z.string().openapi({ example: "****5678" }),
    account_status: z.enum(["active", "inactive"]),
    sort_code: z.string().optional().openapi({ example: "****56" }),
    building_society_roll_number: z.string().optional().openapi({ example: "******72" }),
    reference_version: z.number().int(),
    created_at: wireDateTime,
    updated_at: wireDateTime,
  })
  .openapi("BankAccount");

/** A bank account created with its party, as the party's 201 answer lists it. */
export const CreatedBankAccount = BankAccountResource.extend({ status: z.enum(["success"]) }).openapi("CreatedBankAccount");

export type BankAccountResource = z.infer<typeof BankAccountResource>;
