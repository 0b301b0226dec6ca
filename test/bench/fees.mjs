// `npm run bench:fees`: day-close with recurring-fee accrual on a real `wrangler dev` (workerd).
// A sandbox tenant with N pots (50 per investor, each with 10,000.00 of cash from a booked interest
// payment) and two fee setups (a 25 bp platform fee on all investors, a 75 bp management fee on
// the pots' financial product) closes Friday 31 January 2025 (an accrual day: two accrual rows per pot) and then Monday
// 3 February (February's first business day: accrual and the collection of January's accruals,
// one fee transaction per pot and setup). Reports seconds and pots per second for each, for each
// pot count, and the cost per pot, which stays flat when the day-close is linear in pots.
//
//   npm run bench:fees                        10,000 pots (and 2,500 for the linearity ratio)
//   npm run bench:fees -- --pots=10000,2500   pot counts to measure
//   npm run bench:fees -- --source=head       serve the last commit instead of the working tree
//
// Writes test/bench/results/fees.json (gitignored) and prints a markdown table.

import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { PROJECT_ROOT, startDevServer } from "../../scripts/dev-server.mjs";
import { request } from "../../scripts/local-http.mjs";

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const FROZEN_AT = "2025-01-31T09:00:00Z";
const TARGET_SECONDS = 10;
const POTS_PER_REQUEST = 5;
const POTS_PER_INVESTOR = 50;
const CONCURRENCY = 8;

function log(message) {
  console.log(`[bench:fees] ${message}`);
}

function options(argv) {
  const flags = Object.fromEntries(argv.map((a) => a.replace(/^--/, "").split("=")).map(([k, v]) => [k, v ?? true]));
  const pots = String(flags.pots ?? "10000,2500").split(",").map(Number);
  if (pots.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error("--pots needs positive integers, e.g. --pots=10000,2500");
  return { pots, source: flags.source === "head" ? "head" : "worktree" };
}

async function snapshotSources(dir, source) {
  const present = ["src", "migrations", "wrangler.toml", "package.json", "tsconfig.json", "scripts", "docs"].filter((p) => existsSync(path.join(PROJECT_ROOT, p)));
  if (source === "head") {
    const archive = execFileSync("git", ["archive", "--format=tar", "HEAD", ...present], { cwd: PROJECT_ROOT, maxBuffer: 256 * 2 ** 20 });
    execFileSync("tar", ["-x", "-C", dir], { input: archive });
  } else {
    for (const p of present) await cp(path.join(PROJECT_ROOT, p), path.join(dir, p), { recursive: true });
  }
  await symlink(path.join(PROJECT_ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  execFileSync(process.execPath, [path.join(dir, "scripts", "docs-assets.mjs")], { cwd: dir, stdio: "ignore" });
  return path.join(dir, "wrangler.toml");
}

function client(port, host, headers) {
  return async (method, urlPath, body) => {
    const res = await request({ method, port, host, path: urlPath, body, headers, timeoutMs: 300_000 });
    if (res.status >= 300) throw new Error(`${method} ${urlPath}: ${res.status} ${res.body.slice(0, 300)}`);
    return res.json;
  };
}

async function inBatches(items, work) {
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

/** A sandbox tenant frozen at FROZEN_AT with `count` funded pots and two fee setups. */
async function seedTenant(port, adminToken, count) {
  const tenantId = `fees-${count}-${randomUUID().slice(0, 6)}`;
  const admin = client(port, "localhost", { authorization: `Bearer ${adminToken}` });
  const created = await admin("POST", "/admin/v1/tenants", {
    tenant_id: tenantId,
    name: `Fees bench ${count}`,
    config: { environment: "sandbox", rate_limit_per_second: 1_000_000, rate_limit_burst: 10_000_000 },
  });
  await admin("POST", `/admin/v1/tenants/${tenantId}/clock`, { frozen_at: FROZEN_AT });
  const api = client(port, `${tenantId}.localhost`, { "x-api-key": created.api_key.api_key });
  // POTS_PER_INVESTOR pots per investor (one account each), as a platform's book would spread them.
  const investorIds = [];
  await inBatches(Array.from({ length: Math.ceil(count / POTS_PER_INVESTOR) }, (_, i) => i), async (i) => {
    const investor = await api("POST", "/tenant/investors/v1", { first_name: "Bench", last_name: `Investor${i}`, kyc_aml_status: "clear", dealing_status: "active", date_of_birth: "1980-01-01" });
    investorIds[i] = investor.investor_id;
  });
  const potIds = [];
  const batches = Array.from({ length: Math.ceil(count / POTS_PER_REQUEST) }, (_, b) => b * POTS_PER_REQUEST);
  await inBatches(batches, async (made) => {
    const n = Math.min(POTS_PER_REQUEST, count - made);
    const pots = Array.from({ length: n }, (_, i) => ({ pot_name: `Pot ${made + i}`, pot_currency: "GBP", status: "active" }));
    const investorId = investorIds[Math.floor(made / POTS_PER_INVESTOR)];
    const res = await api("POST", "/tenant/pots/v1", { request_id: randomUUID(), investor_id: [investorId], financial_product_id: "general_investment_product", pots });
    potIds.push(...res.results.map((r) => r.pot_id));
  });
  await inBatches(potIds, async (potId) => {
    await api("POST", "/tenant/transactions/v1", { request_id: randomUUID(), pot_id: potId, currency: "GBP", settlement_date: "2025-01-31", sub_transaction_type: "Interest", transaction_value: "10000.00" });
  });
  await admin("PUT", `/admin/v1/tenants/${tenantId}/fee-codes/PF_25`, { fee_rate: "25" });
  await admin("PUT", `/admin/v1/tenants/${tenantId}/fee-codes/MF_75`, { fee_rate: "75" });
  await admin("PUT", `/admin/v1/tenants/${tenantId}/fee-setups/FS-PLATFORM`, { fee_calculation_entity: "Investor", sub_transaction_type: "Platform fees", fee_code: "PF_25", assigned_to: "All", start_date: "2025-01-01" });
  await admin("PUT", `/admin/v1/tenants/${tenantId}/fee-setups/FS-GIA`, { fee_calculation_entity: "Financial Product", sub_transaction_type: "Management fee", fee_code: "MF_75", assigned_to: ["general_investment_product"], start_date: "2025-01-01" });
  return { tenantId, admin, api, potIds };
}

/** Advances the tenant's clock to `to` and waits until it is ready; returns wall seconds. */
async function advanceTo(admin, tenantId, to) {
  const started = performance.now();
  await admin("POST", `/admin/v1/tenants/${tenantId}/clock/advance`, { to });
  for (;;) {
    const clock = await admin("GET", `/admin/v1/tenants/${tenantId}/clock`);
    if (clock.status === "ready") break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return (performance.now() - started) / 1000;
}

async function main() {
  const opts = options(process.argv.slice(2));
  const persistTo = await mkdtemp(path.join(os.tmpdir(), "coffer-bench-fees-"));
  const sourceDir = await mkdtemp(path.join(os.tmpdir(), "coffer-bench-fees-src-"));
  const adminToken = `bench-${randomUUID()}`;
  let server;
  try {
    const config = await snapshotSources(sourceDir, opts.source);
    server = await startDevServer({ persistTo, adminToken, config, stdio: "pipe" });
    log(`wrangler dev answers on port ${server.port} (${opts.source})`);
    const rows = [];
    for (const pots of opts.pots) {
      const seedStart = performance.now();
      const { tenantId, admin, api, potIds } = await seedTenant(server.port, adminToken, pots);
      log(`${pots} pots seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
      const accrual = await advanceTo(admin, tenantId, "2025-02-01T06:00:00Z"); // close of Fri 31 Jan: accrual
      await advanceTo(admin, tenantId, "2025-02-03T06:00:00Z"); // weekend closes
      const collection = await advanceTo(admin, tenantId, "2025-02-04T06:00:00Z"); // close of Mon 3 Feb: accrual + collection
      const sample = await api("GET", `/tenant/fees/v1/accruals?pot_id=${potIds[0]}`);
      const fees = await api("GET", `/tenant/pots/v1/${potIds[0]}/transactions?sub_transaction_type=Platform%20fees,Management%20fee&from=2025-01-01T00:00:00Z`);
      if (fees.transactions.length !== 2) throw new Error(`expected 2 collected fees on ${potIds[0]}, saw ${fees.transactions.length}`);
      rows.push({ pots, accrual_seconds: accrual, accrual_pots_per_second: pots / accrual, collection_seconds: collection, collection_pots_per_second: pots / collection, ms_per_pot: (accrual * 1000) / pots, sample });
      log(`${pots} pots: accrual day-close ${accrual.toFixed(2)} s (${(pots / accrual).toFixed(0)} pots/s), collection day-close ${collection.toFixed(2)} s (${(pots / collection).toFixed(0)} pots/s)`);
    }
    const table = [
      "| pots | accrual day-close s | pots/s | collection day-close s | pots/s | ms per pot (accrual) | target (< 10 s) |",
      "| ---: | ---: | ---: | ---: | ---: | ---: | --- |",
      ...rows.map(
        (r) =>
          `| ${r.pots} | ${r.accrual_seconds.toFixed(2)} | ${r.accrual_pots_per_second.toFixed(0)} | ${r.collection_seconds.toFixed(2)} | ${r.collection_pots_per_second.toFixed(0)} | ${r.ms_per_pot.toFixed(3)} | ${r.pots === 10000 ? (r.accrual_seconds < TARGET_SECONDS ? "met" : "missed") : "—"} |`,
      ),
    ];
    if (rows.length > 1) {
      const [a, b] = [rows[0], rows[rows.length - 1]];
      table.push("", `Cost per pot, ${a.pots} pots ÷ ${b.pots} pots: ${(a.ms_per_pot / b.ms_per_pot).toFixed(2)} (1.0 = linear in pots).`);
    }
    console.log(`\n${table.join("\n")}\n`);
    await mkdir(path.join(BENCH_DIR, "results"), { recursive: true });
    await writeFile(path.join(BENCH_DIR, "results", "fees.json"), `${JSON.stringify({ at: new Date().toISOString(), rows }, null, 2)}\n`);
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
