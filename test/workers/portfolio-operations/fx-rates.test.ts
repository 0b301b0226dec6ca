import { describe, expect, it } from "vitest";
import { activeInvestor, addProduct, createPot, fund, get, holdingsOf, post } from "../../helpers/money";
import { expectValidation } from "../../helpers/problem";
import { admin, newTenant, type TestTenant } from "../../helpers/tenant";

const US_ETF = "US0000ETF001";
const EU_FUND = "LU0000FUND01";

const publish = (t: TestTenant, pair: string, rate: string, asOf = "2026-11-20T16:00:00Z") => admin("PUT", `/admin/v1/tenants/${t.id}/rates/fx-spot/${pair}`, { rate, as_of: asOf });

/** Books `quantity` units bought elsewhere at `price` (the product's currency) for `value` in the pot's GBP. */
const book = (t: TestTenant, potId: string, product: string, quantity: string, price: string, value: string) =>
  post(t, "/tenant/transactions/v1", {
    request_id: crypto.randomUUID(), sub_transaction_type: "Buy", pot_id: potId, currency: "GBP", investment_product_id: product,
    execution_price: price, transaction_quantity: quantity, effective_transaction_value: value, trade_date: "2026-11-20", settlement_date: "2026-11-20",
  });

describe("fx-spot rates", () => {
  it("publishes rates with history and lists the latest per pair", async () => {
    const t = await newTenant();
    let res = await publish(t, "USDGBP", "0.79");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ rate_id: "USDGBP", rate_type: "fx-spot", rate: "0.79", rate_on_date: "20261120", as_of: "2026-11-20T16:00:00.000Z", latest: true });
    res = await publish(t, "USDGBP", "0.8012", "2026-11-23T16:00:00Z");
    expect(res.status).toBe(200);
    // An older fixing is kept in the history but does not replace the latest.
    res = await publish(t, "USDGBP", "0.70", "2026-11-19T16:00:00Z");
    expect(await res.json()).toMatchObject({ latest: false });
    expect((await publish(t, "EURGBP", "0.86123456")).status).toBe(200);

    const listed = await get(t, "/tenant/rates/v1?rate_type=fx-spot");
    expect(listed).toEqual({
      rates: [
        { rate_id: "EURGBP", rate_type: "fx-spot", rate: "0.86123456", rate_on_date: "20261120" },
        { rate_id: "USDGBP", rate_type: "fx-spot", rate: "0.8012", rate_on_date: "20261123" },
      ],
    });
  });

  it("refuses an unknown rate type, a bad pair, rate or instant", async () => {
    const t = await newTenant();
    await expectValidation(await t.fetch("/tenant/rates/v1?rate_type=libor"), ["rate_type"]);
    await expectValidation(await t.fetch("/tenant/rates/v1"), ["rate_type"]);
    for (const pair of ["USDUSD", "USDXXX", "usdgbp", "USDGBPX"]) expect((await publish(t, pair, "1.1")).status, pair).toBe(400);
    for (const rate of ["0", "-1", "1.123456789", "abc"]) expect((await publish(t, "USDGBP", rate)).status, rate).toBe(400);
    expect((await admin("PUT", `/admin/v1/tenants/${t.id}/rates/fx-spot/USDGBP`, { rate: 0.79, as_of: "2026-11-20T16:00:00Z" })).status).toBe(400);
    expect((await publish(t, "USDGBP", "0.79", "2999-01-01T00:00:00Z")).status).toBe(400);
    expect((await publish(t, "USDGBP", "0.79", "2026-11-20")).status).toBe(400);
    expect(await get(t, "/tenant/rates/v1?rate_type=fx-spot")).toEqual({ rates: [] });
  });

  it("values a USD-priced ETF in a GBP pot at the latest rate, showing the rate and its date", async () => {
    const t = await newTenant();
    await addProduct(t, US_ETF, "101.37", { asset_type: "etf", currency: "USD" });
    await addProduct(t, EU_FUND, "12.34", { currency: "EUR" });
    const { investorId } = await activeInvestor(t);
    const potId = await createPot(t, investorId);
    await fund(t, potId, "2000.00");

    // Without a rate a USD product cannot enter a GBP pot: never valued 1:1.
    const refused = await book(t, potId, US_ETF, "7", "101.37", "560.00");
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: "investment_product_id" })]);

    expect((await publish(t, "USDGBP", "0.7913")).status).toBe(200);
    expect((await book(t, potId, US_ETF, "7", "101.37", "561.50")).status).toBe(201);
    let etf = (await holdingsOf(t, potId))[US_ETF];
    // 7 × 101.37 USD = 709.59 USD; × 0.7913 = 561.498567 GBP → 561.50 (half-even to the penny).
    expect(etf).toMatchObject({ currency: "GBP", price: "101.37", price_currency: "USD", fx_rate_id: "USDGBP", fx_rate: "0.7913", fx_rate_on_date: "2026-11-20", total_value: "561.50", cost_of_holding: "561.50" });

    // A new fixing revalues: 709.59 × 0.80 = 567.672 → 567.67.
    expect((await publish(t, "USDGBP", "0.80", "2026-11-23T16:00:00Z")).status).toBe(200);
    etf = (await holdingsOf(t, potId))[US_ETF];
    expect(etf).toMatchObject({ total_value: "567.67", fx_rate: "0.80", fx_rate_on_date: "2026-11-23" });

    // Only GBPEUR is published: EUR prices are divided by it. 40 × 12.34 = 493.60 EUR ÷ 1.1625 = 424.6021… → 424.60.
    expect((await publish(t, "GBPEUR", "1.1625")).status).toBe(200);
    expect((await book(t, potId, EU_FUND, "40", "12.34", "424.60")).status).toBe(201);
    const fundHolding = (await holdingsOf(t, potId))[EU_FUND];
    expect(fundHolding).toMatchObject({ currency: "GBP", price_currency: "EUR", fx_rate_id: "GBPEUR", fx_rate: "1.1625", total_value: "424.60" });

    // The pot's value sums everything in GBP: 2000.00 − 561.50 − 424.60 = 1013.90 cash, + 567.67 + 424.60.
    const value = await get(t, `/tenant/pots/v1/${potId}/value`);
    expect(value).toMatchObject({ pot_currency: "GBP", total_cash_value: "1013.90", total_value: "2006.17" });
    // A same-currency holding shows no rate fields.
    expect((await holdingsOf(t, potId)).cash.fx_rate).toBeUndefined();
  });
});
