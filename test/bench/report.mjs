// Markdown for the hot-path, mixed-workload, write-split and scale sections of RESULTS.md.

import { GOALS } from "./ratios.mjs";
import { fmt } from "./stats.mjs";

const ms = (x) => fmt(x, 2);

export function hotPathMarkdown(r) {
  const lines = [
    `### Hot path as a share of a bare worker (${r.tool === "wrk" ? "wrk -t1" : "Node client"}, ${r.connections} connections; ${r.rounds} interleaved rounds of ${r.slice_seconds} s per workload)`,
    "",
    `Bare worker (constant JSON from a \`fetch\` handler, same wrangler, measured in every round): ${fmt(r.bare_per_second)} requests/s, p50 ${ms(r.bare.latency.p50_ms)} ms. ` +
      "Requests/s are totals over the rounds; p50 is the median of the rounds' p50, p99 the worst round's.",
    "",
    "| Workload | Requests/s | p50 ms | p99 ms | Errors | Share of bare | Goal | Met |",
    "|---|---:|---:|---:|---:|---:|---:|---|",
  ];
  for (const row of r.rows) {
    lines.push(`| ${row.name} | ${fmt(row.per_second)} | ${ms(row.latency.p50_ms)} | ${ms(row.latency.p99_ms)} | ${row.errors} | ${fmt(row.ratio, 2)} | ≥ ${row.goal} | ${row.ratio >= row.goal ? "yes" : "**no**"} |`);
  }
  const withFloor = r.rows.filter((row) => row.floor);
  if (withFloor.length > 0) {
    lines.push(
      "",
      "The platform's floor for a route: the same reference worker, doing only what the route cannot avoid here (`test/bench/reference-worker.mjs`), measured in the same rounds. The bare worker's share the floor itself reaches is the most the route could reach on this setup.",
      "",
      "| Workload | Floor | Floor requests/s | Floor's share of bare | Workload's share of its floor |",
      "|---|---|---:|---:|---:|",
    );
    for (const row of withFloor) {
      lines.push(`| ${row.name} | ${row.floor.name} | ${fmt(row.floor.per_second)} | ${fmt(row.floor.per_second / r.bare_per_second, 2)} | ${fmt(row.floor_ratio, 2)} |`);
    }
  }
  const floorsWithCpu = withFloor.map((row) => ({ name: row.floor.name, cpu: row.floor.cpu }));
  const withCpu = [{ name: "bare worker", cpu: r.bare.cpu }, ...r.rows, ...floorsWithCpu].filter((row) => row.cpu);
  if (withCpu.length > 0) {
    lines.push(
      "",
      "workerd CPU per request (lowest round; Linux /proc). `wrangler dev` runs two workerd processes: a proxy in front, and the runtime, which runs the Worker, the tenant objects and the local D1 on one thread. The busier of the two bounds throughput (the proxy for the bare worker, the runtime for every Coffer route that makes a D1 call or an RPC).",
      "",
      "| Workload | busiest process ms | both processes ms |",
      "|---|---:|---:|",
    );
    for (const row of withCpu) lines.push(`| ${row.name} | ${fmt(row.cpu.busiest_ms, 3)} | ${fmt(row.cpu.total_ms, 3)} |`);
  }
  return lines.join("\n");
}

export function mixedMarkdown(m) {
  const lines = [
    `### Mixed workload (Node client, ${m.mixed.connections} clients, ${m.mixed.seconds} s in 3 rounds interleaved with the bare worker): 70 % reads, 25 % writes, 5 % filtered lists`,
    "",
    "| | Requests/s | p50 ms | p99 ms | Errors |",
    "|---|---:|---:|---:|---:|",
    `| bare worker | ${fmt(m.bare.per_second)} | ${ms(m.bare.latency.p50_ms)} | ${ms(m.bare.latency.p99_ms)} | ${m.bare.errors} |`,
    `| mixed | ${fmt(m.mixed.per_second)} | ${ms(m.mixed.latency.p50_ms)} | ${ms(m.mixed.latency.p99_ms)} | ${m.mixed.errors} |`,
    `| share of bare | ${fmt(m.ratio, 2)} | | | |`,
    "",
    "| Operation | OK | Errors | p50 ms |",
    "|---|---:|---:|---:|",
  ];
  for (const [name, op] of Object.entries(m.mixed.operations)) lines.push(`| ${name} | ${fmt(op.ok, 0)} | ${op.errors} | ${ms(op.p50_ms)} |`);
  if (m.mixed.first_error) lines.push("", `First error: \`${m.mixed.first_error}\``);
  return lines.join("\n");
}

export function writeSplitMarkdown(s) {
  const t = s.mean_ms;
  const share = (x) => `${fmt((100 * x) / t.total, 0)} %`;
  return [
    `### Where a write's time goes (${s.writes} sequential \`POST /tenant/investors/v1\`, mean ms; the tenant object's Server-Timing)`,
    "",
    "| Part | Mean ms | Share |",
    "|---|---:|---:|",
    `| worker: auth, rate limit, validation, RPC to the object and back | ${ms(t.worker_and_rpc)} | ${share(t.worker_and_rpc)} |`,
    `| command and commit (one storage transaction) | ${ms(t.command_and_commit)} | ${share(t.command_and_commit)} |`,
    `| socket fan-out | ${ms(t.socket_fanout)} | ${share(t.socket_fanout)} |`,
    `| D1 flush (projection batch) | ${ms(t.d1_flush)} | ${share(t.d1_flush)} |`,
    `| webhook hand-over | ${ms(t.webhook_handover)} | ${share(t.webhook_handover)} |`,
    `| **total (HTTP)** | ${ms(t.total)} | p50 ${ms(s.http.p50_ms)}, p99 ${ms(s.http.p99_ms)} |`,
  ].join("\n");
}

export function scaleMarkdown(sc, shapes, seedSeconds) {
  const lines = [
    `### Scale: ${fmt(shapes.big.transactions, 0)} transactions and ${fmt(shapes.big.payments, 0)} payments vs ${fmt(shapes.small.transactions, 0)} and ${fmt(shapes.small.payments, 0)} (p50 of ${sc.runs} sequential requests per tenant, the two tenants alternating request by request)`,
    "",
    `Seeded through \`wrangler d1 execute --local\` from projected template rows in ${fmt(seedSeconds, 0)} s.`,
    "",
    "Each query reads pots (investors) no other query read, twice: the first pass finds the large tenant's pages cold, the second repeats the same requests.",
    "",
    "| Query | Large tenant p50 ms | Small tenant p50 ms | Ratio | First pass: large / small ms | First pass ratio | Items | Within 2× (both passes) |",
    "|---|---:|---:|---:|---:|---:|---:|---|",
  ];
  for (const r of sc.rows) {
    const cold = r.cold ?? { big_p50_ms: NaN, small_p50_ms: NaN, ratio: NaN };
    const within = r.ratio <= 2 && cold.ratio <= 2;
    lines.push(`| \`${r.name}\` | ${ms(r.big.p50_ms)} | ${ms(r.small.p50_ms)} | ${fmt(r.ratio, 2)} | ${ms(cold.big_p50_ms)} / ${ms(cold.small_p50_ms)} | ${fmt(cold.ratio, 2)} | ${r.big.items} / ${r.small.items} | ${within ? "yes" : "**no**"} |`);
  }
  return lines.join("\n");
}

/** The goals, evaluated on this run. */
export function goalRows(results) {
  const rows = [];
  for (const r of results.hot_path.rows) rows.push({ target: `${r.name} ≥ ${r.goal} of the bare worker`, value: fmt(r.ratio, 2), met: r.ratio >= r.goal });
  const at64 = results.levels.find((l) => l.concurrency === 64) ?? results.levels[results.levels.length - 1];
  if (at64) rows.push({ target: `writes ≥ ${GOALS.writesVsNoop} × no-op (${at64.concurrency} clients)`, value: fmt(at64.write_to_noop_ratio, 3), met: at64.write_to_noop_ratio >= GOALS.writesVsNoop });
  for (const r of results.scale?.rows ?? []) {
    const cold = r.cold?.ratio ?? NaN;
    rows.push({ target: `scale: ${r.name} within 2× (both passes)`, value: `×${fmt(r.ratio, 2)}; first pass ×${fmt(cold, 2)}`, met: r.ratio <= 2 && cold <= 2 });
  }
  return rows;
}
