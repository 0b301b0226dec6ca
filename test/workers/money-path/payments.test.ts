import { describe, expect, it } from "vitest";
import { activeInvestor, addProduct, createPot, get, post, runJobs } from "../../helpers/money";
import { createInvestor } from "../../helpers/investors";
import { expectProblem, expectValidation } from "../../helpers/problem";
import { newTenant, type TestTenant } from "../../helpers/tenant";

async function setup(t: TestTenant, product = "general_investment_product") {
  const { investorId, bankAccountId } = await activeInvestor(t);
  const potId = await createPot(t, investorId, {}, product);
  return { investorId, bankAccountId, potId };
}

const manual = (potId: string, fields: Record<string, unknown> = {}) => ({
  request_id: crypto.randomUUID(),
  amount: "250.00",
  pot_id: potId,
  payment_type: "manual",
  service_provider: "none",
  purpose: "cash",
  ...fields,
});

const send = (t: TestTenant, json: unknown) => t.fetch("/tenant/payments/v1", { method: "POST", json });

describe("payment intents", () => {
  it("rejects bad amounts, naming the field, and writes nothing", async () => {
    const t = await newTenant();
    const { potId } = await setup(t);
    await expectValidation(await send(t, manual(potId, { amount: "10.001" })), ["amount"]);
    await expectValidation(await send(t, manual(potId, { amount: 10 })), ["amount"]);
    await expectValidation(await send(t, manual(potId, { amount: "ten" })), ["amount"]);
    await expectValidation(await send(t, manual(potId, { amount: "0.99" })), ["amount"]);
    await expectValidation(await send(t, manual(potId, { amount: "-5.00" })), ["amount"]);
    await expectValidation(await send(t, manual(potId, { currency: "USD" })), ["currency"]);
    await expectValidation(await send(t, manual(potId, { payment_type: "card" })), ["service_provider"]);
    await expectValidation(await send(t, manual(potId, { payment_type: "electronic_fund_transfer", service_provider: "truelayer" })), ["service_provider_params.bank_account_id"]);
    await expectValidation(await send(t, manual(potId, { purpose: "invest" })), ["investment_instructions"]);
    const { payments } = await get(t, `/tenant/payments/v1?pot_id=${potId}`);
    expect(payments).toEqual([]);
  });

  it("treats unknown pots and another tenant's pots alike (404 naming pot_id)", async () => {
    const t = await newTenant();
    const other = await newTenant();
    const { potId } = await setup(other);
    const unknown = await expectProblem(await send(t, manual("pot-NOP0000000")), 404, "resource_not_found");
    const foreign = await expectProblem(await send(t, manual(potId)), 404, "resource_not_found");
    expect(unknown.errors).toEqual([{ field: "pot_id", message: "unknown pot" }]);
    expect(foreign.errors).toEqual(unknown.errors);
  });

  it("confirms a manual payment by PATCH: processing → succeeded, cash lands free in the pot", async () => {
    const t = await newTenant();
    const { potId } = await setup(t);
    const created = await post(t, "/tenant/payments/v1", manual(potId));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: "processing", origin: "api", purpose: "cash" });
    const pending = await get(t, `/tenant/pots/v1/${potId}/transactions`);
    expect(pending.transactions[0]).toMatchObject({ transaction_id: created.body.transaction_id, type: "pending", direction: "in", primary_transaction_type: "Contribution" });

    const done = await post(t, `/tenant/payments/v1/${created.body.transaction_id}`, { status: "succeeded" }, "PATCH");
    expect(done.status).toBe(200);
    expect(done.body.status).toBe("succeeded");
    const value = await get(t, `/tenant/pots/v1/${potId}/value`);
    expect(value).toMatchObject({ total_value: "250.00", total_free_cash_value: "250.00" });

    const again = await t.fetch(`/tenant/payments/v1/${created.body.transaction_id}`, { method: "PATCH", json: { status: "failed", reason: "late" } });
    await expectProblem(again, 409, "state_conflict");
  });

  it("rejects a duplicate request_id as WealthOS does, with one effect", async () => {
    const t = await newTenant();
    const { potId } = await setup(t);
    const body = manual(potId);
    expect((await send(t, body)).status).toBe(201);
    const duplicate = await send(t, body);
    expect(duplicate.status).toBe(400);
    const { payments } = await get(t, `/tenant/payments/v1?pot_id=${potId}`);
    expect(payments).toHaveLength(1);
  });

  it("walks a sandbox card payment to succeeded, and fails the .13 trigger amount with a reason", async () => {
    const t = await newTenant();
    const { potId } = await setup(t);
    const ok = await post(t, "/tenant/payments/v1", manual(potId, { payment_type: "card", service_provider: "stripe", amount: "20.00" }));
    const declined = await post(t, "/tenant/payments/v1", manual(potId, { payment_type: "card", service_provider: "stripe", amount: "20.13" }));
    expect(ok.body.status).toBe("pending_confirmation");
    await runJobs(t, ["payment.provider"]);
    expect((await get(t, `/tenant/payments/v1/${ok.body.transaction_id}`)).status).toBe("succeeded");
    const failed = await get(t, `/tenant/payments/v1/${declined.body.transaction_id}`);
    expect(failed).toMatchObject({ status: "failed", reason: "sandbox: card declined" });
    const { transactions } = await get(t, `/tenant/pots/v1/${potId}/transactions`);
    expect(transactions.find((x: any) => x.transaction_id === declined.body.transaction_id)).toMatchObject({ type: "archived", sub_type: "rejected" });
    expect((await get(t, `/tenant/pots/v1/${potId}/value`)).total_value).toBe("20.00");
  });

  it("refuses ISA payments past the annual allowance, counting payments still in flight", async () => {
    const t = await newTenant();
    const { potId } = await setup(t, "stocks_isa");
    expect((await send(t, manual(potId, { amount: "15000.00" }))).status).toBe(201);
    const over = await expectValidation(await send(t, manual(potId, { amount: "5000.01" })), ["amount"]);
    expect(over.errors?.[0]?.message).toContain("5000.00");
    expect((await send(t, manual(potId, { amount: "5000.00" }))).status).toBe(201);
  });

  it("applies Junior ISA sub-type rules: Lump sum only from a 16-17 year old investor", async () => {
    const t = await newTenant();
    const { body: child } = await createInvestor(t, { kyc_aml_status: "clear", dealing_status: "active", date_of_birth: "2016-01-01" });
    const account = await post(t, "/tenant/investor-accounts/v2", { request_id: crypto.randomUUID(), investor_id: [child.investor_id], financial_product_id: "stocks_jisa", account_type: "individual" });
    expect(account.status).toBe(201);
    const pots = await post(t, "/tenant/pots/v1", { request_id: crypto.randomUUID(), account_id: account.body.account_id, financial_product_id: "stocks_jisa", pots: [{ pot_name: "Junior", status: "active" }] });
    const potId = pots.body.results[0].pot_id;
    await expectValidation(await send(t, manual(potId, { sub_transaction_type: "Lump sum" })), ["sub_transaction_type"]);
    await expectValidation(await send(t, manual(potId, { sub_transaction_type: "Lump sum - third party" })), ["source_id"]);
  });

  it("requires an active investor to invest, and checks instructions against the catalogue", async () => {
    const t = await newTenant();
    await addProduct(t, "GB00TESTFUND1", "1.0000");
    const { body: pending } = await createInvestor(t);
    const potId = await createPot(t, pending.investor_id);
    await expectValidation(await send(t, manual(potId, { purpose: "invest", investment_instructions: [{ investment_product_id: "GB00TESTFUND1", value: "10.00" }] })), ["pot_id"]);
    const { potId: activePot } = await setup(t);
    await expectValidation(await send(t, manual(activePot, { purpose: "invest", investment_instructions: [{ investment_product_id: "NOPE", value: "10.00" }] })), ["investment_instructions.0.investment_product_id"]);
    await expectValidation(await send(t, manual(activePot, { purpose: "invest", investment_instructions: [{ investment_product_id: "GB00TESTFUND1", value: "300.00" }] })), ["investment_instructions"]);
    const ok = await post(t, "/tenant/payments/v1", manual(activePot, { purpose: "invest", investment_instructions: [{ investment_product_id: "GB00TESTFUND1", value: "100.00" }] }));
    expect(ok.status).toBe(201);
    await post(t, `/tenant/payments/v1/${ok.body.transaction_id}`, { status: "succeeded" }, "PATCH");
    await runJobs(t);
    const holdings = await get(t, `/tenant/pots/v1/${activePot}/holdings`);
    const fund = holdings.holdings.find((h: any) => h.investment_product_id === "GB00TESTFUND1");
    expect(fund).toMatchObject({ total_quantity: "100.0000", total_value: "100.00" });
    expect(holdings.holdings.find((h: any) => h.investment_product_id === "cash")).toMatchObject({ total_value: "150.00" });
  });
});
