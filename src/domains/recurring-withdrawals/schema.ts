import { z } from "@hono/zod-openapi";
import { csvFilter } from "../../platform/list-filters";
import { calendarDate, PageQuery } from "../../platform/wire-fields";
import { decimalString } from "../../platform/wire-decimals";
import { wireDate, wireDateTime } from "../../platform/wire-resources";

export const WITHDRAWAL_STATUSES = ["active", "cancelled", "finished"] as const;

/** `withdrawal_schedule`: monthly, every `interval` months on day `date` (1–28, or -1 for the last day); no count. */
export const WithdrawalSchedule = z
  .object({
    interval_unit: z.enum(["monthly"]),
    interval: z.number().int().min(1).max(12),
    date: z
      .union([z.literal(-1), z.number().int().min(1).max(28)], { error: "must be a day of the month from 1 to 28, or -1 for the last day" })
      .optional()
      .openapi({ description: "Day of the month 1–28, or -1 for the last day; default: the start date's day (at most 28)" }),
    start_date: calendarDate,
    end_date: calendarDate.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.end_date !== undefined && v.end_date < v.start_date) ctx.addIssue({ code: "custom", path: ["end_date"], message: "must not be before start_date" });
  })
  .openapi("WithdrawalSchedule");

export const CreateRecurringWithdrawalBody = z
  .object({
    request_id: z.uuid(),
    withdrawal_name: z.string().min(1).max(100),
    investor_id: z.string().min(1).max(64),
    pot_id: z.string().min(1).max(64),
    bank_account_id: z.string().min(1).max(64),
    amount: decimalString(2, { min: "1.00" }),
    currency: z.string().length(3),
    withdrawal_schedule: WithdrawalSchedule,
  })
  .openapi("CreateRecurringWithdrawalBody");

export const RecurringWithdrawal = z
  .object({
    withdrawal_id: z.string(),
    withdrawal_name: z.string(),
    investor_id: z.string(),
    pot_id: z.string(),
    financial_product_id: z.string(),
    bank_account_id: z.string(),
    amount: z.string(),
    currency: z.string(),
    withdrawal_schedule: z.object({ interval_unit: z.enum(["monthly"]), interval: z.number().int(), date: z.number().int().optional(), start_date: wireDate, end_date: wireDate.optional() }),
    status: z.enum(WITHDRAWAL_STATUSES),
    next_withdrawal_date: wireDate.optional().openapi({ description: "The business day of the next withdrawal, while active" }),
    created_at: wireDateTime,
    updated_at: wireDateTime,
    reference_version: z.number().int(),
  })
  .openapi("RecurringWithdrawal");

export const RecurringWithdrawalList = z
  .object({ recurring_withdrawals: z.array(RecurringWithdrawal), next_page_available: z.boolean() })
  .openapi("RecurringWithdrawalList");

export const ListRecurringWithdrawalsQuery = PageQuery.extend({
  withdrawal_id: z.string().min(1).max(64).optional(),
  pot_id: z.string().min(1).max(64).optional(),
  financial_product_id: z.string().min(1).max(64).optional(),
  investor_id: z.string().min(1).max(64).optional(),
  status: csvFilter(WITHDRAWAL_STATUSES),
});

export const WithdrawalParams = z.object({ withdrawal_id: z.string().min(1).max(64).openapi({ param: { name: "withdrawal_id", in: "path" } }) });

export const UpdateRecurringWithdrawalBody = z
  .object({
    amount: decimalString(2, { min: "1.00" }).optional(),
    withdrawal_name: z.string().min(1).max(100).optional(),
    end_date: calendarDate.optional(),
    reference_version: z.number().int().min(1),
  })
  .openapi("UpdateRecurringWithdrawalBody");
export const CancelRecurringWithdrawalBody = z.object({}).openapi("CancelRecurringWithdrawalBody");

export const UpdateWithdrawalInput = UpdateRecurringWithdrawalBody.extend({ withdrawal_id: z.string().min(1).max(64) });
export const CancelWithdrawalInput = CancelRecurringWithdrawalBody.extend({ withdrawal_id: z.string().min(1).max(64) });
