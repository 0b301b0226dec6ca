/**
 * Transaction rows, keyed by `external_transaction_reference`. Compare-only files report
 * differences; `ingest:transactions` files also book the transactions Coffer lacks, through
 * the same booking as `POST /tenant/transactions/v1` (`origin: file_upload`). A row already
 * booked is ignored (so re-uploading a file books nothing twice); one that differs is reported.
 */
import { toTransaction, TRANSACTION, type TransactionData } from "../../custody/transactions";
import type { CommandContext } from "../../tenant/command-context";
import type { CommandOutcome } from "../../tenant/commands";
import { compareRow, incomingOnly } from "./compare";
import type { ReconciliationJob } from "./model";
import { markSeen } from "./records";

/** Books one ingested row (wired in src/jobs.ts to the external-transaction booking). */
export type BookTransaction = (ctx: CommandContext, fields: Record<string, string>) => CommandOutcome;

/** Columns the booking reads from a row. */
const BOOKING_FIELDS = [
  "external_transaction_reference",
  "sub_transaction_type",
  "pot_id",
  "currency",
  "investment_product_id",
  "execution_price",
  "transaction_quantity",
  "effective_transaction_value",
  "transaction_value",
  "trade_date",
  "settlement_date",
] as const;

const SKIP = new Set(["record_id", "external_transaction_reference", "request_id"]);

function emitFailure(ctx: CommandContext, job: ReconciliationJob, recordId: string, row: ReadonlyMap<string, string>, fields: Array<{ field: string; incoming_value: string; status: "unrecognised" | "key_value_missing" }>): void {
  const reference = row.get("external_transaction_reference") ?? "";
  const potId = row.get("pot_id") ?? "";
  job.counts.unable += 1;
  ctx.emit({
    type: "transaction_ingestion_failure",
    ch: "reconciliations",
    payload: {
      job_id: job.job_id,
      date: job.date,
      record_id: recordId,
      ...(reference !== "" && { external_transaction_reference: reference }),
      ...(potId !== "" && { pot_id: potId }),
      record_status: "unable_to_ingest",
      fields,
    },
  });
}

/** A row that could not be read at all (wrong number of columns, broken quotes). */
export function unreadableTransaction(ctx: CommandContext, job: ReconciliationJob, recordId: string, raw: string): void {
  job.counts.incoming += 1;
  emitFailure(ctx, job, recordId, new Map(), [{ field: "record", incoming_value: raw.slice(0, 500), status: "unrecognised" }]);
}

function mismatch(ctx: CommandContext, job: ReconciliationJob, payload: Record<string, unknown>): void {
  job.counts.mismatched += 1;
  ctx.emit({ type: "transaction_mismatch", ch: "reconciliations", payload: { job_id: job.job_id, date: job.date, ...payload } });
}

/** Reconciles (and, for ingest files, books) one transaction row. */
export function reconcileTransaction(ctx: CommandContext, job: ReconciliationJob, recordId: string, row: ReadonlyMap<string, string>, book: BookTransaction): void {
  job.counts.incoming += 1;
  const reference = row.get("external_transaction_reference") ?? "";
  const potId = row.get("pot_id") ?? "";
  if (reference === "") {
    const missing = { field: "external_transaction_reference", incoming_value: "", status: "key_value_missing" as const };
    if (job.ingest) emitFailure(ctx, job, recordId, row, [missing]);
    else mismatch(ctx, job, { record_id: recordId, ...(potId !== "" && { pot_id: potId }), record_status: "key_unavailable", fields: [{ field: missing.field, status: missing.status }] });
    return;
  }
  markSeen(ctx, job.job_id, reference);
  const holder = ctx.findUnique(TRANSACTION, "external_transaction_reference", reference);
  const entity = holder ? ctx.get<TransactionData>(TRANSACTION, holder) : null;
  if (entity) {
    const wire = toTransaction(entity) as unknown as Record<string, unknown>;
    const differing = compareRow(row, wire, SKIP).filter((f) => f.status === "mismatched");
    if (differing.length > 0) {
      mismatch(ctx, job, { record_id: recordId, external_transaction_reference: reference, transaction_ids: [entity.id], pot_id: entity.data.pot_id, record_status: "unreconciled", fields: differing });
    } else if (job.ingest) {
      job.counts.ignored += 1;
      ctx.emit({ type: "transaction_ignored", ch: "reconciliations", payload: { job_id: job.job_id, date: job.date, record_id: recordId, record_status: "ignored" } });
    }
    return;
  }
  if (!job.ingest) {
    mismatch(ctx, job, { record_id: recordId, external_transaction_reference: reference, ...(potId !== "" && { pot_id: potId }), record_status: "not_found", fields: incomingOnly(row, SKIP) });
    return;
  }
  const fields: Record<string, string> = { request_id: `file:${job.file_id}:${recordId}`.slice(0, 64) };
  for (const name of BOOKING_FIELDS) {
    const value = row.get(name);
    if (value !== undefined && value !== "") fields[name] = value;
  }
  const outcome = book(ctx, fields);
  if (outcome.ok) {
    job.counts.updated += 1;
    return;
  }
  const errors = outcome.error.errors ?? [];
  const reported = errors.length > 0 ? errors : [{ field: "record", message: outcome.error.detail }];
  emitFailure(
    ctx,
    job,
    recordId,
    row,
    reported.map((e) => {
      const value = row.get(e.field) ?? "";
      return { field: e.field, incoming_value: value, status: value === "" && e.field !== "record" ? "key_value_missing" : "unrecognised" };
    }),
  );
}

/** A Coffer transaction with an external reference that no row of the file named. */
export function noIncomingTransaction(ctx: CommandContext, job: ReconciliationJob, reference: string, transactionId: string): void {
  job.counts.no_incoming += 1;
  const entity = ctx.get<TransactionData>(TRANSACTION, transactionId);
  ctx.emit({
    type: "transaction_mismatch",
    ch: "reconciliations",
    payload: {
      job_id: job.job_id,
      date: job.date,
      record_id: reference,
      external_transaction_reference: reference,
      transaction_ids: [transactionId],
      ...(entity && { pot_id: entity.data.pot_id }),
      record_status: "no_incoming_record",
    },
  });
}
