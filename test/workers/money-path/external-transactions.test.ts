import { describe, expect, it } from "vitest";
import { activeInvestor, addProduct, createPot, fund, get, holdingsOf, runJobs } from "../../helpers/money";
import { expectProblem, expectValidation } from "../../helpers/problem";
import { openSocket, subscribe } from "../../helpers/socket";
import { newTenant, type TestTenant } from "../../helpers/tenant";

const FUND = "GB00EXTFUND1";
const ETF = "IE00EXTETF22";
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function setup(product = "general_investment_product", cash = "1000.00") {
  const t = await newTenant();
  await addProduct(t, FUND, "2.5000");
  await addProduct(t, ETF, "30.0000", { asset_type: "etf" });
  const { investorId, bankAccountId } = await activeInvestor(t);
  const potId = await createPot(t, investorId, {}, product);
  await fund(t, potId, cash);
  return { t, investorId, potId, bankAccountId };
}

const trade = (potId: string, type: "Buy" | "Sell", fields: Record<string, unknown> = {}) => ({
  request_id: crypto.randomUUID(),
  sub_transaction_type: type,
  pot_id: potId,
  currency: "GBP",
  investment_product_id: FUND,
  execution_price: "2.4000",
  transaction_quantity: "100",
  effective_transaction_value: "241.50",
  trade_date: day(-3),
  settlement_date: day(-1),
  ...fields,
});

const cashBooking = (potId: string, type: "Interest" | "Withdrawal", fields: Record<string, unknown> = {}) => ({
  request_id: crypto.randomUUID(),
  sub_transaction_type: type,
  pot_id: potId,
  currency: "GBP",
  transaction_value: "12.34",
  settlement_date: day(0),
  ...fields,
});

const book = (t: TestTenant, json: unknown) => t.fetch("/tenant/transactions/v1", { method: "POST", json });
const value = (t: TestTenant, potId: string) => get(t, `/tenant/pots/v1/${potId}/value`);

describe("external transaction bookings", () => {
  it("books a Buy and a Sell executed elsewhere: holdings and cash change at once, with external_transaction_added", async () => {
    const { t, potId } = await setup();
    const socket = await openSocket(t);
    await subscribe(socket, "transactions");
    await subscribe(socket, "holdings");

    const res = await book(t, trade(potId, "Buy", { external_transaction_reference: "EXT-BUY-1" }));
    expect(res.status).toBe(201);
    const bought = (await res.json()) as any;
    expect(bought).toMatchObject({
      transaction_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      request_id: expect.any(String),
      external_transaction_reference: "EXT-BUY-1",
      pot_id: potId,
      primary_transaction_type: "Buy",
      sub_transaction_type: "Buy",
      type: "archived",
      sub_type: "settled",
      direction: "in",
      investment_product_id: FUND,
      execution_price: "2.4000",
      transaction_quantity: "100",
      transaction_value: "241.50",
      effective_transaction_value: "241.50",
      trade_date: day(-3),
      settlement_date: day(-1),
      currency: "GBP",
      origin: "api",
    });
    // Book cost is the effective value (after costs); valuation uses the current price 2.50.
    let holdings = await holdingsOf(t, potId);
    expect(holdings[FUND]).toMatchObject({ total_quantity: "100.0000", free_quantity: "100.0000", total_value: "250.00", cost_of_holding: "241.50", average_book_cost: "2.415" });
    expect(holdings.cash).toMatchObject({ total_value: "758.50", free_value: "758.50" });

    const sold = await book(t, trade(potId, "Sell", { transaction_quantity: "40", execution_price: "2.6000", effective_transaction_value: "103.00" }));
    expect(sold.status).toBe(201);
    expect(await sold.json()).toMatchObject({ primary_transaction_type: "Sell", direction: "out", type: "archived", sub_type: "settled", transaction_value: "103.00" });
    holdings = await holdingsOf(t, potId);
    // 60 of 100 units left: book cost 241.50 × 60 / 100 = 144.90.
    expect(holdings[FUND]).toMatchObject({ total_quantity: "60.0000", total_value: "150.00", cost_of_holding: "144.90", average_book_cost: "2.415" });
    expect(holdings.cash).toMatchObject({ total_value: "861.50" });
    expect(await value(t, potId)).toMatchObject({ total_value: "1011.50", total_locked_value: "0.00" });

    const payload = (f: Record<string, unknown>) => f.payload as Record<string, unknown>;
    await socket.waitForCount((f) => f.type === "external_transaction_added", 2);
    const added = socket.frames.filter((f) => f.type === "external_transaction_added").map((f) => payload(f).sub_transaction_type);
    expect(added).toEqual(["Buy", "Sell"]);
    expect(socket.frames.some((f) => f.type === "holding_updated" && payload(f).investment_product_id === FUND && payload(f).total_quantity === "60.0000")).toBe(true);
    socket.ws.close();
  });

  it("books Interest into any pot, and a Withdrawal out of an ISA pot only, updating the account's withdrawals", async () => {
    const { t, investorId, potId } = await setup();
    const interest = await book(t, cashBooking(potId, "Interest"));
    expect(interest.status).toBe(201);
    expect(await interest.json()).toMatchObject({ primary_transaction_type: "Income", sub_transaction_type: "Interest", investment_product_id: "cash", direction: "in", transaction_value: "12.34", type: "archived", sub_type: "settled" });
    expect(await value(t, potId)).toMatchObject({ total_value: "1012.34", total_free_cash_value: "1012.34" });

    const gia = await expectValidation(await book(t, cashBooking(potId, "Withdrawal")), ["sub_transaction_type"]);
    expect(gia.errors?.[0]?.message).toContain("ISA");

    const isaPot = await createPot(t, investorId, {}, "stocks_isa");
    await fund(t, isaPot, "300.00");
    const out = await book(t, cashBooking(isaPot, "Withdrawal", { transaction_value: "120.00", settlement_date: day(-2) }));
    expect(out.status).toBe(201);
    expect(await out.json()).toMatchObject({ primary_transaction_type: "Withdrawal", sub_transaction_type: "Withdrawal", direction: "out", transaction_value: "120.00", settlement_date: day(-2), trade_date: day(-2) });
    expect(await value(t, isaPot)).toMatchObject({ total_value: "180.00" });
    const { account_id } = await get(t, `/tenant/pots/v1/${isaPot}`);
    const account = await get(t, `/tenant/investor-accounts/v2/${account_id}`);
    expect(account).toMatchObject({ current_year_total_withdrawals: "120.00", current_year_total_isa_withdrawals: "120.00", total_withdrawals: "120.00", current_year_pending_withdrawals: "0.00" });
    await expectProblem(await book(t, cashBooking(isaPot, "Withdrawal", { transaction_value: "180.01" })), 422, "insufficient_funds");
  });

  it("leaves withdrawals still being paid out pending when a Withdrawal executed elsewhere is booked", async () => {
    const { t, investorId, bankAccountId } = await setup();
    const isaPot = await createPot(t, investorId, {}, "stocks_isa");
    await fund(t, isaPot, "500.00");
    const { account_id } = await get(t, `/tenant/pots/v1/${isaPot}`);
    const payout = await t.fetch("/tenant/withdrawals/v1", {
      method: "POST",
      json: { request_id: crypto.randomUUID(), pot_id: isaPot, currency: "GBP", transaction_value: "150.00", sub_transaction_type: "Withdrawal", bank_account_id: bankAccountId },
    });
    expect(payout.status).toBe(201);
    expect((await book(t, cashBooking(isaPot, "Withdrawal", { transaction_value: "120.00" }))).status).toBe(201);
    const counters = async () => {
      const a = await get(t, `/tenant/investor-accounts/v2/${account_id}`);
      return [a.current_year_total_withdrawals, a.current_year_pending_withdrawals, a.total_withdrawals];
    };
    expect(await counters()).toEqual(["120.00", "150.00", "120.00"]);
    await runJobs(t, ["withdrawal.payout"]);
    expect(await counters()).toEqual(["270.00", "0.00", "270.00"]);
    expect(await value(t, isaPot)).toMatchObject({ total_value: "230.00" });
  });

  it("requires the fields of each type, and refuses the others (400 naming each)", async () => {
    const { t, potId } = await setup();
    const { investment_product_id, execution_price, transaction_quantity, effective_transaction_value, trade_date, ...bare } = trade(potId, "Buy");
    await expectValidation(await book(t, bare), ["investment_product_id", "execution_price", "transaction_quantity", "effective_transaction_value", "trade_date"]);
    await expectValidation(await book(t, { ...bare, sub_transaction_type: "Sell" }), ["investment_product_id", "execution_price", "transaction_quantity", "effective_transaction_value", "trade_date"]);
    await expectValidation(await book(t, trade(potId, "Buy", { transaction_value: "1.00" })), ["transaction_value"]);
    const { transaction_value: _v, ...noValue } = cashBooking(potId, "Interest");
    await expectValidation(await book(t, noValue), ["transaction_value"]);
    await expectValidation(await book(t, cashBooking(potId, "Interest", { investment_product_id: FUND, trade_date: day(-1) })), ["investment_product_id", "trade_date"]);
    const { settlement_date: _s, ...noDate } = cashBooking(potId, "Interest");
    await expectValidation(await book(t, noDate), ["settlement_date"]);
    await expectValidation(await book(t, cashBooking(potId, "Interest", { sub_transaction_type: "Dividends" })), ["sub_transaction_type"]);
    await expectValidation(await book(t, cashBooking(potId, "Interest", { transaction_value: "1.001" })), ["transaction_value"]);
    await expectValidation(await book(t, trade(potId, "Buy", { execution_price: "2.40001" })), ["execution_price"]);
    await expectValidation(await book(t, trade(potId, "Buy", { trade_date: "21-11-2026" })), ["trade_date"]);
    expect(await value(t, potId)).toMatchObject({ total_value: "1000.00" });
  });

  it("checks dates, currency, product and quantity against the pot and the catalogue", async () => {
    const { t, potId } = await setup();
    const other = await newTenant();
    const { investorId: foreignInvestor } = await activeInvestor(other);
    const foreignPot = await createPot(other, foreignInvestor);
    await expectValidation(await book(t, cashBooking(potId, "Interest", { settlement_date: day(1) })), ["settlement_date"]);
    await expectValidation(await book(t, trade(potId, "Buy", { settlement_date: day(2) })), ["settlement_date"]);
    await expectValidation(await book(t, trade(potId, "Buy", { trade_date: day(0), settlement_date: day(-1) })), ["trade_date"]);
    await expectValidation(await book(t, cashBooking(potId, "Interest", { currency: "USD" })), ["currency"]);
    await expectValidation(await book(t, trade(potId, "Buy", { investment_product_id: "XX00UNKNOWN1" })), ["investment_product_id"]);
    await expectValidation(await book(t, trade(potId, "Buy", { investment_product_id: ETF, transaction_quantity: "1.5", execution_price: "30.0000", effective_transaction_value: "45.00" })), ["transaction_quantity"]);
    await expectProblem(await book(t, cashBooking("pot-NOPE000000", "Interest")), 404, "resource_not_found");
    await expectProblem(await book(t, cashBooking(foreignPot, "Interest")), 404, "resource_not_found");
    expect(await value(t, potId)).toMatchObject({ total_value: "1000.00" });
    expect(await value(other, foreignPot)).toMatchObject({ total_value: "0.00" });
  });

  it("refuses a Sell of more units than are free, and a Buy of more than the free cash (422), writing nothing", async () => {
    const { t, potId } = await setup("general_investment_product", "300.00");
    expect((await book(t, trade(potId, "Buy"))).status).toBe(201); // 100 units, 58.50 cash
    await t.fetch("/tenant/transactions/v1/sell", { method: "POST", json: { request_id: crypto.randomUUID(), pot_id: potId, sell_instructions: [{ investment_product_id: FUND, quantity: "30" }] } });
    const over = await expectProblem(await book(t, trade(potId, "Sell", { transaction_quantity: "70.0001" })), 422, "insufficient_funds");
    expect(over.errors?.map((e) => e.field)).toEqual(["transaction_quantity"]);
    const broke = await expectProblem(await book(t, trade(potId, "Buy", { transaction_quantity: "30", effective_transaction_value: "58.51" })), 422, "insufficient_funds");
    expect(broke.errors?.map((e) => e.field)).toEqual(["effective_transaction_value"]);
    expect((await holdingsOf(t, potId))[FUND]).toMatchObject({ total_quantity: "100.0000", free_quantity: "70.0000", locked_quantity: "30.0000" });
    expect((await book(t, trade(potId, "Sell", { transaction_quantity: "70", effective_transaction_value: "170.00" }))).status).toBe(201);
  });

  it("refuses a reused external_transaction_reference (409) and a reused request_id (400)", async () => {
    const { t, potId } = await setup();
    const first = cashBooking(potId, "Interest", { external_transaction_reference: "BANK-INT-2026-11" });
    expect((await book(t, first)).status).toBe(201);
    const again = await expectProblem(await book(t, { ...first, request_id: crypto.randomUUID() }), 409, "duplicate_external_reference");
    expect(again.errors?.map((e) => e.field)).toEqual(["external_transaction_reference"]);
    expect((await book(t, first)).status).toBe(400);
    const { transactions } = await get(t, "/tenant/transactions/v1?external_transaction_reference=BANK-INT-2026-11");
    expect(transactions).toHaveLength(1);
    expect(await value(t, potId)).toMatchObject({ total_value: "1012.34" });
  });
});
