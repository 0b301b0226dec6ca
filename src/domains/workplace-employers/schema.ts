import { z } from "@hono/zod-openapi";
import { wireDateTime } from "../../platform/wire-resources";
import { KYB_STATUSES } from "../../platform/identity-checks/checks";
import { emailAddress, PageQuery, PartyAddress, phoneNumber, referenceVersion } from "../../platform/wire-fields";

export const EMPLOYER_STATUSES = ["active", "inactive"] as const;
export const COMPANY_STRUCTURES = ["LLC"] as const;

/** Contact details of an individual of the company. */
export const EmployerContactDetails = z
  .object({
    name: z.string().min(1).max(100).optional(),
    email: emailAddress.optional(),
    phone_number: phoneNumber.optional(),
  })
  .openapi("EmployerContactDetails");

const registrationNumber = z.string().min(1).max(100).openapi({ description: "Unique across the tenant's workplace employers", example: "1234567" });

export const CreateWorkplaceEmployerBody = z
  .object({
    name: z.string().min(1).max(100),
    registration_number: registrationNumber,
    registered_address: PartyAddress,
    correspondence_address: PartyAddress,
    company_structure: z.enum(COMPANY_STRUCTURES).optional(),
    contact_details: EmployerContactDetails.optional(),
    kyb_aml_status: z.enum(KYB_STATUSES).optional().openapi({ description: "Default `not_started`; ignored when the tenant's provider runs KYB" }),
    status: z.enum(EMPLOYER_STATUSES).openapi({ description: "`active` only when kyb_aml_status is `clear`" }),
  })
  .openapi("CreateWorkplaceEmployerBody");

export const UpdateWorkplaceEmployerBody = z
  .object({
    name: z.string().min(1).max(100).optional(),
    registration_number: registrationNumber.optional(),
    registered_address: PartyAddress.optional(),
    correspondence_address: PartyAddress.optional(),
    company_structure: z.enum(COMPANY_STRUCTURES).nullable().optional(),
    contact_details: EmployerContactDetails.nullable().optional(),
    kyb_aml_status: z.enum(KYB_STATUSES).optional(),
    status: z.enum(EMPLOYER_STATUSES).optional(),
    reference_version: referenceVersion,
  })
  .openapi("UpdateWorkplaceEmployerBody");

export const WorkplaceEmployer = z
  .object({
    name: z.string(),
    registration_number: z.string(),
    registered_address: PartyAddress,
    correspondence_address: PartyAddress,
    company_structure: z.enum(COMPANY_STRUCTURES).optional(),
    contact_details: EmployerContactDetails.optional(),
    kyb_aml_status: z.enum(KYB_STATUSES),
    status: z.enum(EMPLOYER_STATUSES),
    workplace_employer_id: z.string().openapi({ example: "wem-AHY58878" }),
    reference_version: z.number().int(),
    created_at: wireDateTime,
    updated_at: wireDateTime,
  })
  .openapi("WorkplaceEmployer");

export const WorkplaceEmployerList = z
  .object({ workplace_employers: z.array(WorkplaceEmployer), next_page_available: z.boolean() })
  .openapi("WorkplaceEmployerList");

export const EmployerInvestor = z
  .object({
    investor_id: z.string().openapi({ example: "inv-XUT11265" }),
    first_name: z.string(),
    last_name: z.string(),
    tax_id: z.string().optional().openapi({ description: "Omitted when the investor has none (Coffer does not require it at creation)" }),
    title: z.string().optional(),
  })
  .openapi("WorkplaceEmployerInvestor");

export const WorkplaceEmployerInvestors = z
  .object({ workplace_employer_id: z.string(), investors: z.array(EmployerInvestor) })
  .openapi("WorkplaceEmployerInvestors");

export const WorkplaceEmployerParams = z.object({
  workplace_employer_id: z.string().min(1).max(64).openapi({ param: { name: "workplace_employer_id", in: "path" }, example: "wem-AHY58878" }),
});

export const ListWorkplaceEmployersQuery = PageQuery;

export type WorkplaceEmployer = z.infer<typeof WorkplaceEmployer>;
