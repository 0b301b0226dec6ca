import { z } from "@hono/zod-openapi";
import { CreatedBankAccount, wireDateTime } from "../../platform/wire-resources";
import { KYB_STATUSES } from "../../platform/identity-checks/checks";
import { calendarDate, emailAddress, NewPartyBankAccount, PageQuery, PartyAddress, phoneNumber, referenceVersion } from "../../platform/wire-fields";

export const DEALING_STATUSES = ["inactive", "active"] as const;
export const ORGANISATION_STATUSES = ["kyb_pending", "kyb_failed", "inactive", "active"] as const;

/** Contact details of one officer of the organisation (director, secretary, …). */
export const CorporateOfficer = z
  .object({
    title: z.string().max(20).optional(),
    first_name: z.string().min(1).max(100),
    last_name: z.string().min(2).max(100),
    role: z.string().max(100).optional().openapi({ example: "director" }),
    email: emailAddress.optional(),
    phone_number: phoneNumber.optional(),
    date_of_birth: calendarDate.optional(),
  })
  .openapi("CorporateOfficer");

const officers = z.array(CorporateOfficer).max(100, "at most 100 corporate officers");

export const CreateOrganisationBody = z
  .object({
    organisation_name: z.string().min(1).max(100),
    kyb_status: z.enum(KYB_STATUSES).optional().openapi({ description: "Default `not_started`; ignored when the tenant's provider runs KYB" }),
    dealing_status: z.enum(DEALING_STATUSES).optional().openapi({ description: "Default `inactive`" }),
    corporate_officers: officers.optional(),
    address: PartyAddress,
    bank_accounts: z.array(NewPartyBankAccount).max(1, "at most one bank account at creation").optional(),
  })
  .openapi("CreateOrganisationBody");

export const UpdateOrganisationBody = z
  .object({
    organisation_name: z.string().min(1).max(100).optional(),
    kyb_status: z.enum(KYB_STATUSES).optional(),
    dealing_status: z.enum(DEALING_STATUSES).optional(),
    corporate_officers: officers.nullable().optional().openapi({ description: "Replaces the list; `null` clears it" }),
    address: PartyAddress.optional().openapi({ description: "Replaces the whole address" }),
    reference_version: referenceVersion,
  })
  .openapi("UpdateOrganisationBody");

const OrganisationFields = {
  investor_id: z.string().openapi({ example: "org-XUT11265" }),
  investor_type: z.literal("organisation"),
  organisation_name: z.string(),
  status: z.enum(ORGANISATION_STATUSES),
  kyb_status: z.enum(KYB_STATUSES),
  dealing_status: z.enum(DEALING_STATUSES),
  corporate_officers: z.array(CorporateOfficer),
  address: PartyAddress,
  reference_version: z.number().int(),
  created_at: wireDateTime,
  updated_at: wireDateTime,
};

export const Organisation = z
  .object({ ...OrganisationFields, bank_accounts: z.array(z.string()).openapi({ description: "Ids of the organisation's bank accounts" }) })
  .openapi("Organisation");

/** The create response: `bank_accounts` carries the created account objects (as for individual investors). */
export const CreatedOrganisation = z
  .object({
    ...OrganisationFields,
    bank_accounts: z.array(CreatedBankAccount),
  })
  .openapi("CreatedOrganisation");

export const OrganisationList = z
  .object({
    next_page_available: z.enum(["true", "false"]).openapi({ description: "A string, as WealthOS sends it on this list" }),
    organisations: z.array(Organisation),
  })
  .openapi("OrganisationList");

export const OrganisationParams = z.object({
  investor_id: z.string().min(1).max(64).openapi({ param: { name: "investor_id", in: "path" }, example: "org-XUT11265" }),
});

export const ListOrganisationsQuery = PageQuery;

export type CreateOrganisationBody = z.infer<typeof CreateOrganisationBody>;
export type Organisation = z.infer<typeof Organisation>;
export type CorporateOfficer = z.infer<typeof CorporateOfficer>;
