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
