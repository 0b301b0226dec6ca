/**
 * The reconciliation job (`reconciliation.run`, key: the file id). Each run handles one chunk:
 * in the `rows` phase at most ROWS_PER_RUN records read from R2 by the input loader before the
 * run; then the `absent` phase walks Coffer's records no row named (ABSENT_PER_RUN at a time)
 * and publishes the summary; `cleanup` forgets the keys seen. Every run is one transaction of
 * a few milliseconds, so the tenant object serves requests between two chunks.
 */
import type { Env } from "../../env";
import type { CommandContext } from "../../tenant/command-context";
import type { JobHandler, JobInputLoader } from "../../tenant/commands";
import { compareRow, incomingOnly } from "./compare";
import { isBlank, parseRecord, splitRecords } from "./csv";
import { JOB_NAMES, RECONCILIATION_JOB, type Chunk, type ReconciliationJob } from "./model";
import { forgetSeen, KEY_COLUMNS, lookup, markSeen, unseenKeys } from "./records";
import { noIncomingTransaction, reconcileTransaction, unreadableTransaction, type BookTransaction } from "./transactions";

/**
 * Records handled per run: a booking costs several times a comparison (ledger postings, a
 * transaction, holdings and their events), so an ingest run takes fewer rows. Both keep a run
 * well under 100 ms (`npm run bench:reconciliation`). CHUNK_BYTES is read for each run; a record
 * may not be longer.
 */
export const ROWS_PER_RUN = 200;
export const INGEST_ROWS_PER_RUN = 40;
export const CHUNK_BYTES = 32 * 1024;
const ABSENT_PER_RUN = 1000;
const FORGET_PER_RUN = 5000;

/** Reads the next chunk of the job's file from R2 (nothing outside the `rows` phase). */
export const loadReconciliationChunk: JobInputLoader<Env> = async (env, job) => {
  const data = job.data as ReconciliationJob;
  if (data.phase !== "rows" || data.offset >= data.size) return null;
  const length = Math.min(CHUNK_BYTES, data.size - data.offset);
  const object = await env.FILES.get(data.object_key, { range: { offset: data.offset, length } });
  if (!object) throw new Error(`file ${data.file_id} is not in the files bucket`);
  const chunk: Chunk = { offset: data.offset, bytes: new Uint8Array(await object.arrayBuffer()) };
  return chunk;
};

type Kind = Exclude<ReconciliationJob["kind"], "transactions">;
const MISMATCH_TYPE = { investors: "investor_mismatch", pots: "pot_mismatch", holdings: "holding_mismatch" } as const;

function recordMismatch(ctx: CommandContext, job: ReconciliationJob, kind: Kind, recordId: string, row: ReadonlyMap<string, string>, payload: Record<string, unknown>): void {
  job.counts.mismatched += 1;
  const ids =
    kind === "investors"
      ? { ...(row.get("investor_id") && { investor_id: row.get("investor_id") }) }
      : kind === "pots"
        ? { ...(row.get("pot_id") && { pot_id: row.get("pot_id") }) }
        : { ...(row.get("pot_id") && { pot_id: row.get("pot_id") }), ...(row.get("investment_product_id") && { investment_product_id: row.get("investment_product_id") }) };
  ctx.emit({ type: MISMATCH_TYPE[kind], ch: "reconciliations", payload: { job_id: job.job_id, date: job.date, record_id: recordId, ...ids, ...payload } });
}

function reconcileRecord(ctx: CommandContext, job: ReconciliationJob, kind: Kind, recordId: string, row: ReadonlyMap<string, string>): void {
  job.counts.incoming += 1;
  const found = lookup(ctx, kind, row);
  if (found.status === "key_unavailable") return recordMismatch(ctx, job, kind, recordId, row, { record_status: "key_unavailable" });
  markSeen(ctx, job.job_id, found.key);
  if (found.status === "not_found") return recordMismatch(ctx, job, kind, recordId, row, { record_status: "not_found", fields: incomingOnly(row, KEY_COLUMNS[kind]) });
  const differing = compareRow(row, found.record, KEY_COLUMNS[kind]).filter((f) => f.status === "mismatched");
  if (differing.length > 0) recordMismatch(ctx, job, kind, recordId, row, { record_status: "unreconciled", fields: differing });
}

/** Handles the records of one chunk; answers the bytes they took. */
function readRows(ctx: CommandContext, job: ReconciliationJob, chunk: Chunk, book: BookTransaction): number {
  const final = job.offset + chunk.bytes.length >= job.size;
  const rows = job.ingest ? INGEST_ROWS_PER_RUN : ROWS_PER_RUN;
  const { records, consumed } = splitRecords(chunk.bytes, final, rows + (job.header ? 0 : 1));
  if (consumed === 0) throw new Error(`a record of ${job.file_id} at byte ${job.offset} is longer than ${CHUNK_BYTES} bytes`);
  for (const record of records) {
    const fields = parseRecord(record);
    if (!job.header) {
      job.header = (fields ?? []).map((f, i) => (i === 0 ? f.replace(/^\uFEFF/, "") : f).trim().toLowerCase());
      continue;
    }
    if (fields && isBlank(fields)) continue;
    job.row += 1;
    const header = job.header;
    const row = new Map(fields && fields.length === header.length ? header.map((h, i) => [h, fields[i]!] as const) : []);
    const recordId = row.get("record_id") || String(job.row);
    if (!fields || fields.length !== header.length) {
      if (job.kind === "transactions") unreadableTransaction(ctx, job, recordId, record);
      else {
        job.counts.incoming += 1;
        recordMismatch(ctx, job, job.kind, recordId, row, { record_status: "key_unavailable" });
      }
      continue;
    }
    if (job.kind === "transactions") reconcileTransaction(ctx, job, recordId, row, book);
    else reconcileRecord(ctx, job, job.kind, recordId, row);
  }
  return consumed;
}

function publishSummary(ctx: CommandContext, job: ReconciliationJob): void {
  const c = job.counts;
  const base = {
    job_id: job.job_id,
    job_name: JOB_NAMES[job.kind].name,
    date: job.date,
    total_records: c.incoming + c.no_incoming,
    mismatched_records: c.mismatched,
    incoming_records: c.incoming,
    no_incoming_records: c.no_incoming,
  };
  if (job.kind === "transactions") {
    ctx.emit({ type: "transaction_summary", ch: "reconciliations", payload: { ...base, updated_records: c.updated, unable_to_ingest: c.unable, ignored_records: c.ignored } });
  } else {
    const type = { investors: "investor_summary", pots: "pot_summary", holdings: "holdings_summary" } as const;
    ctx.emit({ type: type[job.kind], ch: "reconciliations", payload: base });
  }
}

/** The job handler; `book` books an ingested transaction (wired in src/jobs.ts). */
export function makeReconciliationJob(book: BookTransaction): JobHandler {
  return (ctx, run) => {
    const job = run.data as ReconciliationJob;
    if (job.phase === "rows") {
      if (job.offset < job.size) {
        const chunk = run.input as Chunk | null | undefined;
        if (!chunk || chunk.offset !== job.offset) throw new Error(`the chunk of ${job.file_id} at byte ${job.offset} could not be read`);
        job.offset += readRows(ctx, job, chunk, book);
      }
      if (job.offset >= job.size) job.phase = "absent";
    } else if (job.phase === "absent") {
      const keys = unseenKeys(ctx, job.kind, job.job_id, job.cursor, ABSENT_PER_RUN);
      for (const { key, entityId } of keys) {
        if (job.kind === "transactions") noIncomingTransaction(ctx, job, key, entityId);
        else job.counts.no_incoming += 1;
      }
      if (keys.length > 0) job.cursor = keys[keys.length - 1]!.key;
      if (keys.length < ABSENT_PER_RUN) {
        publishSummary(ctx, job);
        job.phase = "cleanup";
      }
    } else if (forgetSeen(ctx, job.job_id, FORGET_PER_RUN) < FORGET_PER_RUN) {
      return;
    }
    // Progress is saved with the run's effects; the next run follows at once.
    ctx.schedule(RECONCILIATION_JOB, run.key, ctx.nowMs, job);
    return ctx.nowMs;
  };
}
