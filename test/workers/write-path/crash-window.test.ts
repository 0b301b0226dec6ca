// A tenant object can stop between committing a command and projecting it to D1 (or handing its
// webhook deliveries to the queue). These tests commit exactly that far, then check that a replay,
// a duplicate request_id or the object's next start makes the write readable.
import { env, evictDurableObject, runInDurableObject } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { COMMANDS } from "../../../src/commands";
import { requestFingerprint } from "../../../src/platform/idempotency";
import type { CommandEnvelope, CommandResponse } from "../../../src/tenant/commands";
import { runCommand } from "../../../src/tenant/command-runner";
import { loadSettings } from "../../../src/tenant/settings";
import { createInvestor } from "../../helpers/investors";
import { newTenant, type TestTenant } from "../../helpers/tenant";
import { createWebhook, verify, type Received } from "../../helpers/webhooks";

afterEach(() => {
  vi.restoreAllMocks();
});

const PATH = "/tenant/investors/v1";

/** Commits one investor creation in the tenant object and stops there: no flush, no queue hand-over. */
async function commitWithoutFlush(t: TestTenant, body: Record<string, unknown>, extra: { idempotencyKey?: string; requestId?: string } = {}) {
  const fingerprint = extra.idempotencyKey ? await requestFingerprint("POST", PATH, body) : undefined;
  return runInDurableObject(env.TENANT.getByName(t.id), (_obj, state) => {
    const settings = loadSettings(state.storage.sql);
    if (!settings) throw new Error("the tenant object has no settings yet");
    const envelope: CommandEnvelope = {
      name: "investor.create",
      input: body,
      meta: {
        tenantId: t.id,
        config: settings.config,
        requestId: "req_crash_window",
        method: "POST",
        path: PATH,
        idempotencyKey: extra.idempotencyKey,
        fingerprint,
        wealthosRequestId: extra.requestId,
      },
    };
    const result = runCommand(state.storage, COMMANDS, envelope, { idempotencyKeys: new Set(), requestIds: new Set() }, Date.now());
    const pending = state.storage.sql.exec<{ n: number }>("SELECT count(*) AS n FROM outbox").one().n;
    const jobs = state.storage.sql.exec<{ kind: string }>("SELECT kind FROM jobs WHERE kind = 'flush'").toArray();
    return { response: result.response as CommandResponse, pending, flushJobs: jobs.length };
  });
}

async function until<T>(probe: () => Promise<T | undefined>, ms = 5_000): Promise<T | undefined> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("a write committed but not projected before the object stopped", () => {
  it("is readable as soon as a retry with its Idempotency-Key is answered", async () => {
    const t = await newTenant();
    await createInvestor(t, { first_name: "Settings" });
    const key = crypto.randomUUID();
    const body = { first_name: "Crash", last_name: "Window" };
    const committed = await commitWithoutFlush(t, body, { idempotencyKey: key });
    expect(committed.response.status).toBe(201);
    expect(committed.pending).toBeGreaterThan(0);
    expect(committed.flushJobs).toBe(0);
    const investorId = (committed.response.body as { investor_id: string }).investor_id;
    expect((await t.fetch(`${PATH}/${investorId}`)).status).toBe(404);

    const replay = await t.fetch(PATH, { method: "POST", headers: { "idempotency-key": key }, json: body });
    expect(replay.status).toBe(201);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    const replayed = await replay.json();
    expect(replayed).toEqual(committed.response.body);
    const read = await t.fetch(`${PATH}/${investorId}`);
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual(replayed);
  });

  it("is readable as soon as a repeat of its WealthOS request_id is answered", async () => {
    const t = await newTenant();
    await createInvestor(t, { first_name: "Settings" });
    const requestId = crypto.randomUUID();
    const committed = await commitWithoutFlush(t, { first_name: "Request", last_name: "Id" }, { requestId });
    expect(committed.response.status).toBe(201);
    const investorId = (committed.response.body as { investor_id: string }).investor_id;
    expect((await t.fetch(`${PATH}/${investorId}`)).status).toBe(404);

    const repeat = await runInDurableObject(env.TENANT.getByName(t.id), async (obj, state) => {
      const settings = loadSettings(state.storage.sql)!;
      return (await (obj as unknown as { execute(e: CommandEnvelope): Promise<CommandResponse> }).execute({
        name: "investor.create",
        input: { first_name: "Request", last_name: "Id" },
        meta: { tenantId: t.id, config: settings.config, requestId: "req_repeat", method: "POST", path: PATH, wealthosRequestId: requestId },
      }));
    });
    expect(repeat.status).toBe(400);
    expect(repeat.body).toMatchObject({ message: "duplicate request", status: "COMPLETE" });
    const read = await t.fetch(`${PATH}/${investorId}`);
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual(committed.response.body);
  });

  it("reaches D1 and the webhook queue when a new instance of the object starts, without another write", async () => {
    const received: Received[] = [];
    const realFetch = globalThis.fetch;
    vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (!url.startsWith("https://crash-receiver.example.com/")) return realFetch(input, init);
      received.push({ url, headers: Object.fromEntries(new Headers(init?.headers).entries()), body: String(init?.body) });
      return new Response(null, { status: 204 });
    });
    const t = await newTenant();
    const { body: webhook } = await createWebhook(t, { url: "https://crash-receiver.example.com/in", event_types: ["investor_created"] });
    const committed = await commitWithoutFlush(t, { first_name: "Restart", last_name: "Me" });
    expect(committed.response.status).toBe(201);
    const investorId = (committed.response.body as { investor_id: string }).investor_id;
    const sends = await runInDurableObject(env.TENANT.getByName(t.id), (_o, state) => state.storage.sql.exec("SELECT * FROM webhook_sends").toArray());
    expect(sends).toHaveLength(1);

    // The process dies: nothing kept in memory, nothing flushed.
    await evictDurableObject(env.TENANT.getByName(t.id));
    expect((await t.fetch(`${PATH}/${investorId}`)).status).toBe(404);

    // Any request that starts the object (here a read of its event head) resumes the pending work.
    expect(await env.TENANT.getByName(t.id).headSeq()).toBeGreaterThan(0);
    const read = await until(async () => {
      const res = await t.fetch(`${PATH}/${investorId}`);
      return res.status === 200 ? await res.json() : undefined;
    });
    expect(read).toEqual(committed.response.body);
    await until(async () => (received.length > 0 ? true : undefined));
    expect(received).toHaveLength(1);
    expect(verify(webhook.secret, received[0]!)).toMatchObject({ type: "investor_created", payload: { investor_id: investorId } });
    const left = await runInDurableObject(env.TENANT.getByName(t.id), (_o, state) => ({
      outbox: state.storage.sql.exec<{ n: number }>("SELECT count(*) AS n FROM outbox").one().n,
      sends: state.storage.sql.exec<{ n: number }>("SELECT count(*) AS n FROM webhook_sends").one().n,
    }));
    expect(left).toEqual({ outbox: 0, sends: 0 });
  });
});
