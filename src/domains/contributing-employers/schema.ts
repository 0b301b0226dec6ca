import { z } from "@hono/zod-openapi";
import { CreatedBankAccount, wireDateTime } from "../../platform/wire-resources";
import { immutableField, NewPartyBankAccount, PartyAddress, referenceVersion } from "../../platform/wire-fields";

export const EMPLOYER_STATUSES = ["active", "inactive"] as const;

/** A bank account given at creation: never the investor's default. */
export const ContributingEmployerBankAccount = NewPartyBankAccount.extend({
  default_account: z.enum(["no"], { error: "must be \"no\": a contributing employer's account is never the investor's default" }),
}).openapi("ContributingEmployerBankAccount");

export const CreateContributingEmployerBody = z
  .object({
    name: z.string().min(1).max(100),
    investor_id: z.string().min(1).max(64).openapi({ example: "inv-XUT11265" }),
    registration_number: z.string().min(1).max(100),
    address: PartyAddress,
    status: z.enum(EMPLOYER_STATUSES),
    bank_accounts: z.array(ContributingEmployerBankAccount).max(1, "at most one bank account at creation").optional(),
  })
  .openapi("CreateContributingEmployerBody");

const updateFields = {
  name: z.string().min(1).max(100).optional(),
  registration_number: z.string().min(1).max(100).optional(),
  address: PartyAddress.optional().openapi({ description: "Replaces the whole address" }),
  status: z.enum(EMPLOYER_STATUSES).optional(),
  reference_version: referenceVersion,
  // Known but immutable: refused by name rather than silently dropped.
  investor_id: immutableField,
};

function rejectImmutable(v: { investor_id?: unknown }, ctx: z.RefinementCtx): void {
  if (v.investor_id !== undefined) ctx.addIssue({ code: "custom", path: ["investor_id"], message: "is immutable and cannot be updated" });
}

export const UpdateContributingEmployerBody = z.object(updateFields).superRefine(rejectImmutable).openapi("UpdateContributingEmployerBody");

/** The update command's input: the body plus the path id. */
export const UpdateContributingEmployerInput = z
  .object({ ...updateFields, contributing_employer_id: z.string().min(1).max(64) })
  .superRefine(rejectImmutable);

const EmployerFields = {
  contributing_employer_id: z.string().openapi({ example: "cem-ZWY58878" }),
  name: z.string(),
  investor_id: z.string(),
  registration_number: z.string(),
  address: PartyAddress,
  status: z.enum(EMPLOYER_STATUSES),
  reference_version: z.number().int(),
  created_at: wireDateTime,
  updated_at: wireDateTime,
};

export const ContributingEmployer = z
  .object({ ...EmployerFields, bank_accounts: z.array(z.string()).openapi({ description: "Ids of the employer's bank accounts" }) })
  .openapi("ContributingEmployer");

/** The create response: `bank_accounts` carries the created account objects. */
export const CreatedContributingEmployer = z
  .object({
    ...EmployerFields,
    bank_accounts: z.array(CreatedBankAccount),
  })
  .openapi("CreatedContributingEmployer");

export const ContributingEmployerList = z.object({ contributingEmployers: z.array(ContributingEmployer) }).openapi("ContributingEmployerList");

export const ContributingEmployerParams = z.object({
  contributing_employer_id: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: "contributing_employer_id", in: "path" }, example: "cem-ZWY58878" }),
});

export const ListContributingEmployersQuery = z.object({ investor_id: z.string().min(1).max(64).optional() });

export type ContributingEmployer = z.infer<typeof ContributingEmployer>;
