// A tiny HTTP client for talking to a local `wrangler dev`.
//
// Coffer routes by Host: the admin API answers on `localhost`, tenants on `{tenant}.localhost`.
// curl and browsers resolve `*.localhost` to the loopback address, Node's resolver (getaddrinfo)
// does not. `lookup` below answers 127.0.0.1 for `localhost` and `*.localhost` (and defers to
// the system resolver for everything else); `request` uses it, so the Host header stays right.
//
// Only node: built-ins. Used by scripts/dev.mjs, the node tests and the benchmark.

import dns from "node:dns";
import http from "node:http";

const LOOPBACK = "127.0.0.1";

/** True for `localhost` and any `*.localhost` name (RFC 6761: always loopback). */
export function isLocalhostName(hostname) {
  const name = String(hostname).toLowerCase().replace(/\.$/, "");
  return name === "localhost" || name.endsWith(".localhost");
}

/**
 * A `dns.lookup`-compatible function: `localhost` / `*.localhost` → 127.0.0.1, else the system
 * resolver. Pass it as `lookup` to `http.request`, `net.connect`, `new WebSocket(url, { lookup })`
 * (ws) or `new undici.Agent({ connect: { lookup } })`.
 */
export function lookup(hostname, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = {};
  } else if (typeof options === "number") {
    options = { family: options };
  }
  options ??= {};
  if (!isLocalhostName(hostname)) return dns.lookup(hostname, options, callback);
  if (options.all) {
    process.nextTick(callback, null, [{ address: LOOPBACK, family: 4 }]);
  } else {
    process.nextTick(callback, null, LOOPBACK, 4);
  }
}

/** A lookup that sends every name to one fixed address (for `--ip` other than loopback). */
export function fixedLookup(address) {
  const family = address.includes(":") ? 6 : 4;
  return (_hostname, options, callback) => {
    if (typeof options === "function") {
      callback = options;
      options = {};
    }
    if (options && typeof options === "object" && options.all) {
      process.nextTick(callback, null, [{ address, family }]);
    } else {
      process.nextTick(callback, null, address, family);
    }
  };
}

/**
 * Sends one HTTP request and reads the whole response.
 *
 * @param {object} options
 * @param {string} [options.method]  default GET
 * @param {string} [options.host]    host name for the URL / Host header, e.g. `demo.localhost`; default `localhost`
 * @param {number} options.port
 * @param {string} [options.path]    default `/`
 * @param {Record<string, string>} [options.headers]
 * @param {unknown} [options.body]   a string or Buffer is sent as is; anything else as JSON
 * @param {string} [options.address] connect to this address instead of resolving `host`
 * @param {http.Agent | false} [options.agent] default: no keep-alive (a fresh connection)
 * @param {number} [options.timeoutMs] default 30 000
 * @returns {Promise<{ status: number, headers: http.IncomingHttpHeaders, body: string, json: any }>}
 *   `json` is the parsed body, or undefined when the body is not JSON.
 */
export function request({
  method = "GET",
  host = "localhost",
  port,
  path = "/",
  headers = {},
  body,
  address,
  agent = false,
  timeoutMs = 30_000,
} = {}) {
  const outgoing = { ...headers };
  let payload;
  if (body !== undefined && body !== null) {
    if (typeof body === "string" || Buffer.isBuffer(body) || body instanceof Uint8Array) {
      payload = body;
    } else {
      payload = JSON.stringify(body);
      if (!Object.keys(outgoing).some((name) => name.toLowerCase() === "content-type")) {
        outgoing["content-type"] = "application/json";
      }
    }
  }
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        method,
        host,
        port,
        path,
        headers: outgoing,
        agent,
        lookup: address ? fixedLookup(address) : lookup,
        timeout: timeoutMs,
      },
      (res) => {
        const chunks = [];
        res.on("data", (chunk) => chunks.push(chunk));
        res.on("error", reject);
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let json;
          if (text.length > 0 && /\bjson\b/i.test(String(res.headers["content-type"] ?? ""))) {
            try {
              json = JSON.parse(text);
            } catch {
              json = undefined;
            }
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text, json });
        });
      },
    );
    req.on("timeout", () => req.destroy(new Error(`${method} http://${host}:${port}${path} timed out after ${timeoutMs} ms`)));
    req.on("error", reject);
    req.end(payload);
  });
}
