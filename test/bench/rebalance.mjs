// `npm run bench:rebalance`: a sandbox tenant with N pots on one 60/40 portfolio template, each
// drifted to 100/0, is rebalanced with one trigger request (type portfolio) on a real `wrangler dev`
// (workerd). Measures, on the frozen test clock:
//   - the trigger request itself;
//   - the time until every pot's first-leg sell is placed and priced (the object works through the
//     pots in chunks of jobs as the frozen clock moves on by one second), and the longest time another
//     request (GET of the tenant's clock, answered by the tenant object) waited meanwhile, probed
//     every 25 ms;
//   - the time from the trigger to every pot `completed`, advancing the test clock past the
//     settlement of the sells and of the buys (placed as soon as the sells are priced, settling on
//     the same close).
//
//   npm run bench:rebalance                     1,000 pots
//   npm run bench:rebalance -- --pots=200       another pot count
//
// Writes test/bench/results/rebalance.json (gitignored) and prints a markdown table.

import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { advanceClock, createInvestor, createTenant, inBatches, logger, openPots, parseFlags, percentile, positiveInteger, runMain, waitFor, withDevServer, writeResults } from "./harness.mjs";

/** A Monday: the sells and the buys they fund trade today and settle at Wednesday's close (T+2). */
const FROZEN_AT = "2025-01-06T09:00:00Z";
const A = "GB00BENCHRBA";
const B = "GB00BENCHRBB";
const PROBE_EVERY_MS = 25;

const log = logger("rebalance");

function options(argv) {
  return { pots: positiveInteger(parseFlags(argv), "pots", 1000) };
}

/** A sandbox tenant with `count` pots on a 60/40 A/B template, each holding 40 units of A (100.00) only. */
async function seedTenant(port, adminToken, count) {
  const { tenantId, admin, api } = await createTenant({ port, adminToken, tenantId: `rebal-${count}-${randomUUID().slice(0, 6)}`, name: `Rebalance bench ${count}`, frozenAt: FROZEN_AT });
  for (const id of [A, B]) {
    await admin("PUT", `/admin/v1/tenants/${tenantId}/investment-products/${id}`, {
      name: `Bench ${id}`, id_type: "ISIN", asset_type: "funds", currency: "GBP", settlement_date_offset: 2, status: "active", close_price: "2.5000", close_price_on_date: "2025-01-03",
    });
  }
  const template = await api("POST", "/tenant/portfolio-templates/v1", { portfolio_name: "Bench_60_40", ratios: [{ investment_product_id: A, ratio: "60.00" }, { investment_product_id: B, ratio: "40.00" }] });
  const investor = await createInvestor(api);
  const potIds = await openPots(api, count, () => investor.investor_id, { portfolio_template_id: template.portfolio_template_id });
  await inBatches(potIds, async (potId) => {
    const booking = { request_id: randomUUID(), pot_id: potId, currency: "GBP", settlement_date: "2025-01-06" };
    await api("POST", "/tenant/transactions/v1", { ...booking, sub_transaction_type: "Interest", transaction_value: "100.00" });
    await api("POST", "/tenant/transactions/v1", {
      ...booking, request_id: randomUUID(), sub_transaction_type: "Buy", investment_product_id: A, execution_price: "2.5000", transaction_quantity: "40", effective_transaction_value: "100.00", trade_date: "2025-01-06",
    });
  });
  return { tenantId, admin, api, templateId: template.portfolio_template_id, adminToken };
}

/** GETs the tenant's clock (a call into the tenant object) every few ms until `stop()`; returns the latencies. */
function probe(api) {
  const latencies = [];
  let running = true;
  const done = (async () => {
    while (running) {
      const t0 = performance.now();
      await api("GET", "/tenant/sandbox/v1/clock");
      latencies.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, PROBE_EVERY_MS));
    }
  })();
  return async () => {
    running = false;
    await done;
    return latencies;
  };
}

const countBy = (xs) => xs.reduce((acc, x) => ({ ...acc, [x]: (acc[x] ?? 0) + 1 }), {});

async function main() {
  const opts = options(process.argv.slice(2));
  await withDevServer({ tmpPrefix: "coffer-bench-rebalance" }, async ({ port, adminToken }) => {
    log(`wrangler dev answers on port ${port}`);
    const seedStart = performance.now();
    const { tenantId, admin, api, templateId } = await seedTenant(port, adminToken, opts.pots);
    log(`${opts.pots} pots seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s; triggering`);

    const stopProbe = probe(api);
    const t0 = performance.now();
    const accepted = await api("POST", "/tenant/pots/v1/rebalance", { request_id: randomUUID(), type: "portfolio", values: [templateId] });
    const triggerMs = performance.now() - t0;
    const results = async () => (await api("GET", `/tenant/pots/v1/rebalance-results?rebalance_request_id=${accepted.rebalance_request_id}`)).rebalanceExecution;
    // The clock is frozen: the chunk jobs (due now) and the venue's fills (due a second later) run as it moves on by 1 s.
    await advanceClock(admin, tenantId, { by: "PT1S" });
    const sellsPlacedS = (performance.now() - t0) / 1000;
    const duringSells = await stopProbe();
    const placed = await results();
    const placedStatuses = countBy(placed.pot_details.map((p) => p.status));
    log(`all first-leg sells placed after ${sellsPlacedS.toFixed(1)} s (${JSON.stringify(placedStatuses)}); advancing past the settlements`);

    const stopProbe2 = probe(api);
    await advanceClock(admin, tenantId, { to: "2025-01-09T09:00:00Z" });
    const final = await waitFor(async () => {
      const r = await results();
      return r.status === "completed" ? r : null;
    }, 250);
    const completedS = (performance.now() - t0) / 1000;
    const duringAdvance = await stopProbe2();
    const outcome = countBy(final.pot_details.map((p) => p.status));
    const row = {
      pots: opts.pots,
      after_sells: placedStatuses,
      trigger_ms: triggerMs,
      sells_placed_s: sellsPlacedS,
      probe_max_ms_during_sells: Math.max(0, ...duringSells),
      probe_p99_ms_during_sells: percentile(duringSells, 99),
      probes_during_sells: duringSells.length,
      completed_s: completedS,
      probe_max_ms_during_advance: Math.max(0, ...duringAdvance),
      outcome,
    };
    const table = [
      "| pots | trigger request | all sells placed | longest other request (p99) while placing | trigger → all completed (incl. advance) | longest other request during the advance | outcome |",
      "| ---: | ---: | ---: | ---: | ---: | ---: | --- |",
      `| ${row.pots} | ${row.trigger_ms.toFixed(0)} ms | ${row.sells_placed_s.toFixed(1)} s | ${row.probe_max_ms_during_sells.toFixed(0)} ms (${row.probe_p99_ms_during_sells.toFixed(0)} ms) | ${row.completed_s.toFixed(1)} s | ${row.probe_max_ms_during_advance.toFixed(0)} ms | ${JSON.stringify(outcome)} |`,
    ];
    console.log(`\n${table.join("\n")}\n`);
    await writeResults("rebalance", { row });
  });
}

runMain(main);
