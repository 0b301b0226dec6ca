import { env, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { expect } from "vitest";
import type { InvestmentProductData } from "../../src/catalogue/investment-products";
import { loadSettings } from "../../src/tenant/settings";
import { CommandContext } from "../../src/tenant/command-context";
import type { OutboxFlusher } from "../../src/tenant/outbox-flusher";
import { createInvestor } from "./investors";
import type { TestTenant } from "./tenant";

/** An investor who may deal (KYC clear, dealing active); returns its id. */
export async function dealingInvestor(t: TestTenant): Promise<string> {
  const { res, body } = await createInvestor(t, { kyc_aml_status: "clear", dealing_status: "active", date_of_birth: "1980-01-01" });
  expect(res.status).toBe(201);
  return body.investor_id;
}

/** Opens one general-investment pot for the investors in `currency`; returns its id. */
export async function openPot(t: TestTenant, investorIds: string[], currency = "GBP"): Promise<string> {
  const res = await t.fetch("/tenant/pots/v1", {
    method: "POST",
    json: {
      request_id: crypto.randomUUID(),
      investor_id: investorIds,
      financial_product_id: "general_investment_product",
      pots: [{ pot_name: `Pot ${currency}`, pot_currency: currency, status: "active" }],
    },
  });
  const text = await res.text();
  expect(res.status, text).toBe(201);
  const body = JSON.parse(text) as { results: Array<{ pot_id: string; success: boolean }> };
  expect(body.results[0]!.success).toBe(true);
  return body.results[0]!.pot_id;
}

/** A manual payment into a pot (left `processing` unless `settle`); returns the payment. */
export async function pay(t: TestTenant, potId: string, amount: string, fields: Record<string, unknown> = {}, settle = true): Promise<Record<string, any>> {
  const res = await t.fetch("/tenant/payments/v1", {
    method: "POST",
    json: { request_id: crypto.randomUUID(), amount, pot_id: potId, payment_type: "manual", service_provider: "none", purpose: "cash", ...fields },
  });
  const text = await res.text();
  expect(res.status, text).toBe(201);
  const payment = JSON.parse(text) as Record<string, any>;
  if (!settle) return payment;
  const done = await t.fetch(`/tenant/payments/v1/${payment.transaction_id}`, { method: "PATCH", json: { status: "succeeded" } });
  expect(done.status, await done.clone().text()).toBe(200);
  return (await done.json()) as Record<string, any>;
}

/** Runs `fn` in the tenant object with a command context, in one transaction, then projects to D1. */
export async function inObject(t: TestTenant, fn: (ctx: CommandContext) => void, nowMs = Date.now()): Promise<void> {
  await runInDurableObject(env.TENANT.getByName(t.id), async (obj, state) => {
    const settings = loadSettings(state.storage.sql);
    if (!settings) throw new Error("the tenant object has not run a command yet");
    const ctx = new CommandContext(state.storage.sql, nowMs, settings.tenantId, settings.config);
    state.storage.transactionSync(() => fn(ctx));
    await (obj as unknown as { flusher: OutboxFlusher }).flusher.flushAll();
  });
}

/** Stores an investment product of the tenant's catalogue at a price. */
export async function addProduct(t: TestTenant, id: string, price: string, fields: Partial<InvestmentProductData> = {}): Promise<void> {
  const data: InvestmentProductData = {
    investment_product_id: id,
    id_type: "ISIN",
    name: `Fund ${id}`,
    asset_type: "funds",
    asset_sub_type: null,
    currency: "GBP",
    pricing_method: "close",
    fund_asset_type: null,
    fund_code: null,
    applicable_financial_products: ["gia", "isa", "pension"],
    settlement_date_offset: 2,
    status: "active",
    close_price: price,
    close_price_on_date: new Date().toISOString().slice(0, 10),
    additional_provider_details: {},
    ...fields,
  };
  await inObject(t, (ctx) => {
    const current = ctx.get<InvestmentProductData>("investment_product", id);
    if (current) ctx.update(current, data);
    else ctx.insert("investment_product", id, data);
  });
}

/** Lets general-investment pots of the tenant hold the extra currencies too. */
export async function allowCurrencies(t: TestTenant, currencies: string[]): Promise<void> {
  await inObject(t, (ctx) => {
    ctx.insert("financial_product", "general_investment_product", { additional_cash_currencies: currencies });
  });
}

/** Books an externally executed buy (holdings change at once). */
export async function bookBuy(t: TestTenant, potId: string, productId: string, quantity: string, price: string, value: string, currency = "GBP") {
  const today = new Date().toISOString().slice(0, 10);
  const res = await t.fetch("/tenant/transactions/v1", {
    method: "POST",
    json: {
      request_id: crypto.randomUUID(),
      sub_transaction_type: "Buy",
      pot_id: potId,
      currency,
      investment_product_id: productId,
      execution_price: price,
      transaction_quantity: quantity,
      effective_transaction_value: value,
      trade_date: today,
      settlement_date: today,
    },
  });
  const text = await res.text();
  expect(res.status, text).toBe(201);
  return JSON.parse(text) as Record<string, any>;
}

/** Makes the jobs of `kind` due now and runs the tenant object's alarm once. */
export async function runJob(t: TestTenant, kind: string): Promise<void> {
  const stub = env.TENANT.getByName(t.id);
  await runInDurableObject(stub, (_o, state) => state.storage.sql.exec("UPDATE jobs SET due_at = 0 WHERE kind = ?", kind));
  await runDurableObjectAlarm(stub);
}

/**
 * Instructs a buy and holds the venue's fill (due a second later on the alarm) for a day, so the
 * order stays instructed with its cash locked while a test reads it. Returns the response body.
 */
export async function instructBuy(t: TestTenant, potId: string, instructions: Array<Record<string, string>>): Promise<Record<string, any>> {
  const res = await t.fetch("/tenant/transactions/v1/buy", { method: "POST", json: { request_id: crypto.randomUUID(), pot_id: potId, investment_instructions: instructions } });
  const text = await res.text();
  expect(res.status, text).toBe(201);
  await runInDurableObject(env.TENANT.getByName(t.id), (_o, state) => state.storage.sql.exec("UPDATE jobs SET due_at = ? WHERE kind = 'trade.fill'", Date.now() + 86_400_000));
  return JSON.parse(text) as Record<string, any>;
}

/** A GET answered 200; returns the parsed body. */
export async function read<T = Record<string, any>>(t: TestTenant, path: string): Promise<T> {
  const res = await t.fetch(path);
  const text = await res.text();
  expect(res.status, `${path}: ${text}`).toBe(200);
  return JSON.parse(text) as T;
}
