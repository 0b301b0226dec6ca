// Starts Coffer locally: applies the D1 migrations, runs `wrangler dev`, waits until it answers.
// Shared by scripts/dev.mjs (`npm run dev`) and the node tests (test/node/*.test.ts).
//
// Only node: built-ins.

import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { request } from "./local-http.mjs";

/** The project directory (where wrangler.toml lives). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const WRANGLER_BIN = path.join(PROJECT_ROOT, "node_modules", "wrangler", "bin", "wrangler.js");
const LOCAL_NODE = path.join(PROJECT_ROOT, "node_modules", "node", "bin", "node");
const MIN_NODE_MAJOR = 22;
const DEFAULT_READY_TIMEOUT_MS = 90_000;

/**
 * The Node binary to run wrangler with: this process's own when it is new enough (under
 * `npm run` / `npx` that is the `node` devDependency), else the devDependency's binary.
 */
export function nodeForWrangler() {
  const major = Number(process.versions.node.split(".")[0]);
  if (major >= MIN_NODE_MAJOR) return process.execPath;
  if (existsSync(LOCAL_NODE)) return LOCAL_NODE;
  throw new Error(
    `wrangler needs Node ${MIN_NODE_MAJOR}+ (this is ${process.version}); run through npm (npm run / npx) or install the 'node' devDependency`,
  );
}

/** The API Worker's config, and the docs Worker's that `wrangler dev` runs beside it. */
const API_CONFIG = path.join(PROJECT_ROOT, "wrangler.toml");
const DOCS_CONFIG = path.join(PROJECT_ROOT, "workers", "docs", "wrangler.toml");

/** Environment for wrangler: no telemetry, no error reports, our Node first on PATH. */
function wranglerEnv(extra = {}) {
  const nodeDir = path.dirname(nodeForWrangler());
  return {
    // wrangler's local observability (a streaming tail consumer that records a span for every
    // request, D1 query and object call, for its local explorer) costs more CPU on the runtime's
    // one thread than the calls it traces: off unless the caller's environment turns it on.
    X_LOCAL_OBSERVABILITY: "false",
    ...process.env,
    PATH: `${nodeDir}${path.delimiter}${process.env.PATH ?? ""}`,
    WRANGLER_SEND_METRICS: "false",
    WRANGLER_SEND_ERROR_REPORTS: "false",
    ...extra,
  };
}

/** A port nobody listens on right now (listen on 0, read it, close). */
export function freePort(host = "127.0.0.1") {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, host, () => {
      const { port } = /** @type {net.AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/** True when `port` can be bound on `host` right now. */
export function isPortFree(port, host = "127.0.0.1") {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once("error", () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** The address to connect to for a listen address (wildcards → loopback). */
export function connectAddress(ip) {
  if (!ip || ip === "localhost" || ip === "0.0.0.0" || ip === "*") return "127.0.0.1";
  if (ip === "::" || ip === "[::]") return "::1";
  return ip.replace(/^\[|\]$/g, "");
}

/**
 * Splits `wrangler dev` arguments into what the start-up logic needs to know and the rest.
 * Understands `--port N` / `--port=N`, `--ip X`, `--persist-to DIR`, `-c/--config F`, `-e/--env E`
 * and `--var K:V [K:V ...]` / `--var=K:V` (reading ADMIN_TOKEN and BASE_DOMAIN out of it).
 * `--port`, `--ip` and `--persist-to` are removed from `rest` (startDevServer adds them back);
 * everything else, `--var` included, stays in `rest` in order.
 */
export function parseDevArgs(argv) {
  const result = { port: undefined, ip: undefined, persistTo: undefined, config: undefined, env: undefined, vars: {}, rest: [] };
  const take = (arg, i) => {
    const eq = arg.indexOf("=");
    if (arg.startsWith("--") && eq > 0) return { value: arg.slice(eq + 1), next: i };
    if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
    return { value: argv[i + 1], next: i + 1 };
  };
  const flagName = (arg) => (arg.startsWith("--") && arg.includes("=") ? arg.slice(0, arg.indexOf("=")) : arg);
  const addVar = (pair) => {
    const colon = pair.indexOf(":");
    if (colon > 0) result.vars[pair.slice(0, colon)] = pair.slice(colon + 1);
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const name = flagName(arg);
    if (name === "--port") {
      const { value, next } = take(arg, i);
      const port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: not a port: ${value}`);
      result.port = port;
      i = next;
    } else if (name === "--ip") {
      const { value, next } = take(arg, i);
      result.ip = value;
      i = next;
    } else if (name === "--persist-to") {
      const { value, next } = take(arg, i);
      result.persistTo = path.resolve(value);
      i = next;
    } else if (name === "-c" || name === "--config" || name === "-e" || name === "--env") {
      const { value, next } = take(arg, i);
      if (name === "-c" || name === "--config") result.config = value;
      else result.env = value;
      result.rest.push(...argv.slice(i, next + 1));
      i = next;
    } else if (name === "--var") {
      result.rest.push(arg);
      if (arg.includes("=")) {
        addVar(arg.slice(arg.indexOf("=") + 1));
      } else {
        // yargs array option: every following non-flag argument is another K:V pair.
        while (i + 1 < argv.length && !argv[i + 1].startsWith("-")) {
          i += 1;
          addVar(argv[i]);
          result.rest.push(argv[i]);
        }
      }
    } else {
      result.rest.push(arg);
    }
  }
  return result;
}

/** The last `limit` characters of a process's output, for error messages. */
function outputBuffer(limit = 64 * 1024) {
  let text = "";
  return {
    add(chunk) {
      text += chunk.toString("utf8");
      if (text.length > limit) text = text.slice(text.length - limit);
    },
    get text() {
      return text;
    },
  };
}

/**
 * Spawns a wrangler command in its own process group (so the whole tree, workerd included, can be
 * signalled at once) with telemetry off. `stdio: "inherit"` shows its output; `"pipe"` collects it.
 */
function spawnWrangler(args, { stdio = "pipe", env = {}, onOutput } = {}) {
  const child = spawn(nodeForWrangler(), [WRANGLER_BIN, ...args], {
    cwd: PROJECT_ROOT,
    env: wranglerEnv(env),
    // wrangler is in another process group, so it could not read the terminal anyway.
    stdio: stdio === "inherit" ? ["ignore", "inherit", "inherit"] : ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const output = outputBuffer();
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on("data", (chunk) => {
      output.add(chunk);
      onOutput?.(chunk.toString("utf8"));
    });
  }
  const exited = new Promise((resolve) => {
    child.once("exit", (code, signal) => resolve({ code, signal }));
    child.once("error", (error) => {
      output.add(`\n${error.stack ?? error}\n`);
      resolve({ code: 1, signal: null, error });
    });
  });
  let alive = true;
  exited.then(() => {
    alive = false;
  });
  return { child, exited, output, isAlive: () => alive };
}

/** True while any process of the group `pgid` exists. */
function groupExists(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Stops a process group: SIGINT (wrangler shuts workerd down cleanly), then SIGKILL whatever is
 * still there after `graceMs`. Resolves once the group is gone.
 */
async function killGroup(pgid, graceMs = 5_000) {
  if (!pgid || !groupExists(pgid)) return;
  try {
    process.kill(-pgid, "SIGINT");
  } catch {
    return;
  }
  const deadline = Date.now() + graceMs;
  while (groupExists(pgid) && Date.now() < deadline) await sleep(50);
  if (groupExists(pgid)) {
    try {
      process.kill(-pgid, "SIGKILL");
    } catch {
      // already gone
    }
    const hardDeadline = Date.now() + 2_000;
    while (groupExists(pgid) && Date.now() < hardDeadline) await sleep(50);
  }
}

/** Common wrangler flags that must reach both `d1 migrations apply` and `dev`. */
function sharedFlags({ persistTo, config, env }) {
  return [
    ...(config ? ["--config", config] : []),
    ...(env ? ["--env", env] : []),
    ...(persistTo ? ["--persist-to", persistTo] : []),
  ];
}

/**
 * `wrangler d1 migrations apply DB --local`, non-interactively (CI=true; wrangler also skips its
 * confirmation prompt when stdin is not a terminal). Rejects with wrangler's output on failure.
 */
export async function applyMigrations({ persistTo, config, env, stdio = "pipe", signal } = {}) {
  const run = spawnWrangler(["d1", "migrations", "apply", "DB", "--local", ...sharedFlags({ persistTo, config, env })], {
    stdio,
    env: { CI: "true" },
  });
  const onAbort = () => killGroup(run.child.pid);
  signal?.addEventListener("abort", onAbort, { once: true });
  try {
    const { code, signal: killedBy } = await run.exited;
    if (signal?.aborted) throw signal.reason ?? new Error("aborted");
    if (code !== 0) {
      throw new Error(
        `wrangler d1 migrations apply failed (${killedBy ?? `exit ${code}`})${run.output.text ? `:\n${run.output.text}` : ""}`,
      );
    }
  } finally {
    signal?.removeEventListener("abort", onAbort);
  }
}

/**
 * Applies the migrations, starts `wrangler dev` and waits until it answers HTTP.
 *
 * @param {object} [options]
 * @param {number} [options.port]        default: a free port
 * @param {string} [options.ip]          listen address, default 127.0.0.1
 * @param {string} [options.persistTo]   state directory (default: wrangler's .wrangler/state)
 * @param {string} [options.adminToken]  passed as `--var ADMIN_TOKEN:<token>` (else wrangler reads .dev.vars)
 * @param {boolean} [options.validateResponses] passes `--var VALIDATE_RESPONSES:true`: every JSON answer is checked
 *   against the OpenAPI document (src/platform/response-validation.ts). Default: on under the test runner (VITEST set), else off
 * @param {string} [options.config]      wrangler config file (-c)
 * @param {string} [options.env]         wrangler environment (-e)
 * @param {string[]} [options.args]      more `wrangler dev` arguments, passed through
 * @param {"pipe" | "inherit"} [options.stdio] "inherit" shows wrangler's output; "pipe" (default) collects it
 * @param {(text: string) => void} [options.onOutput] called with wrangler's output in "pipe" mode
 * @param {boolean} [options.migrate]    apply the D1 migrations first (default true)
 * @param {number} [options.readyTimeoutMs]
 * @param {AbortSignal} [options.signal] aborts start-up (stops everything started so far)
 * @returns {Promise<{ pid: number, port: number, ip: string, address: string, url: string, persistTo?: string,
 *   exited: Promise<{ code: number | null, signal: string | null }>, output: () => string, stop: () => Promise<void> }>}
 */
export async function startDevServer({
  port,
  ip = "127.0.0.1",
  persistTo,
  adminToken,
  validateResponses = process.env.VITEST !== undefined,
  config,
  env,
  args = [],
  stdio = "pipe",
  onOutput,
  migrate = true,
  readyTimeoutMs = DEFAULT_READY_TIMEOUT_MS,
  signal,
} = {}) {
  const address = connectAddress(ip);
  if (!port) port = await freePort(address); // 0 too: wrangler would pick one we could not see
  // wrangler fails on a taken port, but a foreign server there would answer our readiness probe.
  if (!(await isPortFree(port, address))) {
    throw new Error(`port ${port} is already in use on ${address}; pick another with --port`);
  }
  if (migrate) await applyMigrations({ persistTo, config, env, stdio, signal });
  signal?.throwIfAborted();

  const devArgs = [
    "dev",
    "--port",
    String(port),
    "--ip",
    ip,
    "--show-interactive-dev-session=false",
    ...sharedFlags({ persistTo, config: config ?? API_CONFIG, env }),
    // Coffer's API runs with its docs Worker (the /docs files) beside it, in the same runtime.
    ...(path.resolve(config ?? API_CONFIG) === API_CONFIG ? ["--config", DOCS_CONFIG] : []),
    ...(adminToken ? ["--var", `ADMIN_TOKEN:${adminToken}`] : []),
    ...(validateResponses ? ["--var", "VALIDATE_RESPONSES:true"] : []),
    ...args,
  ];
  const run = spawnWrangler(devArgs, { stdio, onOutput });
  const pgid = run.child.pid;
  let stopping;
  const stop = () => {
    stopping ??= killGroup(pgid).then(() => run.exited).then(() => undefined);
    return stopping;
  };
  const onAbort = () => void stop();
  signal?.addEventListener("abort", onAbort, { once: true });

  try {
    await waitUntilReady({ port, address, run, readyTimeoutMs, signal });
  } catch (error) {
    await stop();
    const output = run.output.text;
    if (output && error instanceof Error) error.message += `\n--- wrangler output ---\n${output}`;
    throw error;
  } finally {
    signal?.removeEventListener("abort", onAbort);
  }

  return {
    pid: pgid,
    port,
    ip,
    address,
    url: `http://localhost:${port}`,
    persistTo,
    exited: run.exited,
    output: () => run.output.text,
    stop,
  };
}

/** Polls until the server answers any HTTP response, wrangler exits, or the time is up. */
async function waitUntilReady({ port, address, run, readyTimeoutMs, signal }) {
  const deadline = Date.now() + readyTimeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    signal?.throwIfAborted();
    if (!run.isAlive()) {
      const { code, signal: killedBy } = await run.exited;
      throw new Error(`wrangler dev exited before it was ready (${killedBy ?? `exit ${code}`})`);
    }
    try {
      await request({ host: "localhost", port, path: "/openapi.json", address, timeoutMs: 5_000 });
      return;
    } catch (error) {
      lastError = error;
    }
    await sleep(200);
  }
  throw new Error(`wrangler dev did not answer on ${address}:${port} within ${readyTimeoutMs} ms (${lastError?.message ?? "no response"})`);
}
