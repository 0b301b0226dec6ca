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

import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { advanceClock, createInvestor, createTenant, inBatches, logger, openPots, parseFlags, positiveIntegers, runMain, sourceOption, withDevServer, writeResults } from "./harness.mjs";

const FROZEN_AT = "2025-01-31T09:00:00Z";
const TARGET_SECONDS = 10;
const POTS_PER_INVESTOR = 50;

const log = logger("fees");

function options(argv) {
  const flags = parseFlags(argv);
  return { pots: positiveIntegers(flags, "pots", "10000,2500"), source: sourceOption(flags) };
}

/** A sandbox tenant frozen at FROZEN_AT with `count` funded pots and two fee setups. */
async function seedTenant(port, adminToken, count) {
  const { tenantId, admin, api } = await createTenant({ port, adminToken, tenantId: `fees-${count}-${randomUUID().slice(0, 6)}`, name: `Fees bench ${count}`, frozenAt: FROZEN_AT });
  // POTS_PER_INVESTOR pots per investor (one account each), as a platform's book would spread them.
  const investorIds = [];
  await inBatches(Array.from({ length: Math.ceil(count / POTS_PER_INVESTOR) }, (_, i) => i), async (i) => {
    investorIds[i] = (await createInvestor(api, `Investor${i}`)).investor_id;
  });
  const potIds = await openPots(api, count, (made) => investorIds[Math.floor(made / POTS_PER_INVESTOR)]);
  await inBatches(potIds, async (potId) => {
    await api("POST", "/tenant/transactions/v1", { request_id: randomUUID(), pot_id: potId, currency: "GBP", settlement_date: "2025-01-31", sub_transaction_type: "Interest", transaction_value: "10000.00" });
  });
  await admin("PUT", `/admin/v1/tenants/${tenantId}/fee-codes/PF_25`, { fee_rate: "25" });
  await admin("PUT", `/admin/v1/tenants/${tenantId}/fee-codes/MF_75`, { fee_rate: "75" });
  await admin("PUT", `/admin/v1/tenants/${tenantId}/fee-setups/FS-PLATFORM`, { fee_calculation_entity: "Investor", sub_transaction_type: "Platform fees", fee_code: "PF_25", assigned_to: "All", start_date: "2025-01-01" });
  await admin("PUT", `/admin/v1/tenants/${tenantId}/fee-setups/FS-GIA`, { fee_calculation_entity: "Financial Product", sub_transaction_type: "Management fee", fee_code: "MF_75", assigned_to: ["general_investment_product"], start_date: "2025-01-01" });
  return { tenantId, admin, api, potIds };
}

async function main() {
  const opts = options(process.argv.slice(2));
  await withDevServer({ tmpPrefix: "coffer-bench-fees", source: opts.source }, async ({ port, adminToken }) => {
    log(`wrangler dev answers on port ${port} (${opts.source})`);
    const rows = [];
    for (const pots of opts.pots) {
      const seedStart = performance.now();
      const { tenantId, admin, api, potIds } = await seedTenant(port, adminToken, pots);
      log(`${pots} pots seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
      const accrual = await advanceClock(admin, tenantId, { to: "2025-02-01T06:00:00Z" }); // close of Fri 31 Jan: accrual
      await advanceClock(admin, tenantId, { to: "2025-02-03T06:00:00Z" }); // weekend closes
      const collection = await advanceClock(admin, tenantId, { to: "2025-02-04T06:00:00Z" }); // close of Mon 3 Feb: accrual + collection
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
    await writeResults("fees", { rows });
  });
}

runMain(main);
