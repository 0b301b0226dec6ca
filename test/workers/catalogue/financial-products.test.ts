import { describe, expect, it } from "vitest";
import {
  allowedPaymentTypes,
  allowedServiceProviders,
  annualAllowance,
  FINANCIAL_PRODUCT_IDS,
  findFinancialProduct,
  minimumInvestment,
  minimumWithdrawal,
  potCurrencies,
} from "../../../src/catalogue/financial-products";
import { activityEvents, inTenantObject } from "../../helpers/catalogue";
import { expectProblem, expectValidation } from "../../helpers/problem";
import { admin, newTenant, type TestTenant } from "../../helpers/tenant";

type Product = Record<string, unknown> & {
  financial_product_id: string;
  investment_preferences: Record<string, unknown>;
  withdrawal_preferences: Record<string, unknown>;
};

async function listProducts(t: TestTenant, query = ""): Promise<Product[]> {
  const res = await t.fetch(`/tenant/financial-products/v1${query}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return ((await res.json()) as { financial_products: Product[] }).financial_products;
}

function configure(tenantId: string, productId: string, body: unknown) {
  return admin("PUT", `/admin/v1/tenants/${tenantId}/financial-products/${productId}`, body);
}

describe("financial products", () => {
  it("gives every tenant the eight products with the built-in defaults", async () => {
    const t = await newTenant();
    const products = await listProducts(t);
    expect(products.map((p) => p.financial_product_id)).toEqual([...FINANCIAL_PRODUCT_IDS]);
    for (const p of products) {
      expect(p).toMatchObject({
        product_type: p.financial_product_id,
        name: expect.any(String),
        currency: "GBP",
        additional_cash_currencies: [],
        investment_preferences: { minimum_one_off_investment: "1.00" },
        withdrawal_preferences: { minimum_one_off_withdrawal: "1.00" },
        allowed_payment_types: ["card", "electronic_fund_transfer", "manual"],
        allowed_service_providers: ["stripe", "truelayer", "none"],
        created_at: "2024-04-06T00:00:00.000Z",
        updated_at: "2024-04-06T00:00:00.000Z",
      });
      expect((p.name as string).length).toBeLessThanOrEqual(50);
    }
    const byId = Object.fromEntries(products.map((p) => [p.financial_product_id, p]));
    expect(byId.stocks_isa).toMatchObject({ annual_subscription_allowance: "20000.00", max_annual_ISA_subscription_limit: "20000.00", flexible: "YES" });
    expect(byId.stocks_isa).not.toHaveProperty("annual_lisa_subscription_limit");
    expect(byId.stocks_jisa).toMatchObject({ annual_subscription_allowance: "9000.00", max_annual_ISA_subscription_limit: "9000.00", maximum_age: 17 });
    for (const lisa of ["lisa_cash", "lisa_stocks"]) {
      expect(byId[lisa]).toMatchObject({ annual_subscription_allowance: "4000.00", annual_lisa_subscription_limit: 4000 });
      expect(byId[lisa]).not.toHaveProperty("max_annual_ISA_subscription_limit");
      expect(byId[lisa]!.investment_preferences.lisa_bonus_percentage).toBe(25);
    }
    for (const none of ["general_investment_product", "sipp_accumulation", "sipp_fad", "treasury_management"]) {
      // Settings that do not apply are omitted, not null.
      for (const field of ["annual_subscription_allowance", "max_annual_ISA_subscription_limit", "annual_lisa_subscription_limit"]) expect(byId[none]).not.toHaveProperty(field);
    }
    expect(byId.sipp_accumulation).toMatchObject({ annual_product_subscription_limit: "60000.00", money_purchase_annual_allowance: "10000.00", minimum_withdrawal_age: 55 });
  });

  it("uses the tenant's base currency as the default currency", async () => {
    const t = await newTenant({ base_currency: "USD" });
    const products = await listProducts(t);
    expect(new Set(products.map((p) => p.currency))).toEqual(new Set(["USD"]));
  });

  it("filters by product_types (comma-separated) and refuses unknown types", async () => {
    const t = await newTenant();
    expect((await listProducts(t, "?product_types=stocks_isa,lisa_cash")).map((p) => p.financial_product_id)).toEqual(["lisa_cash", "stocks_isa"]);
    expect((await listProducts(t, "?product_types=sipp_fad")).map((p) => p.financial_product_id)).toEqual(["sipp_fad"]);
    expect(await listProducts(t, "?product_types=")).toHaveLength(8);
    await expectValidation(await t.fetch("/tenant/financial-products/v1?product_types=stocks_isa,gold_bars"), ["product_types"]);
  });

  it("lets the operator override settings partially, merging nested preferences, and shows it on the tenant API", async () => {
    const t = await newTenant();
    const res = await configure(t.id, "stocks_isa", {
      name: "Coffer ISA",
      additional_cash_currencies: ["USD", "EUR"],
      investment_preferences: { minimum_one_off_investment: "50.00" },
      annual_subscription_allowance: "15000.00",
      allowed_payment_types: ["electronic_fund_transfer"],
    });
    expect(res.status, await res.clone().text()).toBe(200);
    const product = (await res.json()) as Product;
    expect(product).toMatchObject({
      financial_product_id: "stocks_isa",
      name: "Coffer ISA",
      currency: "GBP",
      additional_cash_currencies: ["USD", "EUR"],
      investment_preferences: { minimum_one_off_investment: "50.00", minimum_regular_monthly_investment: "1.00" },
      withdrawal_preferences: { minimum_one_off_withdrawal: "1.00" },
      annual_subscription_allowance: "15000.00",
      max_annual_ISA_subscription_limit: "15000.00",
      allowed_payment_types: ["electronic_fund_transfer"],
      allowed_service_providers: ["stripe", "truelayer", "none"],
      created_at: "2024-04-06T00:00:00.000Z",
    });
    expect(product.updated_at).not.toBe("2024-04-06T00:00:00.000Z");

    const second = (await (await configure(t.id, "stocks_isa", { investment_preferences: { minimum_regular_monthly_investment: "25.00" } })).json()) as Product;
    expect(second.investment_preferences).toMatchObject({ minimum_one_off_investment: "50.00", minimum_regular_monthly_investment: "25.00" });
    expect(second.name).toBe("Coffer ISA");

    const listed = await listProducts(t, "?product_types=stocks_isa,stocks_jisa");
    expect(listed[0]).toEqual(second);
    expect(listed[1]).toMatchObject({ name: "Junior Stocks and Shares ISA", annual_subscription_allowance: "9000.00" });

    const none = (await (await configure(t.id, "general_investment_product", { annual_subscription_allowance: null, currency: "EUR" })).json()) as Product;
    expect(none).toMatchObject({ currency: "EUR" });
    expect(none).not.toHaveProperty("annual_subscription_allowance");
  });

  it("publishes a change as financial_product_updated and writes nothing for an unchanged override", async () => {
    const t = await newTenant();
    const first = (await (await configure(t.id, "sipp_fad", { minimum_age: 50 })).json()) as Product;
    const again = await configure(t.id, "sipp_fad", { minimum_age: 50 });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(first);
    const events = (await activityEvents(t)).filter((e) => e.type === "financial_product_updated");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ ch: "notifications", payload: first });
  });

  it("is what the tenant object sees, synchronously, through the accessors", async () => {
    const t = await newTenant();
    await configure(t.id, "lisa_stocks", {
      additional_cash_currencies: ["USD"],
      investment_preferences: { minimum_one_off_investment: "100.00" },
      withdrawal_preferences: { minimum_one_off_withdrawal: "20.00" },
      allowed_service_providers: ["truelayer"],
    });
    const seen = await inTenantObject(t, (ctx) => {
      const lisa = findFinancialProduct(ctx, "lisa_stocks")!;
      const gia = findFinancialProduct(ctx, "general_investment_product")!;
      return {
        lisa: [potCurrencies(lisa), minimumInvestment(lisa), minimumWithdrawal(lisa), annualAllowance(lisa), allowedPaymentTypes(lisa), allowedServiceProviders(lisa)],
        gia: [potCurrencies(gia), minimumInvestment(gia), annualAllowance(gia)],
        unknown: findFinancialProduct(ctx, "premium_bonds"),
      };
    });
    expect(seen).toEqual({
      lisa: [["GBP", "USD"], "100.00", "20.00", "4000.00", ["card", "electronic_fund_transfer", "manual"], ["truelayer"]],
      gia: [["GBP"], "1.00", null],
      unknown: null,
    });
  });

  it.each([
    ["amount with 3 decimals", { investment_preferences: { minimum_one_off_investment: "1.005" } }, ["investment_preferences.minimum_one_off_investment"]],
    ["amount as a JSON number", { withdrawal_preferences: { minimum_one_off_withdrawal: 5 } }, ["withdrawal_preferences.minimum_one_off_withdrawal"]],
    ["negative allowance", { annual_subscription_allowance: "-1.00" }, ["annual_subscription_allowance"]],
    ["unknown payment type", { allowed_payment_types: ["cheque"] }, ["allowed_payment_types.0"]],
    ["no service provider", { allowed_service_providers: [] }, ["allowed_service_providers"]],
    ["unsupported currency", { currency: "XYZ", additional_cash_currencies: ["GBP", "GBP"] }, ["currency", "additional_cash_currencies"]],
    ["unknown field", { minimum_investment: "5.00" }, ["minimum_investment"]],
    ["name too long", { name: "x".repeat(51) }, ["name"]],
    ["ages the wrong way round", { minimum_age: 30, maximum_age: 20 }, ["maximum_age"]],
  ])("refuses %s, naming the field, and writes nothing", async (_name, body, fields) => {
    const t = await newTenant();
    await expectValidation(await configure(t.id, "stocks_isa", body), fields);
    const [isa] = await listProducts(t, "?product_types=stocks_isa");
    expect(isa!.updated_at).toBe("2024-04-06T00:00:00.000Z");
  });

  it("refuses pence in a LISA allowance (its WealthOS field is an integer)", async () => {
    const t = await newTenant();
    await expectValidation(await configure(t.id, "lisa_cash", { annual_subscription_allowance: "4000.50" }), ["annual_subscription_allowance"]);
    const ok = (await (await configure(t.id, "lisa_cash", { annual_subscription_allowance: "3000" })).json()) as Product;
    expect(ok).toMatchObject({ annual_subscription_allowance: "3000.00", annual_lisa_subscription_limit: 3000 });
  });

  it("answers 404 for an unknown product or tenant, and 401 without the admin token", async () => {
    const t = await newTenant();
    const unknownProduct = await expectProblem(await configure(t.id, "premium_bonds", { name: "Bonds" }), 404, "resource_not_found");
    expect(unknownProduct.errors?.[0]?.field).toBe("financial_product_id");
    const unknownTenant = await expectProblem(await configure("no-such-tenant", "stocks_isa", { name: "ISA" }), 404, "resource_not_found");
    expect(unknownTenant.errors?.[0]?.field).toBe("tenant_id");
    await expectProblem(await admin("PUT", `/admin/v1/tenants/${t.id}/financial-products/stocks_isa`, { name: "ISA" }, "wrong-token"), 401, "admin_unauthenticated");
  });

  it("keeps one tenant's overrides away from another", async () => {
    const a = await newTenant();
    const b = await newTenant();
    await configure(a.id, "stocks_isa", { name: "Tenant A ISA" });
    const [isa] = await listProducts(b, "?product_types=stocks_isa");
    expect(isa!.name).toBe("Stocks and Shares ISA");
    await expectProblem(await b.fetch("/tenant/financial-products/v1", { headers: { "x-api-key": a.apiKey } }), 401, "unauthenticated");
  });
});
