import { eventInBook } from "../tenant/book";
import { oldestTs, readChannel, type Channel, type StoredEvent } from "../tenant/event-log";
import {
  CLOSE_CODES,
  errorFrame,
  eventFrame,
  isDataChannel,
  MAX_LIFETIME_MS,
  parseClientFrame,
  STALE_AFTER_MS,
  type ControlFrame,
} from "./protocol";

/** Per-socket state, kept in the socket's attachment so it survives hibernation. */
export interface SocketState {
  connectedAt: number;
  lastMessageAt: number;
  channels: Channel[];
  /** Set for a distribution-partner key: the socket receives only events about the partner's book. */
  partnerId?: string;
}

const REPLAY_PAGE = 1000;

/** The header on which the Worker hands a socket upgrade's distribution partner to the tenant object. */
export const PARTNER_HEADER = "x-coffer-partner-id";

export function readState(ws: WebSocket): SocketState {
  return ws.deserializeAttachment() as SocketState;
}

function writeState(ws: WebSocket, state: SocketState): void {
  ws.serializeAttachment(state);
}

/** Initial state of a freshly accepted socket. */
export function newSocketState(nowMs: number, partnerId?: string): SocketState {
  return { connectedAt: nowMs, lastMessageAt: nowMs, channels: [], ...(partnerId !== undefined && { partnerId }) };
}

/** True when a socket in this state may receive the event (a partner's socket: only events about its book). */
export function socketMaySee(sql: SqlStorage, state: SocketState, event: StoredEvent): boolean {
  return state.partnerId === undefined || eventInBook(sql, state.partnerId, event.payload);
}

function reply(ws: WebSocket, frame: ControlFrame, status: "ACK" | "NACK", reason?: string): void {
  ws.send(JSON.stringify({ ...frame, status, ...(reason !== undefined && { reason }) }));
}

/**
 * Handles one client frame. Replay runs synchronously from the event log and the socket joins
 * the live stream in the same turn, so no event committed meanwhile can be lost or sent twice.
 */
export function handleClientMessage(
  sql: SqlStorage,
  ws: WebSocket,
  text: string,
  nowMs: number,
  retentionCutoffMs: number,
): void {
  const state = readState(ws);
  state.lastMessageAt = nowMs;
  const frame = parseClientFrame(text);
  if (!frame) {
    writeState(ws, state);
    ws.send(errorFrame("Malformed frame: expected JSON with type subscription, unsubscription or hb, and ch"));
    return;
  }
  if (frame.type === "hb") {
    writeState(ws, state);
    ws.send(JSON.stringify({ type: "hb", ch: "system" }));
    return;
  }
  const ch = frame.ch;
  if (!isDataChannel(ch)) {
    writeState(ws, state);
    return reply(ws, frame, "NACK", `unknown channel '${ch}'`);
  }
  if (frame.type === "unsubscription") {
    if (!state.channels.includes(ch)) {
      writeState(ws, state);
      return reply(ws, frame, "NACK", `not subscribed to '${ch}'`);
    }
    state.channels = state.channels.filter((c) => c !== ch);
    writeState(ws, state);
    return reply(ws, frame, "ACK");
  }
  if (state.channels.includes(ch)) {
    writeState(ws, state);
    return reply(ws, frame, "NACK", `already subscribed to '${ch}'`);
  }
  let fromTs: number | null = null;
  if (frame.from_ts !== undefined) {
    if (typeof frame.from_ts !== "number" || !Number.isInteger(frame.from_ts)) {
      writeState(ws, state);
      return reply(ws, frame, "NACK", "from_ts must be an integer");
    }
    if (frame.from_ts !== -1 && frame.from_ts < retentionCutoffMs) {
      const oldest = oldestTs(sql, ch);
      writeState(ws, state);
      return reply(ws, frame, "NACK", `from_ts is older than the retention window (oldest retained ts: ${oldest ?? "none"})`);
    }
    fromTs = frame.from_ts === -1 ? 0 : frame.from_ts;
  }
  reply(ws, frame, "ACK");
  if (fromTs !== null) {
    let cursor = fromTs;
    for (;;) {
      const page = readChannel(sql, ch, cursor, REPLAY_PAGE);
      for (const event of page) if (socketMaySee(sql, state, event)) ws.send(eventFrame(event, true));
      const last = page[page.length - 1];
      if (!last || page.length < REPLAY_PAGE) break;
      cursor = last.ts + 1;
    }
  }
  state.channels = [...state.channels, ch];
  writeState(ws, state);
}

/** Why a socket should be closed now, or `null` to keep it. */
export function closeReason(state: SocketState, autoResponseAt: number | null, nowMs: number): { code: number; reason: string } | null {
  if (nowMs - state.connectedAt >= MAX_LIFETIME_MS) {
    return { code: CLOSE_CODES.lifetimeExceeded, reason: "connection lifetime of 2 hours reached; reconnect and resubscribe" };
  }
  const lastSeen = Math.max(state.lastMessageAt, autoResponseAt ?? 0);
  if (nowMs - lastSeen >= STALE_AFTER_MS) {
    return { code: CLOSE_CODES.heartbeatTimeout, reason: "no heartbeat for 3 intervals" };
  }
  return null;
}
