import { SELF } from "cloudflare:test";
import { BASE, type TestTenant } from "./tenant";

/** A client socket that records every frame it receives. */
export interface TestSocket {
  ws: WebSocket;
  frames: Array<Record<string, unknown>>;
  closed: Promise<{ code: number; reason: string }>;
  send(frame: unknown): void;
  /** Resolves once a frame matching the predicate has arrived (or fails after `ms`). */
  waitFor(predicate: (frame: Record<string, unknown>) => boolean, ms?: number): Promise<Record<string, unknown>>;
  /** Resolves once at least `n` frames matching the predicate have arrived. */
  waitForCount(predicate: (frame: Record<string, unknown>) => boolean, n: number, ms?: number): Promise<Array<Record<string, unknown>>>;
}

/** Opens `/ws?x-token=…` on the tenant's host (or its `-ws` host) and accepts the client end. */
export async function openSocket(t: TestTenant, options: { token?: string; socketHost?: boolean } = {}): Promise<TestSocket> {
  const host = options.socketHost ? `${t.id}-ws.${BASE}` : `${t.id}.${BASE}`;
  const res = await SELF.fetch(`http://${host}/ws?x-token=${encodeURIComponent(options.token ?? t.apiKey)}`, {
    headers: { upgrade: "websocket" },
  });
  const ws = res.webSocket;
  if (!ws) throw new Error(`upgrade refused: ${res.status} ${await res.text()}`);
  ws.accept();
  const frames: Array<Record<string, unknown>> = [];
  const listeners = new Set<() => void>();
  ws.addEventListener("message", (event) => {
    frames.push(JSON.parse(String(event.data)) as Record<string, unknown>);
    for (const listener of listeners) listener();
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    ws.addEventListener("close", (event) => resolve({ code: event.code, reason: event.reason }));
  });
  const waitForCount: TestSocket["waitForCount"] = (predicate, n, ms = 5000) =>
    new Promise((resolve, reject) => {
      const check = () => {
        const matches = frames.filter(predicate);
        if (matches.length >= n) {
          listeners.delete(check);
          clearTimeout(timer);
          resolve(matches);
        }
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`timed out waiting for ${n} frames; got ${JSON.stringify(frames.slice(-5))}`));
      }, ms);
      listeners.add(check);
      check();
    });
  return {
    ws,
    frames,
    closed,
    send: (frame) => ws.send(typeof frame === "string" ? frame : JSON.stringify(frame)),
    waitFor: async (predicate, ms) => (await waitForCount(predicate, 1, ms))[0]!,
    waitForCount,
  };
}

/** Subscribes to a channel and waits for the ACK or NACK. */
export async function subscribe(socket: TestSocket, ch: string, fromTs?: unknown): Promise<Record<string, unknown>> {
  const reqId = crypto.randomUUID();
  socket.send({ type: "subscription", ch, req_id: reqId, ...(fromTs !== undefined && { from_ts: fromTs }) });
  return socket.waitFor((f) => f.req_id === reqId);
}
