// Talking to a real `wrangler dev` as a partner would: tenants through the admin API, the tenant
// API with its key, the activity feed and the WebSocket replay.
import WebSocket from "ws";
import { lookup, request } from "../../../scripts/local-http.mjs";

export const CHANNELS = ["investors", "payments", "transactions", "holdings", "reconciliations", "notifications"] as const;

export interface Answer {
  status: number;
  body: any;
  headers: Record<string, string | string[] | undefined>;
}

/** A tenant's host and key on one running server. */
export interface TenantApi {
  id: string;
  key: string;
  port: number;
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Answer>;
}

/** The tenant's API on `port`, with `key` (as `x-api-key`). */
export function tenantApi(port: number, id: string, key: string, timeoutMs = 30_000): TenantApi {
  return {
    id,
    key,
    port,
    async call(method, path, body, headers = {}) {
      const res = await request({ method, host: `${id}.localhost`, port, path, body, headers: { "x-api-key": key, ...headers }, timeoutMs });
      return { status: res.status, body: res.json ?? res.body, headers: res.headers };
    },
  };
}

/** An admin API client on the apex host. */
export function adminApi(port: number, token: string) {
  return async (method: string, path: string, body?: unknown): Promise<Answer> => {
    const res = await request({ method, port, path, body, headers: { authorization: `Bearer ${token}` } });
    return { status: res.status, body: res.json ?? res.body, headers: res.headers };
  };
}

/** Creates a tenant through the admin API and answers its API client. */
export async function createTenant(port: number, adminToken: string, id: string, config: Record<string, unknown> = {}): Promise<TenantApi> {
  const res = await adminApi(port, adminToken)("POST", "/admin/v1/tenants", { tenant_id: id, name: `Tenant ${id}`, config });
  if (res.status !== 201) throw new Error(`tenant ${id}: ${res.status} ${JSON.stringify(res.body)}`);
  return tenantApi(port, id, res.body.api_key.api_key);
}

/** Polls `probe` until it answers something other than `undefined`. */
export async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 30_000, everyMs = 250): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export interface FeedEvent {
  seq: number;
  id: string;
  type: string;
  ch: string;
  ts: number;
  payload: any;
}

/** Every event of the activity feed (the D1 read model), by the `after_seq` cursor. */
export async function activityFeed(api: TenantApi): Promise<FeedEvent[]> {
  const all: FeedEvent[] = [];
  for (;;) {
    const after = all.length === 0 ? 0 : all[all.length - 1]!.seq;
    const page = await api.call("GET", `/tenant/activity/v1?after_seq=${after}&limit=1000`);
    if (page.status !== 200) throw new Error(`activity feed: ${page.status} ${JSON.stringify(page.body)}`);
    all.push(...(page.body.events as FeedEvent[]));
    if (page.body.events.length < 1000) return all;
  }
}

/** An open socket of a tenant that keeps every frame it receives. */
export interface TenantSocket {
  frames: any[];
  send(frame: unknown): void;
  close(): void;
}

/** Opens the tenant's socket on its `-ws` host; `onFrame` sees each frame as it arrives. */
export async function openSocket(port: number, tenantId: string, key: string, onFrame?: (frame: any) => void): Promise<TenantSocket> {
  const ws = new WebSocket(`ws://${tenantId}-ws.localhost:${port}/ws?x-token=${encodeURIComponent(key)}`, { lookup });
  const frames: any[] = [];
  ws.on("error", () => undefined);
  ws.on("message", (raw) => {
    const frame = JSON.parse(String(raw));
    frames.push(frame);
    onFrame?.(frame);
  });
  await new Promise((resolve, reject) => ws.once("open", resolve).once("error", reject));
  return { frames, send: (frame) => ws.send(JSON.stringify(frame)), close: () => ws.close() };
}

/**
 * Subscribes to every channel from the start (`from_ts: -1`) and answers the events the socket
 * sent (replayed and live) once it has been quiet for `quietMs` after the last ACK.
 */
export async function socketReplay(api: TenantApi, quietMs = 750): Promise<FeedEvent[]> {
  const socket = await openSocket(api.port, api.id, api.key);
  try {
    for (const ch of CHANNELS) socket.send({ type: "subscription", ch, req_id: `replay-${ch}`, from_ts: -1 });
    await until("the subscriptions' ACKs", async () => (socket.frames.filter((f) => f.status === "ACK").length === CHANNELS.length ? true : undefined), 10_000, 20);
    let seen = -1;
    await until("a quiet socket", async () => {
      if (socket.frames.length === seen) return true;
      seen = socket.frames.length;
      return undefined;
    }, 30_000, quietMs);
    return socket.frames.filter((f) => typeof f.seq === "number") as FeedEvent[];
  } finally {
    socket.close();
  }
}
