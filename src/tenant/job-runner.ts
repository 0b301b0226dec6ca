/**
 * Runs one tenant-clock job like a command: one storage transaction with a command context
 * stamped at the given instant, its events and outbox rows committed with it. A job that throws
 * leaves no trace but a failure count; it is retried with backoff (1 min, 4 min, 16 min, … at
 * most a day, on the tenant clock) so it never holds up the jobs behind it, and after its third
 * failure a `job_failed` event goes out on `notifications`.
 */
import type { TenantConfig } from "../platform/tenants";
import { CommandContext } from "./command-context";
import type { JobRegistry } from "./commands";
import type { StoredEvent } from "./event-log";
import { completeJob, recordJobFailure, rescheduleJob, type TenantJob } from "./jobs";

/** Failures after which a job is reported with `job_failed` (it keeps being retried). */
export const JOB_FAILED_AFTER = 3;
const FIRST_RETRY_MS = 60_000;
const MAX_RETRY_MS = 86_400_000;

/** The wait before retrying a job that has failed `failures` times. */
export function jobRetryDelayMs(failures: number): number {
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 4 ** Math.max(0, failures - 1));
}

export interface JobRun {
  events: StoredEvent[];
  /** True when the run scheduled further jobs (the alarm is then re-armed). */
  scheduled: boolean;
}

/** Runs `job` at `nowMs` for the tenant; see the module comment for failures. */
export function runTenantJob(
  storage: DurableObjectStorage,
  registry: JobRegistry,
  job: TenantJob,
  nowMs: number,
  tenant: { tenantId: string; config: TenantConfig },
  input?: unknown,
): JobRun {
  const sql = storage.sql;
  const handler = registry[job.kind];
  if (!handler) {
    completeJob(sql, job.kind, job.key);
    return { events: [], scheduled: false };
  }
  const ctx = new CommandContext(sql, nowMs, tenant.tenantId, tenant.config);
  try {
    storage.transactionSync(() => {
      const next = handler(ctx, { key: job.key, data: JSON.parse(job.data) as unknown, attempts: job.attempts, ...(input !== undefined && { input }) });
      if (typeof next === "number") {
        rescheduleJob(sql, job.kind, job.key, next, job.attempts + 1);
        if (job.failures > 0) recordJobFailure(sql, job.kind, job.key, 0, next);
      } else {
        completeJob(sql, job.kind, job.key);
      }
    });
    return { events: ctx.events, scheduled: ctx.scheduled };
  } catch (error) {
    return recordFailure(storage, job, nowMs, tenant, error);
  }
}

function recordFailure(storage: DurableObjectStorage, job: TenantJob, nowMs: number, tenant: { tenantId: string; config: TenantConfig }, error: unknown): JobRun {
  const failures = job.failures + 1;
  const message = error instanceof Error ? error.message : String(error);
  console.error(`job ${job.kind}/${job.key} of ${tenant.tenantId} failed (${failures})`, error);
  const ctx = new CommandContext(storage.sql, nowMs, tenant.tenantId, tenant.config);
  const retryAt = Math.max(nowMs, job.due_at) + jobRetryDelayMs(failures);
  storage.transactionSync(() => {
    recordJobFailure(storage.sql, job.kind, job.key, failures, retryAt);
    if (failures === JOB_FAILED_AFTER) {
      ctx.emit({
        type: "job_failed",
        ch: "notifications",
        payload: {
          job_kind: job.kind,
          job_key: job.key,
          failures,
          due_at: new Date(job.due_at).toISOString(),
          next_attempt_at: new Date(retryAt).toISOString(),
          error: message.slice(0, 500),
        },
      });
    }
  });
  return { events: ctx.events, scheduled: true };
}
