import { describe, expect, it } from "vitest";
import { addBusinessDays } from "../../../src/clock/calendar";
import { activeInvestor, addProduct, createPot, fund, get, holdingsOf, post, publishPrice, runJobs } from "../../helpers/money";
import { createInvestor } from "../../helpers/investors";
import { expectProblem, expectValidation } from "../../helpers/problem";
import { openSocket, subscribe } from "../../helpers/socket";
import { newTenant, type TestTenant } from "../../helpers/tenant";

const FUND = "GB00FUNDAAA1";
const ETF = "IE00ETFBBB22";

/** A tenant with a fund at 2.5000 (T+2), an ETF at 30.0000, and a pot holding `cash` free. */
async function setup(cash = "1000.00") {
  const t = await newTenant();
  await addProduct(t, FUND, "2.5000");
  await addProduct(t, ETF, "30.0000", { asset_type: "etf", settlement_date_offset: 1 });
  const { investorId } = await activeInvestor(t);
  const potId = await createPot(t, investorId);
  await fund(t, potId, cash);
  return { t, investorId, potId };
}

const buy = (t: TestTenant, potId: string, instructions: unknown[], headers: Record<string, string> = {}) =>
  t.fetch("/tenant/transactions/v1/buy", { method: "POST", headers, json: { request_id: crypto.randomUUID(), pot_id: potId, investment_instructions: instructions } });
const sell = (t: TestTenant, potId: string, instructions: unknown[]) =>
  t.fetch("/tenant/transactions/v1/sell", { method: "POST", json: { request_id: crypto.randomUUID(), pot_id: potId, sell_instructions: instructions } });

const value = (t: TestTenant, potId: string) => get(t, `/tenant/pots/v1/${potId}/value`);
async function transaction(t: TestTenant, potId: string, id: string): Promise<any> {
  const { transactions } = await get(t, `/tenant/pots/v1/${potId}/transactions`);
  return transactions.find((x: any) => x.transaction_id === id);
}

/** Weekdays after `from` (or after the Monday following it, when it is a weekend day) up to and including `to`. */
function businessDaysBetween(from: string, to: string): number {
  const d = new Date(`${from}T00:00:00Z`);
  const weekend = () => d.getUTCDay() === 0 || d.getUTCDay() === 6;
  while (weekend()) d.setUTCDate(d.getUTCDate() + 1);
  let n = 0;
  while (d.toISOString().slice(0, 10) < to) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (!weekend()) n += 1;
  }
  return n;
}

describe("business days", () => {
  it("adds business days skipping weekends; a weekend trade counts from Monday", () => {
    expect(addBusinessDays("2026-11-16", 2)).toBe("2026-11-18"); // Monday → Wednesday
    expect(addBusinessDays("2026-11-19", 2)).toBe("2026-11-23"); // Thursday → Monday
    expect(addBusinessDays("2026-11-20", 1)).toBe("2026-11-23"); // Friday → Monday
    expect(addBusinessDays("2026-11-20", 2)).toBe("2026-11-24"); // Friday → Tuesday
    expect(addBusinessDays("2026-11-20", 5)).toBe("2026-11-27"); // Friday → next Friday
    expect(addBusinessDays("2026-11-21", 1)).toBe("2026-11-24"); // Saturday: Monday is day 0
    expect(addBusinessDays("2026-11-22", 0)).toBe("2026-11-23"); // Sunday, T+0 → Monday
    expect(addBusinessDays("2026-11-18", 0)).toBe("2026-11-18");
    expect(addBusinessDays("2026-12-31", 2)).toBe("2027-01-05"); // across the year end and New Year’s Day
  });
});

describe("buy", () => {
  it("walks a quantity buy instructed → priced → settled, with cash and units at each step", async () => {
    const { t, potId } = await setup();
    const socket = await openSocket(t);
    await subscribe(socket, "transactions");
    await subscribe(socket, "holdings");

    const res = await buy(t, potId, [{ investment_product_id: FUND, quantity: "100", client_order_id: "ORD-1" }]);
    expect(res.status).toBe(201);
    const body = (await res.json()) as any;
    expect(body).toMatchObject({ status: "success", pot_id: potId });
    const order = body.results[0];
    expect(order).toMatchObject({
      success: true,
      primary_transaction_type: "Buy",
      sub_transaction_type: "Buy",
      type: "pending",
      sub_type: "instructed",
      direction: "in",
      investment_product_id: FUND,
      client_order_id: "ORD-1",
      transaction_quantity: "100",
      currency: "GBP",
      origin: "api",
    });
    expect(await value(t, potId)).toMatchObject({ total_value: "1000.00", total_cash_value: "1000.00", total_locked_cash_value: "250.00", total_free_cash_value: "750.00", total_locked_value: "250.00" });
    expect(await holdingsOf(t, potId)).toEqual({ cash: expect.objectContaining({ total_value: "1000.00", free_value: "750.00", locked_value: "250.00" }) });

    await runJobs(t, ["trade.fill"]);
    const priced = await transaction(t, potId, order.transaction_id);
    expect(priced).toMatchObject({ type: "pending", sub_type: "priced", execution_price: "2.50", transaction_quantity: "100.0000", transaction_value: "250.00" });
    const today = new Date().toISOString().slice(0, 10);
    expect(priced.trade_date).toBe(today);
    expect(businessDaysBetween(priced.trade_date, priced.settlement_date)).toBe(2);
    expect([0, 6]).not.toContain(new Date(`${priced.settlement_date}T00:00:00Z`).getUTCDay());
    expect(await value(t, potId)).toMatchObject({ total_locked_cash_value: "250.00", total_free_cash_value: "750.00" });

    await runJobs(t, ["trade.settle"]);
    expect(await transaction(t, potId, order.transaction_id)).toMatchObject({ type: "archived", sub_type: "settled", settlement_date: priced.settlement_date });
    expect(await value(t, potId)).toMatchObject({ total_value: "1000.00", total_cash_value: "750.00", total_locked_cash_value: "0.00", total_free_cash_value: "750.00", total_locked_value: "0.00" });
    const holdings = await holdingsOf(t, potId);
    expect(holdings[FUND]).toMatchObject({ total_quantity: "100.0000", free_quantity: "100.0000", locked_quantity: "0.0000", total_value: "250.00", price: "2.50", cost_of_holding: "250.00", average_book_cost: "2.50" });
    expect(holdings.cash).toMatchObject({ total_value: "750.00", free_value: "750.00", locked_value: "0.00" });

    // transaction_initiated, transaction_updated (priced), the holding, transaction_updated (settled).
    const payload = (f: Record<string, unknown>) => f.payload as Record<string, unknown>;
    await socket.waitFor((f) => f.type === "transaction_updated" && payload(f).sub_type === "settled");
    const trail = socket.frames
      .filter((f) => f.payload !== undefined)
      .filter((f) => (f.ch === "transactions" && payload(f).transaction_id === order.transaction_id) || (f.type === "holding_updated" && payload(f).investment_product_id === FUND))
      .map((f) => `${f.type}:${payload(f).sub_type ?? payload(f).total_quantity}`);
    expect(trail).toEqual(["transaction_initiated:instructed", "transaction_updated:priced", "holding_updated:100.0000", "transaction_updated:settled"]);
    socket.ws.close();
  });

  it("buys by value: units round down to the product's decimals and the unused cash is unlocked at the fill", async () => {
    const { t, potId } = await setup();
    await addProduct(t, "GB00DEARFND3", "150.0000");
    const res = await buy(t, potId, [
      { investment_product_id: ETF, value: "100.00" },
      { investment_product_id: "GB00DEARFND3", value: "100.00" },
    ]);
    const body = (await res.json()) as any;
    expect(body.status).toBe("success");
    expect(body.results.map((r: any) => [r.transaction_value, r.transaction_quantity])).toEqual([["100.00", undefined], ["100.00", undefined]]);
    expect(await value(t, potId)).toMatchObject({ total_locked_cash_value: "200.00", total_free_cash_value: "800.00" });

    await runJobs(t, ["trade.fill"]);
    // ETF: 100.00 / 30 = 3.33 → 3 units for 90.00; fund: 100.00 / 150 = 0.666666 → 0.6666 units for 99.99.
    const [etf, dear] = await Promise.all(body.results.map((r: any) => transaction(t, potId, r.transaction_id)));
    expect(etf).toMatchObject({ sub_type: "priced", transaction_quantity: "3", transaction_value: "90.00", execution_price: "30.00" });
    expect(dear).toMatchObject({ sub_type: "priced", transaction_quantity: "0.6666", transaction_value: "99.99" });
    expect(await value(t, potId)).toMatchObject({ total_locked_cash_value: "189.99", total_free_cash_value: "810.01" });

    await runJobs(t, ["trade.settle"]);
    const holdings = await holdingsOf(t, potId);
    expect(holdings[ETF]).toMatchObject({ total_quantity: "3", total_value: "90.00", cost_of_holding: "90.00", average_book_cost: "30.00" });
    expect(holdings["GB00DEARFND3"]).toMatchObject({ total_quantity: "0.6666", total_value: "99.99", cost_of_holding: "99.99" });
    expect(holdings.cash).toMatchObject({ total_value: "810.01", locked_value: "0.00" });
  });

  it("checks quantities against the product: funds at most 4 decimals, ETFs whole units", async () => {
    const { t, potId } = await setup();
    await expectValidation(await buy(t, potId, [{ investment_product_id: FUND, quantity: "1.12345" }]), ["investment_instructions.0.quantity"]);
    await expectValidation(await buy(t, potId, [{ investment_product_id: FUND }]), ["investment_instructions.0.quantity"]);
    await expectValidation(await buy(t, potId, [{ investment_product_id: FUND, quantity: "1", value: "2.50" }]), ["investment_instructions.0.quantity"]);
    await expectValidation(await buy(t, potId, [{ investment_product_id: FUND, value: "2.505" }]), ["investment_instructions.0.value"]);
    const etfOnly = await expectValidation(await buy(t, potId, [{ investment_product_id: ETF, quantity: "1.5" }]), ["investment_instructions.0.quantity"]);
    expect(etfOnly.errors?.[0]?.message).toContain("0 decimal places");

    const mixed = await buy(t, potId, [{ investment_product_id: ETF, quantity: "1.5" }, { investment_product_id: FUND, quantity: "1.2345" }]);
    expect(mixed.status).toBe(201);
    const body = (await mixed.json()) as any;
    expect(body.status).toBe("partially_success");
    expect(body.results[0]).toEqual({ success: false, message: expect.stringContaining("0 decimal places") });
    expect(body.results[1]).toMatchObject({ success: true, transaction_quantity: "1.2345" });
    // 1.2345 × 2.5000 = 3.08625 → 3.09 (half-even) locked.
    expect(await value(t, potId)).toMatchObject({ total_locked_cash_value: "3.09", total_free_cash_value: "996.91" });
  });

  it("refuses unknown, inactive and foreign-currency products per instruction", async () => {
    const { t, potId } = await setup();
    await addProduct(t, "GB00SLEEPY04", "1.0000", { status: "inactive" });
    await addProduct(t, "US00DOLLAR05", "1.0000", { currency: "USD" });
    const res = await buy(t, potId, [
      { investment_product_id: "XX00UNKNOWN6", value: "10.00" },
      { investment_product_id: "GB00SLEEPY04", value: "10.00" },
      { investment_product_id: "US00DOLLAR05", value: "10.00" },
      { investment_product_id: FUND, value: "10.00" },
    ]);
    const body = (await res.json()) as any;
    expect(body.status).toBe("partially_success");
    expect(body.results.slice(0, 3)).toEqual([
      { success: false, message: "Investment product 'XX00UNKNOWN6' does not exist" },
      { success: false, message: "Investment product 'GB00SLEEPY04' is not active" },
      { success: false, message: "Investment product 'US00DOLLAR05' trades in USD, the pot holds GBP" },
    ]);
    expect(body.results[3]).toMatchObject({ success: true, transaction_value: "10.00" });

    // A product the pot's wrapper may not hold (ISA-only fund in a GIA pot).
    await addProduct(t, "GB00ISAONLY9", "1.0000", { applicable_financial_products: ["isa"] });
    const wrapper = await expectValidation(await buy(t, potId, [{ investment_product_id: "GB00ISAONLY9", value: "10.00" }]), ["investment_instructions.0.investment_product_id"]);
    expect(wrapper.errors?.[0]?.message).toBe("Investment product 'GB00ISAONLY9' cannot be held in a general_investment_product pot");

    const none = await expectValidation(await buy(t, potId, [{ investment_product_id: "XX00UNKNOWN6", value: "10.00" }, { investment_product_id: "GB00SLEEPY04", value: "1.00" }]), [
      "investment_instructions.0.investment_product_id",
      "investment_instructions.1.investment_product_id",
    ]);
    expect(none.errors?.[0]?.message).toBe("Investment product 'XX00UNKNOWN6' does not exist");
    expect(await value(t, potId)).toMatchObject({ total_locked_cash_value: "10.00" });
  });

  it("refuses what free cash cannot pay: a later buy is partially_success, an all-refused one 422 with nothing locked", async () => {
    const { t, potId } = await setup("100.00");
    expect((await buy(t, potId, [{ investment_product_id: FUND, value: "80.00" }])).status).toBe(201);
    const second = await buy(t, potId, [{ investment_product_id: FUND, value: "15.00" }, { investment_product_id: FUND, value: "10.00" }]);
    const body = (await second.json()) as any;
    expect(body.status).toBe("partially_success");
    expect(body.results[0]).toMatchObject({ success: true, transaction_value: "15.00" });
    expect(body.results[1]).toEqual({ success: false, message: expect.stringContaining("Insufficient free cash") });
    expect(await value(t, potId)).toMatchObject({ total_locked_cash_value: "95.00", total_free_cash_value: "5.00" });

    const refused = await expectProblem(await buy(t, potId, [{ investment_product_id: FUND, value: "5.01" }, { investment_product_id: FUND, quantity: "3" }]), 422, "insufficient_funds");
    expect(refused.errors?.map((e) => e.field)).toEqual(["investment_instructions.0.value", "investment_instructions.1.quantity"]);
    expect(await value(t, potId)).toMatchObject({ total_locked_cash_value: "95.00", total_free_cash_value: "5.00" });
    const { transactions } = await get(t, `/tenant/pots/v1/${potId}/transactions?sub_transaction_type=Buy`);
    expect(transactions).toHaveLength(2);
  });

  it("needs an active pot of an investor who may deal; unknown and foreign pots are 404", async () => {
    const t = await newTenant();
    const other = await newTenant();
    await addProduct(t, FUND, "2.5000");
    const { body: pending } = await createInvestor(t, { kyc_aml_status: "pending" });
    const pendingPot = await createPot(t, pending.investor_id);
    const notActive = await expectValidation(await buy(t, pendingPot, [{ investment_product_id: FUND, value: "1.00" }]), ["pot_id"]);
    expect(notActive.errors?.[0]?.message).toContain("not active for dealing");

    const { investorId } = await activeInvestor(t);
    const asleep = await createPot(t, investorId, { status: "inactive" });
    const inactive = await expectValidation(await buy(t, asleep, [{ investment_product_id: FUND, value: "1.00" }]), ["pot_id"]);
    expect(inactive.errors?.[0]?.message).toBe("the pot is not active");

    const { investorId: foreignInvestor } = await activeInvestor(other);
    const foreignPot = await createPot(other, foreignInvestor);
    const unknown = await expectProblem(await buy(t, "pot-NOPE000000", [{ investment_product_id: FUND, value: "1.00" }]), 404, "resource_not_found");
    const foreign = await expectProblem(await buy(t, foreignPot, [{ investment_product_id: FUND, value: "1.00" }]), 404, "resource_not_found");
    expect(unknown.errors).toEqual([{ field: "pot_id", message: "unknown pot" }]);
    expect(foreign.errors).toEqual(unknown.errors);
  });

  it("replays a retried buy (Idempotency-Key) without locking twice", async () => {
    const { t, potId } = await setup("100.00");
    const key = crypto.randomUUID();
    const json = { request_id: crypto.randomUUID(), pot_id: potId, investment_instructions: [{ investment_product_id: FUND, value: "40.00" }] };
    const send = () => t.fetch("/tenant/transactions/v1/buy", { method: "POST", headers: { "Idempotency-Key": key }, json });
    const first = await send();
    const again = await send();
    expect(again.status).toBe(201);
    expect(await again.json()).toEqual(await first.json());
    expect(await value(t, potId)).toMatchObject({ total_locked_cash_value: "40.00", total_free_cash_value: "60.00" });
  });

  it("reprices a quantity buy at the fill: a rise locks the difference, or rejects the order when cash is short", async () => {
    const { t, potId } = await setup("110.00");
    await addProduct(t, "GB00RISING07", "10.0000");
    const socket = await openSocket(t);
    await subscribe(socket, "transactions");
    const ok = ((await (await buy(t, potId, [{ investment_product_id: "GB00RISING07", quantity: "10" }])).json()) as any).results[0];
    expect(await value(t, potId)).toMatchObject({ total_locked_cash_value: "100.00", total_free_cash_value: "10.00" });
    await publishPrice(t, "GB00RISING07", "10.5000");
    await runJobs(t, ["trade.fill"]);
    expect(await transaction(t, potId, ok.transaction_id)).toMatchObject({ sub_type: "priced", execution_price: "10.50", transaction_value: "105.00" });
    expect(await value(t, potId)).toMatchObject({ total_locked_cash_value: "105.00", total_free_cash_value: "5.00" });
    await runJobs(t, ["trade.settle"]);

    // A fall unlocks the difference: 2 × 2.50 locked, filled at 2.00.
    await addProduct(t, "GB00FALLING9", "2.5000");
    const cheaper = ((await (await buy(t, potId, [{ investment_product_id: "GB00FALLING9", quantity: "2" }])).json()) as any).results[0];
    await publishPrice(t, "GB00FALLING9", "2.0000");
    await runJobs(t, ["trade.fill"]);
    expect(await transaction(t, potId, cheaper.transaction_id)).toMatchObject({ sub_type: "priced", transaction_value: "4.00" });
    expect(await value(t, potId)).toMatchObject({ total_locked_cash_value: "4.00", total_free_cash_value: "1.00" });
    await runJobs(t, ["trade.settle"]);

    const short = ((await (await buy(t, potId, [{ investment_product_id: "GB00RISING07", quantity: "0.0952" }])).json()) as any).results[0];
    expect(short.success).toBe(true); // 0.0952 × 10.50 = 1.00 ≤ 1.00 free
    await publishPrice(t, "GB00RISING07", "12.0000");
    await runJobs(t, ["trade.fill"]);
    expect(await transaction(t, potId, short.transaction_id)).toMatchObject({ type: "archived", sub_type: "rejected", reason: "Insufficient free cash at the fill price 12.00" });
    expect(await value(t, potId)).toMatchObject({ total_cash_value: "1.00", total_locked_cash_value: "0.00", total_free_cash_value: "1.00" });
    const failed = await socket.waitFor((f) => f.type === "transaction_failed");
    expect(failed.payload).toMatchObject({ transaction_id: short.transaction_id, sub_type: "rejected" });
    socket.ws.close();
  });
});

describe("sell", () => {
  async function holding(units: string) {
    const s = await setup("1000.00");
    await buy(s.t, s.potId, [{ investment_product_id: ETF, quantity: units }]);
    await runJobs(s.t);
    return s;
  }

  it("sells by value (units round down), locking units until settlement, when the proceeds arrive free", async () => {
    const { t, potId } = await holding("10"); // 300.00 of ETF, 700.00 cash
    const res = await sell(t, potId, [{ investment_product_id: ETF, value: "100.00" }]);
    const order = ((await res.json()) as any).results[0];
    expect(order).toMatchObject({ success: true, primary_transaction_type: "Sell", sub_transaction_type: "Sell", direction: "out", type: "pending", sub_type: "instructed", transaction_value: "100.00" });
    // 100.00 / 30 = 3.33 → 3 units locked.
    expect((await holdingsOf(t, potId))[ETF]).toMatchObject({ total_quantity: "10", free_quantity: "7", locked_quantity: "3", locked_value: "90.00" });
    await runJobs(t, ["trade.fill"]);
    expect(await transaction(t, potId, order.transaction_id)).toMatchObject({ sub_type: "priced", transaction_quantity: "3", transaction_value: "90.00" });
    await runJobs(t, ["trade.settle"]);
    const holdings = await holdingsOf(t, potId);
    expect(holdings[ETF]).toMatchObject({ total_quantity: "7", locked_quantity: "0", total_value: "210.00", cost_of_holding: "210.00" });
    expect(holdings.cash).toMatchObject({ total_value: "790.00", free_value: "790.00" });
  });

  it("sells a whole holding: it leaves the holdings list with its book cost", async () => {
    const { t, potId } = await holding("10");
    await sell(t, potId, [{ investment_product_id: ETF, quantity: "10" }]);
    await runJobs(t);
    const holdings = await holdingsOf(t, potId);
    expect(Object.keys(holdings)).toEqual(["cash"]);
    expect(holdings.cash).toMatchObject({ total_value: "1000.00", free_value: "1000.00" });
    expect(await value(t, potId)).toMatchObject({ total_value: "1000.00", total_cash_value: "1000.00" });
  });

  it("refuses selling more than the free units, and a product not held", async () => {
    const { t, potId } = await holding("10");
    const over = await expectProblem(await sell(t, potId, [{ investment_product_id: ETF, quantity: "11" }]), 422, "insufficient_funds");
    expect(over.errors?.map((e) => e.field)).toEqual(["sell_instructions.0.quantity"]);
    expect((await sell(t, potId, [{ investment_product_id: ETF, quantity: "6" }])).status).toBe(201);
    const locked = await sell(t, potId, [{ investment_product_id: ETF, quantity: "5" }, { investment_product_id: FUND, quantity: "1" }]);
    await expectProblem(locked, 422, "insufficient_funds");
    const byValue = await expectProblem(await sell(t, potId, [{ investment_product_id: ETF, value: "150.00" }]), 422, "insufficient_funds");
    expect(byValue.errors?.map((e) => e.field)).toEqual(["sell_instructions.0.value"]);
    expect((await holdingsOf(t, potId))[ETF]).toMatchObject({ free_quantity: "4", locked_quantity: "6" });
  });

  it("keeps the average book cost across buys at different prices, and reduces book cost proportionally on a sell", async () => {
    const { t, potId } = await setup("1000.00");
    await addProduct(t, "GB00AVERAGE8", "10.0000");
    await buy(t, potId, [{ investment_product_id: "GB00AVERAGE8", quantity: "10" }]);
    await runJobs(t);
    await publishPrice(t, "GB00AVERAGE8", "12.5000");
    await buy(t, potId, [{ investment_product_id: "GB00AVERAGE8", quantity: "8" }]);
    await runJobs(t);
    // 100.00 + 100.00 for 18 units: 11.111111 per unit.
    expect((await holdingsOf(t, potId))["GB00AVERAGE8"]).toMatchObject({ total_quantity: "18.0000", cost_of_holding: "200.00", average_book_cost: "11.111111", total_value: "225.00" });
    await sell(t, potId, [{ investment_product_id: "GB00AVERAGE8", quantity: "9" }]);
    await runJobs(t);
    const holdings = await holdingsOf(t, potId);
    expect(holdings["GB00AVERAGE8"]).toMatchObject({ total_quantity: "9.0000", cost_of_holding: "100.00", average_book_cost: "11.111111", total_value: "112.50" });
    // 1000 − 200 bought + 9 × 12.50 sold.
    expect(holdings.cash).toMatchObject({ total_value: "912.50", locked_value: "0.00" });
  });
});
