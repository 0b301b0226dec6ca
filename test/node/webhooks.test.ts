// Webhooks end to end: a real `wrangler dev` (local queues included, as `npm run dev` runs it) posts
// deliveries to a real HTTP receiver on 127.0.0.1, which verifies them with the standardwebhooks
// package. The receiver answers 500 once, so the queue's retry (about 5 s later) is observed too.
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DevServer, startDevServer } from "../../scripts/dev-server.mjs";
import { request } from "../../scripts/local-http.mjs";

const ADMIN_TOKEN = `dev-test-${randomUUID()}`;

interface Delivery {
  at: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  answered: number;
}

let server: DevServer | undefined;
let persistTo: string | undefined;
let receiver: http.Server | undefined;
const received: Delivery[] = [];
/** Statuses the receiver answers with, in turn; afterwards 200. */
const answers: number[] = [];

function devServer(): DevServer {
  if (!server) throw new Error("wrangler dev did not start");
  return server;
}

async function waitFor<T>(what: string, check: () => T | undefined, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; received ${received.length} deliveries\n${devServer().output().slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const answered = answers.shift() ?? 200;
      received.push({ at: Date.now(), headers: req.headers, body: Buffer.concat(chunks).toString("utf8"), answered });
      res.writeHead(answered, { "content-type": "text/plain" }).end(answered === 200 ? "ok" : "try again");
    });
  });
  await new Promise<void>((resolve) => receiver!.listen(0, "127.0.0.1", resolve));
  persistTo = await mkdtemp(path.join(tmpdir(), "coffer-webhooks-test-"));
  server = await startDevServer({ persistTo, adminToken: ADMIN_TOKEN });
});

afterAll(async () => {
  await server?.stop();
  await new Promise((resolve) => (receiver ? receiver.close(resolve) : resolve(undefined)));
  if (persistTo) await rm(persistTo, { recursive: true, force: true });
});

describe("webhooks on wrangler dev", () => {
  it("delivers a signed event to a local receiver, retrying after a 500", async () => {
    const { port } = devServer();
    const tenantId = `hooks-${randomUUID().slice(0, 8)}`;
    const created = await request({
      method: "POST",
      port,
      path: "/admin/v1/tenants",
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      body: { tenant_id: tenantId, name: "Webhook Test Wealth" },
    });
    expect(created.status, created.body).toBe(201);
    const tenant = (method: string, urlPath: string, body?: unknown) =>
      request({ method, host: `${tenantId}.localhost`, port, path: urlPath, headers: { "x-api-key": created.json.api_key.api_key }, body });

    const receiverPort = (receiver!.address() as AddressInfo).port;
    const hook = await tenant("POST", "/tenant/webhooks/v1", { url: `http://127.0.0.1:${receiverPort}/coffer`, channels: ["investors"] });
    expect(hook.status, hook.body).toBe(201);
    const secret: string = hook.json.secret;

    answers.push(500);
    const investor = await tenant("POST", "/tenant/investors/v1", { first_name: "Ada", last_name: "Lovelace" });
    expect(investor.status, investor.body).toBe(201);

    const [first, second] = await waitFor("the delivery and its retry", () => (received.length >= 2 ? received : undefined), 45_000);
    expect(first!.answered).toBe(500);
    expect(second!.answered).toBe(200);
    const verifier = new Webhook(secret);
    const headers = (d: Delivery) => d.headers as Record<string, string>;
    const body = verifier.verify(second!.body, headers(second!)) as Record<string, unknown>;
    expect(verifier.verify(first!.body, headers(first!))).toEqual(body);
    expect(body).toMatchObject({ type: "investor_created", ch: "investors", seq: 1, payload: { investor_id: investor.json.investor_id, last_name: "Lovelace" } });
    expect(second!.headers["webhook-id"]).toBe(first!.headers["webhook-id"]);
    expect(second!.headers["webhook-id"]).toBe(body.id);
    // The retry waited for the first step of the schedule (5 s with ±10 % jitter).
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(4_000);

    let deliveries: Array<Record<string, unknown>> = [];
    for (let i = 0; i < 50; i++) {
      deliveries = (await tenant("GET", `/tenant/webhooks/v1/${hook.json.webhook_id}/deliveries`)).json.deliveries;
      if (deliveries[0]?.status === "succeeded") break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]).toMatchObject({ status: "succeeded", attempt_count: 2, last_status_code: 200 });
    expect((deliveries[0]!.attempts as Array<{ status_code: number; outcome: string }>).map((a) => [a.status_code, a.outcome])).toEqual([
      [500, "retrying"],
      [200, "succeeded"],
    ]);
  });
});
