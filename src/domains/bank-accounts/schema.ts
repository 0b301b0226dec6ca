import { z } from "@hono/zod-openapi";
import { BankAccountResource } from "../../platform/wire-resources";
import { immutableField, referenceVersion } from "../../platform/wire-fields";

export const ACCOUNT_STATUSES = ["active", "inactive"] as const;
export const YES_NO = ["yes", "no"] as const;
export const BANK_ACCOUNT_TYPES = ["investor", "contributing_employer"] as const;

const accountNumber = z.string().min(6).max(8).regex(/^\d+$/, "must contain digits only");
const sortCode = z.string().min(6).max(8).regex(/^\d{2}-?\d{2}-?\d{2}$/, "must be six digits, optionally written 12-34-56");
const rollNumber = z.string().min(1).max(18);

export const CreateBankAccountBody = z
  .object({
    investor_id: z.string().min(1).max(64),
    contributing_party_id: z.string().min(1).max(64).optional(),
    account_name: z.string().min(1).max(100),
    bank_account_type: z.enum(BANK_ACCOUNT_TYPES),
    default_account: z.enum(YES_NO),
    bank_account_number: accountNumber,
    account_status: z.enum(ACCOUNT_STATUSES).optional(),
    sort_code: sortCode.optional(),
    building_society_roll_number: rollNumber.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.bank_account_type === "contributing_employer" && !v.contributing_party_id) {
      ctx.addIssue({ code: "custom", path: ["contributing_party_id"], message: "required when bank_account_type is contributing_employer" });
    }
    if (v.bank_account_type === "investor" && v.contributing_party_id) {
      ctx.addIssue({ code: "custom", path: ["contributing_party_id"], message: "only allowed when bank_account_type is contributing_employer" });
    }
  })
  .openapi("CreateBankAccountBody");

const IMMUTABLE = ["bank_account_number", "sort_code", "building_society_roll_number", "investor_id", "bank_account_type", "contributing_party_id"] as const;

const updateFields = {
    account_name: z.string().max(100).optional(),
    default_account: z.enum(YES_NO).optional(),
    account_status: z.enum(ACCOUNT_STATUSES).optional(),
    reference_version: referenceVersion,
    // Known but immutable: rejected by name rather than silently dropped.
  ...(Object.fromEntries(IMMUTABLE.map((k) => [k, immutableField])) as Record<
    (typeof IMMUTABLE)[number],
    z.ZodOptional<z.ZodUnknown>
  >),
};

function rejectImmutable(v: Record<string, unknown>, ctx: z.RefinementCtx): void {
  for (const field of IMMUTABLE) {
    if (v[field] !== undefined) ctx.addIssue({ code: "custom", path: [field], message: "is immutable and cannot be updated" });
  }
}

export const UpdateBankAccountBody = z.object(updateFields).superRefine(rejectImmutable).openapi("UpdateBankAccountBody");

/** The update command's input: the body plus the path id. */
export const UpdateBankAccountInput = z
  .object({ ...updateFields, bank_account_id: z.string().min(1).max(100) })
  .superRefine(rejectImmutable);

/** The wire bank account (shared with the parties' create answers). */
export const BankAccount = BankAccountResource;

export const BankAccountList = z.object({ bankAccounts: z.array(BankAccount) }).openapi("BankAccountList");

export const BankAccountParams = z.object({
  bank_account_id: z.string().min(1).max(100).openapi({ param: { name: "bank_account_id", in: "path" }, example: "ba-20b904f7-8d05-4efd-bd36-4ec3b1ce8e03" }),
});

export const ListBankAccountsQuery = z.object({ investor_id: z.string().min(1).max(64) });

export type CreateBankAccountBody = z.infer<typeof CreateBankAccountBody>;
export type BankAccount = z.infer<typeof BankAccount>;
