import { completeJob } from "../tenant/jobs";
import { loadSettings } from "../tenant/settings";
import { WEBHOOK_SEND_JOB, WEBHOOK_SEND_KEY } from "./fan-out";
import { acknowledgeSends, pendingSends } from "./store";

/** The body of one queue message: which delivery round of which tenant to attempt. */
export interface WebhookMessage {
  tenant_id: string;
  delivery_id: string;
  round: number;
}

/** The part of a Cloudflare Queue producer binding the dispatcher uses. */
export type WebhookProducer = Pick<Queue<WebhookMessage>, "sendBatch">;

/** `sendBatch` takes at most 100 messages. */
const BATCH = 100;

/**
 * Puts committed deliveries on the Cloudflare Queue after commit. A delivery leaves the
 * object's queue outbox only once the queue has accepted it, so a crash or a queue outage between
 * commit and send loses nothing: the transaction that queued it also scheduled the alarm job
 * `webhooks.send`, which stays until the outbox is empty (and the next commit tries too).
 * Concurrent callers share the batch in flight, so a delivery is not sent twice by one object.
 */
export class WebhookDispatcher {
  private inFlight: Promise<boolean> | null = null;
  /** The queue producer; replaced in tests to simulate an unavailable queue. */
  producer: WebhookProducer | undefined;

  constructor(
    private readonly storage: DurableObjectStorage,
    producer: WebhookProducer | undefined,
  ) {
    this.producer = producer;
  }

  /** Sends until the queue outbox is empty; `false` if the queue refused (the alarm job retries). */
  async sendPending(): Promise<boolean> {
    let sent = false;
    for (;;) {
      if (this.inFlight) {
        if (!(await this.inFlight)) return false;
        continue;
      }
      if (pendingSends(this.storage.sql, 1).length === 0) {
        // Checked and done in one synchronous step: nothing can be queued in between.
        if (sent) completeJob(this.storage.sql, WEBHOOK_SEND_JOB, WEBHOOK_SEND_KEY);
        return true;
      }
      sent = true;
      this.inFlight = this.sendBatch().finally(() => {
        this.inFlight = null;
      });
    }
  }

  private async sendBatch(): Promise<boolean> {
    const sql = this.storage.sql;
    const rows = pendingSends(sql, BATCH);
    const settings = loadSettings(sql);
    if (rows.length === 0 || !settings) return true;
    try {
      if (!this.producer) throw new Error("no WEBHOOK_QUEUE binding");
      await this.producer.sendBatch(rows.map((r) => ({ body: { tenant_id: settings.tenantId, delivery_id: r.delivery_id, round: r.round }, contentType: "json" })));
      acknowledgeSends(sql, rows);
      return true;
    } catch (error) {
      console.error(`webhook enqueue for ${settings.tenantId} failed; the alarm retries`, error);
      return false;
    }
  }
}
