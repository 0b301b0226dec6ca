import { DurableObject } from "cloudflare:workers";
import { COMMANDS } from "../commands";
import { CommandContext } from "./command-context";
import type { Env } from "../env";
import { HEARTBEAT } from "../streams/protocol";
import { closeReason, handleClientMessage, newSocketState, PARTNER_HEADER, readState, socketMaySee } from "../streams/socket-session";
import { runCommand, type InFlight } from "./command-runner";
import type { CommandEnvelope, CommandResponse } from "./commands";
import { lastSeq, pruneEvents, readEvents, type StoredEvent } from "./event-log";
import { pruneIdempotency } from "./idempotency-store";
import { backoffMs, completeJob, dueWallJobs, nextDueByClock, rescheduleJob, scheduleJob } from "./jobs";
import { activeTestClock, loadTestClock, tenantNowMs, wallInstantOf } from "../clock/tenant-clock";
import { clockView, type ClockView } from "../clock/view";
import { wallNowMs } from "../clock/wall";
import { ADVANCE_BUDGET, isAdvancing } from "./clock-advance";
import { pendingOutbox } from "./outbox";
import { OutboxFlusher } from "./outbox-flusher";
import { runSchemaMigrations } from "./schema-migrations";
import { TenantClockJobs } from "./tenant-clock-jobs";
import { loadSettings, saveSettings, type ObjectSettings } from "./settings";
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
  private readonly clockJobs: TenantClockJobs;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.flusher = new OutboxFlusher(ctx.storage, env.DB, (dueAt) => this.schedule("flush", "outbox", dueAt));
    this.webhooks = new WebhookDispatcher(ctx.storage, env.WEBHOOK_QUEUE);
    this.clockJobs = new TenantClockJobs({
      storage: ctx.storage,
      env,
      publish: (events) => this.publish(events),
      flushPending: () => this.flushPending(),
      armAlarm: () => this.armAlarm(),
    });
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
    this.saveSettingsIfChanged({ tenantId: meta.tenantId, config: meta.config });
    const startedAt = wallNowMs();
    const result = runCommand(this.ctx.storage, COMMANDS, envelope, this.inFlight, tenantNowMs(sql, meta.config));
    const committedAt = wallNowMs();
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
    let timing: string;
    try {
      this.publish(result.events);
      const publishedAt = wallNowMs();
      await this.ensurePruneJob();
      const flushFrom = wallNowMs();
      await this.flusher.flushAll();
      const flushedAt = wallNowMs();
      await this.webhooks.sendPending();
      // Where the write's time went inside the object (the benchmark reports the split).
      timing = `command;dur=${committedAt - startedAt}, fanout;dur=${publishedAt - committedAt}, flush;dur=${flushedAt - flushFrom}, webhooks;dur=${wallNowMs() - flushedAt}`;
    } finally {
      if (key) this.inFlight.idempotencyKeys.delete(key);
      if (requestId) this.inFlight.requestIds.delete(requestId);
    }
    return { ...result.response, headers: { ...result.response.headers, "server-timing": timing } };
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
    return prepared ? signDelivery(prepared, wallNowMs()) : null;
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
    // The Worker names the partner of a partner-scoped key (and strips the header from clients).
    server.serializeAttachment(newSocketState(wallNowMs(), request.headers.get(PARTNER_HEADER) ?? undefined));
    await this.schedule("sockets", "sweep", wallNowMs() + SOCKET_SWEEP_MS);
    return new Response(null, { status: 101, webSocket: client });
  }

  override async webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): Promise<void> {
    const text = typeof message === "string" ? message : new TextDecoder().decode(message);
    const settings = loadSettings(this.ctx.storage.sql);
    const retentionDays = settings?.config.event_retention_days ?? 30;
    const replayFrom = tenantNowMs(this.ctx.storage.sql, settings?.config) - retentionDays * DAY_MS;
    handleClientMessage(this.ctx.storage.sql, ws, text, wallNowMs(), replayFrom);
  }

  override async webSocketClose(ws: WebSocket, code: number, reason: string): Promise<void> {
    try {
      ws.close(code, reason);
    } catch {
      // Already closed by the peer.
    }
  }

  /** Closes sockets that missed 3 heartbeats or reached the 2-hour lifetime; returns how many. */
  async sweepSockets(nowMs: number = wallNowMs()): Promise<number> {
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
    const now = wallNowMs();
    for (const job of dueWallJobs(sql, now)) {
      if (job.kind === "flush") {
        const ok = await this.flusher.flushAll();
        if (ok) completeJob(sql, job.kind, job.key);
        else rescheduleJob(sql, job.kind, job.key, wallNowMs() + backoffMs(job.attempts + 1), job.attempts + 1);
      } else if (job.kind === "prune") {
        const settings = loadSettings(sql);
        if (settings) {
          const tenantNow = tenantNowMs(sql, settings.config);
          pruneIdempotency(sql, tenantNow - settings.config.idempotency_retention_hours * 3_600_000);
          pruneEvents(sql, tenantNow - settings.config.event_retention_days * DAY_MS);
        }
        rescheduleJob(sql, job.kind, job.key, now + PRUNE_EVERY_MS, 0);
      } else if (job.kind === WEBHOOK_SEND_JOB) {
        // Completed by the dispatcher once the queue outbox is empty.
        if (!(await this.webhooks.sendPending())) rescheduleJob(sql, job.kind, job.key, wallNowMs() + backoffMs(job.attempts + 1), job.attempts + 1);
        else completeJob(sql, job.kind, job.key);
      } else if (job.kind === "sockets") {
        await this.sweepSockets(now);
        if (this.ctx.getWebSockets().length > 0) rescheduleJob(sql, job.kind, job.key, now + SOCKET_SWEEP_MS, 0);
        else completeJob(sql, job.kind, job.key);
      }
    }
    await this.clockJobs.runDue();
    if (isAdvancing(loadTestClock(sql)) && !(await this.clockJobs.driveAdvance(ADVANCE_BUDGET.alarmMs))) await this.ctx.storage.setAlarm(wallNowMs());
    await this.armAlarm();
  }

  /** The tenant clock as the clock routes show it. */
  async clock(): Promise<ClockView> {
    return clockView(this.ctx.storage.sql, loadSettings(this.ctx.storage.sql)?.config);
  }

  /** Now on the tenant clock (epoch ms), for reads that depend on "today". */
  async clockNowMs(): Promise<number> {
    return tenantNowMs(this.ctx.storage.sql, loadSettings(this.ctx.storage.sql)?.config);
  }

  /**
   * Runs a clock command (attach, advance, detach), then the advance it started for up to the
   * request budget: 200/201 with the clock once done, else 202 while the alarm finishes it.
   */
  async executeClock(envelope: CommandEnvelope): Promise<CommandResponse> {
    const response = await this.execute(envelope);
    if (response.status >= 300 || response.headers?.["idempotent-replayed"]) return response;
    const done = await this.clockJobs.driveAdvance(ADVANCE_BUDGET.requestMs);
    if (!done) await this.ctx.storage.setAlarm(wallNowMs());
    return { status: done ? response.status : 202, body: await this.clock() };
  }

  /**
   * Runs system work (not a client's command) in one transaction with a command context, then
   * publishes, projects and enqueues what it changed. `fallback` answers before the first command.
   */
  private async runSystem<T>(work: (ctx: CommandContext) => T, fallback: T): Promise<T> {
    const settings = loadSettings(this.ctx.storage.sql);
    if (!settings) return fallback;
    const ctx = new CommandContext(this.ctx.storage.sql, tenantNowMs(this.ctx.storage.sql, settings.config), settings.tenantId, settings.config);
    const result = this.ctx.storage.transactionSync(() => work(ctx));
    if (ctx.scheduled) await this.armAlarm();
    this.publish(ctx.events);
    await this.flushPending();
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
    const now = wallNowMs();
    if (pendingOutbox(sql, 1).length > 0) scheduleJob(sql, "flush", "outbox", now);
    if (pendingSends(sql, 1).length > 0) scheduleJob(sql, WEBHOOK_SEND_JOB, WEBHOOK_SEND_KEY, now);
    await this.armAlarm();
  }

  private publish(events: StoredEvent[]): void {
    if (events.length === 0) return;
    for (const ws of this.ctx.getWebSockets()) {
      const state = readState(ws);
      for (const event of events) {
        if (state.channels.includes(event.ch) && socketMaySee(this.ctx.storage.sql, state, event)) ws.send(eventFrame(event, false));
      }
    }
  }

  /** The settings this instance last saved (as JSON): a command with the same ones writes nothing. */
  private savedSettings: string | null = null;

  private saveSettingsIfChanged(settings: ObjectSettings): void {
    const json = JSON.stringify(settings);
    if (json === this.savedSettings) return;
    saveSettings(this.ctx.storage.sql, settings);
    this.savedSettings = json;
  }

  /** Set once this instance has seen the prune job (it reschedules itself and is never removed). */
  private pruneScheduled = false;

  private async ensurePruneJob(): Promise<void> {
    if (this.pruneScheduled) return;
    const exists = this.ctx.storage.sql.exec("SELECT 1 FROM jobs WHERE kind = 'prune'").toArray().length > 0;
    if (!exists) await this.schedule("prune", "all", wallNowMs() + PRUNE_EVERY_MS);
    this.pruneScheduled = true;
  }

  private async schedule(kind: string, key: string, dueAt: number): Promise<void> {
    scheduleJob(this.ctx.storage.sql, kind, key, dueAt);
    await this.armAlarm();
  }

  private async armAlarm(): Promise<void> {
    const sql = this.ctx.storage.sql;
    const next = nextDueByClock(sql);
    const clock = activeTestClock(sql, loadSettings(sql)?.config);
    const onWall = next.tenant === null ? null : wallInstantOf(clock, next.tenant);
    const candidates = [next.wall, onWall, isAdvancing(clock) ? wallNowMs() : null].filter((t): t is number => t !== null);
    if (candidates.length === 0) return;
    const due = Math.min(...candidates);
    const current = await this.ctx.storage.getAlarm();
    if (current === null || current > due) await this.ctx.storage.setAlarm(due);
  }
}
