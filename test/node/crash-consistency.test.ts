// Crash consistency on a real `wrangler dev`: concurrent writes (investors, pots, payments that
// invest, direct buys) with Idempotency-Keys, SIGKILL of workerd in the middle, a restart on the
// same state directory, then: every acknowledged write is there with its body, the event seq has
// no gap and no duplicate (activity feed = socket replay), D1 converges to the tenant object, and
// retrying the unacknowledged requests gives exactly one effect each. A second tenant only creates
// investors: it has no jobs, so no alarm starts its object after the restart, and only the
// retries themselves can bring its last commits into D1.
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type DevServer, startDevServer } from "../../scripts/dev-server.mjs";
import {
  acknowledged, createdId, FUND, investorBody, investorClient, latestPayloads, moneyClient, paymentBody, potBody, READ_PATH, reader, send, workerdPids, type Kind, type Write,
} from "./support/crash-workload";
import { activityFeed, adminApi, createTenant, openSocket, socketReplay, tenantApi, until, type FeedEvent, type TenantApi } from "./support/tenant-api";

const ADMIN_TOKEN = `crash-${randomUUID()}`;
const CLIENTS = 8;
const PLAIN_CLIENTS = 4;
const READERS = 4;
const LOAD_MS = 2_500;

let server: DevServer | undefined;
let persistTo: string | undefined;

afterAll(async () => {
  await server?.stop();
  if (persistTo) await rm(persistTo, { recursive: true, force: true });
});

async function countAll(api: TenantApi, path: string, field: string): Promise<number> {
  const res = await api.call("GET", path);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body[field].length;
}

/**
 * After the restart: every acknowledged investor reads back as answered; every unacknowledged
 * write, retried with its key, is answered 2xx, readable at once, and replays identically.
 */
async function recover(api: TenantApi, log: Write[]) {
  const acked = log.filter(acknowledged);
  const lost = log.filter((w) => !acknowledged(w));
  expect(log.filter((w) => w.status !== undefined && !acknowledged(w))).toEqual([]);
  for (const w of acked.filter((x) => x.kind === "investor")) {
    const read = await api.call("GET", `${READ_PATH.investor}${createdId(w)}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(w.answer);
  }
  for (const w of lost) {
    expect(await send(api, w), `${w.kind} retry`).toBe(true);
    expect(w.status, JSON.stringify(w.answer)).toBeGreaterThanOrEqual(200);
    expect(w.status).toBeLessThan(300);
    if (w.kind in READ_PATH) expect((await api.call("GET", `${READ_PATH[w.kind]}${createdId(w)}`)).status, `${w.kind} ${createdId(w)} readable`).toBe(200);
    const again = await api.call("POST", w.path, w.body, { "idempotency-key": w.key });
    expect(again.headers["idempotent-replayed"]).toBe("true");
    expect(again.body).toEqual(w.answer);
  }
  return { acked, lost, writes: [...acked, ...lost] };
}

/**
 * Once the jobs are quiet: the feed (D1) equals the socket replay (the object), seq 1..N, and
 * every resource in D1 reads as the last event the object holds for it. Answers the events.
 */
async function converged(api: TenantApi): Promise<FeedEvent[]> {
  let previous = -1;
  const { feed, replay } = await until("the read model to converge", async () => {
    const replayed = await socketReplay(api);
    const fed = await activityFeed(api);
    const stable = fed.length === replayed.length && replayed.length === previous;
    previous = replayed.length;
    return stable ? { feed: fed, replay: replayed } : undefined;
  }, 45_000, 500);
  const ordered = [...replay].sort((x, y) => x.seq - y.seq);
  expect(ordered.map((e) => e.seq)).toEqual(Array.from({ length: ordered.length }, (_, i) => i + 1));
  const strip = (e: FeedEvent) => ({ seq: e.seq, id: e.id, type: e.type, ch: e.ch, ts: e.ts, payload: e.payload });
  expect(feed.map(strip)).toEqual(ordered.map(strip));
  for (const [ref, payload] of latestPayloads(replay)) {
    const [kind, id] = ref.split(":") as [string, string];
    const read = await api.call("GET", `${READ_PATH[kind]}${id}`);
    expect(read.status, ref).toBe(200);
    // payment_update carries the WealthOS message (id, pot, status); the others the whole resource.
    if (kind === "payment") expect(read.body, ref).toMatchObject(payload);
    else expect(read.body, ref).toEqual(payload);
  }
  return replay;
}

describe("crash consistency on wrangler dev", () => {
  it("loses nothing acknowledged when workerd is killed under concurrent writes", async () => {
    persistTo = await mkdtemp(path.join(tmpdir(), "coffer-crash-"));
    server = await startDevServer({ persistTo, adminToken: ADMIN_TOKEN });
    const suffix = randomUUID().slice(0, 8);
    const money = await createTenant(server.port, ADMIN_TOKEN, `crash-${suffix}`);
    const plain = await createTenant(server.port, ADMIN_TOKEN, `crash-plain-${suffix}`);
    const product = await adminApi(server.port, ADMIN_TOKEN)("PUT", `/admin/v1/tenants/${money.id}/investment-products/${FUND}`, {
      name: "Fund", id_type: "ISIN", asset_type: "funds", currency: "GBP", settlement_date_offset: 2, status: "active", close_price: "2.5000", close_price_on_date: "2026-11-20",
    });
    expect(product.status, JSON.stringify(product.body)).toBeLessThan(300);
    const template = await money.call("POST", "/tenant/portfolio-templates/v1", { portfolio_name: "Crash_Test", ratios: [{ investment_product_id: FUND, ratio: "90.00" }, { investment_product_id: "cash", ratio: "10.00" }] });
    expect(template.status, JSON.stringify(template.body)).toBe(201);
    const templateId: string = template.body.portfolio_template_id;

    // One funded pot per client, for the direct buys.
    const funded: string[] = [];
    for (let n = 0; n < CLIENTS; n++) {
      const investor = await money.call("POST", "/tenant/investors/v1", investorBody(`Funded${n}`));
      const pot = await money.call("POST", "/tenant/pots/v1", potBody(investor.body.investor_id, templateId));
      const potId: string = pot.body.results[0].pot_id;
      expect((await money.call("POST", "/tenant/payments/v1", paymentBody(potId, "5000.00", "cash"))).status).toBe(201);
      funded.push(potId);
    }
    await until("the funding payments", async () => {
      const values = await Promise.all(funded.map((p) => money.call("GET", `/tenant/pots/v1/${p}/value`)));
      return values.every((v) => v.body.total_cash_value === "5000.00") ? true : undefined;
    }, 30_000);

    // Concurrent writes; SIGKILL every workerd of the server while they are in flight. The kill
    // comes as a socket shows a committed event: the object publishes before it flushes to D1
    // and answers, so the kill tends to land between a commit and its acknowledgement.
    const pids = workerdPids(server.pid);
    expect(pids.length).toBeGreaterThan(0);
    const moneyLog: Write[] = [];
    const plainLog: Write[] = [];
    let killed = false;
    let armed = false;
    const kill = () => {
      if (killed) return;
      killed = true;
      for (const pid of pids) process.kill(pid, "SIGKILL");
    };
    const onFrame = (frame: { seq?: unknown }) => {
      if (armed && typeof frame.seq === "number") kill();
    };
    const watchers = [await openSocket(server.port, money.id, money.key, onFrame), await openSocket(server.port, plain.id, plain.key, onFrame)];
    for (const ch of ["investors", "payments", "transactions", "notifications"]) for (const w of watchers) w.send({ type: "subscription", ch, req_id: ch });
    const stop = () => killed;
    const load = [
      ...Array.from({ length: CLIENTS }, (_, n) => moneyClient(money, n, templateId, funded[n]!, moneyLog, stop)),
      ...Array.from({ length: PLAIN_CLIENTS }, (_, n) => investorClient(plain, n, plainLog, stop)),
      // Readers keep D1 busy, as a partner's reads would: projections then queue behind them.
      ...Array.from({ length: READERS }, () => reader(money, stop)),
    ];
    await new Promise((r) => setTimeout(r, LOAD_MS));
    armed = true;
    await new Promise((r) => setTimeout(r, 1_000));
    kill();
    await Promise.all(load);
    for (const w of watchers) w.close();
    await server.stop();

    server = await startDevServer({ persistTo, adminToken: ADMIN_TOKEN, migrate: false });
    const moneyApi = tenantApi(server.port, money.id, money.key);
    const plainApi = tenantApi(server.port, plain.id, plain.key);
    const m = await recover(moneyApi, moneyLog);
    const p = await recover(plainApi, plainLog);
    expect(m.acked.length + p.acked.length).toBeGreaterThan(0);
    expect(m.lost.length + p.lost.length).toBeGreaterThan(0);

    // Exactly one effect per write, acknowledged before the crash or retried after it.
    const count = (writes: Write[], kind: Kind) => writes.filter((w) => w.kind === kind).length;
    expect(await countAll(plainApi, "/tenant/investors/v1?page_size=2000&page_number=1", "investors")).toBe(count(p.writes, "investor"));
    expect(await countAll(moneyApi, "/tenant/investors/v1?page_size=2000&page_number=1", "investors")).toBe(CLIENTS + count(m.writes, "investor"));
    for (const w of m.writes.filter((x) => x.kind === "pot")) {
      const investorId = (w.body.investor_id as string[])[0];
      const pots = await moneyApi.call("GET", `/tenant/pots/v1?investor_id=${investorId}`);
      expect(pots.body.pots.map((x: { pot_id: string }) => x.pot_id), `pots of ${investorId}`).toEqual([createdId(w)]);
    }
    expect(await countAll(moneyApi, "/tenant/payments/v1?page_size=1000&page_number=1", "payments")).toBe(CLIENTS + count(m.writes, "payment"));
    for (const [n, potId] of funded.entries()) {
      const buys = m.writes.filter((w) => w.kind === "buy" && w.body.pot_id === potId).map(createdId);
      expect(new Set(buys).size).toBe(buys.length);
      const txs = (await moneyApi.call("GET", `/tenant/pots/v1/${potId}/transactions`)).body.transactions as Array<{ transaction_id: string; sub_transaction_type?: string }>;
      const ids = new Set(txs.map((t) => t.transaction_id));
      for (const id of buys) expect(ids.has(id), `buy ${id} of client ${n}`).toBe(true);
      expect(txs.filter((t) => t.sub_transaction_type === "Buy"), `buys in the funded pot of client ${n}`).toHaveLength(buys.length);
    }

    const moneyEvents = await converged(moneyApi);
    const plainEvents = await converged(plainApi);
    const committed = (r: { lost: Write[] }) => r.lost.filter((w) => w.replayed).length;
    console.info(
      `crash test: acknowledged before the kill ${m.acked.length} + ${p.acked.length}, not ${m.lost.length} + ${p.lost.length} ` +
        `(committed before it ${committed(m)} + ${committed(p)}); events after recovery ${moneyEvents.length} + ${plainEvents.length}`,
    );
  }, 150_000);
});
