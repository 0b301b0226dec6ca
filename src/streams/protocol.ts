import { z } from "zod";
import { DATA_CHANNELS, type StoredEvent } from "../tenant/event-log";

/** The heartbeat frame, answered by the runtime without waking the object. */
export const HEARTBEAT = JSON.stringify({ type: "hb", ch: "system" });

/** Close codes Coffer uses (documented in the README). */
export const CLOSE_CODES = {
  /** No client message (heartbeat or other) for 3 heartbeat intervals (180 s). */
  heartbeatTimeout: 4000,
  /** Connections are closed after 2 hours; reconnect and resubscribe with `from_ts`. */
  lifetimeExceeded: 4001,
} as const;

export const HEARTBEAT_INTERVAL_MS = 60_000;
export const STALE_AFTER_MS = 3 * HEARTBEAT_INTERVAL_MS;
export const MAX_LIFETIME_MS = 2 * 60 * 60 * 1000;

const ControlFrame = z.object({
  type: z.enum(["subscription", "unsubscription", "hb"]),
  ch: z.string(),
  req_id: z.unknown().optional(),
  from_ts: z.unknown().optional(),
});

export type ControlFrame = z.infer<typeof ControlFrame>;

/** Parses a client frame; `null` when it is not JSON or not a control message. */
export function parseClientFrame(text: string): ControlFrame | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = ControlFrame.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export function isDataChannel(ch: string): ch is (typeof DATA_CHANNELS)[number] {
  return (DATA_CHANNELS as readonly string[]).includes(ch);
}

/** The data message sent for an event (`resend: true` when replayed). */
export function eventFrame(event: StoredEvent, resend: boolean): string {
  return JSON.stringify({
    type: event.type,
    ch: event.ch,
    payload: event.payload,
    id: event.id,
    ts: event.ts,
    seq: event.seq,
    ...(resend && { resend: true }),
  });
}

/** An error frame for a malformed client message; the socket stays open. */
export function errorFrame(reason: string): string {
  return JSON.stringify({ type: "error", ch: "system", reason });
}
