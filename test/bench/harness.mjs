// What the benchmark scripts in this folder share: their options, a snapshot of the sources served
// by a `wrangler dev` of their own, HTTP clients for the admin and tenant APIs, sandbox tenants with
// a frozen clock, pots opened in bulk, clock advances, and the results file.

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

export const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
/** Requests in flight while seeding. */
export const CONCURRENCY = 8;
/** The most pots one create request may open. */
export const POTS_PER_REQUEST = 5;
/** Rate limits no benchmark reaches. */
const UNLIMITED = { rate_limit_per_second: 1_000_000, rate_limit_burst: 10_000_000 };

// ---------------------------------------------------------------------------------------------
// Options and output

/** `--name=value` and `--flag` arguments as an object (`--flag` is `true`). */
export function parseFlags(argv) {
  return Object.fromEntries(argv.map((a) => a.replace(/^--/, "").split("=")).map(([k, v]) => [k, v ?? true]));
}

/** The positive integer in `flags[name]`, or `fallback`. */
export function positiveInteger(flags, name, fallback) {
  const value = Number(flags[name] ?? fallback);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} needs a positive integer`);
  return value;
}

/** The comma-separated positive integers in `flags[name]`, or those of `fallback` (e.g. "1000,250"). */
export function positiveIntegers(flags, name, fallback) {
  const values = String(flags[name] ?? fallback).split(",").map(Number);
  if (values.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`--${name} needs positive integers, e.g. --${name}=${fallback}`);
  return values;
}

/** `--source=head` serves the last commit; anything else the working tree. */
export function sourceOption(flags) {
  return flags.source === "head" ? "head" : "worktree";
}

/** A logger that prefixes each line with `[bench:<name>]`. */
export function logger(name) {
  return (message) => console.log(`[bench:${name}] ${message}`);
}

/** Writes `data` (with the time it was written) to test/bench/results/<name>.json (gitignored). */
export async function writeResults(name, data) {
  await mkdir(path.join(BENCH_DIR, "results"), { recursive: true });
  await writeFile(path.join(BENCH_DIR, "results", `${name}.json`), `${JSON.stringify({ at: new Date().toISOString(), ...data }, null, 2)}\n`);
}

/** Runs the script's `main`, printing its error and setting a failing exit code. */
export function runMain(main) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}

// ---------------------------------------------------------------------------------------------
// The server

const SNAPSHOT_PATHS = ["src", "migrations", "wrangler.toml", "package.json", "tsconfig.json", "scripts", "docs"];

/** `git <args>` in the project, trimmed; null when it fails. */
export function git(args) {
  try {
    return execFileSync("git", args, { cwd: PROJECT_ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return null;
  }
}

/**
 * Copies what `wrangler dev` builds from into `dir`, from the working tree (`source` "worktree")
 * or from HEAD ("head"), links node_modules and fills the snapshot's build/assets (wrangler.toml
 * serves them; scripts/docs-assets.mjs writes them from docs/). Edits made while a benchmark runs
 * then do not make `wrangler dev` reload mid-measurement. Returns the wrangler config path and a
 * description of the source.
 */
export async function snapshotSources(dir, source) {
  const commit = git(["rev-parse", "--short", "HEAD"]);
  const present = SNAPSHOT_PATHS.filter((p) => existsSync(path.join(PROJECT_ROOT, p)));
  if (source === "head") {
    const tracked = present.filter((p) => git(["ls-tree", "--name-only", "HEAD", "--", p]));
    const archive = execFileSync("git", ["archive", "--format=tar", "HEAD", ...tracked], { cwd: PROJECT_ROOT, maxBuffer: 256 * 2 ** 20 });
    execFileSync("tar", ["-x", "-C", dir], { input: archive });
  } else {
    for (const p of present) await cp(path.join(PROJECT_ROOT, p), path.join(dir, p), { recursive: true });
  }
  await symlink(path.join(PROJECT_ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  execFileSync(process.execPath, [path.join(dir, "scripts", "docs-assets.mjs")], { cwd: dir, stdio: "ignore" });
  const dirty = source === "worktree" ? (git(["status", "--porcelain", "--", "src", "migrations", "wrangler.toml"]) ?? "") : "";
  const changed = dirty ? dirty.split("\n").length : 0;
  return {
    config: path.join(dir, "wrangler.toml"),
    info: { source, commit, uncommitted_changes_in_src: changed, description: source === "head" ? `commit ${commit}` : `working tree at ${commit}${changed ? ` + ${changed} uncommitted file(s) in src/migrations` : ""}` },
  };
}

/**
 * Starts `wrangler dev` with its state in a fresh temp dir (`<tmpPrefix>-`) and a random admin
 * token, serving a snapshot of the sources (`source`: "worktree" or "head"; `source: null` serves
 * the project itself), runs `body({ server, port, adminToken, snapshot })`, then stops the server
 * and removes the temp dirs.
 */
export async function withDevServer({ tmpPrefix, source = "worktree" }, body) {
  const persistTo = await mkdtemp(path.join(os.tmpdir(), `${tmpPrefix}-`));
  const sourceDir = source ? await mkdtemp(path.join(os.tmpdir(), `${tmpPrefix}-src-`)) : null;
  const adminToken = `bench-${randomUUID()}`;
  let server;
  try {
    const snapshot = source ? await snapshotSources(sourceDir, source) : null;
    server = await startDevServer({ persistTo, adminToken, ...(snapshot && { config: snapshot.config }), stdio: "pipe" });
    return await body({ server, port: server.port, adminToken, snapshot });
  } finally {
    await server?.stop();
    await rm(persistTo, { recursive: true, force: true });
    if (sourceDir) await rm(sourceDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// HTTP

/**
 * A JSON client for `host` on the local server: `(method, path, body, extraHeaders)` resolves
 * with the parsed answer and throws on any status from 300 up.
 */
export function client(port, host, headers, { timeoutMs = 300_000 } = {}) {
  return async (method, urlPath, body, extra = {}) => {
    const res = await request({ method, port, host, path: urlPath, body, headers: { ...headers, ...extra }, timeoutMs });
    if (res.status >= 300) throw new Error(`${method} ${urlPath}: ${res.status} ${res.body.slice(0, 300)}`);
    return res.json;
  };
}

/** Runs `work(item)` over `items` with `concurrency` in flight. */
export async function inBatches(items, work, concurrency = CONCURRENCY) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

/** Calls `check()` every `everyMs` until it returns something truthy, and returns that. */
export async function waitFor(check, everyMs = 100) {
  for (;;) {
    const value = await check();
    if (value) return value;
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** The `p`th percentile of `xs` (nearest rank below), 0 when empty. */
export const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;

// ---------------------------------------------------------------------------------------------
// Tenants

/**
 * Creates tenant `tenantId` (a sandbox one unless `sandbox` is false) with rate limits no benchmark
 * reaches, and freezes its clock at `frozenAt` when given. Returns its admin and tenant clients.
 */
export async function createTenant({ port, adminToken, tenantId, name, sandbox = true, frozenAt, timeoutMs }) {
  const admin = client(port, "localhost", { authorization: `Bearer ${adminToken}` }, { timeoutMs });
  const created = await admin("POST", "/admin/v1/tenants", { tenant_id: tenantId, name, config: { ...(sandbox && { environment: "sandbox" }), ...UNLIMITED } });
  if (frozenAt) await admin("POST", `/admin/v1/tenants/${tenantId}/clock`, { frozen_at: frozenAt });
  const api = client(port, `${tenantId}.localhost`, { "x-api-key": created.api_key.api_key }, { timeoutMs });
  return { tenantId, admin, api };
}

/** Creates an investor cleared to deal; returns it. */
export function createInvestor(api, lastName = "Investor") {
  return api("POST", "/tenant/investors/v1", { first_name: "Bench", last_name: lastName, kyc_aml_status: "clear", dealing_status: "active", date_of_birth: "1980-01-01" });
}

/**
 * Opens `count` active GBP general-investment pots named `Pot <n>`, POTS_PER_REQUEST a request,
 * CONCURRENCY requests in flight. `investorFor(n)` names the investor of the request opening pot
 * n onwards; `fields` are added to each pot. Returns the pot ids in the order the answers came.
 */
export async function openPots(api, count, investorFor, fields = {}) {
  const potIds = [];
  const batches = Array.from({ length: Math.ceil(count / POTS_PER_REQUEST) }, (_, b) => b * POTS_PER_REQUEST);
  await inBatches(batches, async (made) => {
    const n = Math.min(POTS_PER_REQUEST, count - made);
    const pots = Array.from({ length: n }, (_, i) => ({ pot_name: `Pot ${made + i}`, pot_currency: "GBP", status: "active", ...fields }));
    const res = await api("POST", "/tenant/pots/v1", { request_id: randomUUID(), investor_id: [investorFor(made)], financial_product_id: "general_investment_product", pots });
    potIds.push(...res.results.map((r) => r.pot_id));
  });
  return potIds;
}

/** Advances the tenant's test clock (`body`: `{ by }` or `{ to }`) and waits until it is ready; returns wall seconds. */
export async function advanceClock(admin, tenantId, body, pollMs = 100) {
  const started = performance.now();
  await admin("POST", `/admin/v1/tenants/${tenantId}/clock/advance`, body);
  await waitFor(async () => (await admin("GET", `/admin/v1/tenants/${tenantId}/clock`)).status === "ready", pollMs);
  return (performance.now() - started) / 1000;
}
