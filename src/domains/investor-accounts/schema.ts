import { z } from "@hono/zod-openapi";
import { csvPattern } from "../../platform/list-filters";
import { calendarDate, referenceVersion } from "../../platform/wire-fields";
import {
  ACCOUNT_STATUSES,
  ACCOUNT_SUB_TYPES,
  ACCOUNT_TYPES,
  BUSINESS_SUB_TYPES,
  INDIVIDUAL_SUB_TYPES,
  ISA_ACCOUNT_TYPES,
} from "../../custody/accounts";
import { ALLOWANCE_FIELDS, LIFETIME_COUNTERS, TAX_YEAR_COUNTERS } from "../../custody/tax-year";
import { wireDateTime } from "../../platform/wire-resources";

export const V1_PRODUCTS = ["general_investment_product", "lisa_cash", "lisa_stocks", "sipp_accumulation", "sipp_fad", "stocks_isa", "treasury_management"] as const;
export const V2_PRODUCTS = [...V1_PRODUCTS, "stocks_jisa"] as const;
export const CREATE_V2_PRODUCTS = ["treasury_management", "stocks_jisa"] as const;

const date = calendarDate;
const accountId = z
  .string()
  .min(1)
  .max(20)
  .regex(/^[A-Za-z0-9._-]+$/, "letters, digits, '.', '_' and '-' only")
  .openapi({ example: "CASHACC1674797806011" });
const investorId = z.string().min(1).max(64).openapi({ example: "inv-XUT11265" });
const details = z.record(z.string(), z.unknown());
const custodianField = z.string().max(64).nullable().optional();

const createFields = {
  request_id: z.uuid({ error: "must be a UUID" }),
  account_id: accountId.optional().openapi({ description: "An external account id; generated when absent" }),
  investor_id: z.array(investorId).min(1).openapi({ uniqueItems: true }),
  financial_product_id: z.enum(CREATE_V2_PRODUCTS),
  account_type: z.enum(ACCOUNT_TYPES).optional(),
  account_sub_type: z.enum(ACCOUNT_SUB_TYPES).nullable().optional(),
  date_of_account_activation: date.optional().openapi({ description: "Only with an external account_id" }),
  additional_external_details: details.optional(),
  related_parties: details.optional(),
};

interface CreateShape {
  account_id?: string | undefined;
  investor_id: string[];
  financial_product_id: string;
  account_type?: string | undefined;
  account_sub_type?: string | null | undefined;
  date_of_account_activation?: string | undefined;
}

/** The rules between fields of an account creation (both versions). */
function createRules(v: CreateShape, ctx: z.RefinementCtx): void {
  if (new Set(v.investor_id).size !== v.investor_id.length) {
    ctx.addIssue({ code: "custom", path: ["investor_id"], message: "lists an investor more than once" });
  }
  if (v.financial_product_id === "stocks_jisa" && v.investor_id.length !== 1) {
    ctx.addIssue({ code: "custom", path: ["investor_id"], message: "exactly one investor for stocks_jisa" });
  }
  if (v.financial_product_id === "stocks_jisa" && v.account_type !== undefined && v.account_type !== "individual") {
    ctx.addIssue({ code: "custom", path: ["account_type"], message: "must be individual for stocks_jisa" });
  }
  if (v.financial_product_id === "stocks_jisa" && v.account_sub_type != null) {
    ctx.addIssue({ code: "custom", path: ["account_sub_type"], message: "must not be provided for stocks_jisa" });
  }
  const type = v.account_type ?? "individual";
  const family: readonly string[] = type === "individual" ? INDIVIDUAL_SUB_TYPES : BUSINESS_SUB_TYPES;
  if (v.account_sub_type != null && v.financial_product_id !== "stocks_jisa" && !family.includes(v.account_sub_type)) {
    ctx.addIssue({ code: "custom", path: ["account_sub_type"], message: `must be one of ${family.join(", ")} for account_type ${type}` });
  }
  if (v.date_of_account_activation !== undefined && v.account_id === undefined) {
    ctx.addIssue({ code: "custom", path: ["date_of_account_activation"], message: "only allowed with an external account_id" });
  }
}

export const CreateAccountV2Body = z.object(createFields).superRefine(createRules).openapi("CreateInvestorAccountV2Body");

export const CreateAccountV1Body = z
  .object({
    request_id: createFields.request_id,
    account_id: accountId,
    investor_id: investorId,
    financial_product_id: z.literal("treasury_management"),
    account_type: createFields.account_type,
    account_sub_type: z.enum(ACCOUNT_SUB_TYPES).optional(),
    date_of_account_activation: date.optional(),
    additional_external_details: details.optional(),
  })
  .superRefine((v, ctx) => createRules({ ...v, investor_id: [v.investor_id] }, ctx))
  .openapi("CreateInvestorAccountV1Body");

/** The create command's input: the v2 body (a v1 body with its investor as a one-item list) and the wire version to answer in. */
export const CreateAccountInput = z
  .object({ ...createFields, request_id: createFields.request_id.optional(), wire: z.enum(["v1", "v2"]) })
  .superRefine(createRules);

const updateV1Fields = {
  custodian_account_reference: custodianField,
  custodian_id: custodianField,
  custodian_client_reference: custodianField,
  regulator_advisor_id: custodianField,
  reference_version: referenceVersion,
};
const updateV2Fields = {
  ...updateV1Fields,
  related_parties: details.optional().openapi({ description: "treasury_management accounts only; replaces the stored object" }),
  status: z.enum(["active", "inactive"]).optional().openapi({ description: "stocks_isa accounts only" }),
};

export const UpdateAccountV1Body = z.object(updateV1Fields).openapi("UpdateInvestorAccountV1Body");
export const UpdateAccountV2Body = z.object(updateV2Fields).openapi("UpdateInvestorAccountV2Body");
/** The update command's input: the v2 body plus the path id and the wire version to answer in. */
export const UpdateAccountInput = z.object({ ...updateV2Fields, account_id: z.string().min(1).max(64), wire: z.enum(["v1", "v2"]) });

const counters = Object.fromEntries(
  [...TAX_YEAR_COUNTERS, ...LIFETIME_COUNTERS, "current_year_pending_withdrawals"].map((name) => [name, z.string().openapi({ example: "0.00" })]),
) as Record<(typeof TAX_YEAR_COUNTERS)[number] | (typeof LIFETIME_COUNTERS)[number] | "current_year_pending_withdrawals", z.ZodString>;
const allowances = Object.fromEntries(
  ALLOWANCE_FIELDS.map((name) => [name, z.string().optional().openapi({ example: "20000.00", description: "Omitted when the product has no such allowance" })]),
) as Record<(typeof ALLOWANCE_FIELDS)[number], z.ZodOptional<z.ZodString>>;

const accountFields = {
  account_id: z.string().openapi({ example: "SSISA1663750577493" }),
  financial_product_id: z.string().openapi({ example: "stocks_isa" }),
  account_type: z.enum(ACCOUNT_TYPES),
  account_sub_type: z.enum(ACCOUNT_SUB_TYPES).optional(),
  date_of_account_activation: wireDateTime.openapi({ example: "2022-09-21T08:56:17.493Z" }),
  status: z.enum(ACCOUNT_STATUSES),
  pot_id: z.array(z.string()),
  current_year_subscription: z.boolean(),
  first_subscription_date_for_current_year: wireDateTime.nullable().openapi({ description: "null until the first subscription of the tax year (WealthOS marks it nullable)" }),
  ...counters,
  ...allowances,
  custodian_account_reference: z.string().nullable(),
  custodian_id: z.string().nullable(),
  custodian_client_reference: z.string().nullable(),
  regulator_advisor_id: z.string().nullable(),
  life_events: z.array(z.object({ event_id: z.string(), event_type: z.string(), status: z.string() })),
  account_ownership: z.enum(["individual", "joint"]),
  hmrc_data: details.optional().openapi({ description: "LISA accounts only" }),
  isa_account_type: z.enum(ISA_ACCOUNT_TYPES).optional(),
  additional_external_details: details,
  reference_version: z.number().int(),
  created_at: wireDateTime,
  updated_at: wireDateTime,
};

/** Fields only the v2 account shows. */
export const V2_ONLY_FIELDS = [
  "jisa",
  "tax_year",
  "current_year_total_jisa_contribution",
  "jisa_allowance_remaining",
  "lsdba_utilised",
  "lsa_utilised",
  "related_parties",
  "past_gross_contributions",
] as const;

export const InvestorAccountV2 = z
  .object({
    ...accountFields,
    investor_id: z.array(z.string()),
    jisa: details.optional().openapi({ description: "stocks_jisa accounts only" }),
    tax_year: z.string().openapi({ example: "2025" }),
    related_parties: details,
    past_gross_contributions: details,
    total_market_value: z.string().optional().openapi({ description: "the pots' total value in the tenant's base currency, at current prices" }),
  })
  .openapi("InvestorAccountV2");

const { current_year_total_jisa_contribution: _j, jisa_allowance_remaining: _ja, lsdba_utilised: _l, lsa_utilised: _la, ...v1Fields } = accountFields;
export const InvestorAccountV1 = z
  .object({
    ...v1Fields,
    investor_id: z.string(),
    total_market_value: z.string().optional().openapi({ description: "the pots' total value in the tenant's base currency, at current prices" }),
  })
  .openapi("InvestorAccountV1");

export const InvestorAccountV1List = z.object({ investor_accounts: z.array(InvestorAccountV1), next_page_available: z.boolean() }).openapi("InvestorAccountV1List");
export const InvestorAccountV2List = z.object({ investor_accounts: z.array(InvestorAccountV2), next_page_available: z.boolean() }).openapi("InvestorAccountV2List");

export const AccountParams = z.object({
  account_id: z.string().min(1).max(64).openapi({ param: { name: "account_id", in: "path" }, example: "SSISA1663750577493" }),
});

/** A comma-separated list whose every item is one of `values` (or any non-empty string). */
function csv(values?: readonly string[]) {
  return z
    .string()
    .optional()
    .superRefine((s, ctx) => {
      if (s === undefined) return;
      const items = s.split(",").map((x) => x.trim());
      const bad = items.filter((x) => x.length === 0 || (values !== undefined && !values.includes(x)));
      if (bad.length > 0) ctx.addIssue({ code: "custom", message: values ? `each value must be one of ${values.join(", ")}` : "must not contain empty values" });
    })
    .openapi({
      description: values ? `comma-separated: ${values.join(", ")}` : "comma-separated",
      pattern: values ? csvPattern(values) : "^[^,]*[^,\\s][^,]*(,[^,]*[^,\\s][^,]*)*$",
    });
}

const pageFields = {
  page_size: z.string().regex(/^[1-9]\d*$/, "a positive integer").optional(),
  page_number: z.string().regex(/^[1-9]\d*$/, "a positive integer").optional(),
  sort: z.enum(["asc", "desc"]).optional(),
};
const filterFields = {
  account_id: csv(),
  investor_id: csv(),
  account_type: csv(ACCOUNT_TYPES),
  account_sub_type: csv(ACCOUNT_SUB_TYPES),
  status: csv(ACCOUNT_STATUSES),
  isa_account_type: csv(ISA_ACCOUNT_TYPES),
};

export const ListAccountsV1Query = z.object({ ...pageFields, ...filterFields, financial_product_id: csv(V1_PRODUCTS) });
export const ListAccountsV2Query = z.object({ ...pageFields, ...filterFields, financial_product_id: csv(V2_PRODUCTS) });

export type ListAccountsQuery = z.infer<typeof ListAccountsV2Query>;
export type InvestorAccountV1 = z.infer<typeof InvestorAccountV1>;
export type InvestorAccountV2 = z.infer<typeof InvestorAccountV2>;
