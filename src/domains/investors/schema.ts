import { z } from "@hono/zod-openapi";
import { calendarDate, emailAddress, NewPartyBankAccount, referenceVersion } from "../../platform/wire-fields";
import { CreatedBankAccount, wireDate, wireDateTime } from "../../platform/wire-resources";

const date = calendarDate;
const phone = z.string().min(1).max(16);

export const KYC_AML_STATUSES = ["submitted", "kyc_failed_error", "pending", "clear", "not_started"] as const;
export const DEALING_STATUSES = ["inactive", "active"] as const;
export const INVESTOR_STATUSES = ["kyc_pending", "kyc_failed", "inactive", "active"] as const;

export const Address = z
  .object({
    postal_code: z.string().min(1).max(20),
    address_line: z.string().max(200).optional(),
    street_name: z.string().max(200).optional(),
    city: z.string().max(100).optional(),
    state: z.string().max(100).optional(),
    country: z.string().length(3, "must be an ISO 3166-1 alpha-3 code").regex(/^[A-Z]{3}$/, "must be an ISO 3166-1 alpha-3 code"),
  })
  .openapi("Address");

export const IdNumber = z.object({ id_type: z.string().min(1).max(50), id_number: z.string().min(1).max(100) }).openapi("IdNumber");

const LTA_TYPES = ["primary", "enhanced", "fp12", "fp14", "ip14", "fp16", "ip16"] as const;
export const LtaProtection = z
  .object({
    lta_protection_type: z.enum(LTA_TYPES),
    lta_primary_protection_factor: z.string().regex(/^\d+(\.\d{1,2})?$/).optional(),
    lta_individual_protection_amount: z.string().regex(/^\d+(\.\d{1,2})?$/).optional(),
    lta_protection_notification_number: z.string().max(100).optional(),
    lta_protection_scheme_administrator_reference: z.string().max(100).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.lta_protection_type === "primary" && !v.lta_primary_protection_factor) {
      ctx.addIssue({ code: "custom", path: ["lta_primary_protection_factor"], message: "required when lta_protection_type is primary" });
    }
    if ((v.lta_protection_type === "ip14" || v.lta_protection_type === "ip16") && !v.lta_individual_protection_amount) {
      ctx.addIssue({ code: "custom", path: ["lta_individual_protection_amount"], message: "required for ip14 and ip16" });
    }
    if (v.lta_protection_type === "fp16" || v.lta_protection_type === "ip16") {
      for (const field of ["lta_protection_notification_number", "lta_protection_scheme_administrator_reference"] as const) {
        if (!v[field]) ctx.addIssue({ code: "custom", path: [field], message: "required for fp16 and ip16" });
      }
    }
  })
  .openapi("LtaProtection");

const Person = z.object({
  title: z.string().max(20).optional(),
  first_name: z.string().min(1).max(100),
  last_name: z.string().min(2).max(100),
  address: z.string().min(1).max(500),
  tax_id: z.string().max(20).optional(),
  phone_number: phone.optional(),
  email: z.string().max(100).optional(),
  percentage: z.string().regex(/^\d{1,3}(\.\d{1,2})?$/, "a percentage such as \"75.00\""),
});

export const ExpressionOfWish = z
  .object({ sipp_beneficiaries: z.array(Person).nullable().optional(), sipp_nominees: z.array(Person).nullable().optional() })
  .openapi("ExpressionOfWish");

/** A bank account given at investor creation (`bank_accounts`, at most one): the same shape as every party's. */
export const InvestorBankAccount = NewPartyBankAccount;

/** Fields shared by create and update; nullability differs. */
const profile = {
  title: z.string().max(20),
  gender: z.string().max(20),
  email: emailAddress,
  mobile_number: phone,
  home_number: phone,
  office_number: phone,
  mifid_tax_id: z.string().max(50),
  retirement_age: z.number().int().min(1).max(120),
  tax_residence: z.enum(["GB-ENG", "GB-NIR", "GB-SCT", "GB-WLS"]),
  employment_status: z.enum([
    "employed", "self_employed", "pensioner", "child_under_16", "in_full_time_education", "unemployed",
    "caring_for_a_person_over_16", "caring_for_a_person_under_16", "other",
  ]),
  mpaa_triggered: z.boolean(),
  mpaa_triggered_date: date,
  workplace_employers: z.array(z.string().min(1).max(64)),
  lta_protection_details: z.array(LtaProtection),
  expression_of_wish: ExpressionOfWish,
};

export const CreateInvestorBody = z
  .object({
    first_name: z.string().min(1).max(100),
    last_name: z.string().min(2).max(100),
    nationality: z.string().length(3, "must be an ISO 3166-1 alpha-3 code (exactly 3 letters)").regex(/^[A-Z]{3}$/, "must be an ISO 3166-1 alpha-3 code"),
    tax_id: z.string().min(1).max(20),
    kyc_aml_status: z.enum(KYC_AML_STATUSES),
    dealing_status: z.enum(DEALING_STATUSES),
    id_numbers: z.array(IdNumber),
    address: Address,
    tax_residency_compliant: z.boolean(),
    date_of_birth: date,
    vulnerable_customer: z.boolean(),
    bank_accounts: z.array(InvestorBankAccount).max(1, "at most one bank account at creation"),
    ...profile,
  })
  .partial()
  .required({ first_name: true, last_name: true })
  .superRefine((v, ctx) => {
    if (v.mpaa_triggered === true && !v.mpaa_triggered_date) {
      ctx.addIssue({ code: "custom", path: ["mpaa_triggered_date"], message: "required when mpaa_triggered is true" });
    }
  })
  .openapi("CreateInvestorBody");

const nullableProfile = Object.fromEntries(Object.entries(profile).map(([k, v]) => [k, v.nullable()])) as {
  [K in keyof typeof profile]: z.ZodNullable<(typeof profile)[K]>;
};

export const UpdateInvestorBody = z
  .object({
    first_name: z.string().min(1).max(100),
    last_name: z.string().min(2).max(100),
    nationality: z.string().length(3).regex(/^[A-Z]{3}$/, "must be an ISO 3166-1 alpha-3 code"),
    tax_id: z.string().min(1).max(20).nullable(),
    kyc_aml_status: z.enum(KYC_AML_STATUSES),
    dealing_status: z.enum(DEALING_STATUSES),
    id_numbers: z.array(IdNumber).nullable(),
    address: Address,
    tax_residency_compliant: z.boolean(),
    date_of_birth: date,
    vulnerable_customer: z.boolean().nullable(),
    ...nullableProfile,
  })
  .partial()
  .extend({ reference_version: referenceVersion })
  .openapi("UpdateInvestorBody");

/** The response profile: every optional field WealthOS has, none nullable (absent values are omitted). */
const responseProfile = Object.fromEntries(Object.entries(profile).map(([k, v]) => [k, v.optional()])) as {
  [K in keyof typeof profile]: z.ZodOptional<(typeof profile)[K]>;
};

const investorFields = {
  investor_id: z.string().openapi({ example: "inv-XUT11265" }),
  first_name: z.string(),
  last_name: z.string(),
  nationality: z.string().optional(),
  tax_id: z.string().optional(),
  address: Address.optional(),
  tax_residency_compliant: z.boolean().optional(),
  date_of_birth: wireDate.optional(),
  id_numbers: z.array(IdNumber),
  vulnerable_customer: z.boolean().optional(),
  ...responseProfile,
  workplace_employers: z.array(z.string()),
  lta_protection_details: z.array(LtaProtection),
  expression_of_wish: z
    .object({ sipp_beneficiaries: z.array(Person).optional(), sipp_nominees: z.array(Person).optional() })
    .optional()
    .openapi({ description: "Same shape as ExpressionOfWish; a list cleared by an update is omitted" }),
  status: z.enum(INVESTOR_STATUSES),
  kyc_aml_status: z.enum(KYC_AML_STATUSES),
  dealing_status: z.enum(DEALING_STATUSES),
  kyc_aml_status_last_updated: wireDateTime,
  reference_version: z.number().int(),
  created_at: wireDateTime,
  updated_at: wireDateTime,
};

/** An investor (GET, PATCH, lists, events): `bank_accounts` are the ids of its own accounts. */
export const Investor = z
  .object({ ...investorFields, bank_accounts: z.array(z.string()).openapi({ description: "Ids of the investor's own bank accounts" }) })
  .openapi("Investor");

/** The create answer: `bank_accounts` carries the accounts created with the investor, as objects. */
export const CreatedInvestor = z.object({ ...investorFields, bank_accounts: z.array(CreatedBankAccount) }).openapi("CreatedInvestor");

export const InvestorList = z.object({ investors: z.array(Investor), next_page_available: z.boolean() }).openapi("InvestorList");

export const InvestorParams = z.object({
  investor_id: z.string().min(1).max(64).openapi({ param: { name: "investor_id", in: "path" }, example: "inv-XUT11265" }),
});

export const ListInvestorsQuery = z.object({
  page_size: z.string().regex(/^[1-9]\d*$/, "a positive integer").optional(),
  page_number: z.string().regex(/^[1-9]\d*$/, "a positive integer").optional(),
  sort: z.enum(["asc", "desc"]).optional(),
});

export const ListTaxCodesQuery = ListInvestorsQuery.extend({ investor_id: z.string().min(1).max(64).optional() });

export const TaxCode = z
  .object({
    investor_id: z.string(),
    tax_code: z.string().openapi({ example: "1080L" }),
    basis: z.enum(["cumulative", "month1", "week1"]).optional().openapi({ description: "The PAYE basis the code is operated on (Coffer addition)" }),
    effective_date: z.string().openapi({ example: "2023-04-06" }),
    end_date: z.string().optional(),
    origin: z.enum(["External API"]),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .openapi("TaxCode");

export const TaxCodeList = z.object({ tax_codes: z.array(TaxCode), next_page_available: z.boolean() }).openapi("TaxCodeList");

export type CreateInvestorBody = z.infer<typeof CreateInvestorBody>;
export type UpdateInvestorBody = z.infer<typeof UpdateInvestorBody>;
export type Investor = z.infer<typeof Investor>;
