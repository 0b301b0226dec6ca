import { wallNowIso, wallNowMs } from "../clock/wall";
import { loadSettings } from "./settings";
import { acknowledgeOutbox, pendingOutbox, projectToD1 } from "./outbox";

/** Rows and characters of outbox data sent to D1 in one batch. */
export const BATCH_ROWS = 400;
export const BATCH_CHARS = 2_000_000;
const D1_TIMEOUT_MS = 10_000;

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`D1 did not answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Moves outbox rows to D1 in order, one batch at a time. Concurrent callers share the batch
 * in flight and then the next one, so many commands cost few D1 round trips. On failure the
 * rows stay queued and the alarm retries with backoff; the commands' answers do not wait for it.
 */
export class OutboxFlusher {
  private inFlight: Promise<boolean> | null = null;
  /** Replaced in tests to simulate an unavailable D1. */
  readModel: D1Database;

  constructor(
    private readonly storage: DurableObjectStorage,
    readModel: D1Database,
    private readonly scheduleRetry: (dueAt: number) => Promise<void>,
  ) {
    this.readModel = readModel;
  }

  /** Flushes until the outbox is empty; `false` if D1 failed (a retry is scheduled). */
  async flushAll(): Promise<boolean> {
    for (;;) {
      if (this.inFlight) {
        if (!(await this.inFlight)) return false;
        continue;
      }
      if (pendingOutbox(this.storage.sql, 1).length === 0) return true;
      this.inFlight = this.flushBatch().finally(() => {
        this.inFlight = null;
      });
    }
  }

  private async flushBatch(): Promise<boolean> {
    const sql = this.storage.sql;
    const rows = pendingOutbox(sql, BATCH_ROWS, BATCH_CHARS);
    const last = rows[rows.length - 1];
    const settings = loadSettings(sql);
    if (!last || !settings) return true;
    try {
      await withTimeout(projectToD1(this.readModel, settings.tenantId, rows, wallNowIso()), D1_TIMEOUT_MS);
      acknowledgeOutbox(sql, last.id);
      return true;
    } catch (error) {
      console.error(`outbox flush for ${settings.tenantId} failed; retrying from the alarm`, error);
      await this.scheduleRetry(wallNowMs() + 1000);
      return false;
    }
  }
}
