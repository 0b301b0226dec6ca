// `npm run bench:clock`: a sandbox tenant with N pots (each with a settled holding) advances its
// test clock by one year on a real `wrangler dev` (workerd): 365 day-closes, each settling what is
// due and snapshotting every pot. Reports seconds and day-closes per second for each pot count,
// and the cost per pot-day, which stays flat when the snapshot cost is linear in pots.
//
//   npm run bench:clock                      1,000 pots (and 250 for the linearity ratio)
//   npm run bench:clock -- --pots=1000,250   pot counts to measure
//   npm run bench:clock -- --source=head     serve the last commit instead of the working tree
//
// Writes test/bench/results/clock.json (gitignored) and prints a markdown table.

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
const FROZEN_AT = "2025-01-02T09:00:00Z";
const PRODUCT = "GB00BENCH001";
const TARGET_SECONDS = 60;
/** The most pots one create request may open. */
const POTS_PER_REQUEST = 5;
const CONCURRENCY = 8;

function log(message) {
  console.log(`[bench:clock] ${message}`);
}

function options(argv) {
  const flags = Object.fromEntries(argv.map((a) => a.replace(/^--/, "").split("=")).map(([k, v]) => [k, v ?? true]));
  const pots = String(flags.pots ?? "1000,250").split(",").map(Number);
  if (pots.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error("--pots needs positive integers, e.g. --pots=1000,250");
  return { pots, source: flags.source === "head" ? "head" : "worktree" };
}

async function snapshotSources(dir, source) {
  // wrangler.toml serves build/assets, which scripts/docs-assets.mjs fills from docs/ (wrangler's [build] runs it).
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

/** A sandbox tenant frozen at FROZEN_AT with `count` pots, each holding cash and 10 units of one fund. */
async function seedTenant(port, adminToken, count) {
  const tenantId = `clock-${count}-${randomUUID().slice(0, 6)}`;
  const admin = client(port, "localhost", { authorization: `Bearer ${adminToken}` });
  const created = await admin("POST", "/admin/v1/tenants", {
    tenant_id: tenantId,
    name: `Clock bench ${count}`,
    config: { environment: "sandbox", rate_limit_per_second: 1_000_000, rate_limit_burst: 10_000_000 },
  });
  await admin("POST", `/admin/v1/tenants/${tenantId}/clock`, { frozen_at: FROZEN_AT });
  await admin("PUT", `/admin/v1/tenants/${tenantId}/investment-products/${PRODUCT}`, {
    name: "Bench Fund", id_type: "ISIN", asset_type: "funds", currency: "GBP", settlement_date_offset: 2, status: "active", close_price: "2.5000", close_price_on_date: "2025-01-01",
  });
  const api = client(port, `${tenantId}.localhost`, { "x-api-key": created.api_key.api_key });
  const investor = await api("POST", "/tenant/investors/v1", { first_name: "Bench", last_name: "Investor", kyc_aml_status: "clear", dealing_status: "active", date_of_birth: "1980-01-01" });
  const potIds = [];
  const batches = Array.from({ length: Math.ceil(count / POTS_PER_REQUEST) }, (_, b) => b * POTS_PER_REQUEST);
  await inBatches(batches, async (made) => {
    const n = Math.min(POTS_PER_REQUEST, count - made);
    const pots = Array.from({ length: n }, (_, i) => ({ pot_name: `Pot ${made + i}`, pot_currency: "GBP", status: "active" }));
    const res = await api("POST", "/tenant/pots/v1", { request_id: randomUUID(), investor_id: [investor.investor_id], financial_product_id: "general_investment_product", pots });
    potIds.push(...res.results.map((r) => r.pot_id));
  });
  await inBatches(potIds, async (potId) => {
    const booking = { request_id: randomUUID(), pot_id: potId, currency: "GBP", settlement_date: "2025-01-02" };
    await api("POST", "/tenant/transactions/v1", { ...booking, sub_transaction_type: "Interest", transaction_value: "100.00" });
    await api("POST", "/tenant/transactions/v1", {
      ...booking, request_id: randomUUID(), sub_transaction_type: "Buy", investment_product_id: PRODUCT, execution_price: "2.5000", transaction_quantity: "10", effective_transaction_value: "25.00", trade_date: "2025-01-02",
    });
  });
  return { tenantId, admin };
}

/** Advances the tenant's clock by a year and waits until it is ready; returns wall seconds. */
async function advanceOneYear(admin, tenantId) {
  const started = performance.now();
  await admin("POST", `/admin/v1/tenants/${tenantId}/clock/advance`, { by: "P1Y" });
  for (;;) {
    const clock = await admin("GET", `/admin/v1/tenants/${tenantId}/clock`);
    if (clock.status === "ready") break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return (performance.now() - started) / 1000;
}

async function main() {
  const opts = options(process.argv.slice(2));
  const persistTo = await mkdtemp(path.join(os.tmpdir(), "coffer-bench-clock-"));
  const sourceDir = await mkdtemp(path.join(os.tmpdir(), "coffer-bench-clock-src-"));
  const adminToken = `bench-${randomUUID()}`;
  let server;
  try {
    const config = await snapshotSources(sourceDir, opts.source);
    server = await startDevServer({ persistTo, adminToken, config, stdio: "pipe" });
    log(`wrangler dev answers on port ${server.port} (${opts.source})`);
    const rows = [];
    for (const pots of opts.pots) {
      const seedStart = performance.now();
      const { tenantId, admin } = await seedTenant(server.port, adminToken, pots);
      log(`${pots} pots seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s; advancing by P1Y`);
      const seconds = await advanceOneYear(admin, tenantId);
      const snapshots = await admin("GET", `/admin/v1/tenants/${tenantId}/clock`);
      const dayCloses = 365;
      rows.push({ pots, seconds, day_closes: dayCloses, day_closes_per_second: dayCloses / seconds, ms_per_pot_day: (seconds * 1000) / (dayCloses * pots), now: snapshots.now });
      log(`${pots} pots: ${seconds.toFixed(1)} s, ${(dayCloses / seconds).toFixed(1)} day-closes/s`);
    }
    const table = [
      "| pots | seconds for P1Y | day-closes/s | ms per pot-day | target |",
      "| ---: | ---: | ---: | ---: | --- |",
      ...rows.map((r) => `| ${r.pots} | ${r.seconds.toFixed(1)} | ${r.day_closes_per_second.toFixed(1)} | ${r.ms_per_pot_day.toFixed(3)} | ${r.pots === 1000 ? (r.seconds < TARGET_SECONDS ? `met (< ${TARGET_SECONDS} s)` : `missed (≥ ${TARGET_SECONDS} s)`) : "—"} |`),
    ];
    if (rows.length > 1) {
      const [a, b] = [rows[0], rows[rows.length - 1]];
      table.push("", `Cost per pot-day, ${a.pots} pots ÷ ${b.pots} pots: ${(a.ms_per_pot_day / b.ms_per_pot_day).toFixed(2)} (1.0 = linear in pots).`);
    }
    console.log(`\n${table.join("\n")}\n`);
    await mkdir(path.join(BENCH_DIR, "results"), { recursive: true });
    await writeFile(path.join(BENCH_DIR, "results", "clock.json"), `${JSON.stringify({ at: new Date().toISOString(), rows }, null, 2)}\n`);
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
