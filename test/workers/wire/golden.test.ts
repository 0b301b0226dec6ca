import { describe, expect, it } from "vitest";
import { activityEvents } from "../../helpers/catalogue";
import { createInvestor } from "../../helpers/investors";
import { dealingInvestor, openPot, pay } from "../../helpers/money-read";
import { newTenant, type TestTenant } from "../../helpers/tenant";

/** The investor fields every investor has, whatever was sent (Coffer requires only the names). */
const INVESTOR_KEYS = [
  "investor_id", "first_name", "last_name", "id_numbers", "workplace_employers", "lta_protection_details", "status",
  "kyc_aml_status", "dealing_status", "kyc_aml_status_last_updated", "reference_version", "created_at", "updated_at", "bank_accounts",
].sort();

async function json(t: TestTenant, path: string, init: RequestInit & { json?: unknown } = {}) {
  const res = await t.fetch(path, init);
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text) as Record<string, any>, text };
}

describe("absent values on the wire", () => {
  it("an investor created with only its names carries none of the absent optional fields, in REST and in its event", async () => {
    const t = await newTenant();
    const { res, body } = await createInvestor(t, {});
    expect(res.status).toBe(201);
    expect(Object.keys(body).sort()).toEqual(INVESTOR_KEYS);
    expect(body.bank_accounts).toEqual([]);
    const read = await json(t, `/tenant/investors/v1/${body.investor_id}`);
    expect(Object.keys(read.body).sort()).toEqual(INVESTOR_KEYS);
    expect(read.text).not.toContain("null");
    const created = (await activityEvents(t)).find((e) => e.type === "investor_created")!;
    expect(created.payload).toEqual(read.body);
  });

  it("a field cleared by PATCH is omitted (WealthOS has none of the investor's fields nullable), over REST and the activity feed", async () => {
    const t = await newTenant();
    const { body } = await createInvestor(t, { email: "ada@example.com", mifid_tax_id: "AB123", retirement_age: 67, tax_residence: "GB-ENG" });
    expect(body).toMatchObject({ email: "ada@example.com", mifid_tax_id: "AB123", retirement_age: 67, tax_residence: "GB-ENG" });
    const patched = await json(t, `/tenant/investors/v1/${body.investor_id}`, {
      method: "PATCH",
      json: { reference_version: 1, email: null, mifid_tax_id: null, retirement_age: null, tax_residence: null },
    });
    expect(patched.status).toBe(200);
    for (const field of ["email", "mifid_tax_id", "retirement_age", "tax_residence"]) expect(patched.body).not.toHaveProperty(field);
    expect(Object.keys(patched.body).sort()).toEqual(INVESTOR_KEYS);
    const read = await json(t, `/tenant/investors/v1/${body.investor_id}`);
    expect(read.body).toEqual(patched.body);
    const updated = (await activityEvents(t)).filter((e) => e.type === "investor_updated").at(-1)!;
    expect(updated.payload).toEqual(patched.body);
  });

  it("a payment omits what it does not have, keeps investment_instructions null (nullable in WealthOS) and settles at a date-time", async () => {
    const t = await newTenant();
    const potId = await openPot(t, [await dealingInvestor(t)]);
    const pending = await pay(t, potId, "50.00", {}, false);
    for (const field of ["source_id", "payment_reference", "external_transaction_reference", "reason", "contribution_id", "batch_id", "settlement_date"]) {
      expect(pending).not.toHaveProperty(field);
    }
    expect(pending.investment_instructions).toBeNull();
    const before = Date.now();
    const settled = await json(t, `/tenant/payments/v1/${pending.transaction_id}`, { method: "PATCH", json: { status: "succeeded" } });
    expect(settled.status).toBe(200);
    expect(settled.body.settlement_date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    expect(Date.parse(settled.body.settlement_date)).toBeGreaterThanOrEqual(before - 1000);
    const read = await json(t, `/tenant/payments/v1/${pending.transaction_id}`);
    expect(read.body).toEqual(settled.body);
  });

  it("a pot transaction omits its absent optional fields, over REST and the transactions events", async () => {
    const t = await newTenant();
    const potId = await openPot(t, [await dealingInvestor(t)]);
    await pay(t, potId, "75.00");
    const { body } = await json(t, `/tenant/pots/v1/${potId}/transactions`);
    const contribution = (body.transactions as Array<Record<string, unknown>>)[0]!;
    for (const field of ["parent_transaction_id", "aggregated_transaction_id", "client_order_id", "execution_price", "transaction_quantity", "source_id", "reason"]) {
      expect(contribution).not.toHaveProperty(field);
    }
    expect(contribution).toMatchObject({ transaction_value: "75.00", trade_date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    const events = (await activityEvents(t)).filter((e) => e.ch === "transactions" && e.payload.transaction_id === contribution.transaction_id);
    expect(events.at(-1)!.payload).toEqual(contribution);
  });

  it("an investor account shows current_year_subscription as a boolean and its nullable custodian fields as null, set and cleared", async () => {
    const t = await newTenant();
    const investorId = await dealingInvestor(t);
    const created = await json(t, "/tenant/investor-accounts/v2", {
      method: "POST",
      json: { request_id: crypto.randomUUID(), investor_id: [investorId], financial_product_id: "treasury_management" },
    });
    expect(created.status).toBe(201);
    const account = created.body;
    expect(account.current_year_subscription).toBe(false);
    expect(account).toMatchObject({ custodian_id: null, custodian_account_reference: null, first_subscription_date_for_current_year: null });
    for (const field of ["account_sub_type", "isa_account_type", "jisa", "hmrc_data"]) expect(account).not.toHaveProperty(field);
    const path = `/tenant/investor-accounts/v2/${account.account_id}`;
    const set = await json(t, path, { method: "PATCH", json: { reference_version: 1, custodian_id: "CUST-1" } });
    expect(set.body.custodian_id).toBe("CUST-1");
    const cleared = await json(t, path, { method: "PATCH", json: { reference_version: 2, custodian_id: null } });
    expect(cleared.status).toBe(200);
    expect(cleared.body.custodian_id).toBeNull();
    const read = await json(t, path);
    expect(read.body).toMatchObject({ custodian_id: null, current_year_subscription: false });
    const event = (await activityEvents(t)).filter((e) => e.type === "investor_account_updated").at(-1)!;
    expect(event.payload.custodian_id).toBeNull();
    expect(event.payload.current_year_subscription).toBe(false);
  });
});
