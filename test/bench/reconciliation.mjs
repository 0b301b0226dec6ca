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
import { performance } from "node:perf_hooks";
import { createInvestor, createTenant, logger, openPots, parseFlags, percentile, positiveInteger, runMain, withDevServer, writeResults } from "./harness.mjs";

const POTS = 20;
const PROBE_EVERY_MS = 50;
const HEADER = "record_id,external_transaction_reference,sub_transaction_type,pot_id,currency,transaction_value,settlement_date";

const log = logger("reconciliation");

function options(argv) {
  return { rows: positiveInteger(parseFlags(argv), "rows", 100_000) };
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
      return [name, { probes: list.length, p50_ms: percentile(list, 50), p99_ms: percentile(list, 99), max_ms: Math.max(0, ...list) }];
    }),
  );
  return { seconds, summary, waits: stats };
}

async function main() {
  const opts = options(process.argv.slice(2));
  await withDevServer({ tmpPrefix: "coffer-bench-recon" }, async ({ port, adminToken }) => {
    log(`wrangler dev answers on port ${port}`);
    const { api } = await createTenant({ port, adminToken, tenantId: `recon-${randomUUID().slice(0, 6)}`, name: "Reconciliation bench" });
    const investor = await createInvestor(api);
    const potIds = await openPots(api, POTS, () => investor.investor_id);
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
    await writeResults("reconciliation", { results });
  });
}

runMain(main);
