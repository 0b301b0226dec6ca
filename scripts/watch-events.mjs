#!/usr/bin/env node
// `npm run watch -- [channels…]`: prints the demo tenant's events as they happen, one line each.
//
//   npm run watch                               # payments, transactions, holdings
//   npm run watch -- investors notifications    # any channels
//
// Uses the demo key `npm run dev` keeps in .wrangler/dev-demo-tenant.json (or COFFER_KEY and
// COFFER_URL, e.g. http://acme.localhost:8787), subscribes with from_ts -1 (so past events replay
// first, marked "replay") and answers the server's heartbeats.

import { readFileSync } from "node:fs";
import path from "node:path";
import WebSocket from "ws";
import { PROJECT_ROOT } from "./dev-server.mjs";
import { lookup } from "./local-http.mjs";

const channels = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["payments", "transactions", "holdings"];

function demoKey() {
  if (process.env.COFFER_KEY) return process.env.COFFER_KEY;
  const file = path.join(PROJECT_ROOT, ".wrangler", "dev-demo-tenant.json");
  try {
    const entries = Object.values(JSON.parse(readFileSync(file, "utf8")));
    const entry = entries.find((e) => e && e.tenant_id === "demo" && e.api_key);
    if (!entry) throw new Error("no demo key");
    return entry.api_key;
  } catch {
    console.error(`No COFFER_KEY and no ${file}: start \`npm run dev\` first.`);
    process.exit(1);
  }
}

const base = new URL(process.env.COFFER_URL ?? "http://demo.localhost:8787");
const url = `${base.protocol === "https:" ? "wss" : "ws"}://${base.host}/ws?x-token=${encodeURIComponent(demoKey())}`;
const ws = new WebSocket(url, { lookup });

ws.on("open", () => {
  for (const ch of channels) ws.send(JSON.stringify({ type: "subscription", ch, req_id: ch, from_ts: -1 }));
  setInterval(() => ws.send(JSON.stringify({ type: "hb", ch: "system" })), 60_000).unref();
});

ws.on("message", (raw) => {
  const frame = JSON.parse(String(raw));
  if (frame.type === "hb") return;
  if (frame.status) {
    console.log(`${frame.status} ${frame.ch}${frame.reason ? `: ${frame.reason}` : ""}`);
    return;
  }
  const p = frame.payload ?? {};
  const brief =
    frame.type === "payment_update"
      ? `${p.transaction_id} ${p.status}${p.reason ? ` (${p.reason})` : ""}`
      : frame.type === "holding_updated"
        ? `${p.pot_id} ${p.investment_product_id} total ${p.total_quantity || p.total_value} (free ${p.free_quantity || p.free_value}, locked ${p.locked_quantity || p.locked_value}) value ${p.total_value}`
        : frame.ch === "transactions"
          ? `${p.pot_id} ${p.primary_transaction_type}/${p.sub_transaction_type} ${p.type}/${p.sub_type} ${p.transaction_quantity ?? ""} ${p.transaction_value ?? ""} ${p.investment_product_id}`
          : JSON.stringify(p);
  console.log(`${frame.resend ? "replay " : ""}${frame.ch} ${frame.type} ${brief}`);
});

ws.on("close", (code, reason) => {
  console.log(`closed ${code} ${reason}`);
  process.exit(code === 1000 ? 0 : 1);
});
ws.on("error", (error) => {
  console.error(error.message);
  process.exit(1);
});
