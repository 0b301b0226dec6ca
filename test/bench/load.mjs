// Load generators for the benchmark: wrk when it is installed (as the figures in issue reports were
// taken), else a closed-loop Node client. Both report requests/s and p50/p99 of the answers that
// had the expected status; the bare worker is measured with the same tool, so ratios compare like
// with like.

import { execFile, execFileSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { lookup, request } from "../../scripts/local-http.mjs";
import { summarize } from "./stats.mjs";

/** True when `wrk` is on the PATH. */
export function hasWrk() {
  try {
    execFileSync("wrk", ["--version"], { stdio: "ignore" });
    return true;
  } catch (error) {
    // wrk --version exits 1 after printing its version.
    return error?.status === 1;
  }
}

export function keepAliveAgent(maxSockets) {
  return new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets, lookup });
}

const FRESH_KEY_LUA = `
math.randomseed(os.time() + math.floor(os.clock() * 1000000))
local function uuid()
  return (string.gsub("xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx", "[xy]", function (c)
    local v = (c == "x") and math.random(0, 15) or math.random(8, 11)
    return string.format("%x", v)
  end))
end
request = function()
  wrk.headers["Idempotency-Key"] = uuid()
  return wrk.format(nil, nil, nil, nil)
end
`;

function parseMs(text) {
  const m = text.match(/^([\d.]+)(us|ms|s|m)$/);
  if (!m) return Number.NaN;
  const value = Number(m[1]);
  return m[2] === "us" ? value / 1000 : m[2] === "ms" ? value : m[2] === "s" ? value * 1000 : value * 60_000;
}

/** Parses wrk's `--latency` report. */
export function parseWrk(output) {
  const rps = Number(output.match(/Requests\/sec:\s+([\d.]+)/)?.[1] ?? Number.NaN);
  const total = Number(output.match(/(\d+) requests in/)?.[1] ?? 0);
  const non2xx = Number(output.match(/Non-2xx or 3xx responses:\s+(\d+)/)?.[1] ?? 0);
  const socketErrors = output.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/);
  const errors = non2xx + (socketErrors ? socketErrors.slice(1).reduce((a, b) => a + Number(b), 0) : 0);
  const pct = (p) => parseMs(output.match(new RegExp(`^\\s+${p}%\\s+(\\S+)`, "m"))?.[1] ?? "");
  return { per_second: rps, total, errors, latency: { p50_ms: pct(50), p99_ms: pct(99) } };
}

/**
 * Measures one endpoint for `seconds` with `connections` connections.
 * `target`: { port, host, path, method?, headers?, body?, freshIdempotencyKey? }.
 */
export async function measure({ name, target, connections, seconds, warmupSeconds, tool }) {
  const result = tool === "wrk" ? await measureWithWrk(target, connections, seconds, warmupSeconds) : await measureWithNode(target, connections, seconds, warmupSeconds);
  return { name, tool, connections, seconds, ...result, loadavg_1m: Math.round(os.loadavg()[0] * 100) / 100 };
}

function wrkArgs(target, connections, seconds, script) {
  // wrk adds its own Host header unless one named exactly "Host" is given.
  const headers = { Host: target.host, ...(target.body !== undefined && { "content-type": "application/json" }), ...target.headers };
  const args = ["-t1", `-c${connections}`, `-d${seconds}s`, "--latency", "--timeout", "10s"];
  for (const [k, v] of Object.entries(headers)) args.push("-H", `${k}: ${v}`);
  if (script) args.push("-s", script);
  args.push(`http://127.0.0.1:${target.port}${target.path}`);
  return args;
}

async function measureWithWrk(target, connections, seconds, warmupSeconds) {
  let script;
  if (target.method || target.body !== undefined || target.freshIdempotencyKey) {
    script = path.join(os.tmpdir(), `coffer-bench-${process.pid}-${Math.random().toString(36).slice(2)}.lua`);
    const init = [
      `wrk.method = ${JSON.stringify(target.method ?? "GET")}`,
      target.body !== undefined ? `wrk.body = ${JSON.stringify(JSON.stringify(target.body))}` : "",
    ].join("\n");
    await writeFile(script, `${init}\n${target.freshIdempotencyKey ? FRESH_KEY_LUA : ""}`);
  }
  const run = (s) =>
    new Promise((resolve, reject) => {
      execFile("wrk", wrkArgs(target, connections, s, script), { maxBuffer: 16 * 2 ** 20 }, (error, stdout) => (error ? reject(error) : resolve(stdout)));
    });
  if (warmupSeconds > 0) await run(Math.max(1, Math.round(warmupSeconds)));
  return parseWrk(await run(seconds));
}

async function measureWithNode(target, connections, seconds, warmupSeconds) {
  const agent = keepAliveAgent(connections);
  const latencies = [];
  let errors = 0;
  const start = performance.now();
  const from = start + warmupSeconds * 1000;
  const to = from + seconds * 1000;
  const client = async () => {
    while (performance.now() < to) {
      const t0 = performance.now();
      let status = 0;
      try {
        const headers = { ...target.headers, ...(target.freshIdempotencyKey && { "idempotency-key": crypto.randomUUID() }) };
        status = (await request({ method: target.method ?? "GET", host: target.host, port: target.port, agent, path: target.path, headers, body: target.body })).status;
      } catch {
        status = 0;
      }
      const t1 = performance.now();
      if (t1 < from || t1 > to) continue;
      if (status >= 200 && status < 300) latencies.push(t1 - t0);
      else errors += 1;
    }
  };
  await Promise.all(Array.from({ length: connections }, client));
  agent.destroy();
  const summary = summarize(latencies);
  return { per_second: latencies.length / seconds, total: latencies.length + errors, errors, latency: { p50_ms: summary.p50_ms, p99_ms: summary.p99_ms } };
}

/**
 * A closed-loop mix: each client picks an operation by weight for every request.
 * `ops`: [{ name, weight, send(agent) → Promise<{ status }>, ok(status) }].
 */
export async function measureMix({ ops, connections, seconds, warmupSeconds }) {
  const agent = keepAliveAgent(connections);
  const totalWeight = ops.reduce((a, o) => a + o.weight, 0);
  const latencies = [];
  const perOp = Object.fromEntries(ops.map((o) => [o.name, { ok: 0, errors: 0, latencies: [] }]));
  let firstError;
  const start = performance.now();
  const from = start + warmupSeconds * 1000;
  const to = from + seconds * 1000;
  const pick = () => {
    let r = Math.random() * totalWeight;
    for (const op of ops) if ((r -= op.weight) < 0) return op;
    return ops[ops.length - 1];
  };
  const client = async () => {
    while (performance.now() < to) {
      const op = pick();
      const t0 = performance.now();
      let res;
      try {
        res = await op.send(agent);
      } catch (error) {
        res = { status: 0, body: String(error?.message ?? error) };
      }
      const t1 = performance.now();
      if (t1 < from || t1 > to) continue;
      const stats = perOp[op.name];
      if (op.ok(res.status)) {
        latencies.push(t1 - t0);
        stats.ok += 1;
        stats.latencies.push(t1 - t0);
      } else {
        stats.errors += 1;
        firstError ??= `${op.name}: ${res.status} ${String(res.body ?? "").slice(0, 200)}`;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, client));
  agent.destroy();
  const summary = summarize(latencies);
  return {
    connections,
    seconds,
    per_second: latencies.length / seconds,
    latency: { p50_ms: summary.p50_ms, p99_ms: summary.p99_ms },
    errors: Object.values(perOp).reduce((a, s) => a + s.errors, 0),
    operations: Object.fromEntries(Object.entries(perOp).map(([k, s]) => [k, { ok: s.ok, errors: s.errors, p50_ms: summarize(s.latencies).p50_ms }])),
    ...(firstError && { first_error: firstError }),
    loadavg_1m: Math.round(os.loadavg()[0] * 100) / 100,
  };
}
