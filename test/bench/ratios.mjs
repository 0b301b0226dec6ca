// The hot-path figures of `npm run bench`, each as a ratio to a bare worker (a `fetch` handler
// answering constant JSON) served by the same wrangler in the same run, and to the route's floor
// there (reference-worker.mjs); the mixed workload; and
// where a write's time goes (the tenant object's Server-Timing header).

import { randomUUID } from "node:crypto";
import { copyFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { startDevServer } from "../../scripts/dev-server.mjs";
import { request } from "../../scripts/local-http.mjs";
import { measure, measureMix } from "./load.mjs";
import { cpuPerRequest, workerdCpu } from "./process-cpu.mjs";
import { fmt, summarize } from "./stats.mjs";

export const GOALS = { noop: 0.8, getById: 0.6, list50: 0.5, idempotentWrite: 0.4, writesVsNoop: 0.5 };

const REFERENCE_CONFIG = `name = "bench-reference"
main = "worker.mjs"
compatibility_date = "2026-11-01"

[[d1_databases]]
binding = "DB"
database_name = "floor"
database_id = "00000000-0000-0000-0000-000000000000"

[[durable_objects.bindings]]
name = "WRITER"
class_name = "Writer"

[[migrations]]
tag = "v1"
new_sqlite_classes = ["Writer"]
`;

/**
 * Starts the reference worker (`reference-worker.mjs`: the bare worker at `/`, the platform's
 * floor for each route under `/floor/*`) with the same wrangler; returns the server and a cleanup.
 */
export async function startBareWorker() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "coffer-bench-bare-"));
  await copyFile(fileURLToPath(new URL("./reference-worker.mjs", import.meta.url)), path.join(dir, "worker.mjs"));
  await writeFile(path.join(dir, "wrangler.toml"), REFERENCE_CONFIG);
  const server = await startDevServer({ config: path.join(dir, "wrangler.toml"), persistTo: path.join(dir, "state"), migrate: false, stdio: "pipe" });
  return { server, stop: async () => { await server.stop(); await rm(dir, { recursive: true, force: true }); } };
}

const INVESTOR = { first_name: "Bench", last_name: "Reader", nationality: "GBR", date_of_birth: "1990-12-20" };

/** Creates `count` investors; returns their ids. */
async function createInvestors({ port, host, apiKey }, count) {
  const ids = [];
  for (let i = 0; i < count; i += 1) {
    const res = await request({ method: "POST", host, port, path: "/tenant/investors/v1", headers: { "x-api-key": apiKey, "idempotency-key": randomUUID() }, body: { ...INVESTOR, last_name: `Reader${i}` } });
    if (res.status !== 201) throw new Error(`investor: ${res.status} ${res.body.slice(0, 300)}`);
    ids.push(res.json.investor_id);
  }
  return ids;
}

/**
 * The single-endpoint workloads against the bare worker, measured back to back with one tool.
 * `pgid` / `barePgid` (the wranglers' process groups) add the workerd CPU per request (Linux).
 */
export async function measureRatios({ port, barePort, pgid, barePgid, apiKey, tenantHost, connections, seconds, rounds = 5, tool, log }) {
  const tenant = { port, host: tenantHost, apiKey };
  const ids = await createInvestors(tenant, 60);
  const auth = { "x-api-key": apiKey };
  const workloads = [
    { key: "noop", name: "no-op GET /tenant/test/hello-world-be", target: { port, host: tenantHost, path: "/tenant/test/hello-world-be", headers: auth } },
    { key: "getById", name: "GET /tenant/investors/v1/{id}", target: { port, host: tenantHost, path: `/tenant/investors/v1/${ids[0]}`, headers: auth } },
    { key: "list50", name: "GET /tenant/investors/v1?page_size=50", target: { port, host: tenantHost, path: "/tenant/investors/v1?page_size=50&page_number=1", headers: auth } },
    {
      key: "idempotentWrite",
      name: "POST /tenant/investors/v1 (fresh Idempotency-Key)",
      target: { port, host: tenantHost, path: "/tenant/investors/v1", method: "POST", body: INVESTOR, headers: auth, freshIdempotencyKey: true },
    },
  ];
  const bareTarget = { port: barePort, host: "localhost", path: "/" };
  // The platform's floor for three of them (reference-worker.mjs): what the route cannot avoid.
  const floors = [
    { key: "floorRead", of: "getById", name: "reference: one D1 read of one row", target: { ...bareTarget, path: "/floor/read" } },
    { key: "floorPage", of: "list50", name: "reference: one D1 read of 50 rows", target: { ...bareTarget, path: "/floor/page" } },
    { key: "floorWrite", of: "idempotentWrite", name: "reference: one object RPC writing one row, then one D1 write", target: { ...bareTarget, path: "/floor/write", method: "POST", body: INVESTOR } },
  ];
  const onReference = new Set(["bare", ...floors.map((f) => f.key)]);
  const all = [{ key: "bare", name: "bare worker", target: bareTarget }, ...workloads, ...floors];
  // Interleaved slices: load from other processes that comes and goes affects every workload alike.
  const slice = Math.max(1, Math.round(seconds / rounds));
  const acc = Object.fromEntries(all.map((w) => [w.key, { requests: 0, seconds: 0, errors: 0, p50: [], p99: [], loadavg: [], cpu: [] }]));
  for (const w of all) await measure({ name: w.name, target: w.target, connections, seconds: 1, warmupSeconds: 0, tool });
  for (let round = 0; round < rounds; round += 1) {
    for (const w of all) {
      const group = onReference.has(w.key) ? barePgid : pgid;
      const before = workerdCpu(group);
      const m = await measure({ name: w.name, target: w.target, connections, seconds: slice, warmupSeconds: 0, tool });
      const a = acc[w.key];
      const cpu = cpuPerRequest(before, workerdCpu(group), m.total);
      if (cpu) a.cpu.push(cpu);
      a.requests += m.per_second * slice;
      a.seconds += slice;
      a.errors += m.errors;
      a.p50.push(m.latency.p50_ms);
      a.p99.push(m.latency.p99_ms);
      a.loadavg.push(m.loadavg_1m);
    }
    log(`hot path round ${round + 1}/${rounds}: ${all.map((w) => `${w.key} ${fmt(acc[w.key].requests / acc[w.key].seconds)} /s`).join(", ")}`);
  }
  const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  const summary = (key) => {
    const a = acc[key];
    // CPU per request: the lowest round's (other processes only ever add to it).
    const cpu = a.cpu.length === 0 ? null : { total_ms: Math.min(...a.cpu.map((c) => c.total_ms)), busiest_ms: Math.min(...a.cpu.map((c) => c.busiest_ms)) };
    return { seconds: a.seconds, per_second: a.requests / a.seconds, errors: a.errors, latency: { p50_ms: median(a.p50), p99_ms: Math.max(...a.p99) }, loadavg_1m: a.loadavg, cpu };
  };
  const bare = summary("bare");
  const rows = workloads.map((w) => {
    const r = summary(w.key);
    const f = floors.find((x) => x.of === w.key);
    const floor = f ? { key: f.key, name: f.name, ...summary(f.key) } : undefined;
    return { key: w.key, name: w.name, ...r, ratio: r.per_second / bare.per_second, goal: GOALS[w.key], ...(floor && { floor, floor_ratio: r.per_second / floor.per_second }) };
  });
  for (const r of rows) {
    const floor = r.floor ? `; ${fmt(r.floor_ratio, 2)} of its floor's ${fmt(r.floor.per_second)} /s (${r.floor.name})` : "";
    log(`${r.name}: ${fmt(r.per_second)} /s = ${fmt(r.ratio, 2)} of the bare worker's ${fmt(bare.per_second)} /s${floor}`);
  }
  return { tool, connections, rounds, slice_seconds: slice, bare, bare_per_second: bare.per_second, rows, investor_ids: ids };
}

/**
 * The mixed workload: 70 % reads (investors, pots, payments by id), 25 % writes (investors, pots,
 * payments), 5 % filtered lists; against the bare worker with the same client and concurrency.
 */
export async function measureMixed({ port, barePort, apiKey, tenantHost, investorIds, potIds, connections, seconds, warmupSeconds, log }) {
  const headers = { "x-api-key": apiKey };
  const one = (list) => list[Math.floor(Math.random() * list.length)];
  const paymentIds = [];
  const get = (p) => (agent) => request({ host: tenantHost, port, agent, path: p(), headers });
  const post = (p, body) => (agent) => request({ method: "POST", host: tenantHost, port, agent, path: p, headers: { ...headers, "idempotency-key": randomUUID() }, body: body() });
  const payment = () => ({ request_id: randomUUID(), amount: "10.00", pot_id: one(potIds), payment_type: "manual", service_provider: "none", purpose: "cash" });
  const ops = [
    { name: "GET investor", weight: 30, send: get(() => `/tenant/investors/v1/${one(investorIds)}`), ok: (s) => s === 200 },
    { name: "GET pot", weight: 20, send: get(() => `/tenant/pots/v1/${one(potIds)}`), ok: (s) => s === 200 },
    { name: "GET payment", weight: 20, send: get(() => (paymentIds.length ? `/tenant/payments/v1/${one(paymentIds)}` : `/tenant/pots/v1/${one(potIds)}`)), ok: (s) => s === 200 },
    { name: "POST investor", weight: 10, send: post("/tenant/investors/v1", () => INVESTOR), ok: (s) => s === 201 },
    {
      name: "POST pot",
      weight: 5,
      send: post("/tenant/pots/v1", () => ({ request_id: randomUUID(), investor_id: [one(investorIds)], financial_product_id: "general_investment_product", pots: [{ pot_name: "Mixed", pot_currency: "GBP", status: "active" }] })),
      ok: (s) => s === 201,
    },
    {
      name: "POST payment",
      weight: 10,
      send: async (agent) => {
        const res = await post("/tenant/payments/v1", payment)(agent);
        if (res.status === 201 && res.json?.transaction_id) paymentIds.push(res.json.transaction_id);
        return res;
      },
      ok: (s) => s === 201,
    },
    { name: "GET payments?investor_id&status", weight: 3, send: get(() => `/tenant/payments/v1/?investor_id=${one(investorIds)}&status=pending_confirmation,succeeded`), ok: (s) => s === 200 },
    { name: "GET transactions?pot_id", weight: 2, send: get(() => `/tenant/transactions/v1?pot_id=${one(potIds)}`), ok: (s) => s === 200 },
  ];
  const bareOps = [{ name: "bare", weight: 1, send: (agent) => request({ host: "localhost", port: barePort, agent, path: "/" }), ok: (s) => s === 200 }];
  // Interleaved rounds, as for the hot path.
  const rounds = 3;
  const slice = Math.max(1, Math.round(seconds / rounds));
  const runs = { bare: [], mixed: [] };
  for (let round = 0; round < rounds; round += 1) {
    runs.bare.push(await measureMix({ ops: bareOps, connections, seconds: slice, warmupSeconds: round === 0 ? warmupSeconds : 0 }));
    runs.mixed.push(await measureMix({ ops, connections, seconds: slice, warmupSeconds: round === 0 ? warmupSeconds : 0 }));
  }
  const bare = combineMixes(runs.bare);
  const mixed = combineMixes(runs.mixed);
  log(`mixed: ${fmt(mixed.per_second)} /s (bare ${fmt(bare.per_second)} /s), p50 ${fmt(mixed.latency.p50_ms, 2)} ms, p99 ${fmt(mixed.latency.p99_ms, 2)} ms, ${mixed.errors} errors`);
  return { bare, mixed, ratio: mixed.per_second / bare.per_second };
}

/** Totals over rounds of `measureMix`: rates over the whole time, the median p50 and the worst p99. */
function combineMixes(list) {
  const seconds = list.reduce((a, m) => a + m.seconds, 0);
  const ok = list.reduce((a, m) => a + m.per_second * m.seconds, 0);
  const p50s = list.map((m) => m.latency.p50_ms).sort((x, y) => x - y);
  const operations = {};
  for (const m of list) {
    for (const [name, op] of Object.entries(m.operations)) {
      const o = (operations[name] ??= { ok: 0, errors: 0, p50s: [] });
      o.ok += op.ok;
      o.errors += op.errors;
      o.p50s.push(op.p50_ms);
    }
  }
  return {
    connections: list[0].connections,
    seconds,
    per_second: ok / seconds,
    latency: { p50_ms: p50s[Math.floor(p50s.length / 2)], p99_ms: Math.max(...list.map((m) => m.latency.p99_ms)) },
    errors: list.reduce((a, m) => a + m.errors, 0),
    operations: Object.fromEntries(Object.entries(operations).map(([k, o]) => [k, { ok: o.ok, errors: o.errors, p50_ms: o.p50s.sort((x, y) => x - y)[Math.floor(o.p50s.length / 2)] }])),
    ...(list.find((m) => m.first_error) && { first_error: list.find((m) => m.first_error).first_error }),
  };
}

/** Sequential writes: the HTTP latency and the object's Server-Timing split of each. */
export async function measureWriteSplit({ port, apiKey, tenantHost, writes, log }) {
  const parts = { command: [], fanout: [], flush: [], webhooks: [] };
  const total = [];
  for (let i = 0; i < writes; i += 1) {
    const t0 = performance.now();
    const res = await request({ method: "POST", host: tenantHost, port, path: "/tenant/investors/v1", headers: { "x-api-key": apiKey, "idempotency-key": randomUUID() }, body: INVESTOR });
    const t1 = performance.now();
    if (res.status !== 201) throw new Error(`write: ${res.status} ${res.body.slice(0, 200)}`);
    total.push(t1 - t0);
    for (const m of String(res.headers["server-timing"] ?? "").matchAll(/(\w+);dur=([\d.]+)/g)) parts[m[1]]?.push(Number(m[2]));
  }
  const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN);
  const inside = mean(parts.command) + mean(parts.fanout) + mean(parts.flush) + mean(parts.webhooks);
  const split = {
    writes,
    http: summarize(total),
    mean_ms: {
      command_and_commit: mean(parts.command),
      socket_fanout: mean(parts.fanout),
      d1_flush: mean(parts.flush),
      webhook_handover: mean(parts.webhooks),
      worker_and_rpc: mean(total) - inside,
      total: mean(total),
    },
  };
  log(`write split (${writes} sequential): ${Object.entries(split.mean_ms).map(([k, v]) => `${k} ${fmt(v, 2)} ms`).join(", ")}`);
  return split;
}
