/**
 * Reconciliation jobs: a tagged file's rows compared with the tenant's records, chunk by chunk,
 * on the tenant clock. The job's progress (byte offset, header, counts) lives in its job row,
 * written in the same transaction as the chunk's messages, so a restart resumes after the last
 * committed chunk and never reports a row twice.
 */
import type { CommandContext } from "../../tenant/command-context";

/** Job kind (key: the file id). */
export const RECONCILIATION_JOB = "reconciliation.run";

export type RecordKind = "investors" | "pots" | "holdings" | "transactions";

/** What each tag asks for. */
export const RECONCILIATION_TAGS: Record<string, { kind: RecordKind; ingest: boolean }> = {
  "reconciliation:investors": { kind: "investors", ingest: false },
  "reconciliation:pots": { kind: "pots", ingest: false },
  "reconciliation:holdings": { kind: "holdings", ingest: false },
  "reconciliation:transactions": { kind: "transactions", ingest: false },
  "ingest:transactions": { kind: "transactions", ingest: true },
};

/** `job_name` of each kind's summary, and the job id's middle part. */
export const JOB_NAMES: Record<RecordKind, { name: string; slug: string }> = {
  investors: { name: "Investor Details", slug: "investor_reconciliations" },
  pots: { name: "Pot Details", slug: "pot_reconciliations" },
  holdings: { name: "Holdings Details", slug: "holding_reconciliations" },
  transactions: { name: "Transaction Details", slug: "transaction_reconciliations" },
};

export interface Counts {
  incoming: number;
  mismatched: number;
  no_incoming: number;
  updated: number;
  unable: number;
  ignored: number;
}

export interface ReconciliationJob {
  job_id: string;
  file_id: string;
  object_key: string;
  size: number;
  kind: RecordKind;
  ingest: boolean;
  /** ISO instant the job started: the `date` of every message it publishes. */
  date: string;
  phase: "rows" | "absent" | "cleanup";
  /** Byte offset of the next record. */
  offset: number;
  /** Column names (trimmed, lower case), once the header row is read. */
  header: string[] | null;
  /** Data rows read so far (the next row's number is this + 1). */
  row: number;
  /** The last Coffer key looked at in the `absent` phase. */
  cursor: string;
  counts: Counts;
}

/** A file's bytes as the job's input loader read them. */
export interface Chunk {
  offset: number;
  bytes: Uint8Array;
}

/** Schedules the job of a file carrying a reconciliation tag (the first such tag counts); runs at once. */
export function startReconciliation(ctx: CommandContext, file: { file_id: string; tags: string[]; object_key: string; size: number }): void {
  // An own-property check: a tag such as `toString` must not find an inherited member.
  const tag = file.tags.find((t) => Object.hasOwn(RECONCILIATION_TAGS, t));
  if (!tag) return;
  const { kind, ingest } = RECONCILIATION_TAGS[tag]!;
  const job: ReconciliationJob = {
    job_id: `${ctx.tenantId}-${JOB_NAMES[kind].slug}-${file.file_id}`,
    file_id: file.file_id,
    object_key: file.object_key,
    size: file.size,
    kind,
    ingest,
    date: ctx.now,
    phase: "rows",
    offset: 0,
    header: null,
    row: 0,
    cursor: "",
    counts: { incoming: 0, mismatched: 0, no_incoming: 0, updated: 0, unable: 0, ignored: 0 },
  };
  ctx.schedule(RECONCILIATION_JOB, file.file_id, ctx.nowMs, job);
}
