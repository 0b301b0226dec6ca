/** Kinds of work the tenant object's single alarm performs. */
export type JobKind = "flush" | "prune" | "sockets" | (string & {});

export interface DueJob {
  kind: JobKind;
  key: string;
  attempts: number;
  data: string;
}

/** Schedules (or brings forward) a job; the alarm is re-armed by the caller. */
export function scheduleJob(sql: SqlStorage, kind: JobKind, key: string, dueAt: number, data: unknown = {}): void {
  sql.exec(
    "INSERT INTO jobs (kind, key, due_at, data) VALUES (?, ?, ?, ?) " +
      "ON CONFLICT (kind, key) DO UPDATE SET due_at = min(jobs.due_at, excluded.due_at), data = excluded.data",
    kind,
    key,
    dueAt,
    JSON.stringify(data),
  );
}

/** Moves a job to a later time after a failed attempt (or a recurring job to its next run). */
export function rescheduleJob(sql: SqlStorage, kind: JobKind, key: string, dueAt: number, attempts: number): void {
  sql.exec("UPDATE jobs SET due_at = ?, attempts = ? WHERE kind = ? AND key = ?", dueAt, attempts, kind, key);
}

export function completeJob(sql: SqlStorage, kind: JobKind, key: string): void {
  sql.exec("DELETE FROM jobs WHERE kind = ? AND key = ?", kind, key);
}

export function dueJobs(sql: SqlStorage, nowMs: number): DueJob[] {
  return sql
    .exec<{ kind: string; key: string; attempts: number; data: string }>(
      "SELECT kind, key, attempts, data FROM jobs WHERE due_at <= ? ORDER BY due_at",
      nowMs,
    )
    .toArray();
}

/** When the alarm should next fire, or `null` when no job is scheduled. */
export function nextDue(sql: SqlStorage): number | null {
  const row = sql.exec<{ due: number | null }>("SELECT min(due_at) AS due FROM jobs").toArray()[0];
  return row?.due ?? null;
}

/** Exponential backoff with a ceiling, for retries driven by the alarm. */
export function backoffMs(attempts: number, baseMs = 1000, maxMs = 60_000): number {
  return Math.min(maxMs, baseMs * 2 ** Math.min(attempts, 16));
}

/**
 * Kinds that run on the wall clock whatever the tenant clock says: projection retries, pruning,
 * socket housekeeping and webhook hand-over. Every other job is due on the tenant clock.
 */
export const WALL_CLOCK_JOBS: readonly string[] = ["flush", "prune", "sockets", "webhooks.send"];
const WALL_KINDS_SQL = WALL_CLOCK_JOBS.map((k) => `'${k}'`).join(", ");

/** A job due on the tenant clock, with the instant it is due. */
export interface TenantJob extends DueJob {
  due_at: number;
  failures: number;
}

/** Wall-clock jobs due by `wallMs`. */
export function dueWallJobs(sql: SqlStorage, wallMs: number): DueJob[] {
  return sql
    .exec<{ kind: string; key: string; attempts: number; data: string }>(
      `SELECT kind, key, attempts, data FROM jobs WHERE kind IN (${WALL_KINDS_SQL}) AND due_at <= ? ORDER BY due_at, rowid`,
      wallMs,
    )
    .toArray();
}

/** Tenant-clock jobs due by `tenantMs`, in (due instant, sequence) order. */
export function dueTenantJobs(sql: SqlStorage, tenantMs: number, limit = 1_000_000): TenantJob[] {
  return sql
    .exec<{ kind: string; key: string; attempts: number; data: string; due_at: number; failures: number }>(
      `SELECT kind, key, attempts, data, due_at, failures FROM jobs WHERE kind NOT IN (${WALL_KINDS_SQL}) AND due_at <= ? ORDER BY due_at, rowid LIMIT ?`,
      tenantMs,
      limit,
    )
    .toArray();
}

/** The earliest due instant among wall-clock jobs, and among tenant-clock jobs. */
export function nextDueByClock(sql: SqlStorage): { wall: number | null; tenant: number | null } {
  const row = sql
    .exec<{ wall: number | null; tenant: number | null }>(
      `SELECT min(CASE WHEN kind IN (${WALL_KINDS_SQL}) THEN due_at END) AS wall, min(CASE WHEN kind NOT IN (${WALL_KINDS_SQL}) THEN due_at END) AS tenant FROM jobs`,
    )
    .toArray()[0];
  return { wall: row?.wall ?? null, tenant: row?.tenant ?? null };
}

/** Records a failed run of a job: its failure count and when it is tried again. */
export function recordJobFailure(sql: SqlStorage, kind: JobKind, key: string, failures: number, retryAt: number): void {
  sql.exec("UPDATE jobs SET failures = ?, due_at = ? WHERE kind = ? AND key = ?", failures, retryAt, kind, key);
}

/** Jobs of one kind due by `dueBy`, in (due instant, sequence) order. */
export function dueJobsOfKind(sql: SqlStorage, kind: JobKind, dueBy: number): DueJob[] {
  return sql
    .exec<{ kind: string; key: string; attempts: number; data: string }>(
      "SELECT kind, key, attempts, data FROM jobs WHERE kind = ? AND due_at <= ? ORDER BY due_at, rowid",
      kind,
      dueBy,
    )
    .toArray();
}
