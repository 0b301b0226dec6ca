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
import { performance } from "node:perf_hooks";
import { createInvestor, createTenant, logger, parseFlags, positiveInteger, runMain, withDevServer, writeResults } from "./harness.mjs";

const INVESTORS = 60;
const PER_POT = 10;
const TARGET_SECONDS = 2;

const log = logger("bulk");

async function seed(port, adminToken) {
  const { api } = await createTenant({ port, adminToken, tenantId: `bulk-${randomUUID().slice(0, 6)}`, name: "Bulk bench", sandbox: false, timeoutMs: 120_000 });
  const holders = [];
  for (let i = 0; i < INVESTORS; i += 1) {
    const investor = await createInvestor(api, `Saver${i}`);
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
  const batches = positiveInteger(parseFlags(process.argv.slice(2)), "batches", 3);
  // The server serves the project itself, not a snapshot.
  await withDevServer({ tmpPrefix: "coffer-bench-bulk", source: null }, async ({ port, adminToken }) => {
    log(`wrangler dev answers on port ${port}`);
    const { api, holders } = await seed(port, adminToken);
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
    await writeResults("bulk-payments", { seconds, median });
  });
}

runMain(main);
