// The README's money-path walkthrough against a real `wrangler dev`, through the typed client
// generated from /openapi.json: real alarms drive the sandbox payment provider, the execution
// venue and payouts, and a WebSocket client watches the events.
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { type DevServer, startDevServer } from "../../scripts/dev-server.mjs";
import { lookup } from "../../scripts/local-http.mjs";
import { cofferClient } from "./coffer-client";

const ADMIN_TOKEN = `walkthrough-${randomUUID()}`;
let server: DevServer | undefined;
let persistTo: string | undefined;

beforeAll(async () => {
  persistTo = await mkdtemp(path.join(tmpdir(), "coffer-walkthrough-"));
  // Every response is checked against the OpenAPI document by the server itself.
  server = await startDevServer({ persistTo, adminToken: ADMIN_TOKEN, validateResponses: true });
});

afterAll(async () => {
  await server?.stop();
  if (persistTo) await rm(persistTo, { recursive: true, force: true });
});

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe("money path walkthrough on wrangler dev", () => {
  it("pays in, invests per template, sells, charges a fee and withdraws, with every event on the socket", async () => {
    const port = server?.port as number;
    const tenantId = `walk-${randomUUID().slice(0, 8)}`;
    const admin = cofferClient({ host: "localhost", port, headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    const created = await admin.POST("/admin/v1/tenants", { body: { tenant_id: tenantId, name: "Walkthrough Wealth", config: { environment: "sandbox" } } });
    expect(created.response.status, JSON.stringify(created.error)).toBe(201);
    // A test clock running a day per second: T+2 trades settle at their day-close within seconds.
    const clock = await admin.POST("/admin/v1/tenants/{tenant_id}/clock", { params: { path: { tenant_id: tenantId } }, body: { frozen_at: new Date().toISOString(), speed: 86_400 } });
    expect(clock.response.status, JSON.stringify(clock.error)).toBe(201);
    const key = created.data?.api_key.api_key ?? "";
    const api = cofferClient({ host: `${tenantId}.localhost`, port, headers: { "x-api-key": key } });
    for (const [id, price, asset] of [["GB00B3X7QG63", "2.5000", "funds"], ["IE00B3RBWM25", "100.0000", "etf"]] as const) {
      const res = await admin.PUT("/admin/v1/tenants/{tenant_id}/investment-products/{investment_product_id}", {
        params: { path: { tenant_id: tenantId, investment_product_id: id } },
        body: { name: id, id_type: "ISIN", asset_type: asset, currency: "GBP", settlement_date_offset: 2, status: "active", close_price: price, close_price_on_date: "2026-11-20" },
      });
      expect(res.response.status, JSON.stringify(res.error)).toBeLessThan(300);
    }

    const frames: Array<{ type: string; ch: string; status?: string; payload: Record<string, unknown> }> = [];
    const ws = new WebSocket(`ws://${tenantId}-ws.localhost:${port}/ws?x-token=${encodeURIComponent(key)}`, { lookup });
    ws.on("message", (raw) => frames.push(JSON.parse(String(raw))));
    await new Promise((resolve, reject) => ws.once("open", resolve).once("error", reject));
    for (const ch of ["payments", "transactions", "holdings"]) ws.send(JSON.stringify({ type: "subscription", ch, req_id: ch }));
    await until("subscriptions", async () => (frames.filter((f) => f.status === "ACK").length === 3 ? true : undefined));

    const investor = await api.POST("/tenant/investors/v1", {
      body: {
        first_name: "Ada", last_name: "Lovelace", date_of_birth: "1990-12-20", kyc_aml_status: "clear", dealing_status: "active",
        bank_accounts: [{ account_name: "Main", default_account: "yes", bank_account_number: "12345678", sort_code: "12-34-56", account_status: "active" }],
      },
    });
    expect(investor.response.status, JSON.stringify(investor.error)).toBe(201);
    const investorId = investor.data?.investor_id ?? "";
    const template = await api.POST("/tenant/portfolio-templates/v1", {
      body: {
        portfolio_name: "Balanced_Growth",
        ratios: [{ investment_product_id: "GB00B3X7QG63", ratio: "60.00" }, { investment_product_id: "IE00B3RBWM25", ratio: "30.00" }, { investment_product_id: "cash", ratio: "10.00" }],
      },
    });
    expect(template.response.status, JSON.stringify(template.error)).toBe(201);
    const pots = await api.POST("/tenant/pots/v1", {
      body: {
        request_id: randomUUID(), investor_id: [investorId], financial_product_id: "general_investment_product",
        pots: [{ pot_name: "Growth", portfolio_template_id: template.data?.portfolio_template_id ?? "", status: "active" }],
      },
    });
    expect(pots.response.status, JSON.stringify(pots.error)).toBe(201);
    const potId = pots.data?.results[0]?.pot_id ?? "";
    expect(potId).toMatch(/^pot-/);
    const potValue = async () => (await api.GET("/tenant/pots/v1/{pot_id}/value", { params: { path: { pot_id: potId } } })).data;

    const payment = await api.POST("/tenant/payments/v1", { body: { request_id: randomUUID(), amount: "1000.00", pot_id: potId, payment_type: "card", service_provider: "stripe", purpose: "invest" } });
    expect(payment.response.status, JSON.stringify(payment.error)).toBe(201);
    const settledValue = await until("the buys to settle", async () => {
      const value = await potValue();
      return value?.total_cash_value === "100.00" && value.total_locked_value === "0.00" && value.total_value === "1000.00" ? value : undefined;
    });
    expect(settledValue.total_value).toBe("1000.00");

    const sale = await api.POST("/tenant/transactions/v1/sell", { body: { request_id: randomUUID(), pot_id: potId, sell_instructions: [{ investment_product_id: "IE00B3RBWM25", quantity: "1" }] } });
    expect(sale.data?.status, JSON.stringify(sale.error)).toBe("success");
    await until("the sale to settle", async () => ((await potValue())?.total_cash_value === "200.00" ? true : undefined));
    const fee = await api.POST("/tenant/transactions/v1/fee", { body: { request_id: randomUUID(), pot_id: potId, currency: "GBP", transaction_value: "12.50", sub_transaction_type: "Management fee" } });
    expect(fee.data, JSON.stringify(fee.error)).toMatchObject({ type: "archived", sub_type: "settled" });
    const bankAccountId = investor.data?.bank_accounts[0]?.bank_account_id ?? "";
    const withdrawal = await api.POST("/tenant/withdrawals/v1", {
      body: { request_id: randomUUID(), pot_id: potId, currency: "GBP", transaction_value: "50.00", sub_transaction_type: "Withdrawal", bank_account_id: bankAccountId },
    });
    expect(withdrawal.response.status, JSON.stringify(withdrawal.error)).toBe(201);
    const withdrawalId = withdrawal.data?.transaction_id;
    const final = await until("the withdrawal to be paid", async () => {
      const { data } = await api.GET("/tenant/pots/v1/{pot_id}/transactions", { params: { path: { pot_id: potId } } });
      return data?.transactions.find((t) => t.transaction_id === withdrawalId && t.sub_type === "settled") ? data : undefined;
    });
    expect(final.transactions).toHaveLength(6);
    expect(await potValue()).toMatchObject({ total_value: "937.50", total_cash_value: "137.50", total_locked_value: "0.00" });

    await until("the withdrawal event", async () => (frames.some((f) => f.type === "transaction_updated" && f.payload.transaction_id === withdrawalId && f.payload.sub_type === "settled") ? true : undefined));
    expect(frames.filter((f) => f.type === "payment_update").map((f) => f.payload.status)).toEqual(["pending_confirmation", "processing", "succeeded"]);
    expect(frames.some((f) => f.type === "holding_updated" && f.payload.investment_product_id === "GB00B3X7QG63" && f.payload.total_quantity === "240.0000")).toBe(true);
    ws.close();
  }, 120_000);
});
