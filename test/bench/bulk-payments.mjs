// `npm run bench:bulk`: one tenant with 60 investors, each with one GIA pot, sends payment batches of
// 600 manual payments (10 per pot) on a real `wrangler dev` (workerd). Each batch is accepted as
// `pending`, then evaluated and its 600 payments created by one job in one tenant-object
// transaction. Reports, per batch, the wall time from the POST until GET shows
// `payments_created` (the job, its commit and the read model's flush to D1 included: an upper
// bound on the transaction itself), and the median. Target: under 2 s.
//
//   npm run bench:bulk                 3 batches
//   npm run bench:bulk -- --batches=5
//
// Writes test/bench/results/bulk-payments.json (gitignored) and prints a markdown table.

import { randomUUID } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { startDevServer } from "../../scripts/dev-server.mjs";
import { request } from "../../scripts/local-http.mjs";

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const INVESTORS = 60;
const PER_POT = 10;
const TARGET_SECONDS = 2;

function log(message) {
  console.log(`[bench:bulk] ${message}`);
}

function client(port, host, headers) {
  return async (method, urlPath, body) => {
    const res = await request({ method, port, host, path: urlPath, body, headers, timeoutMs: 120_000 });
    if (res.status >= 300) throw new Error(`${method} ${urlPath}: ${res.status} ${res.body.slice(0, 300)}`);
    return res.json;
  };
}

async function seed(port, adminToken) {
  const tenantId = `bulk-${randomUUID().slice(0, 6)}`;
  const admin = client(port, "localhost", { authorization: `Bearer ${adminToken}` });
  const created = await admin("POST", "/admin/v1/tenants", { tenant_id: tenantId, name: "Bulk bench", config: { rate_limit_per_second: 1_000_000, rate_limit_burst: 10_000_000 } });
  const api = client(port, `${tenantId}.localhost`, { "x-api-key": created.api_key.api_key });
  const holders = [];
  for (let i = 0; i < INVESTORS; i += 1) {
    const investor = await api("POST", "/tenant/investors/v1", { first_name: "Bench", last_name: `Saver${i}`, kyc_aml_status: "clear", dealing_status: "active", date_of_birth: "1980-01-01" });
    const pots = await api("POST", "/tenant/pots/v1", { request_id: randomUUID(), investor_id: [investor.investor_id], financial_product_id: "general_investment_product", pots: [{ pot_name: "Payroll", pot_currency: "GBP", status: "active" }] });
    holders.push({ investor_id: investor.investor_id, pot_id: pots.results[0].pot_id });
  }
  return { api, holders };
}

/** One batch of INVESTORS × PER_POT payments of 1.00 to 10.00; returns wall seconds until payments_created. */
async function oneBatch(api, holders, n) {
  const payments = [];
  for (const h of holders) for (let j = 0; j < PER_POT; j += 1) payments.push({ ...h, amount: `${j + 1}.00`, external_transaction_reference: `b${n}-${payments.length}` });
  // Per pot 1.00 + … + 10.00 = 55.00; INVESTORS pots.
  const amount = `${55 * holders.length}.00`;
  const started = performance.now();
  const batch = await api("POST", "/tenant/bulk-payments/v1", { request_id: randomUUID(), currency: "GBP", amount, payment_type: "manual", payments });
  for (;;) {
    const current = await api("GET", `/tenant/bulk-payments/v1/${batch.batch_id}`);
    if (current.status !== "pending") {
      if (current.status !== "payments_created") throw new Error(`batch ${batch.batch_id}: ${current.status} ${JSON.stringify(current.erroneous_payments ?? []).slice(0, 300)}`);
      return (performance.now() - started) / 1000;
    }
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function main() {
  const flags = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, "").split("=")));
  const batches = Number(flags.batches ?? 3);
  const persistTo = await mkdtemp(path.join(os.tmpdir(), "coffer-bench-bulk-"));
  const adminToken = `bench-${randomUUID()}`;
  let server;
  try {
    server = await startDevServer({ persistTo, adminToken, stdio: "pipe" });
    log(`wrangler dev answers on port ${server.port}`);
    const { api, holders } = await seed(server.port, adminToken);
    const seconds = [];
    for (let n = 0; n < batches; n += 1) {
      const s = await oneBatch(api, holders, n);
      seconds.push(s);
      log(`batch ${n + 1}: ${holders.length * PER_POT} payments created in ${s.toFixed(2)} s`);
    }
    const sorted = [...seconds].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    console.log(
      [
        "",
        "| payments per batch | batches | median s (POST → payments_created) | best s | target |",
        "| ---: | ---: | ---: | ---: | --- |",
        `| ${holders.length * PER_POT} | ${batches} | ${median.toFixed(2)} | ${sorted[0].toFixed(2)} | ${median < TARGET_SECONDS ? `met (< ${TARGET_SECONDS} s)` : `missed (≥ ${TARGET_SECONDS} s)`} |`,
        "",
      ].join("\n"),
    );
    await mkdir(path.join(BENCH_DIR, "results"), { recursive: true });
    await writeFile(path.join(BENCH_DIR, "results", "bulk-payments.json"), `${JSON.stringify({ at: new Date().toISOString(), seconds, median }, null, 2)}\n`);
  } finally {
    await server?.stop();
    await rm(persistTo, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
