import { DurableObject } from "cloudflare:workers";
import { COMMANDS } from "../commands";
import { JOBS } from "../jobs";
import { CommandContext } from "./command-context";
import type { Env } from "../env";
import { HEARTBEAT } from "../streams/protocol";
import { closeReason, handleClientMessage, newSocketState, readState } from "../streams/socket-session";
import { runCommand, type InFlight } from "./command-runner";
import type { CommandEnvelope, CommandResponse } from "./commands";
import { lastSeq, pruneEvents, readEvents, type StoredEvent } from "./event-log";
import { pruneIdempotency } from "./idempotency-store";
import { backoffMs, completeJob, dueJobs, nextDue, rescheduleJob, scheduleJob } from "./jobs";
import { pendingOutbox } from "./outbox";
import { OutboxFlusher } from "./outbox-flusher";
import { runSchemaMigrations } from "./schema-migrations";
import { loadSettings, saveSettings } from "./settings";
import { eventFrame } from "../streams/protocol";
import { abandonDelivery, prepareDelivery, recordAttempt, signDelivery, WebhookAttempt, type SignedDelivery } from "../webhooks/attempts";
import { WebhookDispatcher } from "../webhooks/dispatcher";
import { WEBHOOK_SEND_JOB, WEBHOOK_SEND_KEY } from "../webhooks/fan-out";
import { pendingSends } from "../webhooks/store";

const DAY_MS = 86_400_000;
const SOCKET_SWEEP_MS = 60_000;
const PRUNE_EVERY_MS = 3_600_000;

/**
 * One per tenant: the single writer and source of truth of that tenant's state. Commands run
 * in one storage transaction each; afterwards their events go to subscribed sockets and their
 * outbox rows to D1. One alarm drives outbox retries, pruning and socket housekeeping.
 */
export class TenantObject extends DurableObject<Env> {
  private readonly inFlight: InFlight = { idempotencyKeys: new Set(), requestIds: new Set() };
  private readonly flusher: OutboxFlusher;
  /** Puts committed webhook deliveries on the queue (its `producer` is swapped in tests). */
  readonly webhooks: WebhookDispatcher;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.flusher = new OutboxFlusher(ctx.storage, env.DB, (dueAt) => this.schedule("flush", "outbox", dueAt));
    this.webhooks = new WebhookDispatcher(ctx.storage, env.WEBHOOK_QUEUE);
    ctx.blockConcurrencyWhile(async () => {
      runSchemaMigrations(ctx.storage);
      await this.resumePending();
    });
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair(HEARTBEAT, HEARTBEAT));
  }

  /** Runs one state-changing command; answers once its effects are committed and projected (or queued). */
  async execute(envelope: CommandEnvelope): Promise<CommandResponse> {
    const { meta } = envelope;
    const sql = this.ctx.storage.sql;
    saveSettings(sql, { tenantId: meta.tenantId, config: meta.config });
    const result = runCommand(this.ctx.storage, COMMANDS, envelope, this.inFlight, Date.now());
    if (!result.committed) {
      // A replay or a refusal may speak of writes an earlier instance committed but never projected.
      await this.flushPending();
      return result.response;
    }
    if (result.scheduled) await this.armAlarm();

    const key = meta.idempotencyKey;
    const requestId = meta.wealthosRequestId;
    if (key) this.inFlight.idempotencyKeys.add(key);
    if (requestId) this.inFlight.requestIds.add(requestId);
    try {
      this.publish(result.events);
      await this.ensurePruneJob();
      await this.flusher.flushAll();
      await this.webhooks.sendPending();
    } finally {
      if (key) this.inFlight.idempotencyKeys.delete(key);
      if (requestId) this.inFlight.requestIds.delete(requestId);
    }
    return result.response;
  }

  /** Events after `afterSeq` in `seq` order (at most `limit`), straight from the source of truth. */
  async events(afterSeq: number, limit: number): Promise<StoredEvent[]> {
    return readEvents(this.ctx.storage.sql, afterSeq, Math.min(Math.max(limit, 1), 10_000));
  }

  /** The last committed event sequence. */
  async headSeq(): Promise<number> {
    return lastSeq(this.ctx.storage.sql);
  }

  /** The signed request of one webhook delivery round, or `null` when there is nothing to send. */
  async webhookDelivery(deliveryId: string, round: number): Promise<SignedDelivery | null> {
    const prepared = await this.runSystem((ctx) => prepareDelivery(ctx, String(deliveryId), Number(round)), null);
    return prepared ? signDelivery(prepared, Date.now()) : null;
  }

  /** Records one webhook delivery attempt; answers the seconds until the next one (or `null`). */
  async recordWebhookAttempt(attempt: WebhookAttempt): Promise<{ retry_in_seconds: number | null }> {
    const parsed = WebhookAttempt.parse(attempt);
    return this.runSystem((ctx) => recordAttempt(ctx, parsed), { retry_in_seconds: null });
  }

  /** Marks a webhook delivery round failed whose queue message was dead-lettered. */
  async abandonWebhookDelivery(deliveryId: string, round: number, reason: string): Promise<void> {
    await this.runSystem((ctx) => abandonDelivery(ctx, String(deliveryId), Number(round), String(reason).slice(0, 500)), undefined);
  }

  /** Accepts a WebSocket upgrade (already authenticated by the Worker) as a hibernatable socket. */
  override async fetch(request: Request): Promise<Response> {
    if (request.headers.get("upgrade")?.toLowerCase() !== "websocket") {
      return new Response("Expected a WebSocket upgrade", { status: 426 });
    }
    const pair = new WebSocketPair();
    const [client, server] = [pair[0], pair[1]];
    this.ctx.acceptWebSocket(server);
    server.serializeAttachment(newSocketState(Date.now()));
    await this.schedule("sockets", "sweep", Date.now() + SOCKET_SWEEP_MS);
    return new Response(null, { status: 101, webSocket: client });
  }

  override async webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): Promise<void> {
    const text = typeof message === "string" ? message : new TextDecoder().decode(message);
    const retentionDays = loadSettings(this.ctx.storage.sql)?.config.event_retention_days ?? 30;
    const now = Date.now();
    handleClientMessage(this.ctx.storage.sql, ws, text, now, now - retentionDays * DAY_MS);
  }

  override async webSocketClose(ws: WebSocket, code: number, reason: string): Promise<void> {
    try {
      ws.close(code, reason);
    } catch {
      // Already closed by the peer.
    }
  }

  /** Closes sockets that missed 3 heartbeats or reached the 2-hour lifetime; returns how many. */
  async sweepSockets(nowMs: number = Date.now()): Promise<number> {
    let closed = 0;
    for (const ws of this.ctx.getWebSockets()) {
      const at = this.ctx.getWebSocketAutoResponseTimestamp(ws);
      const verdict = closeReason(readState(ws), at ? at.getTime() : null, nowMs);
      if (verdict) {
        ws.close(verdict.code, verdict.reason);
        closed += 1;
      }
    }
    return closed;
  }

  override async alarm(): Promise<void> {
    const sql = this.ctx.storage.sql;
    const now = Date.now();
    for (const job of dueJobs(sql, now)) {
      if (job.kind === "flush") {
        const ok = await this.flusher.flushAll();
        if (ok) completeJob(sql, job.kind, job.key);
        else rescheduleJob(sql, job.kind, job.key, Date.now() + backoffMs(job.attempts + 1), job.attempts + 1);
      } else if (job.kind === "prune") {
        const settings = loadSettings(sql);
        if (settings) {
          pruneIdempotency(sql, now - settings.config.idempotency_retention_hours * 3_600_000);
          pruneEvents(sql, now - settings.config.event_retention_days * DAY_MS);
        }
        rescheduleJob(sql, job.kind, job.key, now + PRUNE_EVERY_MS, 0);
      } else if (job.kind === WEBHOOK_SEND_JOB) {
        // Completed by the dispatcher once the queue outbox is empty.
        if (!(await this.webhooks.sendPending())) rescheduleJob(sql, job.kind, job.key, Date.now() + backoffMs(job.attempts + 1), job.attempts + 1);
        else completeJob(sql, job.kind, job.key);
      } else if (job.kind === "sockets") {
        await this.sweepSockets(now);
        if (this.ctx.getWebSockets().length > 0) rescheduleJob(sql, job.kind, job.key, now + SOCKET_SWEEP_MS, 0);
        else completeJob(sql, job.kind, job.key);
      } else {
        await this.runJob(job, now);
      }
    }
    await this.armAlarm();
  }

  /** Runs a domain job in its own transaction, then publishes and projects what it changed. */
  private async runJob(job: { kind: string; key: string; attempts: number; data: string }, now: number): Promise<void> {
    const handler = JOBS[job.kind];
    const sql = this.ctx.storage.sql;
    const settings = loadSettings(sql);
    if (!handler || !settings) {
      completeJob(sql, job.kind, job.key);
      return;
    }
    const ctx = new CommandContext(sql, now, settings.tenantId, settings.config);
    this.ctx.storage.transactionSync(() => {
      const next = handler(ctx, { key: job.key, data: JSON.parse(job.data) as unknown, attempts: job.attempts });
      if (typeof next === "number") rescheduleJob(sql, job.kind, job.key, next, job.attempts + 1);
      else completeJob(sql, job.kind, job.key);
    });
    this.publish(ctx.events);
    await this.flusher.flushAll();
    await this.webhooks.sendPending();
  }

  /**
   * Runs system work (not a client's command) in one transaction with a command context, then
   * publishes, projects and enqueues what it changed. `fallback` answers before the first command.
   */
  private async runSystem<T>(work: (ctx: CommandContext) => T, fallback: T): Promise<T> {
    const settings = loadSettings(this.ctx.storage.sql);
    if (!settings) return fallback;
    const ctx = new CommandContext(this.ctx.storage.sql, Date.now(), settings.tenantId, settings.config);
    const result = this.ctx.storage.transactionSync(() => work(ctx));
    if (ctx.scheduled) await this.armAlarm();
    this.publish(ctx.events);
    await this.flusher.flushAll();
    await this.webhooks.sendPending();
    return result;
  }

  /** Projects committed changes to D1 and hands committed deliveries to the queue; a no-op when none wait. */
  private async flushPending(): Promise<void> {
    await this.flusher.flushAll();
    await this.webhooks.sendPending();
  }

  /**
   * An earlier instance may have stopped between a commit and its flush or queue hand-over (a
   * crash, an eviction): the work it left is made due now, so the alarm finishes it at once.
   */
  private async resumePending(): Promise<void> {
    const sql = this.ctx.storage.sql;
    const now = Date.now();
    if (pendingOutbox(sql, 1).length > 0) scheduleJob(sql, "flush", "outbox", now);
    if (pendingSends(sql, 1).length > 0) scheduleJob(sql, WEBHOOK_SEND_JOB, WEBHOOK_SEND_KEY, now);
    await this.armAlarm();
  }

  private publish(events: StoredEvent[]): void {
    if (events.length === 0) return;
    for (const ws of this.ctx.getWebSockets()) {
      const channels = readState(ws).channels;
      for (const event of events) {
        if (channels.includes(event.ch)) ws.send(eventFrame(event, false));
      }
    }
  }

  private async ensurePruneJob(): Promise<void> {
    const exists = this.ctx.storage.sql.exec("SELECT 1 FROM jobs WHERE kind = 'prune'").toArray().length > 0;
    if (!exists) await this.schedule("prune", "all", Date.now() + PRUNE_EVERY_MS);
  }

  private async schedule(kind: string, key: string, dueAt: number): Promise<void> {
    scheduleJob(this.ctx.storage.sql, kind, key, dueAt);
    await this.armAlarm();
  }

  private async armAlarm(): Promise<void> {
    const due = nextDue(this.ctx.storage.sql);
    if (due === null) return;
    const current = await this.ctx.storage.getAlarm();
    if (current === null || current > due) await this.ctx.storage.setAlarm(due);
  }
}
