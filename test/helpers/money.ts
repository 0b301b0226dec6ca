import { env, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { createInvestor } from "./investors";
import { admin, type TestTenant } from "./tenant";

/** Puts an investment product (with a current price) into a tenant's catalogue through the admin API. */
export async function addProduct(t: TestTenant, id: string, price: string, fields: Record<string, unknown> = {}): Promise<void> {
  const res = await admin("PUT", `/admin/v1/tenants/${t.id}/investment-products/${id}`, {
    name: `Fund ${id}`,
    id_type: "ISIN",
    asset_type: "funds",
    currency: "GBP",
    settlement_date_offset: 2,
    status: "active",
    close_price: price,
    close_price_on_date: "2026-11-20",
    ...fields,
  });
  if (res.status >= 300) throw new Error(`product ${id}: ${res.status} ${await res.text()}`);
}

/** Publishes a new current price for a product. */
export async function publishPrice(t: TestTenant, id: string, price: string, date = "2026-11-21"): Promise<void> {
  const res = await admin("POST", `/admin/v1/tenants/${t.id}/investment-products/${id}/prices`, { price, price_date: date });
  if (res.status >= 300) throw new Error(`price ${id}: ${res.status} ${await res.text()}`);
}

/** An investor who may deal (KYC clear, dealing active), with one default active bank account. */
export async function activeInvestor(t: TestTenant): Promise<{ investorId: string; bankAccountId: string }> {
  const { body } = await createInvestor(t, {
    kyc_aml_status: "clear",
    dealing_status: "active",
    date_of_birth: "1980-05-01",
    bank_accounts: [{ account_name: "Main", default_account: "yes", bank_account_number: "12345678", sort_code: "12-34-56", account_status: "active" }],
  });
  const bankAccounts = body.bank_accounts as Array<{ bank_account_id: string }>;
  return { investorId: body.investor_id, bankAccountId: bankAccounts[0]?.bank_account_id ?? "" };
}

/** Creates one pot and returns its id. */
export async function createPot(t: TestTenant, investorId: string, fields: Record<string, unknown> = {}, product = "general_investment_product"): Promise<string> {
  const res = await t.fetch("/tenant/pots/v1", {
    method: "POST",
    json: { request_id: crypto.randomUUID(), investor_id: [investorId], financial_product_id: product, pots: [{ pot_name: "Growth", pot_currency: "GBP", status: "active", ...fields }] },
  });
  const body = (await res.json()) as { results: Array<{ pot_id: string }> };
  if (res.status !== 201) throw new Error(`pot: ${res.status} ${JSON.stringify(body)}`);
  return body.results[0]?.pot_id as string;
}

/** POSTs JSON to a tenant path and returns status and parsed body. */
export async function post(t: TestTenant, path: string, json: Record<string, unknown>, method = "POST"): Promise<{ status: number; body: any }> {
  const res = await t.fetch(path, { method, json });
  return { status: res.status, body: await res.json() };
}

/** GETs a tenant path and returns the parsed body. */
export async function get(t: TestTenant, path: string): Promise<any> {
  const res = await t.fetch(path);
  if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

/**
 * Runs the tenant object's scheduled domain jobs (payment providers, fills, settlements,
 * payouts…) now, repeatedly, until none of the given kinds is left or `rounds` is reached.
 */
export async function runJobs(t: TestTenant, kinds: string[] = ["payment.provider", "trade.fill", "trade.settle", "withdrawal.payout"], rounds = 10): Promise<void> {
  const stub = env.TENANT.getByName(t.id);
  const list = kinds.map((k) => `'${k}'`).join(",");
  for (let i = 0; i < rounds; i += 1) {
    const left = await runInDurableObject(stub, (_o, state) => {
      const n = state.storage.sql.exec(`SELECT count(*) AS n FROM jobs WHERE kind IN (${list})`).one().n as number;
      state.storage.sql.exec(`UPDATE jobs SET due_at = 0 WHERE kind IN (${list})`);
      return n;
    });
    if (left === 0) return;
    await runDurableObjectAlarm(stub);
  }
}

/** Pays `amount` of free cash into a pot (a manual payment confirmed by PATCH); `fields` add to the payment. */
export async function fund(t: TestTenant, potId: string, amount: string, fields: Record<string, unknown> = {}): Promise<void> {
  const created = await post(t, "/tenant/payments/v1", { request_id: crypto.randomUUID(), amount, pot_id: potId, payment_type: "manual", service_provider: "none", purpose: "cash", ...fields });
  if (created.status !== 201) throw new Error(`payment: ${created.status} ${JSON.stringify(created.body)}`);
  const done = await post(t, `/tenant/payments/v1/${created.body.transaction_id}`, { status: "succeeded" }, "PATCH");
  if (done.status !== 200) throw new Error(`payment confirmation: ${done.status} ${JSON.stringify(done.body)}`);
}

/** A pot's holdings keyed by investment product id (`cash` for cash). */
export async function holdingsOf(t: TestTenant, potId: string): Promise<Record<string, any>> {
  const { holdings } = await get(t, `/tenant/pots/v1/${potId}/holdings`);
  return Object.fromEntries(holdings.map((h: any) => [h.investment_product_id, h]));
}
