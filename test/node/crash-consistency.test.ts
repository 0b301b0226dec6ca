// Crash consistency on a real `wrangler dev`: concurrent writes (investors, pots, payments that
// invest, direct buys) with Idempotency-Keys, SIGKILL of workerd in the middle, a restart on the
// same state directory, then: every acknowledged write is there with its body, the event seq has
// no gap and no duplicate (activity feed = socket replay), D1 converges to the tenant object, and
// retrying the unacknowledged requests gives exactly one effect each.
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type DevServer, startDevServer } from "../../scripts/dev-server.mjs";
import { activityFeed, adminApi, createTenant, openSocket, socketReplay, tenantApi, until, type FeedEvent, type TenantApi } from "./support/tenant-api";

const ADMIN_TOKEN = `crash-${randomUUID()}`;
const FUND = "GB00B3X7QG63";
const CLIENTS = 8;
const LOAD_MS = 2_500;

let server: DevServer | undefined;
let persistTo: string | undefined;

afterAll(async () => {
  await server?.stop();
  if (persistTo) await rm(persistTo, { recursive: true, force: true });
});

type Kind = "investor" | "pot" | "payment" | "buy";

/** One write as the client sent it, and what (if anything) it was answered. */
interface Write {
  kind: Kind;
  path: string;
  body: Record<string, unknown>;
  key: string;
  status?: number;
  answer?: any;
  /** The answer was a replay of an earlier commit. */
  replayed?: boolean;
}

const acknowledged = (w: Write) => w.status !== undefined && w.status >= 200 && w.status < 300;

/** The id a write's answer names. */
function createdId(w: Write): string {
  if (w.kind === "investor") return w.answer.investor_id;
  if (w.kind === "pot") return w.answer.results[0].pot_id;
  if (w.kind === "buy") return w.answer.results[0].transaction_id;
  return w.answer.transaction_id;
}

/** Sends a write; a dropped connection or a 5xx leaves it unacknowledged. */
async function send(api: TenantApi, w: Write): Promise<boolean> {
  try {
    const res = await api.call("POST", w.path, w.body, { "idempotency-key": w.key });
    if (res.status >= 500) return false;
    w.status = res.status;
    w.answer = res.body;
    w.replayed = res.headers["idempotent-replayed"] === "true";
    return true;
  } catch {
    return false;
  }
}

function investorBody(label: string) {
  return { first_name: `Crash${label}`, last_name: "Test", date_of_birth: "1990-12-20", kyc_aml_status: "clear", dealing_status: "active" };
}

function potBody(investorId: string, templateId: string) {
  return { request_id: randomUUID(), investor_id: [investorId], financial_product_id: "general_investment_product", pots: [{ pot_name: "Growth", portfolio_template_id: templateId, status: "active" }] };
}

function paymentBody(potId: string, amount: string, purpose: "cash" | "invest") {
  return { request_id: randomUUID(), amount, pot_id: potId, payment_type: "card", service_provider: "stripe", purpose };
}

/** The workerd processes of a wrangler dev (same process group), by pid. */
function workerdPids(pgid: number): number[] {
  const lines = execFileSync("ps", ["-eo", "pid=,pgid=,comm="], { encoding: "utf8" }).split("\n");
  return lines
    .map((line) => line.trim().split(/\s+/))
    .filter(([pid, group, comm]) => pid && Number(group) === pgid && comm?.startsWith("workerd"))
    .map(([pid]) => Number(pid));
}

/** Writes in a loop as one client: investor → pot → investing payment → a buy in a funded pot. */
async function client(api: TenantApi, n: number, templateId: string, fundedPot: string, log: Write[], stop: () => boolean): Promise<void> {
  for (let round = 0; !stop(); round++) {
    const investor: Write = { kind: "investor", path: "/tenant/investors/v1", body: investorBody(`${n}x${round}`), key: randomUUID() };
    log.push(investor);
    if (!(await send(api, investor)) || !acknowledged(investor)) return;
    const pot: Write = { kind: "pot", path: "/tenant/pots/v1", body: potBody(createdId(investor), templateId), key: randomUUID() };
    log.push(pot);
    if (!(await send(api, pot)) || !acknowledged(pot)) return;
    const payment: Write = { kind: "payment", path: "/tenant/payments/v1", body: paymentBody(createdId(pot), "100.00", "invest"), key: randomUUID() };
    log.push(payment);
    if (!(await send(api, payment)) || !acknowledged(payment)) return;
    const buy: Write = {
      kind: "buy", path: "/tenant/transactions/v1/buy", key: randomUUID(),
      body: { request_id: randomUUID(), pot_id: fundedPot, investment_instructions: [{ investment_product_id: FUND, value: "10.00" }] },
    };
    log.push(buy);
    if (!(await send(api, buy)) || !acknowledged(buy)) return;
  }
}

/** The payload of the last event about each resource, by `{kind}:{id}`, as the tenant object holds it. */
function latestPayloads(events: FeedEvent[]): Map<string, any> {
  const latest = new Map<string, any>();
  for (const e of events) {
    if (e.type === "investor_created" || e.type === "investor_updated") latest.set(`investor:${e.payload.investor_id}`, e.payload);
    else if (e.type === "pot_created" || e.type === "pot_updated") latest.set(`pot:${e.payload.pot_id}`, e.payload);
    else if (e.type === "payment_update") latest.set(`payment:${e.payload.transaction_id}`, e.payload);
  }
  return latest;
}

const READ_PATH: Record<string, string> = { investor: "/tenant/investors/v1/", pot: "/tenant/pots/v1/", payment: "/tenant/payments/v1/" };

async function countAll(api: TenantApi, path: string, field: string): Promise<number> {
  const res = await api.call("GET", path);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body[field].length;
}

describe("crash consistency on wrangler dev", () => {
  it("loses nothing acknowledged when workerd is killed under concurrent writes", async () => {
    persistTo = await mkdtemp(path.join(tmpdir(), "coffer-crash-"));
    server = await startDevServer({ persistTo, adminToken: ADMIN_TOKEN });
    const tenantId = `crash-${randomUUID().slice(0, 8)}`;
    const before = await createTenant(server.port, ADMIN_TOKEN, tenantId);
    const product = await adminApi(server.port, ADMIN_TOKEN)("PUT", `/admin/v1/tenants/${tenantId}/investment-products/${FUND}`, {
      name: "Fund", id_type: "ISIN", asset_type: "funds", currency: "GBP", settlement_date_offset: 2, status: "active", close_price: "2.5000", close_price_on_date: "2026-11-20",
    });
    expect(product.status, JSON.stringify(product.body)).toBeLessThan(300);
    const template = await before.call("POST", "/tenant/portfolio-templates/v1", { portfolio_name: "Crash_Test", ratios: [{ investment_product_id: FUND, ratio: "90.00" }, { investment_product_id: "cash", ratio: "10.00" }] });
    expect(template.status, JSON.stringify(template.body)).toBe(201);
    const templateId: string = template.body.portfolio_template_id;

    // One funded pot per client, for the direct buys.
    const funded: string[] = [];
    for (let n = 0; n < CLIENTS; n++) {
      const investor = await before.call("POST", "/tenant/investors/v1", investorBody(`Funded${n}`));
      const pot = await before.call("POST", "/tenant/pots/v1", potBody(investor.body.investor_id, templateId));
      const potId: string = pot.body.results[0].pot_id;
      expect((await before.call("POST", "/tenant/payments/v1", paymentBody(potId, "5000.00", "cash"))).status).toBe(201);
      funded.push(potId);
    }
    await until("the funding payments", async () => {
      const values = await Promise.all(funded.map((p) => before.call("GET", `/tenant/pots/v1/${p}/value`)));
      return values.every((v) => v.body.total_cash_value === "5000.00") ? true : undefined;
    }, 30_000);
    const setup = { investors: CLIENTS, payments: CLIENTS };

    // Concurrent writes; SIGKILL every workerd of the server while they are in flight. The kill
    // comes as the socket shows a committed event: the object publishes before it flushes to D1
    // and answers, so the kill tends to land between a commit and its acknowledgement.
    const pids = workerdPids(server.pid);
    expect(pids.length).toBeGreaterThan(0);
    const log: Write[] = [];
    let killed = false;
    let armed = false;
    const kill = () => {
      if (killed) return;
      killed = true;
      for (const pid of pids) process.kill(pid, "SIGKILL");
    };
    const watcher = await openSocket(server.port, tenantId, before.key, (frame) => {
      if (armed && typeof frame.seq === "number") kill();
    });
    for (const ch of ["investors", "payments", "transactions", "notifications"]) watcher.send({ type: "subscription", ch, req_id: ch });
    const clients = Array.from({ length: CLIENTS }, (_, n) => client(before, n, templateId, funded[n]!, log, () => killed));
    await new Promise((r) => setTimeout(r, LOAD_MS));
    armed = true;
    await new Promise((r) => setTimeout(r, 1_000));
    kill();
    await Promise.all(clients);
    watcher.close();
    await server.stop();

    const acked = log.filter(acknowledged);
    const lost = log.filter((w) => !acknowledged(w));
    expect(log.filter((w) => w.status !== undefined && !acknowledged(w))).toEqual([]);
    expect(acked.length).toBeGreaterThan(CLIENTS);
    expect(lost.length).toBeGreaterThan(0);

    server = await startDevServer({ persistTo, adminToken: ADMIN_TOKEN, migrate: false });
    const api = tenantApi(server.port, tenantId, before.key);

    // Every acknowledged creation is readable with the body it was answered with.
    for (const w of acked.filter((x) => x.kind === "investor")) {
      const read = await api.call("GET", `${READ_PATH.investor}${createdId(w)}`);
      expect(read.status).toBe(200);
      expect(read.body).toEqual(w.answer);
    }

    // Retrying each unacknowledged request with its key: answered, readable at once, and stable.
    for (const w of lost) {
      expect(await send(api, w), `${w.kind} retry`).toBe(true);
      expect(w.status, JSON.stringify(w.answer)).toBeGreaterThanOrEqual(200);
      expect(w.status).toBeLessThan(300);
      if (w.kind in READ_PATH) expect((await api.call("GET", `${READ_PATH[w.kind]}${createdId(w)}`)).status, `${w.kind} ${createdId(w)} readable`).toBe(200);
      const again = await api.call("POST", w.path, w.body, { "idempotency-key": w.key });
      expect(again.headers["idempotent-replayed"]).toBe("true");
      expect(again.body).toEqual(w.answer);
    }

    // Exactly one effect per write, acknowledged before the crash or retried after it.
    const writes = [...acked, ...lost];
    const count = (kind: Kind) => writes.filter((w) => w.kind === kind).length;
    expect(await countAll(api, "/tenant/investors/v1?page_size=2000&page_number=1", "investors")).toBe(setup.investors + count("investor"));
    for (const w of writes.filter((x) => x.kind === "pot")) {
      const investorId = (w.body.investor_id as string[])[0];
      const pots = await api.call("GET", `/tenant/pots/v1?investor_id=${investorId}`);
      expect(pots.body.pots.map((p: { pot_id: string }) => p.pot_id), `pots of ${investorId}`).toEqual([createdId(w)]);
    }
    expect(await countAll(api, "/tenant/payments/v1?page_size=1000&page_number=1", "payments")).toBe(setup.payments + count("payment"));
    for (const [n, potId] of funded.entries()) {
      const buys = writes.filter((w) => w.kind === "buy" && w.body.pot_id === potId).map(createdId);
      expect(new Set(buys).size).toBe(buys.length);
      const txs = await api.call("GET", `/tenant/pots/v1/${potId}/transactions`);
      const ids = new Set((txs.body.transactions as Array<{ transaction_id: string; transaction_type?: string }>).map((t) => t.transaction_id));
      for (const id of buys) expect(ids.has(id), `buy ${id} of client ${n}`).toBe(true);
      const booked = (txs.body.transactions as Array<{ sub_transaction_type?: string }>).filter((t) => t.sub_transaction_type === "Buy");
      expect(booked, `buys in the funded pot of client ${n}`).toHaveLength(buys.length);
    }

    // Once the jobs are quiet: the feed (D1) and the socket replay (the object) agree, seq 1..N.
    let previous = -1;
    const { feed, replay } = await until("the read model to converge", async () => {
      const replayed = await socketReplay(api);
      const fed = await activityFeed(api);
      const stable = fed.length === replayed.length && replayed.length === previous;
      previous = replayed.length;
      return stable ? { feed: fed, replay: replayed } : undefined;
    }, 45_000, 500);
    const seqs = replay.map((e) => e.seq).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    const strip = (e: FeedEvent) => ({ seq: e.seq, id: e.id, type: e.type, ch: e.ch, ts: e.ts, payload: e.payload });
    expect(feed.map(strip)).toEqual([...replay].sort((a, b) => a.seq - b.seq).map(strip));

    console.info(
      `crash test: ${acked.length} writes acknowledged before the kill, ${lost.length} not ` +
        `(${lost.filter((w) => w.replayed).length} of them committed before it), ${replay.length} events after recovery`,
    );

    // D1 converges to the tenant object: every resource reads as its last event describes it.
    const latest = latestPayloads(replay);
    expect(latest.size).toBeGreaterThan(acked.length / 2);
    for (const [ref, payload] of latest) {
      const [kind, id] = ref.split(":") as [string, string];
      const read = await api.call("GET", `${READ_PATH[kind]}${id}`);
      expect(read.status, ref).toBe(200);
      // payment_update carries the WealthOS message (id, pot, status); the others the whole resource.
      if (kind === "payment") expect(read.body, ref).toMatchObject(payload);
      else expect(read.body, ref).toEqual(payload);
    }
  }, 150_000);
});
