import { z } from "@hono/zod-openapi";
import { wireDate, wireDateTime } from "../../platform/wire-resources";
import { KYC_STATUSES } from "../../platform/identity-checks/checks";
import { calendarDate, emailAddress, immutableField, PartyAddress, phoneNumber, referenceVersion } from "../../platform/wire-fields";

export const PAYER_TYPES = ["individual", "organisation"] as const;
export const RELATIONSHIPS = ["parent", "grandparent", "legal_guardian", "other"] as const;
export const PAYER_STATUSES = ["active", "inactive"] as const;

/** Fields a payer's create and update share; which are required depends on `type` (checked on the whole payer). */
const details = {
  title: z.string().max(20).openapi({ description: "An empty string counts as not sent" }),
  first_name: z.string().min(1).max(100).openapi({ description: "Required when type is individual" }),
  last_name: z.string().min(2).max(100).openapi({ description: "Required when type is individual" }),
  organisation_name: z.string().min(1).max(100).openapi({ description: "Required when type is organisation" }),
  representative: z.string().min(1).max(200).openapi({ description: "The organisation's representative towards the investor" }),
  phone_number: phoneNumber,
  email: emailAddress,
  date_of_birth: calendarDate.openapi({ description: "Required when type is individual; not in the future" }),
  address: PartyAddress,
};

export const CreateThirdPartyPayerBody = z
  .object({
    type: z.enum(PAYER_TYPES),
    investor_id: z.string().min(1).max(64).openapi({ example: "inv-QXR38578" }),
    relationship_to_investor: z.enum(RELATIONSHIPS).openapi({ description: "Must be `other` when type is organisation" }),
    aml_status: z.enum(KYC_STATUSES).openapi({ description: "Ignored when the tenant's provider runs the AML check" }),
    status: z.enum(PAYER_STATUSES).optional().openapi({ description: "Default `inactive`; `active` only when aml_status is `clear`" }),
    ...details,
  })
  .partial({ title: true, first_name: true, last_name: true, organisation_name: true, representative: true, phone_number: true, email: true, date_of_birth: true, address: true })
  .openapi("CreateThirdPartyPayerBody");

const IMMUTABLE = ["type", "investor_id"] as const;

const nullableDetails = Object.fromEntries(Object.entries(details).map(([k, v]) => [k, v.nullable().optional()])) as {
  [K in keyof typeof details]: z.ZodOptional<z.ZodNullable<(typeof details)[K]>>;
};

const updateFields = {
  ...nullableDetails,
  relationship_to_investor: z.enum(RELATIONSHIPS).optional(),
  aml_status: z.enum(KYC_STATUSES).optional(),
  status: z.enum(PAYER_STATUSES).optional(),
  reference_version: referenceVersion,
  // Known but immutable: refused by name rather than silently dropped.
  type: immutableField,
  investor_id: immutableField,
};

function rejectImmutable(v: Record<string, unknown>, ctx: z.RefinementCtx): void {
  for (const field of IMMUTABLE) {
    if (v[field] !== undefined) ctx.addIssue({ code: "custom", path: [field], message: "is immutable and cannot be updated" });
  }
}

export const UpdateThirdPartyPayerBody = z.object(updateFields).superRefine(rejectImmutable).openapi("UpdateThirdPartyPayerBody");

/** The update command's input: the body plus the path id. */
export const UpdateThirdPartyPayerInput = z
  .object({ ...updateFields, third_party_payer_id: z.string().min(1).max(64) })
  .superRefine(rejectImmutable);

export const ThirdPartyPayer = z
  .object({
    third_party_payer_id: z.string().openapi({ example: "tpp-ZWY58878" }),
    type: z.enum(PAYER_TYPES),
    title: z.string().optional(),
    first_name: z.string().optional(),
    last_name: z.string().optional(),
    organisation_name: z.string().optional(),
    representative: z.string().optional(),
    phone_number: z.string().optional(),
    email: z.string().optional(),
    investor_id: z.string(),
    date_of_birth: wireDate.optional(),
    relationship_to_investor: z.enum(RELATIONSHIPS),
    aml_status: z.enum(KYC_STATUSES),
    address: PartyAddress.optional(),
    status: z.enum(PAYER_STATUSES),
    created_at: wireDateTime,
    updated_at: wireDateTime,
    reference_version: z.number().int(),
  })
  .openapi("ThirdPartyPayer");

export const ThirdPartyPayerList = z.object({ thirdPartyPayers: z.array(ThirdPartyPayer) }).openapi("ThirdPartyPayerList");

export const ThirdPartyPayerParams = z.object({
  third_party_payer_id: z.string().min(1).max(64).openapi({ param: { name: "third_party_payer_id", in: "path" }, example: "tpp-ZWY58878" }),
});

export const ListThirdPartyPayersQuery = z.object({
  investor_id: z.string().min(1).max(64),
  status: z.enum(PAYER_STATUSES).optional(),
});

export type ThirdPartyPayer = z.infer<typeof ThirdPartyPayer>;
