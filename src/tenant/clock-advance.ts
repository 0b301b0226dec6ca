/**
 * Advancing a test clock: the due jobs up to the target run one by one in (due instant,
 * sequence) order, each in its own transaction with the clock standing at its due instant, so
 * its effects are stamped then. The clock's position moves in the same transaction as the job,
 * so an advance cut short (a restart, an eviction) resumes where it stopped and runs no job
 * twice. When nothing is due before the target the clock stands there and `clock_advanced`
 * goes out on `notifications` (a detach then drops the test clock).
 */
import { loadTestClock, operationalDate, removeTestClock, saveTestClock, type TestClock } from "../clock/tenant-clock";
import { wallNowMs } from "../clock/wall";
import type { TenantConfig } from "../platform/tenants";
import { CommandContext } from "./command-context";
import type { JobRegistry } from "./commands";
import { dueTenantJobs, type TenantJob } from "./jobs";
import { runTenantJob, type JobRun } from "./job-runner";

/** Wall-time budgets of one stretch of an advance: within a request, and within one alarm run. */
export const ADVANCE_BUDGET = { requestMs: 10_000, alarmMs: 20_000 };

export interface AdvanceStep extends JobRun {
  /** True when no advance is under way (any more). */
  done: boolean;
}

/** True while an advance (or a detach) is under way. */
export function isAdvancing(clock: TestClock | null): boolean {
  return clock !== null && clock.advancing_to !== null;
}

/** The input loaded for a job (see `JobInputLoader`), handed over only if that job runs next unchanged. */
export interface LoadedInput {
  kind: string;
  key: string;
  data: string;
  input: unknown;
}

/** The next job an advance under way will run, or `null`. */
export function nextAdvanceJob(storage: DurableObjectStorage): TenantJob | null {
  const clock = loadTestClock(storage.sql);
  if (!clock || clock.advancing_to === null) return null;
  return dueTenantJobs(storage.sql, clock.advancing_to, 1)[0] ?? null;
}

/** Runs the next due job of the advance under way, or completes the advance. */
export function advanceStep(storage: DurableObjectStorage, registry: JobRegistry, tenant: { tenantId: string; config: TenantConfig }, loaded?: LoadedInput): AdvanceStep {
  const sql = storage.sql;
  const clock = loadTestClock(sql);
  if (!clock || clock.advancing_to === null) return { done: true, events: [], scheduled: false };
  const target = clock.advancing_to;
  const [job] = dueTenantJobs(sql, target, 1);
  if (job) {
    const at = Math.max(clock.position, job.due_at);
    const run = storage.transactionSync(() => {
      saveTestClock(sql, { ...clock, position: at });
      const input = loaded && loaded.kind === job.kind && loaded.key === job.key && loaded.data === job.data ? loaded.input : undefined;
      return runTenantJob(storage, registry, job, at, tenant, input);
    });
    return { done: false, ...run };
  }
  const ctx = new CommandContext(sql, target, tenant.tenantId, tenant.config);
  storage.transactionSync(() => {
    if (clock.detach) removeTestClock(sql);
    else saveTestClock(sql, { ...clock, position: target, anchor_wall_ms: wallNowMs(), advancing_to: null });
    ctx.emit({
      type: "clock_advanced",
      ch: "notifications",
      payload: { mode: clock.detach ? "wall" : "test", now: new Date(target).toISOString(), operational_date: operationalDate(target, tenant.config) },
    });
  });
  return { done: true, events: ctx.events, scheduled: false };
}
