import { describe, expect, it } from "vitest";
import { findInvestmentProduct, isApplicableTo, quantityDecimals } from "../../../src/catalogue/investment-products";
import { activityEvents, createInvestmentProduct, FUND, inTenantObject, putInvestmentProduct } from "../../helpers/catalogue";
import { expectProblem, expectValidation } from "../../helpers/problem";
import { admin, newTenant, type TestTenant } from "../../helpers/tenant";

const ETF = { name: "Vanguard FTSE All-World UCITS ETF", id_type: "ISIN", asset_type: "etf", currency: "GBP", close_price: "112.54", close_price_on_date: "2026-11-20" };
const TODAY = new Date().toISOString().slice(0, 10);

function publish(tenantId: string, id: string, body: unknown) {
  return admin("POST", `/admin/v1/tenants/${tenantId}/investment-products/${id}/prices`, body);
}

async function json(t: TestTenant, path: string): Promise<Record<string, unknown>> {
  const res = await t.fetch(path);
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as Record<string, unknown>;
}

describe("investment products", () => {
  it("creates a product through the admin API with defaults, and serves it on the tenant API", async () => {
    const t = await newTenant();
    const res = await putInvestmentProduct(t.id, "GB00B3X7QG63");
    expect(res.status, await res.clone().text()).toBe(201);
    const product = await res.json();
    expect(product).toEqual({
      investment_product_id: "GB00B3X7QG63",
      id_type: "ISIN",
      name: FUND.name,
      asset_type: "funds",
      asset_sub_type: "UK Equity",
      currency: "GBP",
      pricing_method: "NAV",
      fund_code: "VANUKAS",
      applicable_financial_products: ["gia", "isa", "pension"],
      settlement_date_offset: 3,
      status: "active",
      close_price: "412.3456",
      close_price_on_date: "2026-11-20",
      additional_provider_details: {},
      created_at: expect.any(String),
      updated_at: expect.any(String),
    });
    expect(await json(t, "/tenant/investment-products/v1/GB00B3X7QG63")).toEqual(product);
    expect(await json(t, "/tenant/investment-products/v1/GB00B3X7QG63/current-price")).toEqual({
      investment_product_id: "GB00B3X7QG63",
      current_price: "412.3456",
      currency: "GBP",
      price_on_date: "2026-11-20",
    });
    const etf = await createInvestmentProduct(t, "IE00B3RBWM25", ETF);
    expect(etf).toMatchObject({ settlement_date_offset: 2, close_price: "112.54", asset_type: "etf" });
    expect(await json(t, "/tenant/investment-products/v1")).toEqual({
      investment_products: [
        { investment_product_id: "IE00B3RBWM25", asset_type: "etf", status: "active", name: ETF.name, created_at: etf.created_at, updated_at: etf.updated_at },
        { investment_product_id: "GB00B3X7QG63", asset_type: "funds", status: "active", name: FUND.name, created_at: expect.any(String), updated_at: expect.any(String) },
      ],
      next_page_available: false,
    });
  });

  it("updates only the fields sent, answers 200, and filters lists by status", async () => {
    const t = await newTenant();
    await createInvestmentProduct(t, "GB00B3X7QG63");
    await createInvestmentProduct(t, "IE00B3RBWM25", ETF);
    const res = await putInvestmentProduct(t.id, "GB00B3X7QG63", { status: "inactive", settlement_date_offset: 2, additional_provider_details: { sedol: "B3X7QG6" } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "inactive", settlement_date_offset: 2, name: FUND.name, close_price: "412.3456", additional_provider_details: { sedol: "B3X7QG6" } });
    const ids = async (query: string) =>
      ((await json(t, `/tenant/investment-products/v1${query}`)).investment_products as Array<{ investment_product_id: string }>).map((p) => p.investment_product_id);
    expect(await ids("?status=active")).toEqual(["IE00B3RBWM25"]);
    expect(await ids("?status=inactive")).toEqual(["GB00B3X7QG63"]);
    expect(await ids("?status=")).toHaveLength(2);
    const prices = async (query: string) =>
      ((await json(t, `/tenant/investment-products/v1/current-prices${query}`)).investment_product_unit_prices as Array<{ investment_product_id: string }>).map((p) => p.investment_product_id);
    expect(await prices("?status=inactive")).toEqual(["GB00B3X7QG63"]);
    await expectValidation(await t.fetch("/tenant/investment-products/v1?status=closed"), ["status"]);
  });

  it("does not read current-prices as a product id", async () => {
    const t = await newTenant();
    await createInvestmentProduct(t, "GB00B3X7QG63");
    expect(await json(t, "/tenant/investment-products/v1/current-prices")).toEqual({
      investment_product_unit_prices: [{ investment_product_id: "GB00B3X7QG63", current_price: "412.3456", currency: "GBP", price_on_date: "2026-11-20" }],
      next_page_available: false,
    });
    await expectValidation(await putInvestmentProduct(t.id, "current-prices"), ["investment_product_id"]);
    await expectValidation(await putInvestmentProduct(t.id, "cash"), ["investment_product_id"]);
  });

  it("pages with the WealthOS limits (products max 3000, prices max 15000)", async () => {
    const t = await newTenant();
    for (const id of ["FUNDA0001", "FUNDB0002", "FUNDC0003"]) await createInvestmentProduct(t, id);
    const page1 = await json(t, "/tenant/investment-products/v1?page_size=2&page_number=1");
    expect((page1.investment_products as unknown[]).length).toBe(2);
    expect(page1.next_page_available).toBe(true);
    const page2 = await json(t, "/tenant/investment-products/v1?page_size=2&page_number=2");
    expect((page2.investment_products as Array<{ investment_product_id: string }>).map((p) => p.investment_product_id)).toEqual(["FUNDA0001"]);
    expect(page2.next_page_available).toBe(false);
    expect(((await json(t, "/tenant/investment-products/v1?page_size=1")).investment_products as unknown[]).length).toBe(3);
    expect((await json(t, "/tenant/investment-products/v1?page_size=3000&page_number=1")).next_page_available).toBe(false);
    await expectValidation(await t.fetch("/tenant/investment-products/v1?page_size=3001&page_number=1"), ["page_size"]);
    const prices = await json(t, "/tenant/investment-products/v1/current-prices?page_size=15000&page_number=1");
    expect((prices.investment_product_unit_prices as unknown[]).length).toBe(3);
    await expectValidation(await t.fetch("/tenant/investment-products/v1/current-prices?page_size=15001&page_number=1"), ["page_size"]);
    await expectValidation(await t.fetch("/tenant/investment-products/v1?page_size=0&page_number=1"), ["page_size"]);
  });

  it.each([
    ["a new product without its required fields", { name: "Only a name" }, ["id_type", "asset_type", "currency", "close_price", "close_price_on_date"]],
    ["bad enums", { ...FUND, id_type: "SEDOL", asset_type: "crypto", status: "live" }, ["id_type", "asset_type", "status"]],
    ["bad settlement offsets", { ...FUND, settlement_date_offset: -1 }, ["settlement_date_offset"]],
    ["a fractional settlement offset", { ...FUND, settlement_date_offset: 1.5 }, ["settlement_date_offset"]],
    ["an unsupported currency", { ...FUND, currency: "GBX" }, ["currency"]],
    ["a price as a JSON number", { ...FUND, close_price: 12.5 }, ["close_price"]],
    ["a price with 5 decimals", { ...FUND, close_price: "1.23456" }, ["close_price"]],
    ["a zero price", { ...FUND, close_price: "0.0000" }, ["close_price"]],
    ["a negative price", { ...FUND, close_price: "-1.00" }, ["close_price"]],
    ["a price without its date", { ...FUND, close_price_on_date: undefined }, ["close_price_on_date"]],
    ["an impossible date", { ...FUND, close_price_on_date: "2026-02-30" }, ["close_price_on_date"]],
    ["an unknown applicable product", { ...FUND, applicable_financial_products: ["gia", "crypto"] }, ["applicable_financial_products.1"]],
    ["an unknown field", { ...FUND, isin: "GB00B3X7QG63" }, ["isin"]],
  ])("refuses %s, naming the fields, and writes nothing", async (_name, body, fields) => {
    const t = await newTenant();
    await expectValidation(await putInvestmentProduct(t.id, "GB00B3X7QG63", body), fields);
    await expectProblem(await t.fetch("/tenant/investment-products/v1/GB00B3X7QG63"), 404, "resource_not_found");
  });

  it("refuses an id that is not a product code", async () => {
    const t = await newTenant();
    await expectValidation(await putInvestmentProduct(t.id, "-bad", FUND), ["investment_product_id"]);
    await expectValidation(await putInvestmentProduct(t.id, "x".repeat(65), FUND), ["investment_product_id"]);
  });

  it("publishes prices forward only, normalising them, and the tenant object sees them at once", async () => {
    const t = await newTenant();
    await createInvestmentProduct(t, "GB00B3X7QG63", { close_price: "100", close_price_on_date: "2026-11-02" });
    expect((await json(t, "/tenant/investment-products/v1/GB00B3X7QG63")).close_price).toBe("100.00");

    const newer = await publish(t.id, "GB00B3X7QG63", { price: "101.2500", price_date: "2026-11-03" });
    expect(newer.status, await newer.clone().text()).toBe(200);
    expect(await newer.json()).toEqual({ investment_product_id: "GB00B3X7QG63", current_price: "101.25", currency: "GBP", price_on_date: "2026-11-03" });
    expect(await json(t, "/tenant/investment-products/v1/GB00B3X7QG63/current-price")).toMatchObject({ current_price: "101.25", price_on_date: "2026-11-03" });

    const corrected = await publish(t.id, "GB00B3X7QG63", { price: "101.2675", price_date: "2026-11-03" });
    expect(await corrected.json()).toMatchObject({ current_price: "101.2675", price_on_date: "2026-11-03" });

    const older = await expectProblem(await publish(t.id, "GB00B3X7QG63", { price: "99.00", price_date: "2026-11-02" }), 409, "state_conflict");
    expect(older.errors).toEqual([{ field: "price_date", message: expect.any(String) }]);
    expect(older.current_price_on_date).toBe("2026-11-03");
    await expectProblem(await putInvestmentProduct(t.id, "GB00B3X7QG63", { close_price: "99.00", close_price_on_date: "2026-11-01" }), 409, "state_conflict");

    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await expectValidation(await publish(t.id, "GB00B3X7QG63", { price: "99.00", price_date: tomorrow }), ["price_date"]);
    await expectValidation(await publish(t.id, "GB00B3X7QG63", { price: "1.00001", price_date: TODAY }), ["price"]);
    await expectValidation(await publish(t.id, "GB00B3X7QG63", { price: 101, price_date: TODAY }), ["price"]);
    await expectValidation(await publish(t.id, "GB00B3X7QG63", { price: "0", price_date: TODAY }), ["price"]);
    await expectValidation(await publish(t.id, "GB00B3X7QG63", {}), ["price", "price_date"]);
    expect(await json(t, "/tenant/investment-products/v1/GB00B3X7QG63/current-price")).toMatchObject({ current_price: "101.2675", price_on_date: "2026-11-03" });

    await publish(t.id, "GB00B3X7QG63", { price: "102.5", price_date: TODAY });
    const seen = await inTenantObject(t, (ctx) => {
      const p = findInvestmentProduct(ctx, "GB00B3X7QG63")!;
      return { price: p.close_price, date: p.close_price_on_date, decimals: quantityDecimals(p), inIsa: isApplicableTo(p, "stocks_jisa"), missing: findInvestmentProduct(ctx, "NOPE") };
    });
    expect(seen).toEqual({ price: "102.50", date: TODAY, decimals: 4, inIsa: true, missing: null });
    expect(quantityDecimals({ asset_type: "equities" })).toBe(0);
    expect(quantityDecimals({ asset_type: "etf" })).toBe(0);
    expect(quantityDecimals({ asset_type: "bonds" })).toBe(0);
  });

  it("publishes created and updated products in full on notifications; an unchanged upsert writes nothing", async () => {
    const t = await newTenant();
    const created = await createInvestmentProduct(t, "GB00B3X7QG63");
    const same = await putInvestmentProduct(t.id, "GB00B3X7QG63", FUND);
    expect(same.status).toBe(200);
    expect(await same.json()).toEqual(created);
    await publish(t.id, "GB00B3X7QG63", { price: "413.00", price_date: TODAY });
    const events = (await activityEvents(t)).filter((e) => e.type.startsWith("investment_product_"));
    expect(events.map((e) => [e.type, e.ch])).toEqual([
      ["investment_product_created", "notifications"],
      ["investment_product_updated", "notifications"],
    ]);
    expect(events[0]!.payload).toEqual(created);
    expect(events[1]!.payload).toMatchObject({ close_price: "413.00", close_price_on_date: TODAY });
  });

  it("answers 404 for unknown products and tenants, and keeps tenants apart", async () => {
    const a = await newTenant();
    const b = await newTenant();
    await createInvestmentProduct(a, "GB00B3X7QG63");
    await expectProblem(await b.fetch("/tenant/investment-products/v1/GB00B3X7QG63"), 404, "resource_not_found");
    await expectProblem(await b.fetch("/tenant/investment-products/v1/GB00B3X7QG63/current-price"), 404, "resource_not_found");
    expect(await json(b, "/tenant/investment-products/v1")).toEqual({ investment_products: [], next_page_available: false });
    expect(await json(b, "/tenant/investment-products/v1/current-prices")).toEqual({ investment_product_unit_prices: [], next_page_available: false });
    const price = await expectProblem(await publish(b.id, "GB00B3X7QG63", { price: "1.00", price_date: TODAY }), 404, "resource_not_found");
    expect(price.errors?.[0]?.field).toBe("investment_product_id");
    const tenant = await expectProblem(await putInvestmentProduct("no-such-tenant", "GB00B3X7QG63"), 404, "resource_not_found");
    expect(tenant.errors?.[0]?.field).toBe("tenant_id");
    await expectProblem(await admin("PUT", `/admin/v1/tenants/${a.id}/investment-products/GB00B3X7QG63`, FUND, "wrong"), 401, "admin_unauthenticated");
  });
});
