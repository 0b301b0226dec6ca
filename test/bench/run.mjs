// `npm run bench`: throughput and latency of a real `wrangler dev` (workerd) on this machine.
//
//   npm run bench                 full run: 5 s per level, 100,000 replay events, writes RESULTS.md
//   npm run bench -- --quick      short run: 2 s per level, 10,000 replay events (RESULTS.md untouched)
//
// The server runs from a snapshot of the sources taken at start (the working tree by default,
// `--source=head` for the last commit), so edits made while the benchmark runs do not make
// `wrangler dev` reload mid-measurement.
//
// Options: --seconds=N (measured seconds per level), --warmup=N (seconds), --levels=1,16,64,
// --replay-events=N, --seed-concurrency=N, --seed-budget=N (seconds; stop seeding after that and
// replay what exists), --fanout-writes=N, --subscribers=N, --results-md (write RESULTS.md on a
// quick run too), --no-results-md.
//
// Options for the hot path and scale (ratios.mjs, scale.mjs): --connections=N (64), --hot-seconds=N,
// --mixed-seconds=N, --split-writes=N, --scale-transactions=N (1,000,000), --scale-payments=N
// (100,000), --scale-runs=N, --no-scale.
//
// Measures, on one server (and a bare worker started alongside, the ceiling every ratio is taken
// against):
//   0. the scale check: a tenant with 1,000,000 transactions and 100,000 payments in its read
//      model (seeded through `wrangler d1 execute` from projected rows) against one with 10,000;
//   1. the hot path (no-op, GET by id, 50-item list, idempotent write) with wrk when installed,
//      as shares of the bare worker; a mixed workload; where a write's time goes;
//   2. committed idempotent writes/s (POST /tenant/investors/v1) against the no-op
//      GET /tenant/test/hello-world-be at each concurrency level, with p50/p99 latency;
//   3. commit-to-socket latency with N subscribers on the `investors` channel;
//   4. replay throughput of `from_ts: -1` over the channel's events.
// Writes test/bench/results/latest.json (gitignored) and prints a markdown table.

import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import WebSocket from "ws";
import { PROJECT_ROOT, startDevServer } from "../../scripts/dev-server.mjs";
import { lookup, request } from "../../scripts/local-http.mjs";
import { BENCH_DIR, snapshotSources } from "./harness.mjs";
import { hasWrk } from "./load.mjs";
import { measureMixed, measureRatios, measureWriteSplit, startBareWorker } from "./ratios.mjs";
import { goalRows, hotPathMarkdown, mixedMarkdown, scaleMarkdown, writeSplitMarkdown } from "./report.mjs";
import { createTemplate, executeLocal, measureScale, scaleShapes, seedStatements } from "./scale.mjs";
import { fmt, summarize } from "./stats.mjs";

const TENANT_ID = "bench";
const TARGETS = { writeToNoopRatioAt64: 0.5, replayEventsPerSecond: 20_000, fanoutP99Ms: 50 };

// ---------------------------------------------------------------------------------------------
// Options

function parseOptions(argv) {
  const flags = new Map();
  for (const arg of argv) {
    const match = arg.match(/^--([a-z0-9-]+)(?:=(.*))?$/);
    if (!match) throw new Error(`unknown argument ${arg}`);
    flags.set(match[1], match[2] ?? true);
  }
  const quick = flags.has("quick");
  const num = (name, fallback) => {
    if (!flags.has(name)) return fallback;
    const value = Number(flags.get(name));
    if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`);
    return value;
  };
  const known = new Set([
    "quick", "seconds", "warmup", "levels", "replay-events", "seed-concurrency", "seed-budget",
    "fanout-writes", "subscribers", "results-md", "no-results-md", "source",
    "connections", "hot-seconds", "mixed-seconds", "split-writes", "scale-transactions", "scale-payments", "scale-runs", "no-scale",
  ]);
  const source = flags.has("source") ? String(flags.get("source")) : "worktree";
  if (source !== "worktree" && source !== "head") throw new Error("--source is worktree or head");
  for (const name of flags.keys()) if (!known.has(name)) throw new Error(`unknown option --${name}`);
  const levels = flags.has("levels")
    ? String(flags.get("levels")).split(",").map((x) => Number(x)).filter((x) => Number.isInteger(x) && x > 0)
    : [1, 16, 64];
  return {
    quick,
    seconds: num("seconds", quick ? 2 : 5),
    warmupSeconds: num("warmup", quick ? 0.5 : 1),
    levels,
    replayEvents: Math.floor(num("replay-events", quick ? 10_000 : 100_000)),
    seedConcurrency: Math.floor(num("seed-concurrency", 128)),
    seedBudgetSeconds: num("seed-budget", quick ? 90 : 300),
    fanoutWrites: Math.floor(num("fanout-writes", quick ? 100 : 200)),
    subscribers: Math.floor(num("subscribers", 10)),
    writeResultsMd: flags.has("no-results-md") ? false : flags.has("results-md") || !quick,
    source,
    connections: Math.floor(num("connections", 64)),
    hotSeconds: num("hot-seconds", quick ? 4 : 15),
    mixedSeconds: num("mixed-seconds", quick ? 3 : 10),
    splitWrites: Math.floor(num("split-writes", quick ? 50 : 200)),
    scale: !flags.has("no-scale"),
    scaleTransactions: Math.floor(num("scale-transactions", quick ? 100_000 : 1_000_000) / 100) * 100,
    scalePayments: Math.floor(num("scale-payments", quick ? 10_000 : 100_000) / 10) * 10,
    scaleRuns: Math.floor(num("scale-runs", quick ? 10 : 100)),
  };
}

const log = (...args) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...args);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------
// HTTP

function keepAliveAgent(maxSockets) {
  return new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets, lookup });
}

/** Counts the investors created on the bench tenant (each one is one `investors` event). */
const created = { bench: 0 };

function tenantClient(port, apiKey) {
  const host = `${TENANT_ID}.localhost`;
  return {
    noop: (agent) => request({ host, port, agent, path: "/tenant/test/hello-world-be", headers: { "x-api-key": apiKey } }),
    write: async (agent) => {
      const res = await request({
        method: "POST",
        host,
        port,
        agent,
        path: "/tenant/investors/v1",
        headers: { "x-api-key": apiKey, "idempotency-key": randomUUID() },
        body: { first_name: "Bench", last_name: "Writer" },
      });
      if (res.status === 201) created.bench += 1;
      return res;
    },
  };
}

/**
 * Runs `concurrency` closed-loop clients: warm-up, then a measured window. Throughput counts the
 * answers that complete inside the window; latency is taken from those answers.
 */
async function runLoad({ name, concurrency, warmupMs, durationMs, send, expectStatus }) {
  const agent = keepAliveAgent(concurrency);
  const latencies = [];
  const statuses = {};
  let errors = 0;
  let firstError;
  const startedAt = performance.now();
  const measureFrom = startedAt + warmupMs;
  const measureTo = measureFrom + durationMs;
  const client = async () => {
    while (performance.now() < measureTo) {
      const t0 = performance.now();
      let status = 0;
      let body = "";
      try {
        const res = await send(agent);
        status = res.status;
        body = res.body;
      } catch (error) {
        body = String(error?.message ?? error);
      }
      const t1 = performance.now();
      if (t1 < measureFrom || t1 > measureTo) continue;
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (status === expectStatus) latencies.push(t1 - t0);
      else {
        errors += 1;
        firstError ??= `${status} ${body.slice(0, 300)}`;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  agent.destroy();
  const result = {
    name,
    concurrency,
    duration_s: durationMs / 1000,
    ok: latencies.length,
    errors,
    statuses,
    per_second: latencies.length / (durationMs / 1000),
    latency: summarize(latencies),
    loadavg_1m: Math.round(os.loadavg()[0] * 100) / 100,
    ...(firstError && { first_error: firstError }),
  };
  log(
    `${name} x${concurrency}: ${fmt(result.per_second)} /s, p50 ${fmt(result.latency.p50_ms, 2)} ms, p99 ${fmt(result.latency.p99_ms, 2)} ms` +
      (errors ? `, ${errors} errors (first: ${firstError})` : ""),
  );
  return result;
}

// ---------------------------------------------------------------------------------------------
// WebSockets

/**
 * Opens a socket to the tenant's `/ws`, subscribes to `ch` (optionally with `from_ts`) and
 * resolves once the ACK arrives. `onFrame(frame, atMs)` sees every data frame (not the ACK).
 * `onOpenSubscribe(atMs)` is called just before the subscription is sent.
 */
function subscribe({ port, apiKey, ch, fromTs, onFrame, onSubscribeSent, parse = true }) {
  const url = `ws://${TENANT_ID}.localhost:${port}/ws?x-token=${encodeURIComponent(apiKey)}`;
  const ws = new WebSocket(url, { lookup, perMessageDeflate: false });
  const reqId = randomUUID();
  return new Promise((resolve, reject) => {
    let acked = false;
    const timer = setTimeout(() => reject(new Error(`no ACK for the ${ch} subscription within 30 s`)), 30_000);
    ws.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    ws.once("unexpected-response", (_req, res) => {
      clearTimeout(timer);
      reject(new Error(`WebSocket upgrade refused: HTTP ${res.statusCode}`));
    });
    ws.once("open", () => {
      onSubscribeSent?.(performance.now());
      ws.send(JSON.stringify({ type: "subscription", ch, req_id: reqId, ...(fromTs !== undefined && { from_ts: fromTs }) }));
    });
    ws.on("message", (data) => {
      const at = performance.now();
      const text = data.toString();
      if (!acked) {
        const frame = JSON.parse(text);
        if (frame.req_id === reqId) {
          clearTimeout(timer);
          if (frame.status !== "ACK") return reject(new Error(`subscription refused: ${text}`));
          acked = true;
          resolve({ ws, ackAt: at });
          return;
        }
      }
      onFrame?.(parse ? JSON.parse(text) : text, at);
    });
  });
}

function closeSocket(ws) {
  return new Promise((resolve) => {
    if (ws.readyState === WebSocket.CLOSED) return resolve();
    const timer = setTimeout(() => {
      ws.terminate();
      resolve();
    }, 2_000);
    ws.once("close", () => {
      clearTimeout(timer);
      resolve();
    });
    ws.close(1000, "bench done");
  });
}

/** Phase 2: sequential writes, each delivered to `subscribers` sockets; latency per socket per event. */
async function measureFanout({ port, apiKey, client, subscribers, writes }) {
  const arrivals = new Map(); // investor_id -> [arrival ms, ...]
  const onFrame = (frame, at) => {
    if (frame.type !== "investor_created" || frame.resend) return;
    const id = frame.payload?.investor_id;
    let list = arrivals.get(id);
    if (!list) arrivals.set(id, (list = []));
    list.push(at);
  };
  const sockets = [];
  for (let i = 0; i < subscribers; i += 1) {
    sockets.push((await subscribe({ port, apiKey, ch: "investors", onFrame })).ws);
  }
  log(`fan-out: ${subscribers} sockets subscribed; ${writes} sequential writes`);
  const agent = keepAliveAgent(1);
  const sent = [];
  let errors = 0;
  for (let i = 0; i < writes; i += 1) {
    const t0 = performance.now();
    const res = await client.write(agent);
    const t1 = performance.now();
    if (res.status !== 201 || !res.json?.investor_id) {
      errors += 1;
      continue;
    }
    sent.push({ id: res.json.investor_id, t0, responseMs: t1 - t0 });
  }
  agent.destroy();
  const complete = () => sent.every(({ id }) => (arrivals.get(id)?.length ?? 0) >= subscribers);
  const deadline = performance.now() + 5_000;
  while (!complete() && performance.now() < deadline) await sleep(20);
  await Promise.all(sockets.map(closeSocket));

  const latencies = [];
  let missing = 0;
  let beforeResponse = 0;
  for (const { id, t0, responseMs } of sent) {
    const times = arrivals.get(id) ?? [];
    missing += Math.max(0, subscribers - times.length);
    for (const at of times) {
      latencies.push(at - t0);
      if (at - t0 < responseMs) beforeResponse += 1;
    }
  }
  const result = {
    subscribers,
    writes: sent.length,
    write_errors: errors,
    deliveries: latencies.length,
    missing_deliveries: missing,
    delivered_before_http_response: beforeResponse,
    latency: summarize(latencies),
    http_response: summarize(sent.map((s) => s.responseMs)),
  };
  log(`fan-out: p50 ${fmt(result.latency.p50_ms, 2)} ms, p99 ${fmt(result.latency.p99_ms, 2)} ms, missing ${missing}`);
  return result;
}

/** Creates investors with `concurrency` requests in flight until the tenant has `target`, or the budget runs out. */
async function seedInvestors({ client, target, concurrency, budgetMs }) {
  const need = Math.max(0, target - created.bench);
  const agent = keepAliveAgent(concurrency);
  const start = performance.now();
  const deadline = start + budgetMs;
  let issued = 0;
  let errors = 0;
  let firstError;
  let lastLog = start;
  const worker = async () => {
    while (issued < need && performance.now() < deadline) {
      issued += 1;
      let res;
      try {
        res = await client.write(agent);
      } catch (error) {
        res = { status: 0, body: String(error?.message ?? error) };
      }
      if (res.status !== 201) {
        errors += 1;
        issued -= 1; // try again (idempotency key is fresh, so a 429 or timeout is simply retried)
        firstError ??= `${res.status} ${String(res.body).slice(0, 300)}`;
        if (errors > 1000) throw new Error(`seeding: too many errors, first: ${firstError}`);
      }
      const now = performance.now();
      if (now - lastLog > 10_000) {
        lastLog = now;
        const rate = (created.bench - (target - need)) / ((now - start) / 1000);
        log(`seeding: ${created.bench}/${target} events (${fmt(rate)} writes/s)`);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  const seconds = (performance.now() - start) / 1000;
  const result = {
    target,
    already_present: target - need,
    created: created.bench - (target - need),
    total_events: created.bench,
    concurrency,
    seconds,
    writes_per_second: (created.bench - (target - need)) / seconds,
    errors,
    budget_hit: created.bench < target,
    loadavg_1m: Math.round(os.loadavg()[0] * 100) / 100,
    ...(firstError && { first_error: firstError }),
  };
  log(`seeding: ${result.created} writes in ${fmt(seconds, 1)} s (${fmt(result.writes_per_second)} /s); channel has ${created.bench} events`);
  return result;
}

/** Phase 3: subscribe with from_ts -1 and time until `expected` replayed frames arrived. */
async function measureReplay({ port, apiKey, expected }) {
  let count = 0;
  let lastTs = -Infinity;
  let outOfOrder = 0;
  let sentAt = 0;
  let doneAt = 0;
  let lastFrameAt = 0;
  let live = 0;
  let resolveDone;
  const done = new Promise((resolve) => (resolveDone = resolve));
  const { ws, ackAt } = await subscribe({
    port,
    apiKey,
    ch: "investors",
    fromTs: -1,
    onSubscribeSent: (at) => (sentAt = at),
    onFrame: (frame, at) => {
      lastFrameAt = at;
      if (frame.resend !== true) {
        live += 1;
        return;
      }
      count += 1;
      if (!(frame.ts > lastTs)) outOfOrder += 1;
      lastTs = frame.ts;
      if (count === expected) {
        doneAt = at;
        resolveDone();
      }
    },
  });
  // Stop waiting when the frames stop coming (fewer than expected) for 15 s.
  while (!doneAt) {
    const idleSince = Math.max(lastFrameAt, ackAt);
    if (performance.now() - idleSince > 15_000) break;
    await Promise.race([done, sleep(250)]);
  }
  await sleep(300); // any extra frames beyond the expected count
  await closeSocket(ws);
  const endAt = doneAt || lastFrameAt;
  const seconds = (endAt - sentAt) / 1000;
  const result = {
    expected,
    received: count,
    extra_live_frames: live,
    out_of_order: outOfOrder,
    ack_ms: Math.round((ackAt - sentAt) * 100) / 100,
    seconds,
    events_per_second: (doneAt ? expected : count) / seconds,
    // The channel may hold more events than the seeding counted (other phases write investors too).
    complete: count >= expected,
  };
  log(`replay: ${count}/${expected} frames in ${fmt(seconds, 3)} s = ${fmt(result.events_per_second, 0)} events/s`);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Report

function machineInfo() {
  const cpus = os.cpus();
  let wrangler = "unknown";
  try {
    wrangler = JSON.parse(readFileSync(path.join(PROJECT_ROOT, "node_modules", "wrangler", "package.json"), "utf8")).version;
  } catch {
    // not installed where expected
  }
  return {
    cpus: cpus.length,
    cpu_model: cpus[0]?.model ?? "unknown",
    total_memory_gb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    wrangler,
    loadavg_at_start: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

function evaluateTargets(results) {
  const at64 = results.levels.find((l) => l.concurrency === 64) ?? results.levels[results.levels.length - 1];
  const ratio = at64 ? at64.write_to_noop_ratio : Number.NaN;
  const replay = results.replay.events_per_second;
  const fanout = results.fanout.latency.p99_ms;
  return [
    {
      target: `writes at ${at64?.concurrency ?? 64} clients ≥ ${TARGETS.writeToNoopRatioAt64} × no-op throughput`,
      value: `${fmt(ratio, 3)} (${fmt(at64?.write.per_second)} vs ${fmt(at64?.noop.per_second)} /s)`,
      met: ratio >= TARGETS.writeToNoopRatioAt64,
    },
    {
      target: `replay ≥ ${fmt(TARGETS.replayEventsPerSecond, 0)} events/s`,
      value:
        `${fmt(replay, 0)} events/s over ${fmt(results.replay.received, 0)} events` +
        (results.replay.complete ? "" : " (replay incomplete)") +
        (results.seed.budget_hit ? ` — only ${fmt(results.seed.total_events, 0)} of ${fmt(results.seed.target, 0)} seeded, rate extrapolated` : ""),
      met: replay >= TARGETS.replayEventsPerSecond && results.replay.complete,
    },
    {
      target: `fan-out p99 < ${TARGETS.fanoutP99Ms} ms (${results.fanout.subscribers} subscribers)`,
      value: `${fmt(fanout, 2)} ms`,
      met: fanout < TARGETS.fanoutP99Ms && results.fanout.missing_deliveries === 0,
    },
  ];
}

function markdown(results) {
  const lines = [];
  const ms = (x) => fmt(x, 2);
  lines.push(`### Writes vs no-op (one tenant, ${results.options.seconds} s per level after ${results.options.warmupSeconds} s warm-up)`, "");
  lines.push("| Clients | Writes/s | Write p50 ms | Write p99 ms | No-op/s | No-op p50 ms | No-op p99 ms | Write / no-op | Errors |");
  lines.push("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const level of results.levels) {
    lines.push(
      `| ${level.concurrency} | ${fmt(level.write.per_second)} | ${ms(level.write.latency.p50_ms)} | ${ms(level.write.latency.p99_ms)} | ` +
        `${fmt(level.noop.per_second)} | ${ms(level.noop.latency.p50_ms)} | ${ms(level.noop.latency.p99_ms)} | ` +
        `${fmt(level.write_to_noop_ratio, 3)} | ${level.write.errors + level.noop.errors} |`,
    );
  }
  const f = results.fanout;
  lines.push("", `### Commit-to-socket fan-out (${f.subscribers} subscribers, ${f.writes} sequential writes)`, "");
  lines.push("| Deliveries | p50 ms | p99 ms | max ms | Missing | Before HTTP answer | HTTP answer p50 ms |");
  lines.push("|---:|---:|---:|---:|---:|---:|---:|");
  lines.push(
    `| ${fmt(f.deliveries, 0)} | ${ms(f.latency.p50_ms)} | ${ms(f.latency.p99_ms)} | ${ms(f.latency.max_ms)} | ${f.missing_deliveries} | ` +
      `${fmt(f.delivered_before_http_response, 0)} | ${ms(f.http_response.p50_ms)} |`,
  );
  const s = results.seed;
  const r = results.replay;
  lines.push("", "### Replay (`from_ts: -1`, channel `investors`)", "");
  lines.push("| Events replayed | Seconds | Events/s | Seeding: writes | Seeding: seconds | Seeding: writes/s (in flight) |");
  lines.push("|---:|---:|---:|---:|---:|---:|");
  lines.push(
    `| ${fmt(r.received, 0)}${r.complete ? "" : ` of ${fmt(r.expected, 0)}`} | ${fmt(r.seconds, 3)} | ${fmt(r.events_per_second, 0)} | ` +
      `${fmt(s.created, 0)} (+${fmt(s.already_present, 0)} earlier) | ${fmt(s.seconds, 1)} | ${fmt(s.writes_per_second)} (${s.concurrency}) |`,
  );
  if (s.budget_hit) {
    lines.push(
      "",
      `**Seeding stopped at the ${results.options.seedBudgetSeconds} s budget with ${fmt(s.total_events, 0)} of ${fmt(s.target, 0)} events;` +
        ` the replay rate above is over that smaller count (extrapolated time for ${fmt(s.target, 0)}: ` +
        `${fmt(s.target / r.events_per_second, 1)} s).**`,
    );
  }
  lines.push("", "### Targets", "");
  lines.push("| Target | This run | Met |", "|---|---|---|");
  for (const t of results.targets) lines.push(`| ${t.target} | ${t.value} | ${t.met ? "yes" : "**no**"} |`);
  return lines.join("\n");
}

function resultsDocument(results, table) {
  const m = results.machine;
  return [
    "# Benchmark results",
    "",
    `Run on ${results.finished_at.slice(0, 10)} with \`npm run bench${results.argv.length ? ` -- ${results.argv.join(" ")}` : ""}\` ` +
      `(local \`wrangler dev\` ${m.wrangler}, workerd, D1 and Durable Objects simulated on disk).`,
    "",
    `Machine: ${m.cpus} cores (${m.cpu_model}), ${m.total_memory_gb} GB RAM, ${m.platform}, Node ${m.node}. ` +
      "The load generator runs on the same cores as workerd.",
    "",
    `Server: ${results.source.description}; 1-minute load average ${m.loadavg_at_start[0]} at start, ${results.loadavg_at_end[0]} at the end.`,
    "",
    "Figures vary noticeably between runs (other processes, thermal state, the client sharing the CPU); " +
      "compare ratios within one run (writes against the no-op at the same concurrency) rather than absolute numbers across runs or machines. " +
      "Raw numbers: `test/bench/results/latest.json` (not committed).",
    "",
    results.hot_path ? hotPathMarkdown(results.hot_path) : "",
    "",
    results.mixed ? mixedMarkdown(results.mixed) : "",
    "",
    results.write_split ? writeSplitMarkdown(results.write_split) : "",
    "",
    results.scale ? scaleMarkdown(results.scale, results.scale_shapes, results.scale_seed_seconds) : "",
    "",
    table,
    "",
    "### Goals (issue: performance)",
    "",
    "| Goal | This run | Met |",
    "|---|---|---|",
    ...goalRows(results).map((g) => `| ${g.target} | ${g.value} | ${g.met ? "yes" : "**no**"} |`),
    "",
  ].join("\n");
}

// ---------------------------------------------------------------------------------------------
// Main

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const startedAt = new Date().toISOString();
  const machine = machineInfo();
  log(`options ${JSON.stringify(options)}`);
  log(`machine: ${machine.cpus} cpus, node ${machine.node}, wrangler ${machine.wrangler}`);

  const persistTo = await mkdtemp(path.join(os.tmpdir(), "coffer-bench-"));
  const sourceDir = await mkdtemp(path.join(os.tmpdir(), "coffer-bench-src-"));
  const adminToken = `bench-${randomUUID()}`;
  const serverLog = { reloads: 0, errors: 0 };
  const watchOutput = (text) => {
    serverLog.reloads += text.split("Reloading local server").length - 1;
    serverLog.errors += text.split("[ERROR]").length - 1;
  };
  let server;
  let bare;
  let stopping;
  const cleanup = () => {
    stopping ??= (async () => {
      await server?.stop();
      await bare?.stop();
      await rm(persistTo, { recursive: true, force: true });
      await rm(sourceDir, { recursive: true, force: true });
    })();
    return stopping;
  };
  for (const sig of ["SIGINT", "SIGTERM"]) {
    process.once(sig, () => {
      log(`${sig}: stopping wrangler`);
      cleanup().finally(() => process.exit(130));
    });
  }

  try {
    const snapshot = await snapshotSources(sourceDir, options.source);
    log(`serving ${snapshot.info.description} (copied to ${sourceDir})`);
    log(`starting wrangler dev (state in ${persistTo})`);
    server = await startDevServer({ persistTo, adminToken, config: snapshot.config, stdio: "pipe", onOutput: watchOutput });
    log(`wrangler dev answers on port ${server.port}`);

    // Phase 0: the scale tenants (templates through the API, copies through wrangler d1 execute).
    const shapes = scaleShapes(options.scaleTransactions, options.scalePayments);
    const scaleTenants = {};
    const templates = {};
    let scaleSeedSeconds = 0;
    if (options.scale) {
      for (const [name, shape] of Object.entries(shapes)) {
        const created = await request({ method: "POST", port: server.port, path: "/admin/v1/tenants", headers: { authorization: `Bearer ${adminToken}` }, body: { tenant_id: shape.tenantId, name: shape.tenantId, config: { rate_limit_per_second: 1_000_000, rate_limit_burst: 10_000_000 } } });
        if (created.status !== 201) throw new Error(`creating ${shape.tenantId} failed: ${created.status} ${created.body}`);
        scaleTenants[name] = { tenantId: shape.tenantId, apiKey: created.json.api_key.api_key };
        templates[name] = await createTemplate({ port: server.port, host: `${shape.tenantId}.localhost`, apiKey: scaleTenants[name].apiKey });
      }
      log(`seeding ${fmt(shapes.big.transactions, 0)} transactions and ${fmt(shapes.big.payments, 0)} payments (and the small tenant) with the server stopped`);
      await server.stop();
      const statements = [...seedStatements(shapes.big, templates.big), ...seedStatements(shapes.small, templates.small)];
      scaleSeedSeconds = await executeLocal({ config: snapshot.config, persistTo, statements, dir: sourceDir, log });
      server = await startDevServer({ persistTo, adminToken, config: snapshot.config, stdio: "pipe", onOutput: watchOutput, migrate: false });
      log(`wrangler dev answers again on port ${server.port}`);
    }
    const { port } = server;
    bare = await startBareWorker();
    log(`bare worker answers on port ${bare.server.port}`);

    const tenant = await request({
      method: "POST",
      port,
      path: "/admin/v1/tenants",
      headers: { authorization: `Bearer ${adminToken}` },
      body: { tenant_id: TENANT_ID, name: "Bench", config: { rate_limit_per_second: 1_000_000, rate_limit_burst: 10_000_000 } },
    });
    if (tenant.status !== 201) throw new Error(`creating the tenant failed: ${tenant.status} ${tenant.body}`);
    const apiKey = tenant.json.api_key.api_key;
    const client = tenantClient(port, apiKey);
    const tenantHost = `${TENANT_ID}.localhost`;

    // Phase 1: the hot path against the bare worker, the mixed workload, the write split.
    const tool = hasWrk() ? "wrk" : "node";
    const hotPath = await measureRatios({ port, barePort: bare.server.port, pgid: server.pid, barePgid: bare.server.pid, apiKey, tenantHost, connections: options.connections, seconds: options.hotSeconds, rounds: options.quick ? 2 : 3, tool, log });
    const potIds = [];
    for (const investorId of hotPath.investor_ids.slice(0, 20)) {
      await request({ method: "PATCH", port, host: tenantHost, path: `/tenant/investors/v1/${investorId}`, headers: { "x-api-key": apiKey, "idempotency-key": randomUUID() }, body: { reference_version: 1, kyc_aml_status: "clear", dealing_status: "active" } });
      const pot = await request({ method: "POST", port, host: tenantHost, path: "/tenant/pots/v1", headers: { "x-api-key": apiKey, "idempotency-key": randomUUID() }, body: { request_id: randomUUID(), investor_id: [investorId], financial_product_id: "general_investment_product", pots: [{ pot_name: "Mixed", pot_currency: "GBP", status: "active" }] } });
      if (pot.status !== 201) throw new Error(`pot for the mixed workload: ${pot.status} ${pot.body.slice(0, 300)}`);
      potIds.push(pot.json.results[0].pot_id);
    }
    const mixed = await measureMixed({ port, barePort: bare.server.port, apiKey, tenantHost, investorIds: hotPath.investor_ids.slice(0, 20), potIds, connections: options.connections, seconds: options.mixedSeconds, warmupSeconds: options.warmupSeconds, log });
    const writeSplit = await measureWriteSplit({ port, apiKey, tenantHost, writes: options.splitWrites, log });

    // Phase 1: writes against the no-op, level by level (each pair back to back).
    const levels = [];
    for (const concurrency of options.levels) {
      const common = { concurrency, warmupMs: options.warmupSeconds * 1000, durationMs: options.seconds * 1000 };
      const noop = await runLoad({ ...common, name: "no-op", send: client.noop, expectStatus: 200 });
      const write = await runLoad({ ...common, name: "write", send: client.write, expectStatus: 201 });
      levels.push({ concurrency, write, noop, write_to_noop_ratio: write.per_second / noop.per_second });
    }

    // Phase 2: fan-out.
    const fanout = await measureFanout({ port, apiKey, client, subscribers: options.subscribers, writes: options.fanoutWrites });

    // Phase 3: seed the channel up to the target, then replay it.
    log(`seeding the investors channel to ${options.replayEvents} events (${options.seedConcurrency} in flight, budget ${options.seedBudgetSeconds} s)`);
    const seed = await seedInvestors({
      client,
      target: options.replayEvents,
      concurrency: options.seedConcurrency,
      budgetMs: options.seedBudgetSeconds * 1000,
    });
    const replay = await measureReplay({ port, apiKey, expected: created.bench });
    const scale = options.scale ? await measureScale({ port, tenants: scaleTenants, shapes, templates, runs: options.scaleRuns, warmup: 5, log }) : null;

    const results = {
      started_at: startedAt,
      finished_at: new Date().toISOString(),
      argv: process.argv.slice(2),
      options,
      machine,
      source: snapshot.info,
      server_log: serverLog,
      loadavg_at_end: os.loadavg().map((x) => Math.round(x * 100) / 100),
      tenant: TENANT_ID,
      levels,
      fanout,
      seed,
      replay,
      hot_path: hotPath,
      mixed,
      write_split: writeSplit,
      scale,
      scale_shapes: shapes,
      scale_seed_seconds: scaleSeedSeconds,
      targets: [],
    };
    results.targets = evaluateTargets(results);

    const table = markdown(results);
    await mkdir(path.join(BENCH_DIR, "results"), { recursive: true });
    await writeFile(path.join(BENCH_DIR, "results", "latest.json"), `${JSON.stringify(results, null, 2)}\n`);
    log("wrote test/bench/results/latest.json");
    if (options.writeResultsMd) {
      await writeFile(path.join(BENCH_DIR, "RESULTS.md"), resultsDocument(results, table));
      log("wrote test/bench/RESULTS.md");
    }
    console.log(table);
  } catch (error) {
    const output = server?.output?.();
    if (output) log(`--- wrangler output (tail) ---\n${output.slice(-4000)}`);
    throw error;
  } finally {
    const output = server?.output?.();
    if (output) {
      await mkdir(path.join(BENCH_DIR, "results"), { recursive: true }).catch(() => {});
      await writeFile(path.join(BENCH_DIR, "results", "wrangler-output.log"), output).catch(() => {});
      if (serverLog.reloads > 0) log(`warning: wrangler dev reloaded ${serverLog.reloads} time(s) during the run`);
      if (serverLog.errors > 0) log(`warning: wrangler dev logged ${serverLog.errors} error(s); see test/bench/results/wrangler-output.log`);
    }
    log("stopping wrangler dev");
    await cleanup();
  }
}

main()
  .then(() => {
    // The business clock's benchmark (a year's advance of a 1,000-pot sandbox tenant) runs on its own server after this one.
    if (!process.exitCode) execFileSync(process.execPath, [path.join(BENCH_DIR, "clock.mjs")], { stdio: "inherit" });
  })
  .catch((error) => {
    console.error(error?.stack ?? error);
    process.exitCode = 1;
  });
