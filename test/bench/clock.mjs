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

import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { advanceClock, createInvestor, createTenant, inBatches, logger, openPots, parseFlags, positiveIntegers, runMain, sourceOption, withDevServer, writeResults } from "./harness.mjs";

const FROZEN_AT = "2025-01-02T09:00:00Z";
const PRODUCT = "GB00BENCH001";
const TARGET_SECONDS = 60;

const log = logger("clock");

function options(argv) {
  const flags = parseFlags(argv);
  return { pots: positiveIntegers(flags, "pots", "1000,250"), source: sourceOption(flags) };
}

/** A sandbox tenant frozen at FROZEN_AT with `count` pots, each holding cash and 10 units of one fund. */
async function seedTenant(port, adminToken, count) {
  const { tenantId, admin, api } = await createTenant({ port, adminToken, tenantId: `clock-${count}-${randomUUID().slice(0, 6)}`, name: `Clock bench ${count}`, frozenAt: FROZEN_AT });
  await admin("PUT", `/admin/v1/tenants/${tenantId}/investment-products/${PRODUCT}`, {
    name: "Bench Fund", id_type: "ISIN", asset_type: "funds", currency: "GBP", settlement_date_offset: 2, status: "active", close_price: "2.5000", close_price_on_date: "2025-01-01",
  });
  const investor = await createInvestor(api);
  const potIds = await openPots(api, count, () => investor.investor_id);
  await inBatches(potIds, async (potId) => {
    const booking = { request_id: randomUUID(), pot_id: potId, currency: "GBP", settlement_date: "2025-01-02" };
    await api("POST", "/tenant/transactions/v1", { ...booking, sub_transaction_type: "Interest", transaction_value: "100.00" });
    await api("POST", "/tenant/transactions/v1", {
      ...booking, request_id: randomUUID(), sub_transaction_type: "Buy", investment_product_id: PRODUCT, execution_price: "2.5000", transaction_quantity: "10", effective_transaction_value: "25.00", trade_date: "2025-01-02",
    });
  });
  return { tenantId, admin };
}

async function main() {
  const opts = options(process.argv.slice(2));
  await withDevServer({ tmpPrefix: "coffer-bench-clock", source: opts.source }, async ({ port, adminToken }) => {
    log(`wrangler dev answers on port ${port} (${opts.source})`);
    const rows = [];
    for (const pots of opts.pots) {
      const seedStart = performance.now();
      const { tenantId, admin } = await seedTenant(port, adminToken, pots);
      log(`${pots} pots seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s; advancing by P1Y`);
      const seconds = await advanceClock(admin, tenantId, { by: "P1Y" }, 200);
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
    await writeResults("clock", { rows });
  });
}

runMain(main);
