import { describe, expect, it } from "vitest";
import { findCashInvestmentProduct } from "../../../src/catalogue/cash-investment-products";
import { activityEvents, inTenantObject } from "../../helpers/catalogue";
import { expectProblem, expectValidation } from "../../helpers/problem";
import { admin, newTenant, type TestTenant } from "../../helpers/tenant";

const TERM = {
  asset_sub_type: "term_deposit",
  investment_product_name: "HSBC 3 months term deposit",
  counterparty: "CPY-AHY58878",
  currency: "GBP",
  maturity_period: { value: 3, unit: "months" },
  interest_type: "fixed",
  interest_rates: [{ rate: "4.5", effective_date: "2026-11-01" }],
  minimum_investment: "10000",
  maximum_investment: "100000",
  minimum_balance: "1000",
  enabled_account_types: ["individual", "trust"],
  enabled_third_parties: ["acme-adviser"],
};

function put(tenantId: string, id: string, body: unknown) {
  return admin("PUT", `/admin/v1/tenants/${tenantId}/cash-investment-products/${id}`, body);
}

async function create(t: TestTenant, id: string, fields: Record<string, unknown> = {}) {
  const res = await put(t.id, id, { ...TERM, ...fields });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as Record<string, unknown>;
}

async function ids(t: TestTenant, query: string): Promise<string[]> {
  const res = await t.fetch(`/tenant/cash-investment-products/v1${query}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return ((await res.json()) as { cash_investment_products: Array<{ investment_product_id: string }> }).cash_investment_products.map((p) => p.investment_product_id);
}

describe("cash investment products", () => {
  it("creates a product with defaults and normalised amounts, and serves it on the tenant API", async () => {
    const t = await newTenant();
    const product = await create(t, "CASHINV-AHY58878");
    expect(product).toEqual({
      asset_type: "cash_investments",
      asset_sub_type: "term_deposit",
      investment_product_id: "CASHINV-AHY58878",
      investment_product_name: "HSBC 3 months term deposit",
      counterparty: "CPY-AHY58878",
      currency: "GBP",
      maturity_period: { value: 3, unit: "months" },
      interest_type: "fixed",
      interest_rates: [{ rate: "4.50", effective_date: "2026-11-01" }],
      interest_accrual_frequency: "daily",
      interest_compound_frequency: "monthly",
      interest_credit_frequency: "monthly",
      interest_credit_instruction: "credit_to_pot",
      minimum_investment: "10000.00",
      maximum_investment: "100000.00",
      minimum_balance: "1000.00",
      top_up_configurations: { allowed: false },
      revenue_mode: { type: "none" },
      withdrawal_type: "none",
      enabled_third_parties: ["acme-adviser"],
      enabled_account_types: ["individual", "trust"],
      flags: {},
      status: "active",
      activation_date: expect.any(String),
      attachments: [],
      created_at: expect.any(String),
      updated_at: expect.any(String),
    });
    const got = await t.fetch("/tenant/cash-investment-products/v1/CASHINV-AHY58878");
    expect(await got.json()).toEqual(product);
    const list = await t.fetch("/tenant/cash-investment-products/v1");
    expect(await list.json()).toEqual({ cash_investment_products: [product], next_page_available: false });
    const seen = await inTenantObject(t, (ctx) => findCashInvestmentProduct(ctx, "CASHINV-AHY58878")?.minimum_investment);
    expect(seen).toBe("10000.00");
  });

  it("updates only the fields sent, dating a status change, and publishes the full resource", async () => {
    const t = await newTenant();
    const created = await create(t, "CASHINV-AHY58878");
    const res = await put(t.id, "CASHINV-AHY58878", { status: "inactive", interest_rates: [{ rate: "4.50", effective_date: "2026-11-01" }, { rate: "4.25", effective_date: "2026-12-01" }] });
    expect(res.status).toBe(200);
    const updated = (await res.json()) as Record<string, unknown>;
    expect(updated).toMatchObject({ status: "inactive", inactivation_date: expect.any(String), activation_date: created.activation_date, minimum_investment: "10000.00" });
    expect(updated.interest_rates).toHaveLength(2);
    const unchanged = await put(t.id, "CASHINV-AHY58878", { status: "inactive" });
    expect(await unchanged.json()).toEqual(updated);
    const events = (await activityEvents(t)).filter((e) => e.type.startsWith("cash_investment_product_"));
    expect(events.map((e) => [e.type, e.ch])).toEqual([
      ["cash_investment_product_created", "notifications"],
      ["cash_investment_product_updated", "notifications"],
    ]);
    expect(events[1]!.payload).toEqual(updated);
  });

  it("filters by status, sub-type, counterparty and the comma-separated enabled lists, and pages up to 3000", async () => {
    const t = await newTenant();
    await create(t, "CASHINV-AAA00001");
    await create(t, "CASHINV-BBB00002", { asset_sub_type: "notice_deposit", notice_period: 95, maturity_period: null, counterparty: "CPY-ZZZ11111", enabled_account_types: ["sipp"], enabled_third_parties: [] });
    await create(t, "CASHINV-CCC00003", { asset_sub_type: "instant_deposit", maturity_period: null, status: "discontinued", enabled_account_types: ["business", "charity"] });
    expect(await ids(t, "?status=active")).toEqual(["CASHINV-BBB00002", "CASHINV-AAA00001"]);
    expect(await ids(t, "?status=discontinued")).toEqual(["CASHINV-CCC00003"]);
    expect(await ids(t, "?asset_sub_type=notice_deposit")).toEqual(["CASHINV-BBB00002"]);
    expect(await ids(t, "?counterparty=CPY-AHY58878&sort=asc")).toEqual(["CASHINV-AAA00001", "CASHINV-CCC00003"]);
    expect(await ids(t, "?enabled_account_types=sipp,charity")).toEqual(["CASHINV-CCC00003", "CASHINV-BBB00002"]);
    expect(await ids(t, "?enabled_third_parties=acme-adviser&status=active")).toEqual(["CASHINV-AAA00001"]);
    expect(await ids(t, "?status=&asset_sub_type=")).toHaveLength(3);
    expect(await ids(t, "?page_size=1&page_number=2&sort=asc")).toEqual(["CASHINV-BBB00002"]);
    await expectValidation(await t.fetch("/tenant/cash-investment-products/v1?enabled_account_types=individual,pets"), ["enabled_account_types"]);
    await expectValidation(await t.fetch("/tenant/cash-investment-products/v1?status=open&asset_sub_type=bond"), ["status", "asset_sub_type"]);
    await expectValidation(await t.fetch("/tenant/cash-investment-products/v1?page_size=3001&page_number=1"), ["page_size"]);
  });

  it.each([
    ["a new product without its required fields", { investment_product_name: "Only a name" }, ["asset_sub_type", "counterparty", "currency", "interest_type", "interest_rates", "minimum_investment"]],
    ["a term deposit without a maturity period", { ...TERM, maturity_period: null }, ["maturity_period"]],
    ["a notice deposit without a notice period", { ...TERM, asset_sub_type: "notice_deposit" }, ["notice_period"]],
    ["a maximum below the minimum", { ...TERM, maximum_investment: "5000.00" }, ["maximum_investment"]],
    ["amounts with 3 decimals or as numbers", { ...TERM, minimum_investment: "1.001", minimum_balance: 1000 }, ["minimum_investment", "minimum_balance"]],
    ["a rate with 5 decimals", { ...TERM, interest_rates: [{ rate: "4.12345", effective_date: "2026-11-01" }] }, ["interest_rates.0.rate"]],
    ["two rates on one date", { ...TERM, interest_rates: [{ rate: "4.00", effective_date: "2026-11-01" }, { rate: "4.10", effective_date: "2026-11-01" }] }, ["interest_rates"]],
    ["no rates", { ...TERM, interest_rates: [] }, ["interest_rates"]],
    ["bad enums", { ...TERM, asset_sub_type: "bond", status: "live", enabled_account_types: ["pets"] }, ["asset_sub_type", "status", "enabled_account_types.0"]],
    ["a bad counterparty id", { ...TERM, counterparty: "HSBC" }, ["counterparty"]],
    ["a revenue mode without its value", { ...TERM, revenue_mode: { type: "margin", value: null } }, ["revenue_mode.value"]],
    ["a bad timestamp", { ...TERM, activation_date: "yesterday" }, ["activation_date"]],
    ["an unknown field", { ...TERM, rate: "4.5" }, ["rate"]],
  ])("refuses %s, naming the fields, and writes nothing", async (_name, body, fields) => {
    const t = await newTenant();
    await expectValidation(await put(t.id, "CASHINV-AHY58878", body), fields);
    await expectProblem(await t.fetch("/tenant/cash-investment-products/v1/CASHINV-AHY58878"), 404, "resource_not_found");
  });

  it("refuses ids that are not CASHINV- ids", async () => {
    const t = await newTenant();
    await expectValidation(await put(t.id, "CASHINV-ahy58878", TERM), ["investment_product_id"]);
    await expectValidation(await put(t.id, "GB00B3X7QG63", TERM), ["investment_product_id"]);
  });

  it("keeps tenants apart and answers 404 for unknown tenants", async () => {
    const a = await newTenant();
    const b = await newTenant();
    await create(a, "CASHINV-AHY58878");
    await expectProblem(await b.fetch("/tenant/cash-investment-products/v1/CASHINV-AHY58878"), 404, "resource_not_found");
    expect(await ids(b, "")).toEqual([]);
    const unknown = await expectProblem(await put("no-such-tenant", "CASHINV-AHY58878", TERM), 404, "resource_not_found");
    expect(unknown.errors?.[0]?.field).toBe("tenant_id");
  });
});
