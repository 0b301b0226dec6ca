import { z } from "@hono/zod-openapi";
import { COUNTERPARTY_STATUSES, COUNTERPARTY_TYPES, SCHEDULE_DAYS } from "../../catalogue/counterparties";
import { currencyField } from "../../catalogue/decimals";
import { PageQuery } from "../../platform/wire-fields";
import { wireDateTime } from "../../platform/wire-resources";

export const COUNTERPARTY_ID_PATTERN = /^CPY-[A-Z]{3}\d{5}$/;
export const FILE_ID_PATTERN = /^FILE-[A-Z]{3}\d{5}$/;

const cutOffTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "a time HH:MM such as 11:00");

/** Weekdays and cut-off times (the tenant's time zone) at which instructions are sent. */
export const InstructionSchedule = z
  .object({
    business_days: z
      .array(z.enum(SCHEDULE_DAYS))
      .min(1)
      .max(5)
      .openapi({ description: "Weekdays instructions are sent on (a repeated day counts once); England and Wales bank holidays are skipped" }),
    cut_off_times: z
      .array(cutOffTime)
      .min(1)
      .max(24)
      .openapi({ description: "Local times (HH:MM) at which the instructions accepted before them are sent (stored sorted, each once)", example: ["11:00", "15:00"] }),
  })
  .strict()
  .openapi("InstructionSchedule");

const BankAccount = z
  .object({
    account_name: z.string().min(1).max(100),
    bank_account_number: z.string().regex(/^\d{6,8}$/, "six to eight digits"),
    sort_code: z.string().regex(/^\d{2}-?\d{2}-?\d{2}$/, "six digits, optionally written 12-34-56"),
    currency: currencyField,
  })
  .strict();

const Attachment = z
  .object({ name: z.string().min(1).max(200), file_id: z.string().regex(FILE_ID_PATTERN, "a file id such as FILE-AHY58878") })
  .strict();

const fields = {
  counterparty_name: z.string().min(1).max(200),
  counterparty_type: z.enum(COUNTERPARTY_TYPES),
  instruction_schedule: InstructionSchedule,
  sell_instruction_schedule: InstructionSchedule,
  bank_accounts: z.array(BankAccount).max(20),
  status: z.enum(COUNTERPARTY_STATUSES),
  attachments: z.array(Attachment).max(50),
};

/** The operator's upsert: creating needs name, both schedules; an update changes only the fields sent. */
export const UpsertCounterpartyBody = z.object(fields).partial().strict().openapi("UpsertCounterpartyBody");

export const UpsertCounterpartyInput = UpsertCounterpartyBody.extend({
  counterparty_id: z.string().regex(COUNTERPARTY_ID_PATTERN, "a counterparty id such as CPY-AHY58878"),
}).strict();
export type UpsertCounterpartyInput = z.infer<typeof UpsertCounterpartyInput>;

const ScheduleWire = z.object({ business_days: z.array(z.enum(SCHEDULE_DAYS)), cut_off_times: z.array(z.string()) });

export const Counterparty = z
  .object({
    counterparty_id: z.string().openapi({ example: "CPY-AHY58878" }),
    counterparty_name: z.string().openapi({ example: "HSBC" }),
    counterparty_type: z.enum(COUNTERPARTY_TYPES),
    instruction_schedule: ScheduleWire.openapi({ description: "When deposit instructions are sent" }),
    sell_instruction_schedule: ScheduleWire.openapi({ description: "When redemption instructions are sent" }),
    bank_accounts: z.array(z.object({ account_name: z.string(), bank_account_number: z.string(), sort_code: z.string(), currency: z.string() })),
    status: z.enum(COUNTERPARTY_STATUSES),
    attachments: z.array(z.object({ name: z.string(), file_id: z.string() })),
    reference_version: z.number().int(),
    created_at: wireDateTime,
    updated_at: wireDateTime,
  })
  .openapi("Counterparty");

export const CounterpartyList = z.object({ counterparties: z.array(Counterparty), next_page_available: z.boolean() }).openapi("CounterpartyList");

export const ListCounterpartiesQuery = PageQuery;

export const CounterpartyParams = z.object({
  counterparty_id: z.string().min(1).max(64).openapi({ param: { name: "counterparty_id", in: "path" }, example: "CPY-AHY58878" }),
});

export const AdminCounterpartyParams = z.object({
  tenant_id: z.string().openapi({ param: { name: "tenant_id", in: "path" }, example: "acme" }),
  counterparty_id: z
    .string()
    .regex(COUNTERPARTY_ID_PATTERN, "a counterparty id such as CPY-AHY58878")
    .openapi({ param: { name: "counterparty_id", in: "path" }, example: "CPY-AHY58878" }),
});
