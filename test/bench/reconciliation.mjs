// `npm run bench:reconciliation`: a 100,000-row transactions file on a real `wrangler dev`
// (workerd, local R2 and D1). The file is uploaded twice: tagged `ingest:transactions` (every row
// is booked as an external transaction) and then `reconciliation:transactions` (every row is
// compared with what was booked). Reports rows per second for each, and how long a request to the
// tenant object waited meanwhile (`GET /tenant/sandbox/v1/clock` of a sandbox tenant on the wall clock, answered by the object alone,
// sent every 50 ms while the job runs). Locally the Worker, the object, R2 and D1 share one
// workerd process on this machine, so that wait also holds the projection of the job's writes.
//
//   npm run bench:reconciliation                   100,000 rows over 20 pots
//   npm run bench:reconciliation -- --rows=20000   another size
//
// Writes test/bench/results/reconciliation.json (gitignored) and prints a markdown table.

import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { PROJECT_ROOT, startDevServer } from "../../scripts/dev-server.mjs";
import { request } from "../../scripts/local-http.mjs";

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const POTS = 20;
const PROBE_EVERY_MS = 50;
const HEADER = "record_id,external_transaction_reference,sub_transaction_type,pot_id,currency,transaction_value,settlement_date";

function log(message) {
  console.log(`[bench:reconciliation] ${message}`);
}

function options(argv) {
  const flags = Object.fromEntries(argv.map((a) => a.replace(/^--/, "").split("=")).map(([k, v]) => [k, v ?? true]));
  const rows = Number(flags.rows ?? 100_000);
  if (!Number.isInteger(rows) || rows <= 0) throw new Error("--rows needs a positive integer");
  return { rows };
}

async function snapshotSources(dir) {
  const present = ["src", "migrations", "wrangler.toml", "package.json", "tsconfig.json", "scripts", "docs"].filter((p) => existsSync(path.join(PROJECT_ROOT, p)));
  for (const p of present) await cp(path.join(PROJECT_ROOT, p), path.join(dir, p), { recursive: true });
  await symlink(path.join(PROJECT_ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  execFileSync(process.execPath, [path.join(dir, "scripts", "docs-assets.mjs")], { cwd: dir, stdio: "ignore" });
  return path.join(dir, "wrangler.toml");
}

function client(port, host, headers) {
  return async (method, urlPath, body, extra = {}) => {
    const res = await request({ method, port, host, path: urlPath, body, headers: { ...headers, ...extra }, timeoutMs: 300_000 });
    if (res.status >= 300) throw new Error(`${method} ${urlPath}: ${res.status} ${res.body.slice(0, 300)}`);
    return res.json;
  };
}

/** `rows` Interest bookings of 1.00 spread over the pots, each with its own external reference. */
function transactionsCsv(rows, potIds, date) {
  const lines = [HEADER];
  for (let i = 1; i <= rows; i += 1) lines.push(`${i},BENCH-${String(i).padStart(7, "0")},Interest,${potIds[i % potIds.length]},GBP,1.00,${date}`);
  return `${lines.join("\n")}\n`;
}

/** Waits for the job's summary on the activity feed while timing the probes (each a request to time). */
async function runJob(api, fileId, started, probes) {
  const waits = Object.fromEntries(Object.keys(probes).map((k) => [k, []]));
  let summary;
  let probing = true;
  const prober = (async () => {
    while (probing) {
      for (const [name, probe] of Object.entries(probes)) {
        const t0 = performance.now();
        await probe();
        waits[name].push(performance.now() - t0);
      }
      await new Promise((r) => setTimeout(r, PROBE_EVERY_MS));
    }
  })();
  let after = 0;
  while (!summary) {
    const page = await api("GET", `/tenant/activity/v1?after_seq=${after}&limit=1000`);
    for (const e of page.events) if (e.type === "transaction_summary" && e.payload.job_id.endsWith(`-${fileId}`)) summary = e.payload;
    if (page.events.length > 0) after = page.events[page.events.length - 1].seq;
    else await new Promise((r) => setTimeout(r, 250));
  }
  const seconds = (performance.now() - started) / 1000;
  probing = false;
  await prober;
  const stats = Object.fromEntries(
    Object.entries(waits).map(([name, list]) => {
      list.sort((a, b) => a - b);
      const pct = (p) => list[Math.min(list.length - 1, Math.floor((p / 100) * list.length))] ?? 0;
      return [name, { probes: list.length, p50_ms: pct(50), p99_ms: pct(99), max_ms: list[list.length - 1] ?? 0 }];
    }),
  );
  return { seconds, summary, waits: stats };
}

async function main() {
  const opts = options(process.argv.slice(2));
  const persistTo = await mkdtemp(path.join(os.tmpdir(), "coffer-bench-recon-"));
  const sourceDir = await mkdtemp(path.join(os.tmpdir(), "coffer-bench-recon-src-"));
  const adminToken = `bench-${randomUUID()}`;
  let server;
  try {
    const config = await snapshotSources(sourceDir);
    server = await startDevServer({ persistTo, adminToken, config, stdio: "pipe" });
    log(`wrangler dev answers on port ${server.port}`);
    const tenantId = `recon-${randomUUID().slice(0, 6)}`;
    const admin = client(server.port, "localhost", { authorization: `Bearer ${adminToken}` });
    const created = await admin("POST", "/admin/v1/tenants", { tenant_id: tenantId, name: "Reconciliation bench", config: { environment: "sandbox", rate_limit_per_second: 1_000_000, rate_limit_burst: 10_000_000 } });
    const api = client(server.port, `${tenantId}.localhost`, { "x-api-key": created.api_key.api_key });
    const investor = await api("POST", "/tenant/investors/v1", { first_name: "Bench", last_name: "Investor", kyc_aml_status: "clear", dealing_status: "active", date_of_birth: "1980-01-01" });
    const pots = Array.from({ length: POTS }, (_, i) => ({ pot_name: `Pot ${i}`, pot_currency: "GBP", status: "active" }));
    const potIds = [];
    for (let i = 0; i < pots.length; i += 5) {
      const res = await api("POST", "/tenant/pots/v1", { request_id: randomUUID(), investor_id: [investor.investor_id], financial_product_id: "general_investment_product", pots: pots.slice(i, i + 5) });
      potIds.push(...res.results.map((r) => r.pot_id));
    }
    const date = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const csv = Buffer.from(transactionsCsv(opts.rows, potIds, date));
    log(`${opts.rows} rows, ${(csv.length / 2 ** 20).toFixed(1)} MiB`);
    // The object alone, and for comparison a read that never reaches it (D1 only).
    const probes = { object: () => api("GET", "/tenant/sandbox/v1/clock"), d1: () => api("GET", "/tenant/files/v1?page_size=1&page_number=1") };

    const results = [];
    for (const tag of ["ingest:transactions", "reconciliation:transactions"]) {
      const started = performance.now();
      const file = await api("PUT", `/tenant/files/v1/uploads/transactions.csv?tags=${encodeURIComponent(tag)}`, csv, { "content-type": "text/csv" });
      const run = await runJob(api, file.file_id, started, probes);
      results.push({ tag, rows: opts.rows, ...run, rows_per_second: opts.rows / run.seconds });
      log(`${tag}: ${run.seconds.toFixed(1)} s, ${(opts.rows / run.seconds).toFixed(0)} rows/s; summary ${JSON.stringify(run.summary)}`);
    }
    const table = [
      "| file | rows | seconds | rows/s | object request p50 / p99 / max (ms) | D1-only request p50 / p99 / max (ms) |",
      "| --- | ---: | ---: | ---: | --- | --- |",
      ...results.map((r) => {
        const w = (k) => `${r.waits[k].p50_ms.toFixed(0)} / ${r.waits[k].p99_ms.toFixed(0)} / ${r.waits[k].max_ms.toFixed(0)}`;
        return `| \`${r.tag}\` | ${r.rows} | ${r.seconds.toFixed(1)} | ${r.rows_per_second.toFixed(0)} | ${w("object")} | ${w("d1")} |`;
      }),
    ];
    console.log(`\n${table.join("\n")}\n`);
    await mkdir(path.join(BENCH_DIR, "results"), { recursive: true });
    await writeFile(path.join(BENCH_DIR, "results", "reconciliation.json"), `${JSON.stringify({ at: new Date().toISOString(), results }, null, 2)}\n`);
  } finally {
    await server?.stop();
    await rm(persistTo, { recursive: true, force: true });
    await rm(sourceDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
