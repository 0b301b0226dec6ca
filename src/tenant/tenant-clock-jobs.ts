import { CALENDAR_JOBS } from "../clock/day-close";
import { activeTestClock, tenantNowMs } from "../clock/tenant-clock";
import { wallNowMs } from "../clock/wall";
import type { Env } from "../env";
import { JOB_INPUTS, JOBS } from "../jobs";
import { advanceStep, isAdvancing, nextAdvanceJob, type LoadedInput } from "./clock-advance";
import type { StoredEvent } from "./event-log";
import { runTenantJob } from "./job-runner";
import { dueTenantJobs, type TenantJob } from "./jobs";
import { outboxHolds } from "./outbox";
import { BATCH_CHARS, BATCH_ROWS } from "./outbox-flusher";
import { loadSettings, type ObjectSettings } from "./settings";

/** What the tenant object lends the job loop: publishing to sockets, projecting, re-arming its alarm. */
export interface JobLoopHost {
  storage: DurableObjectStorage;
  env: Env;
  publish(events: StoredEvent[]): void;
  /** Projects committed changes to D1 and hands committed deliveries to the queue. */
  flushPending(): Promise<void>;
  armAlarm(): Promise<void>;
}

/** Lets requests that arrived meanwhile run between two jobs (a long file or advance is many jobs). */
const yieldToRequests = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The tenant object's jobs on the tenant clock: those due now (from its alarm), and a test
 * clock's advance, driven job by job within a wall-time budget. Each job runs in its own
 * transaction, then its events are published and projected before the next one.
 */
export class TenantClockJobs {
  private advancing: Promise<boolean> | null = null;

  constructor(private readonly host: JobLoopHost) {}

  /** Moves an advance under way forward for up to `budgetMs` of wall time; true once it is complete. */
  driveAdvance(budgetMs: number): Promise<boolean> {
    if (this.advancing) return this.advancing;
    const { storage } = this.host;
    this.advancing = (async () => {
      const deadline = wallNowMs() + budgetMs;
      for (;;) {
        const settings = loadSettings(storage.sql);
        if (!settings) return true;
        const next = nextAdvanceJob(storage);
        const loaded = next ? await this.loadJobInput(next) : undefined;
        const step = advanceStep(storage, JOBS, settings, loaded);
        this.host.publish(step.events);
        if (step.done || wallNowMs() >= deadline) {
          await this.host.flushPending();
          if (step.done) await this.host.armAlarm();
          return step.done;
        }
        // D1 catches up in full batches while the advance runs; the answer waits for the rest.
        if (step.events.length > 0 || outboxHolds(storage.sql, BATCH_ROWS, BATCH_CHARS)) await this.host.flushPending();
        await yieldToRequests();
      }
    })().finally(() => {
      this.advancing = null;
    });
    return this.advancing;
  }

  /** Runs the jobs due on the tenant clock (unless an advance is running them), oldest first. */
  async runDue(): Promise<void> {
    const { storage } = this.host;
    const sql = storage.sql;
    for (let runs = 0; runs < 1000; runs += 1) {
      const settings = loadSettings(sql);
      if (!settings || isAdvancing(activeTestClock(sql, settings.config))) return;
      const now = tenantNowMs(sql, settings.config);
      const [job] = dueTenantJobs(sql, now, 1);
      if (!job) return;
      const loaded = await this.loadJobInput(job);
      // Calendar jobs are stamped at their instant (a day-close at 23:59:59.999), however late the alarm fires.
      await this.runJob(job, CALENDAR_JOBS.includes(job.kind) ? job.due_at : now, settings, loaded);
      await yieldToRequests();
    }
    await storage.setAlarm(wallNowMs());
  }

  /** Runs a tenant-clock job in its own transaction, then publishes and projects what it changed. */
  private async runJob(job: TenantJob, now: number, settings: ObjectSettings, loaded?: LoadedInput): Promise<void> {
    // The load awaited I/O: hand its input over only if the job is still as it was read.
    if (loaded) {
      const current = dueTenantJobs(this.host.storage.sql, now, 1)[0];
      const fresh = current && current.kind === loaded.kind && current.key === loaded.key && current.data === loaded.data;
      if (!fresh) return;
      job = current;
    }
    const run = runTenantJob(this.host.storage, JOBS, job, now, settings, loaded?.input);
    this.host.publish(run.events);
    await this.host.flushPending();
  }

  /** Reads what a job needs from outside the object before its transaction (`JOB_INPUTS`), or nothing. */
  private async loadJobInput(job: TenantJob): Promise<LoadedInput | undefined> {
    const loader = JOB_INPUTS[job.kind];
    if (!loader) return undefined;
    try {
      const input = await loader(this.host.env, { kind: job.kind, key: job.key, data: JSON.parse(job.data) as unknown });
      return { kind: job.kind, key: job.key, data: job.data, input };
    } catch (error) {
      // The handler sees no input and fails the run: the job is retried with backoff.
      console.error(`loading the input of job ${job.kind}/${job.key} failed`, error);
      return { kind: job.kind, key: job.key, data: job.data, input: undefined };
    }
  }
}
