import { describe, expect, it } from "vitest";
import { activeInvestor, addProduct, createPot, fund, get, holdingsOf, post, publishPrice, runJobs } from "../../helpers/money";
import { expectProblem, expectValidation } from "../../helpers/problem";
import { openSocket, subscribe } from "../../helpers/socket";
import { newTenant, type TestTenant } from "../../helpers/tenant";

const FUND = "GB00FEEFUND1";
const ETF = "IE00FEEETF22";

async function setup(cash: string, product = "general_investment_product") {
  const t = await newTenant();
  await addProduct(t, FUND, "2.5000");
  await addProduct(t, ETF, "30.0000", { asset_type: "etf" });
  const { investorId } = await activeInvestor(t);
  const potId = await createPot(t, investorId, {}, product);
  await fund(t, potId, cash);
  return { t, investorId, potId };
}

const fee = (potId: string, fields: Record<string, unknown> = {}) => ({
  request_id: crypto.randomUUID(),
  pot_id: potId,
  currency: "GBP",
  transaction_value: "12.50",
  sub_transaction_type: "Management fee",
  ...fields,
});
const charge = (t: TestTenant, json: unknown, headers: Record<string, string> = {}) => t.fetch("/tenant/transactions/v1/fee", { method: "POST", headers, json });

/** Buys and settles holdings in the pot. */
async function hold(t: TestTenant, potId: string, instructions: unknown[]) {
  const res = await post(t, "/tenant/transactions/v1/buy", { request_id: crypto.randomUUID(), pot_id: potId, investment_instructions: instructions });
  expect(res.body.status).toBe("success");
  await runJobs(t);
}

const value = (t: TestTenant, potId: string) => get(t, `/tenant/pots/v1/${potId}/value`);
const transactionsOf = async (t: TestTenant, potId: string) => (await get(t, `/tenant/pots/v1/${potId}/transactions?sort=asc`)).transactions as any[];

describe("fees", () => {
  it("settles at once from free cash", async () => {
    const { t, potId } = await setup("100.00");
    const res = await charge(t, fee(potId));
    expect(res.status).toBe(201);
    const body = (await res.json()) as any;
    const today = new Date().toISOString().slice(0, 10);
    expect(body).toMatchObject({
      transaction_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      pot_id: potId,
      primary_transaction_type: "Fees",
      sub_transaction_type: "Management fee",
      investment_product_id: "cash",
      transaction_value: "12.50",
      currency: "GBP",
      direction: "out",
      type: "archived",
      sub_type: "settled",
      origin: "api",
      trade_date: today,
      settlement_date: today,
      selldown_triggered: false,
      selldown_transaction_details: [],
    });
    expect(body).not.toHaveProperty("fee_origin_pot");
    expect(await value(t, potId)).toMatchObject({ total_value: "87.50", total_free_cash_value: "87.50", total_locked_cash_value: "0.00" });
  });

  it("sells down free holdings when cash is short, stays pending until the sells settle, then reconciles to the penny", async () => {
    const { t, potId } = await setup("140.00");
    await hold(t, potId, [{ investment_product_id: ETF, quantity: "3" }]); // 90.00 of ETF, 50.00 cash
    const socket = await openSocket(t);
    await subscribe(socket, "transactions");

    const res = await charge(t, fee(potId, { transaction_value: "70.00", sub_transaction_type: "Custody fees" }));
    expect(res.status).toBe(201);
    const body = (await res.json()) as any;
    // Shortfall 20.00: whole ETF units, so one unit (30.00) is sold.
    expect(body).toMatchObject({ type: "pending", sub_type: "instructed", direction: "out", transaction_value: "70.00", selldown_triggered: true });
    expect(body.selldown_transaction_details).toEqual([{ transaction_id: expect.any(String), investment_product_id: ETF, transaction_quantity: "1" }]);
    const sellId = body.selldown_transaction_details[0].transaction_id;
    const sale = (await transactionsOf(t, potId)).find((x) => x.transaction_id === sellId);
    expect(sale).toMatchObject({ primary_transaction_type: "Sell", sub_transaction_type: "Fee Sell", parent_transaction_id: body.transaction_id, origin: "system", type: "pending", sub_type: "instructed" });
    // Free cash is ring-fenced for the fee, the unit for the sale.
    expect(await value(t, potId)).toMatchObject({ total_value: "140.00", total_free_cash_value: "0.00", total_locked_cash_value: "50.00" });
    expect((await holdingsOf(t, potId))[ETF]).toMatchObject({ free_quantity: "2", locked_quantity: "1" });

    await runJobs(t, ["trade.fill"]);
    expect((await transactionsOf(t, potId)).find((x) => x.transaction_id === body.transaction_id)).toMatchObject({ type: "pending", sub_type: "instructed" });

    await runJobs(t, ["trade.settle"]);
    const settled = (await transactionsOf(t, potId)).find((x) => x.transaction_id === body.transaction_id);
    expect(settled).toMatchObject({ type: "archived", sub_type: "settled", settlement_date: new Date().toISOString().slice(0, 10) });
    // 50.00 + 30.00 proceeds − 70.00 = 10.00 free; 2 units × 30.00 left.
    expect(await value(t, potId)).toMatchObject({ total_value: "70.00", total_cash_value: "10.00", total_free_cash_value: "10.00", total_locked_cash_value: "0.00", total_locked_value: "0.00" });
    expect((await holdingsOf(t, potId))[ETF]).toMatchObject({ total_quantity: "2", locked_quantity: "0" });
    await socket.waitFor((f) => f.type === "transaction_updated" && (f.payload as any).transaction_id === body.transaction_id && (f.payload as any).sub_type === "settled");
    socket.ws.close();
  });

  it("sells the largest holdings first, across products, to cover the shortfall", async () => {
    const { t, potId } = await setup("60.00");
    await hold(t, potId, [{ investment_product_id: ETF, quantity: "1" }, { investment_product_id: FUND, quantity: "8" }]); // 30.00 + 20.00, 10.00 cash
    const body = (await (await charge(t, fee(potId, { transaction_value: "50.00" }))).json()) as any;
    const details = body.selldown_transaction_details;
    expect(details.map((d: any) => [d.investment_product_id, d.transaction_quantity])).toEqual([[ETF, "1"], [FUND, "4.0000"]]);
    await runJobs(t);
    expect(await value(t, potId)).toMatchObject({ total_value: "10.00", total_cash_value: "0.00", total_locked_value: "0.00" });
    expect((await holdingsOf(t, potId))[FUND]).toMatchObject({ total_quantity: "4.0000", total_value: "10.00" });
  });

  it("fails the fee and releases its cash when the sell-down raises too little at the fill price", async () => {
    const { t, potId } = await setup("140.00");
    await hold(t, potId, [{ investment_product_id: ETF, quantity: "3" }]);
    const body = (await (await charge(t, fee(potId, { transaction_value: "70.00" }))).json()) as any;
    await publishPrice(t, ETF, "15.0000");
    await runJobs(t);
    const failed = (await transactionsOf(t, potId)).find((x) => x.transaction_id === body.transaction_id);
    expect(failed).toMatchObject({ type: "archived", sub_type: "failed", reason: "the sell-down raised less cash than the fee at the fill price" });
    // The sale went through at 15.00; nothing was charged.
    expect(await value(t, potId)).toMatchObject({ total_cash_value: "65.00", total_free_cash_value: "65.00", total_locked_cash_value: "0.00", total_value: "95.00" });
  });

  it("does not sell down a product that is no longer active", async () => {
    const { t, potId } = await setup("60.00");
    await hold(t, potId, [{ investment_product_id: ETF, quantity: "1" }, { investment_product_id: FUND, quantity: "8" }]); // 30.00 + 20.00, 10.00 cash
    await addProduct(t, ETF, "30.0000", { asset_type: "etf", status: "inactive" });
    await expectProblem(await charge(t, fee(potId, { transaction_value: "30.01" })), 422, "insufficient_funds");
    const body = (await (await charge(t, fee(potId, { transaction_value: "30.00" }))).json()) as any;
    expect(body.selldown_transaction_details.map((d: any) => [d.investment_product_id, d.transaction_quantity])).toEqual([[FUND, "8.0000"]]);
    await runJobs(t);
    expect(await value(t, potId)).toMatchObject({ total_value: "30.00", total_cash_value: "0.00" });
  });

  it("refuses a fee larger than everything the pot holds free (422 naming transaction_value), writing nothing", async () => {
    const { t, potId } = await setup("100.00");
    await hold(t, potId, [{ investment_product_id: FUND, quantity: "10" }]); // 25.00 + 75.00 cash
    await post(t, "/tenant/transactions/v1/buy", { request_id: crypto.randomUUID(), pot_id: potId, investment_instructions: [{ investment_product_id: FUND, value: "60.00" }] });
    // 15.00 free cash + 25.00 free units < 40.01; the 60.00 locked for the buy does not count.
    const refused = await expectProblem(await charge(t, fee(potId, { transaction_value: "40.01" })), 422, "insufficient_funds");
    expect(refused.errors?.map((e) => e.field)).toEqual(["transaction_value"]);
    expect((await transactionsOf(t, potId)).filter((x) => x.primary_transaction_type === "Fees" || x.sub_transaction_type === "Fee Sell")).toEqual([]);
    expect(await value(t, potId)).toMatchObject({ total_free_cash_value: "15.00", total_locked_cash_value: "60.00" });
    expect((await holdingsOf(t, potId))[FUND]).toMatchObject({ locked_quantity: "0.0000" });
  });

  it("validates the request: currency, pension fee types, amounts, unknown and foreign pots", async () => {
    const { t, potId, investorId } = await setup("100.00");
    const other = await newTenant();
    const { investorId: foreignInvestor } = await activeInvestor(other);
    const foreignPot = await createPot(other, foreignInvestor);
    const pension = await createPot(t, investorId, {}, "sipp_accumulation");
    await fund(t, pension, "100.00", { sub_transaction_type: "Lump sum - non relievable" });

    await expectValidation(await charge(t, fee(potId, { currency: "USD" })), ["currency"]);
    const refused = await expectValidation(await charge(t, fee(pension)), ["sub_transaction_type"]);
    expect(refused.errors?.[0]?.message).toContain("Ancillary fee");
    await expectValidation(await charge(t, fee(potId, { transaction_value: "1.005" })), ["transaction_value"]);
    await expectValidation(await charge(t, fee(potId, { transaction_value: 5 })), ["transaction_value"]);
    await expectValidation(await charge(t, fee(potId, { sub_transaction_type: "Platform fees" })), ["sub_transaction_type"]);
    await expectProblem(await charge(t, fee("pot-NOPE000000")), 404, "resource_not_found");
    await expectProblem(await charge(t, fee(foreignPot)), 404, "resource_not_found");
    expect(await value(t, potId)).toMatchObject({ total_value: "100.00" });

    for (const type of ["Ancillary fee", "Advisor ongoing fee", "One-off advisor fee", "Custody fees", "Commission"]) {
      const ok = await charge(t, fee(pension, { sub_transaction_type: type, transaction_value: "1.00" }));
      expect(ok.status).toBe(201);
    }
    expect(await value(t, pension)).toMatchObject({ total_value: "95.00" });
  });

  it("pays credits and rebates into the pot (direction in)", async () => {
    const { t, potId } = await setup("10.00");
    for (const type of ["Fee rebate", "Fee credit", "Commission rebate"]) {
      const res = await post(t, "/tenant/transactions/v1/fee", fee(potId, { sub_transaction_type: type, transaction_value: "2.25" }));
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ primary_transaction_type: "Fees", sub_transaction_type: type, direction: "in", type: "archived", sub_type: "settled", selldown_triggered: false });
    }
    expect(await value(t, potId)).toMatchObject({ total_value: "16.75", total_free_cash_value: "16.75" });
  });

  it("charges the investor's nominee pot, recording the charged pot as fee_origin_pot", async () => {
    const { t, potId, investorId } = await setup("100.00");
    const nominee = await createPot(t, investorId, { pot_name: "Fees" });
    await fund(t, nominee, "40.00");
    const nomination = await post(t, `/tenant/investors/v1/${investorId}/fee-nominations`, { nominations: [{ nominee_pot_id: nominee }] });
    expect(nomination.status).toBe(201);

    const res = await post(t, "/tenant/transactions/v1/fee", fee(potId, { transaction_value: "15.00" }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ pot_id: nominee, fee_origin_pot: potId, type: "archived", sub_type: "settled", transaction_value: "15.00" });
    expect(await value(t, potId)).toMatchObject({ total_value: "100.00" });
    expect(await value(t, nominee)).toMatchObject({ total_value: "25.00" });
    expect((await transactionsOf(t, nominee)).filter((x) => x.primary_transaction_type === "Fees")).toEqual([expect.objectContaining({ transaction_id: res.body.transaction_id, fee_origin_pot: potId })]);
    expect((await transactionsOf(t, potId)).filter((x) => x.primary_transaction_type === "Fees")).toEqual([]);

    // A fee on the nominee pot itself is its own.
    const own = await post(t, "/tenant/transactions/v1/fee", fee(nominee, { transaction_value: "5.00" }));
    expect(own.body).toMatchObject({ pot_id: nominee });
    expect(own.body).not.toHaveProperty("fee_origin_pot");
  });

  it("replays a retried fee (Idempotency-Key) and refuses a reused request_id, charging once", async () => {
    const { t, potId } = await setup("100.00");
    const body = fee(potId);
    const key = crypto.randomUUID();
    const first = await charge(t, body, { "Idempotency-Key": key });
    const retry = await charge(t, body, { "Idempotency-Key": key });
    expect(retry.status).toBe(201);
    expect(await retry.json()).toEqual(await first.json());
    expect((await charge(t, body)).status).toBe(400);
    expect(await value(t, potId)).toMatchObject({ total_value: "87.50" });
  });
});
