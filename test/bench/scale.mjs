// The scale check of `npm run bench`: one tenant whose read model holds 1,000,000 transactions and
// 100,000 payments against one with 10,000 transactions and 1,000 payments. Each tenant gets one
// real investor, pot, payment and transaction through the API; the bench then copies those
// projected rows in D1 with generated SQL (`wrangler d1 execute --local`), changing only ids and
// references, so every row is what the projection writes and the read-model triggers index it as
// they index any projected row. Both tenants have 100 transactions per pot and 10 payments per
// investor, so the queries return the same amount of data and only the tenant's size differs.

import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { nodeForWrangler, PROJECT_ROOT } from "../../scripts/dev-server.mjs";
import { request } from "../../scripts/local-http.mjs";
import { fmt, summarize } from "./stats.mjs";

const WRANGLER_BIN = path.join(PROJECT_ROOT, "node_modules", "wrangler", "bin", "wrangler.js");
const CHUNK = 100_000;

export function scaleShapes(transactions, payments) {
  return {
    big: { tenantId: "scale-big", transactions, payments, pots: transactions / 100, investors: payments / 10 },
    small: { tenantId: "scale-small", transactions: 10_000, payments: 1_000, pots: 100, investors: 100 },
  };
}

async function call(port, host, apiKey, method, p, body) {
  const res = await request({ method, host, port, path: p, headers: { "x-api-key": apiKey, ...(method !== "GET" && { "idempotency-key": randomUUID() }) }, body });
  if (res.status >= 300) throw new Error(`${method} ${p}: ${res.status} ${res.body.slice(0, 300)}`);
  return res.json;
}

/** An active investor with a bank account, a pot and a confirmed manual payment, through the API. */
export async function createTemplate({ port, host, apiKey }) {
  const investor = await call(port, host, apiKey, "POST", "/tenant/investors/v1", {
    first_name: "Scale", last_name: "Template", nationality: "GBR", date_of_birth: "1980-05-01", kyc_aml_status: "clear", dealing_status: "active",
    bank_accounts: [{ account_name: "Main", default_account: "yes", bank_account_number: "12345678", sort_code: "12-34-56", account_status: "active" }],
  });
  const pots = await call(port, host, apiKey, "POST", "/tenant/pots/v1", {
    request_id: randomUUID(), investor_id: [investor.investor_id], financial_product_id: "general_investment_product",
    pots: [{ pot_name: "Growth", pot_currency: "GBP", status: "active" }],
  });
  const potId = pots.results[0].pot_id;
  const payment = await call(port, host, apiKey, "POST", "/tenant/payments/v1", {
    request_id: randomUUID(), amount: "100.00", pot_id: potId, payment_type: "manual", service_provider: "none", purpose: "cash",
  });
  await call(port, host, apiKey, "PATCH", `/tenant/payments/v1/${payment.transaction_id}`, { status: "succeeded" });
  return { investorId: investor.investor_id, potId };
}

const quote = (s) => `'${String(s).replaceAll("'", "''")}'`;
const COLUMNS = "tenant_id, kind, id, version, owner_id, data, created_at, updated_at, source_seq";
const older = (seconds) => `strftime('%Y-%m-%dT%H:%M:%fZ', r.created_at, '-' || (${seconds}) || ' seconds')`;

/** The INSERT statements that copy a tenant's template rows to the shape's sizes. */
export function seedStatements(shape, template) {
  const t = quote(shape.tenantId);
  const pot = (expr) => `${quote(`${template.potId}-p`)} || (${expr})`;
  const investor = (expr) => `json_array(${quote(`${template.investorId}-i`)} || (${expr}))`;
  const range = (from, to) => `WITH RECURSIVE n(i) AS (SELECT ${from} UNION ALL SELECT i + 1 FROM n WHERE i < ${to - 1})`;
  const template1 = (kind) => `(SELECT * FROM resources WHERE tenant_id = ${t} AND kind = ${quote(kind)} AND owner_id = ${quote(template.potId)} ORDER BY created_at LIMIT 1)`;
  const statements = [
    `${range(0, shape.pots)} INSERT INTO resources (${COLUMNS})
     SELECT r.tenant_id, r.kind, r.id || '-p' || n.i, r.version, r.owner_id,
            json_replace(r.data, '$.pot_id', r.id || '-p' || n.i, '$.investor_id', ${investor(`n.i % ${shape.investors}`)}),
            ${older("n.i")}, r.updated_at, r.source_seq
     FROM resources AS r, n WHERE r.tenant_id = ${t} AND r.kind = 'pot' AND r.id = ${quote(template.potId)};`,
  ];
  for (let from = 0; from < shape.transactions; from += CHUNK) {
    const to = Math.min(shape.transactions, from + CHUNK);
    statements.push(`${range(from, to)} INSERT INTO resources (${COLUMNS})
     SELECT r.tenant_id, r.kind, r.id || '-' || n.i, r.version, ${pot(`n.i % ${shape.pots}`)},
            json_replace(r.data, '$.transaction_id', r.id || '-' || n.i, '$.pot_id', ${pot(`n.i % ${shape.pots}`)}, '$.investor_id', ${investor(`(n.i % ${shape.pots}) % ${shape.investors}`)}),
            ${older("n.i / 1000.0")}, r.updated_at, r.source_seq
     FROM ${template1("transaction")} AS r, n;`);
  }
  for (let from = 0; from < shape.payments; from += CHUNK) {
    const to = Math.min(shape.payments, from + CHUNK);
    statements.push(`${range(from, to)} INSERT INTO resources (${COLUMNS})
     SELECT r.tenant_id, r.kind, r.id || '-' || n.i, r.version, ${pot(`(n.i % ${shape.investors}) % ${shape.pots}`)},
            json_replace(r.data, '$.transaction_id', r.id || '-' || n.i, '$.pot_id', ${pot(`(n.i % ${shape.investors}) % ${shape.pots}`)},
              '$.investor_id', ${investor(`n.i % ${shape.investors}`)},
              '$.status', CASE (n.i / ${shape.investors}) % 4 WHEN 0 THEN 'succeeded' WHEN 1 THEN 'processing' WHEN 2 THEN 'failed' ELSE 'pending_confirmation' END),
            ${older("n.i / 100.0")}, r.updated_at, r.source_seq
     FROM ${template1("payment")} AS r, n;`);
  }
  return statements;
}

/** Runs SQL statements against the local D1 (the server must be stopped). */
export async function executeLocal({ config, persistTo, statements, dir, log }) {
  const file = path.join(dir, `seed-${Date.now()}.sql`);
  await writeFile(file, `${statements.join("\n")}\n`);
  const started = performance.now();
  await new Promise((resolve, reject) => {
    const child = spawn(nodeForWrangler(), [WRANGLER_BIN, "d1", "execute", "DB", "--local", "--config", config, "--persist-to", persistTo, "--file", file], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, CI: "true", WRANGLER_SEND_METRICS: "false" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`wrangler d1 execute failed (${code}):\n${output.slice(-3000)}`))));
  });
  const seconds = (performance.now() - started) / 1000;
  log(`seeded ${statements.length} statements in ${fmt(seconds, 1)} s`);
  return seconds;
}

const QUERIES = {
  "GET /tenant/transactions/v1?pot_id=…": (shape, template, i) => `/tenant/transactions/v1?pot_id=${template.potId}-p${pick(shape.pots, i)}`,
  "GET /tenant/pots/v1/{pot_id}/transactions": (shape, template, i) => `/tenant/pots/v1/${template.potId}-p${pick(shape.pots, i)}/transactions`,
  "GET /tenant/payments/v1/?investor_id=…&status=…": (shape, template, i) => `/tenant/payments/v1/?investor_id=${template.investorId}-i${pick(shape.investors, i)}&status=succeeded`,
  "GET /tenant/transactions/v1?page_size=100&page_number=50": () => "/tenant/transactions/v1?page_size=100&page_number=50",
};

/** A spread of pots or investors: request `i` asks for number `pick(n, i)`. */
function pick(n, i) {
  return (i * 7919) % n;
}

async function timed(port, tenant, p) {
  const t0 = performance.now();
  const res = await request({ host: `${tenant.tenantId}.localhost`, port, path: p, headers: { "x-api-key": tenant.apiKey } });
  const ms = performance.now() - t0;
  if (res.status !== 200) throw new Error(`${p} on ${tenant.tenantId}: ${res.status} ${res.body.slice(0, 300)}`);
  return { ms, items: (res.json.transactions ?? res.json.payments ?? []).length };
}

/**
 * Both tenants, query by query: `runs` sequential requests each after `warmup`, the two tenants
 * alternating request by request so that load on the machine affects both alike; the ratio is
 * the large tenant's median over the small one's.
 *
 * Each query asks for pots (or investors) of its own, none of which another query read before,
 * and runs its requests twice: the first pass reads pages of the large tenant that no request
 * has touched yet (a cold cache: the queries would otherwise warm each other's pages, and the
 * first one measured would pay for the rest); the second pass repeats the same requests (the
 * steady state of a tenant whose pots are read again). Both are reported.
 */
export async function measureScale({ port, tenants, shapes, templates, runs, warmup, log }) {
  const rows = [];
  const perQuery = warmup + runs;
  let q = 0;
  for (const [name, pathOf] of Object.entries(QUERIES)) {
    const base = q * perQuery;
    q += 1;
    const passes = [];
    let items = { big: 0, small: 0 };
    for (let pass = 0; pass < 2; pass += 1) {
      const big = [];
      const small = [];
      for (let i = 0; i < perQuery; i += 1) {
        const b = await timed(port, tenants.big, pathOf(shapes.big, templates.big, base + i));
        const s = await timed(port, tenants.small, pathOf(shapes.small, templates.small, base + i));
        if (i < warmup) continue;
        big.push(b.ms);
        small.push(s.ms);
        items = { big: b.items, small: s.items };
      }
      passes.push({ big: summarize(big), small: summarize(small) });
    }
    const [cold, warm] = passes;
    const row = {
      name,
      big: { ...warm.big, items: items.big },
      small: { ...warm.small, items: items.small },
      ratio: warm.big.p50_ms / warm.small.p50_ms,
      cold: { big_p50_ms: cold.big.p50_ms, small_p50_ms: cold.small.p50_ms, ratio: cold.big.p50_ms / cold.small.p50_ms },
    };
    rows.push(row);
    log(`scale: ${name}: ${fmt(row.big.p50_ms, 2)} ms vs ${fmt(row.small.p50_ms, 2)} ms (×${fmt(row.ratio, 2)}); first pass ${fmt(row.cold.big_p50_ms, 2)} vs ${fmt(row.cold.small_p50_ms, 2)} ms (×${fmt(row.cold.ratio, 2)}), ${items.big}/${items.small} items`);
  }
  return { runs, warmup, rows };
}
