import { z } from "@hono/zod-openapi";
import { csvFilter } from "../../platform/list-filters";
import { calendarDate, PageQuery } from "../../platform/wire-fields";
import { decimalString } from "../../platform/wire-decimals";
import { wireDate, wireDateTime } from "../../platform/wire-resources";

export const CONTRIBUTION_SUB_TYPES = ["Regular contribution", "Regular contribution - non relievable", "Regular contribution - Employer"] as const;
export const CONTRIBUTION_STATUSES = ["Pending", "Active", "Finished", "Rejected", "Paused", "Cancelled"] as const;
export const CONTRIBUTION_PAYMENT_TYPES = ["direct_debit", "manual"] as const;
export const CONTRIBUTION_PROVIDERS = ["gocardless", "none"] as const;
export const PROVIDER_STATUSES = [
  "Pending service provider setup", "Customer data collection completed", "Customer data created", "Customer data creation failed",
  "Authorization received", "Authorization failed", "Subscription created", "Subscription creation failed", "Subscription paused",
  "Subscription resumed", "Subscription cancelled", "Subscription finished", "Mandate cancelled", "Mandate expired", "Mandate replaced",
  "Mandate transferred",
] as const;

/** One investment instruction of a contribution: a product and either a quantity or a value. */
const ContributionInstruction = z
  .object({
    investment_product_id: z.string().min(1).max(64),
    quantity: decimalString(4, { example: "10.5" }).optional(),
    value: decimalString(2).optional(),
  })
  .superRefine((v, ctx) => {
    if ((v.quantity === undefined) === (v.value === undefined)) ctx.addIssue({ code: "custom", path: ["quantity"], message: "send exactly one of quantity or value" });
  });

/** `payment_schedule`: monthly, every `interval` months on day `date` (1–28, or -1 for the last day). */
export const PaymentSchedule = z
  .object({
    interval_unit: z.enum(["monthly"]),
    interval: z.number().int().min(1).max(12),
    date: z
      .union([z.literal(-1), z.number().int().min(1).max(28)], { error: "must be a day of the month from 1 to 28, or -1 for the last day" })
      .optional()
      .openapi({ description: "Day of the month 1–28, or -1 for the last day (as direct-debit schemes allow); default: the start date's day (at most 28)" }),
    start_date: calendarDate,
    end_date: calendarDate.optional(),
    count: z.number().int().min(1).max(1200).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.end_date !== undefined && v.count !== undefined) ctx.addIssue({ code: "custom", path: ["count"], message: "must not be provided when end_date is sent" });
    if (v.end_date !== undefined && v.end_date < v.start_date) ctx.addIssue({ code: "custom", path: ["end_date"], message: "must not be before start_date" });
  })
  .openapi("PaymentSchedule");

export const CreateRecurringContributionBody = z
  .object({
    request_id: z.uuid(),
    contribution_name: z.string().min(1).max(100),
    pot_id: z.string().min(1).max(64),
    financial_product_id: z.string().min(1).max(64),
    investor_id: z.string().min(1).max(64),
    amount: decimalString(2, { min: "1.00" }),
    sub_transaction_type: z.enum(CONTRIBUTION_SUB_TYPES),
    currency: z.string().length(3),
    payment_type: z.enum(CONTRIBUTION_PAYMENT_TYPES),
    service_provider: z.enum(CONTRIBUTION_PROVIDERS),
    purpose: z.enum(["cash", "invest"]),
    investment_instructions: z.array(ContributionInstruction).max(50).optional(),
    source_id: z.string().min(1).max(64).optional(),
    payment_schedule: PaymentSchedule,
  })
  .superRefine((v, ctx) => {
    const pairs: Record<string, string> = { direct_debit: "gocardless", manual: "none" };
    if (pairs[v.payment_type] !== v.service_provider) ctx.addIssue({ code: "custom", path: ["service_provider"], message: `payment_type ${v.payment_type} goes through ${pairs[v.payment_type]}` });
    if (v.purpose === "cash" && v.investment_instructions?.length) ctx.addIssue({ code: "custom", path: ["investment_instructions"], message: "only allowed when purpose is invest" });
  })
  .openapi("CreateRecurringContributionBody");
/** The create command's input: the body plus the origin the authorisation page is served on. */
export const CreateRecurringContributionInput = CreateRecurringContributionBody.safeExtend({ page_origin: z.string().min(1).max(300) });

export const ServiceProviderParams = z
  .object({
    status: z.enum(PROVIDER_STATUSES),
    reason: z.string().optional(),
    authorization_reference: z.string().optional(),
    contribution_reference: z.string().optional(),
    customer_reference: z.string().optional(),
    request_id: z.string().optional(),
    authorization_url: z.string().optional(),
  })
  .openapi("RecurringContributionProviderParams");

export const RecurringContribution = z
  .object({
    contribution_id: z.string(),
    contribution_name: z.string(),
    pot_id: z.string(),
    financial_product_id: z.string(),
    investor_id: z.string(),
    amount: z.string(),
    sub_transaction_type: z.enum(CONTRIBUTION_SUB_TYPES),
    currency: z.string(),
    payment_type: z.enum(CONTRIBUTION_PAYMENT_TYPES),
    service_provider: z.enum(CONTRIBUTION_PROVIDERS),
    purpose: z.enum(["cash", "invest"]),
    investment_instructions: z.array(z.object({ investment_product_id: z.string(), quantity: z.string().optional(), value: z.string().optional() })).optional(),
    source_id: z.string().optional(),
    payment_schedule: z.object({
      interval_unit: z.enum(["monthly"]),
      interval: z.number().int(),
      date: z.number().int().optional(),
      start_date: wireDate,
      end_date: wireDate.optional(),
      count: z.number().int().optional(),
    }),
    service_provider_params: ServiceProviderParams,
    status: z.enum(CONTRIBUTION_STATUSES),
    reason: z.string().optional().openapi({ description: "Why it was cancelled or rejected" }),
    next_payment_dates: z.array(wireDate).openapi({ description: "The next (at most three) business days a collection falls on" }),
    created_at: wireDateTime,
    updated_at: wireDateTime,
    reference_version: z.number().int(),
  })
  .openapi("RecurringContribution");

export const RecurringContributionList = z
  .object({ recurring_contributions: z.array(RecurringContribution), next_page_available: z.boolean() })
  .openapi("RecurringContributionList");

export const ListRecurringContributionsQuery = PageQuery.extend({
  contribution_id: z.string().min(1).max(64).optional(),
  pot_id: z.string().min(1).max(64).optional(),
  financial_product_id: z.string().min(1).max(64).optional(),
  investor_id: z.string().min(1).max(64).optional(),
  payment_type: z.enum(CONTRIBUTION_PAYMENT_TYPES).optional(),
  sub_transaction_type: z.enum(CONTRIBUTION_SUB_TYPES).optional(),
  status: csvFilter(CONTRIBUTION_STATUSES),
});

export const ContributionParams = z.object({ contribution_id: z.string().min(1).max(64).openapi({ param: { name: "contribution_id", in: "path" } }) });

export const UpdateRecurringContributionBody = z
  .object({ amount: decimalString(2, { min: "1.00" }).optional(), contribution_name: z.string().min(1).max(100).optional(), reference_version: z.number().int().min(1).optional() })
  .openapi("UpdateRecurringContributionBody");
export const PauseRecurringContributionBody = z.object({ pause_cycles: z.number().int().min(1).max(120) }).openapi("PauseRecurringContributionBody");
export const ResumeRecurringContributionBody = z.object({}).openapi("ResumeRecurringContributionBody");
export const CancelRecurringContributionBody = z.object({ reason: z.string().min(1).max(200).optional() }).openapi("CancelRecurringContributionBody");
export const MandateDecisionBody = z.object({ action: z.enum(["approve", "reject"]) }).openapi("MandateDecisionBody");

export const UpdateInput = UpdateRecurringContributionBody.extend({ contribution_id: z.string().min(1).max(64) });
export const PauseInput = PauseRecurringContributionBody.extend({ contribution_id: z.string().min(1).max(64) });
export const ResumeInput = ResumeRecurringContributionBody.extend({ contribution_id: z.string().min(1).max(64) });
export const CancelInput = CancelRecurringContributionBody.extend({ contribution_id: z.string().min(1).max(64) });
export const MandateDecisionInput = MandateDecisionBody.extend({ contribution_id: z.string().min(1).max(64), token: z.string().min(1).max(128) });
export const ReplaceMandateInput = z.object({ contribution_id: z.string().min(1).max(64) });
