import { z } from "@hono/zod-openapi";

/**
 * The `reconciliations` channel's messages, with exactly the fields and status values of the
 * WealthOS socket API. Values compared are strings; a side without a value omits its member.
 */
const common = {
  job_id: z.string().openapi({ example: "acme-holding_reconciliations-FILE-AHY58878" }),
  date: z.string().openapi({ description: "When the job started (ISO 8601)" }),
};

const summary = {
  ...common,
  job_name: z.string().openapi({ example: "Holdings Details" }),
  total_records: z.number().int(),
  mismatched_records: z.number().int(),
  incoming_records: z.number().int(),
  no_incoming_records: z.number().int(),
};

const field = (statuses: readonly [string, ...string[]]) =>
  z.object({
    field: z.string(),
    incoming_value: z.string().optional(),
    available_value: z.string().optional(),
    status: z.enum(statuses).optional(),
  });

const RECORD_STATUSES = ["reconciled", "unreconciled", "not_found", "key_unavailable"] as const;

export const ReconciliationSummary = z.object(summary).openapi("ReconciliationSummary");

export const TransactionSummary = z
  .object({ ...summary, updated_records: z.number().int(), unable_to_ingest: z.number().int(), ignored_records: z.number().int() })
  .openapi("TransactionReconciliationSummary");

export const InvestorMismatch = z
  .object({ ...common, record_id: z.string(), investor_id: z.string().optional(), record_status: z.enum(RECORD_STATUSES), fields: z.array(field(["mismatched", "matched"])).optional() })
  .openapi("InvestorMismatch");

export const PotMismatch = z
  .object({ ...common, record_id: z.string(), pot_id: z.string().optional(), record_status: z.enum(RECORD_STATUSES), fields: z.array(field(["matched", "mismatched"])).optional() })
  .openapi("PotMismatch");

export const HoldingMismatch = z
  .object({
    ...common,
    record_id: z.string(),
    pot_id: z.string().optional(),
    investment_product_id: z.string().optional(),
    record_status: z.enum(RECORD_STATUSES),
    fields: z.array(field(["mismatched", "matched", "updated"])).optional(),
  })
  .openapi("HoldingMismatch");

export const TransactionMismatch = z
  .object({
    ...common,
    record_id: z.string(),
    external_transaction_reference: z.string().optional(),
    transaction_ids: z.array(z.string()).optional(),
    pot_id: z.string().optional(),
    record_status: z.enum(["unreconciled", "not_found", "key_unavailable", "multiple_found", "no_incoming_record", "updated"]),
    fields: z.array(field(["matched", "mismatched", "key_value_missing"])).optional(),
  })
  .openapi("TransactionMismatch");

export const TransactionIngestionFailure = z
  .object({
    ...common,
    record_id: z.string(),
    external_transaction_reference: z.string().optional(),
    pot_id: z.string().optional(),
    record_status: z.literal("unable_to_ingest"),
    fields: z.array(z.object({ field: z.string(), incoming_value: z.string(), status: z.enum(["unrecognised", "key_value_missing"]) })),
  })
  .openapi("TransactionIngestionFailure");

export const TransactionIgnored = z
  .object({ ...common, record_id: z.string(), record_status: z.literal("ignored") })
  .openapi("TransactionIgnored");

export type FieldResult = { field: string; incoming_value?: string; available_value?: string; status: "matched" | "mismatched" };
