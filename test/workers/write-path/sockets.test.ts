import { env, evictDurableObject, runInDurableObject, SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { CLOSE_CODES } from "../../../src/streams/protocol";
import { createInvestor } from "../../helpers/investors";
import { openSocket, subscribe } from "../../helpers/socket";
import { newTenant } from "../../helpers/tenant";

const isEvent = (f: Record<string, unknown>) => f.ch === "investors" && typeof f.seq === "number";

describe("GET /ws", () => {
  it("refuses a missing or wrong token before the upgrade", async () => {
    const t = await newTenant();
    const missing = await SELF.fetch(`http://${t.id}.localhost/ws`, { headers: { upgrade: "websocket" } });
    expect(missing.status).toBe(401);
    expect(missing.webSocket).toBeNull();
    const other = await newTenant();
    const wrong = await SELF.fetch(`http://${t.id}.localhost/ws?x-token=${other.apiKey}`, { headers: { upgrade: "websocket" } });
    expect(wrong.status).toBe(401);
    const plain = await SELF.fetch(`http://${t.id}.localhost/ws?x-token=${t.apiKey}`);
    expect(plain.status).toBe(426);
    expect(await plain.json()).toMatchObject({ error_code: "upgrade_required" });
  });

  it("acknowledges subscriptions, refuses bad ones, and streams live events in order", async () => {
    const t = await newTenant();
    const socket = await openSocket(t, { socketHost: true });
    const ack = await subscribe(socket, "investors");
    expect(ack).toMatchObject({ type: "subscription", ch: "investors", status: "ACK" });
    expect(await subscribe(socket, "investors")).toMatchObject({ status: "NACK", reason: expect.stringContaining("already subscribed") });
    expect(await subscribe(socket, "gossip")).toMatchObject({ status: "NACK", reason: expect.stringContaining("unknown channel") });
    expect(await subscribe(socket, "payments", "123")).toMatchObject({ status: "NACK", reason: expect.stringContaining("integer") });
    expect(await subscribe(socket, "payments", 5)).toMatchObject({ status: "NACK", reason: expect.stringContaining("retention") });
    const reqId = crypto.randomUUID();
    socket.send({ type: "unsubscription", ch: "holdings", req_id: reqId });
    expect(await socket.waitFor((f) => f.req_id === reqId)).toMatchObject({ status: "NACK", reason: expect.stringContaining("not subscribed") });

    const { body } = await createInvestor(t);
    const event = await socket.waitFor(isEvent);
    expect(event).toMatchObject({ type: "investor_created", ch: "investors", payload: body, seq: 1 });
    expect(event.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(event.resend).toBeUndefined();

    socket.send("{not json");
    expect(await socket.waitFor((f) => f.type === "error")).toMatchObject({ ch: "system" });
    await createInvestor(t);
    await socket.waitForCount(isEvent, 2);
    socket.ws.close();
  });

  it("replays from_ts -1 with resend, then continues live with nothing lost or repeated at the seam", async () => {
    const t = await newTenant();
    await Promise.all(Array.from({ length: 20 }, () => createInvestor(t)));
    const socket = await openSocket(t);
    const writes = Promise.all(Array.from({ length: 20 }, () => createInvestor(t)));
    const ack = await subscribe(socket, "investors", -1);
    expect(ack).toMatchObject({ status: "ACK", from_ts: -1 });
    await writes;
    const frames = await socket.waitForCount(isEvent, 40);
    expect(frames.map((f) => f.seq)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(frames.slice(0, 20).every((f) => f.resend === true)).toBe(true);
    const ts = frames.map((f) => f.ts as number);
    for (let i = 1; i < ts.length; i++) expect(ts[i]!).toBeGreaterThan(ts[i - 1]!);

    const late = await openSocket(t);
    await subscribe(late, "investors", frames[35]!.ts);
    const replayed = await late.waitForCount(isEvent, 5);
    expect(replayed.map((f) => f.seq)).toEqual([36, 37, 38, 39, 40]);
  });

  it("answers heartbeats by auto-response", async () => {
    const t = await newTenant();
    const socket = await openSocket(t);
    socket.send({ type: "hb", ch: "system" });
    expect(await socket.waitFor((f) => f.type === "hb")).toEqual({ type: "hb", ch: "system" });
    const stamp = await runInDurableObject(env.TENANT.getByName(t.id), (_obj, state) => {
      const [ws] = state.getWebSockets();
      return state.getWebSocketAutoResponseTimestamp(ws!);
    });
    expect(stamp).toBeInstanceOf(Date);
  });

  it("closes sockets after 3 missed heartbeats and after 2 hours", async () => {
    const t = await newTenant();
    const stale = await openSocket(t);
    const stub = env.TENANT.getByName(t.id);
    expect(await stub.sweepSockets(Date.now() + 60_000)).toBe(0);
    expect(await stub.sweepSockets(Date.now() + 181_000)).toBe(1);
    expect((await stale.closed).code).toBe(CLOSE_CODES.heartbeatTimeout);

    const busy = await openSocket(t);
    await subscribe(busy, "investors");
    expect(await stub.sweepSockets(Date.now() + 2 * 3_600_000 + 1000)).toBe(1);
    expect((await busy.closed).code).toBe(CLOSE_CODES.lifetimeExceeded);
  });

  it("keeps sockets and subscriptions across eviction of the object", async () => {
    const t = await newTenant();
    const socket = await openSocket(t);
    await subscribe(socket, "investors");
    await createInvestor(t);
    await socket.waitForCount(isEvent, 1);
    await evictDurableObject(env.TENANT.getByName(t.id), { webSockets: "hibernate" });
    await createInvestor(t);
    const frames = await socket.waitForCount(isEvent, 2);
    expect(frames.map((f) => f.seq)).toEqual([1, 2]);
  });
});
