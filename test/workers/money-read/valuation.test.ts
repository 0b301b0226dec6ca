import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { formatScaled, parseScaled } from "../../../src/money/money";
import { expectProblem, expectValidation } from "../../helpers/problem";
import { addProduct, allowCurrencies, bookBuy, dealingInvestor, instructBuy, openPot, pay, read, runJob } from "../../helpers/money-read";
import { activity } from "../../helpers/parties";
import { BASE, newTenant } from "../../helpers/tenant";

const FUND = "GB00FUND0001";
const EQUITY = "US00EQTY0002";
const TOTALS = ["total_value", "total_free_value", "total_locked_value", "total_cash_value", "total_free_cash_value", "total_locked_cash_value"] as const;

const pennies = (v: string) => {
  const parsed = parseScaled(v, 2);
  if (!parsed.ok) throw new Error(`${v}: ${parsed.error}`);
  return parsed.value;
};
const sum = (values: string[]) => formatScaled(values.reduce((acc, v) => acc + pennies(v), 0n), 2);

describe("GET /tenant/pots/v1/{pot_id}/value and /holdings", () => {
  it("show an empty pot as zero figures and no holdings", async () => {
    const t = await newTenant();
    const pot = await openPot(t, [await dealingInvestor(t)]);
    expect(await read(t, `/tenant/pots/v1/${pot}/value`)).toEqual({
      pot_id: pot,
      pot_currency: "GBP",
      total_value: "0.00",
      total_free_value: "0.00",
      total_locked_value: "0.00",
      total_cash_value: "0.00",
      total_free_cash_value: "0.00",
      total_locked_cash_value: "0.00",
      settled_cash_position: "0.00",
    });
    expect(await read(t, `/tenant/pots/v1/${pot}/holdings`)).toEqual({ pot_id: pot, holdings: [] });
  });

  it("values cash and products at the latest price; every total is the exact sum of its parts and of the holdings", async () => {
    const t = await newTenant();
    const pot = await openPot(t, [await dealingInvestor(t)]);
    await addProduct(t, FUND, "1.2345");
    await addProduct(t, EQUITY, "10.00", { asset_type: "equities", name: "Equity Two" });
    await pay(t, pot, "1000.00");
    await bookBuy(t, pot, FUND, "100.5", "1.2345", "124.07");
    await bookBuy(t, pot, EQUITY, "3", "10.00", "30.00");
    // An instructed buy locks its cash until the venue fills it.
    await instructBuy(t, pot, [{ investment_product_id: FUND, value: "200.00" }]);

    const { holdings } = await read<{ holdings: Array<Record<string, string>> }>(t, `/tenant/pots/v1/${pot}/holdings`);
    expect(holdings.map((h) => h.investment_product_id)).toEqual(["cash", FUND, EQUITY]);
    expect(holdings[0]).toMatchObject({
      pot_id: pot,
      currency: "GBP",
      total_value: "845.93",
      free_value: "645.93",
      locked_value: "200.00",
      total_quantity: "",
      investment_product_name: "Cash",
      settled_cash_position: "845.93",
    });
    expect(holdings[1]).toMatchObject({
      total_quantity: "100.5000",
      free_quantity: "100.5000",
      locked_quantity: "0.0000",
      price: "1.2345",
      total_value: "124.07", // 100.5 × 1.2345 = 124.06725, half-even to the penny
      free_value: "124.07",
      locked_value: "0.00",
      cost_of_holding: "124.07",
      investment_product_name: `Fund ${FUND}`,
      settled_cash_position: "",
    });
    expect(holdings[2]).toMatchObject({ total_quantity: "3", total_value: "30.00", price: "10.00", investment_product_name: "Equity Two" });
    for (const h of holdings) expect(sum([h.free_value!, h.locked_value!])).toBe(h.total_value);

    // The REST holdings are the figures the socket last published for each holding.
    const published = new Map<string, unknown>();
    for (const e of await activity(t)) if (e.type === "holding_updated") published.set(`${e.payload.pot_id}/${e.payload.investment_product_id}`, e.payload);
    for (const h of holdings) expect(published.get(`${pot}/${h.investment_product_id}`)).toEqual(h);

    const value = await read(t, `/tenant/pots/v1/${pot}/value`);
    expect(value).toEqual({
      pot_id: pot,
      pot_currency: "GBP",
      total_value: "1000.00",
      total_free_value: "800.00",
      total_locked_value: "200.00",
      total_cash_value: "845.93",
      total_free_cash_value: "645.93",
      total_locked_cash_value: "200.00",
      settled_cash_position: "845.93",
    });
    expect(value.total_value).toBe(sum(holdings.map((h) => h.total_value!)));
    expect(value.total_free_value).toBe(sum(holdings.map((h) => h.free_value!)));
    expect(value.total_locked_value).toBe(sum(holdings.map((h) => h.locked_value!)));

    // A new price revalues the product holding on the next read.
    await addProduct(t, FUND, "2.0000");
    const repriced = await read(t, `/tenant/pots/v1/${pot}/value`);
    expect(repriced).toMatchObject({ total_value: "1076.93", total_free_value: "876.93", total_cash_value: "845.93" });
  });

  it("keeps the figures consistent through an order's fill and settlement on the alarm", async () => {
    const t = await newTenant();
    const pot = await openPot(t, [await dealingInvestor(t)]);
    await addProduct(t, FUND, "2.00");
    await pay(t, pot, "100.00");
    await instructBuy(t, pot, [{ investment_product_id: FUND, value: "50.00" }]);
    const figures = async () => {
      const value = await read(t, `/tenant/pots/v1/${pot}/value`);
      const { holdings } = await read<{ holdings: Array<Record<string, string>> }>(t, `/tenant/pots/v1/${pot}/holdings`);
      for (const [total, part] of [["total_value", "total_value"], ["total_free_value", "free_value"], ["total_locked_value", "locked_value"]] as const) {
        expect(value[total], total).toBe(sum(holdings.map((h) => h[part]!)));
      }
      return { value, holdings };
    };
    expect((await figures()).value).toMatchObject({ total_value: "100.00", total_locked_value: "50.00", total_locked_cash_value: "50.00" });
    await runJob(t, "trade.fill");
    expect((await figures()).value).toMatchObject({ total_value: "100.00", total_locked_cash_value: "50.00" });
    await runJob(t, "trade.settle");
    const settled = await figures();
    expect(settled.value).toMatchObject({ total_value: "100.00", total_free_value: "100.00", total_locked_value: "0.00", total_cash_value: "50.00" });
    expect(settled.holdings[1]).toMatchObject({ investment_product_id: FUND, total_quantity: "25.0000", total_value: "50.00", cost_of_holding: "50.00", average_book_cost: "2.00" });
  });

  it("leaves out holdings with nothing in them", async () => {
    const t = await newTenant();
    const pot = await openPot(t, [await dealingInvestor(t)]);
    await addProduct(t, FUND, "2.00");
    await pay(t, pot, "50.00");
    await bookBuy(t, pot, FUND, "25", "2.00", "50.00");
    const { holdings } = await read<{ holdings: Array<Record<string, string>> }>(t, `/tenant/pots/v1/${pot}/holdings`);
    expect(holdings.map((h) => h.investment_product_id)).toEqual([FUND]);
    expect(await read(t, `/tenant/pots/v1/${pot}/value`)).toMatchObject({ total_value: "50.00", total_cash_value: "0.00" });
  });
});

describe("investor totals and holdings", () => {
  it("groups by currency, counts joint pots for each investor, and leaves out pots and currencies without holdings", async () => {
    const t = await newTenant();
    const ada = await dealingInvestor(t);
    await allowCurrencies(t, ["USD"]);
    const bob = await dealingInvestor(t);
    const own = await openPot(t, [ada]);
    const joint = await openPot(t, [ada, bob]);
    const dollars = await openPot(t, [ada], "USD");
    const empty = await openPot(t, [ada]);
    await addProduct(t, FUND, "3.3333");
    await pay(t, own, "100.00");
    await pay(t, joint, "60.50");
    await bookBuy(t, joint, FUND, "3", "3.3333", "10.00");
    await pay(t, dollars, "20.00", { currency: "USD" });

    const totals = await read<{ total_values: Array<Record<string, any>> }>(t, `/tenant/pots/v1/value?investor_id=${ada}`);
    expect(totals.total_values.map((v) => v.pot_currency)).toEqual(["GBP", "USD"]);
    const [gbp, usd] = totals.total_values;
    expect(gbp).toEqual({
      pot_currency: "GBP",
      total_value: "160.50", // 100.00 + 50.50 cash + 3 × 3.3333 = 9.9999 → 10.00
      total_free_value: "160.50",
      total_locked_value: "0.00",
      total_cash_value: "150.50",
      total_free_cash_value: "150.50",
      total_locked_cash_value: "0.00",
      total_settled_cash_position: "150.50",
      pots: [{ pot_id: own }, { pot_id: joint }],
    });
    expect(usd).toMatchObject({ pot_currency: "USD", total_value: "20.00", total_cash_value: "20.00", pots: [{ pot_id: dollars }] });
    // Each currency's figures are the exact sum of its pots' values.
    for (const group of totals.total_values) {
      const values = await Promise.all(group.pots.map((p: { pot_id: string }) => read(t, `/tenant/pots/v1/${p.pot_id}/value`)));
      for (const field of TOTALS) expect(group[field], field).toBe(sum(values.map((v) => v[field])));
      expect(group.total_settled_cash_position).toBe(sum(values.map((v) => v.settled_cash_position)));
    }

    const bobs = await read<{ total_values: Array<Record<string, any>> }>(t, `/tenant/pots/v1/value?investor_id=${bob}`);
    expect(bobs.total_values).toHaveLength(1);
    expect(bobs.total_values[0]).toMatchObject({ pot_currency: "GBP", total_value: "60.50", pots: [{ pot_id: joint }] });

    const holdings = await read<{ pots: Array<{ pot_id: string; holdings: unknown[] }> }>(t, `/tenant/pots/v1/holdings?investor_id=${ada}`);
    expect(holdings.pots.map((p) => p.pot_id)).toEqual([own, joint, dollars, empty]);
    for (const p of holdings.pots) expect(p).toEqual(await read(t, `/tenant/pots/v1/${p.pot_id}/holdings`));
    expect(holdings.pots[3]!.holdings).toEqual([]);
  });

  it("answers an investor without pots with empty lists", async () => {
    const t = await newTenant();
    const ada = await dealingInvestor(t);
    expect(await read(t, `/tenant/pots/v1/value?investor_id=${ada}`)).toEqual({ total_values: [] });
    expect(await read(t, `/tenant/pots/v1/holdings?investor_id=${ada}`)).toEqual({ pots: [] });
  });
});

describe("routes, unknown and cross-tenant ids", () => {
  it("documents every read operation in /openapi.json", async () => {
    const doc = (await (await SELF.fetch(`http://${BASE}/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>> };
    const reads = [
      "/tenant/pots/v1/value",
      "/tenant/pots/v1/values",
      "/tenant/pots/v1/holdings",
      "/tenant/pots/v1/{pot_id}/value",
      "/tenant/pots/v1/{pot_id}/holdings",
      "/tenant/pots/v1/{pot_id}/transactions",
      "/tenant/transactions/v1",
      "/tenant/transactions/v1/",
      "/tenant/payments/v1",
      "/tenant/payments/v1/",
      "/tenant/payments/v1/{transaction_id}",
    ];
    for (const path of reads) expect(doc.paths[path]?.get, path).toBeDefined();
  });

  it("never reads value, values or holdings as a pot id", async () => {
    const t = await newTenant();
    const pot = await openPot(t, [await dealingInvestor(t)]);
    await expectValidation(await t.fetch("/tenant/pots/v1/value"), ["investor_id"]);
    await expectValidation(await t.fetch("/tenant/pots/v1/holdings"), ["investor_id"]);
    const values = await read(t, "/tenant/pots/v1/values");
    expect(values.pots_values.map((v: { pot_id: string }) => v.pot_id)).toEqual([pot]);
    expect(await read(t, `/tenant/pots/v1/${pot}`)).toMatchObject({ pot_id: pot, pot_currency: "GBP" });
  });

  it("answers 404 naming the field for unknown ids and for another tenant's", async () => {
    const t = await newTenant();
    const other = await newTenant();
    const theirInvestor = await dealingInvestor(other);
    const theirPot = await openPot(other, [theirInvestor]);
    await dealingInvestor(t);
    for (const pot of ["pot-UNKNOWN1", theirPot]) {
      for (const suffix of ["value", "holdings", "transactions"]) {
        const body = await expectProblem(await t.fetch(`/tenant/pots/v1/${pot}/${suffix}`), 404, "resource_not_found");
        expect(body.errors).toEqual([{ field: "pot_id", message: expect.any(String) }]);
      }
    }
    for (const investor of ["inv-UNKNOWN1", theirInvestor]) {
      for (const path of ["value", "holdings"]) {
        const body = await expectProblem(await t.fetch(`/tenant/pots/v1/${path}?investor_id=${investor}`), 404, "resource_not_found");
        expect(body.errors).toEqual([{ field: "investor_id", message: expect.any(String) }]);
      }
    }
  });
});
