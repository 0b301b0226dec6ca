import { describe, expect, it } from "vitest";
import { advance, sandboxTenantAt } from "../../helpers/clock";
import { activeInvestor, addProduct, createPot, fund, get, post } from "../../helpers/money";
import type { TestTenant } from "../../helpers/tenant";
import { feeCode, feeSetup, putFee } from "./support";

const FUND = "GB00FEESEL01";

/** A pot's uncollected accruals by sub transaction type. */
async function accrued(t: TestTenant, potId: string): Promise<Record<string, string>> {
  const body = await get(t, `/tenant/fees/v1/accruals?pot_id=${potId}`);
  return Object.fromEntries(body.accruals.map((a: any) => [a.sub_transaction_type, a.accrued_value]));
}

describe("which pots a fee setup selects", () => {
  it("selects by investor, financial product, portfolio and investor account, honours dates, and leaves exempted assets out of the base", async () => {
    const t = await sandboxTenantAt("2025-01-01T09:00:00Z");
    await addProduct(t, FUND, "2.00", { close_price_on_date: "2024-12-31" });
    const a = (await activeInvestor(t)).investorId;
    const b = (await activeInvestor(t)).investorId;
    const template = await post(t, "/tenant/portfolio-templates/v1", { portfolio_name: "All_Fund", ratios: [{ investment_product_id: FUND, ratio: "100" }] });
    expect(template.status, JSON.stringify(template.body)).toBe(201);
    const a1 = await createPot(t, a);
    const a2 = await createPot(t, a, { portfolio_template_id: template.body.portfolio_template_id }, "stocks_isa");
    const b1 = await createPot(t, b);
    await fund(t, a1, "1000.00");
    await fund(t, a2, "500.00");
    await fund(t, b1, "2000.00");
    // a1: 800.00 cash and 100 units of FUND at 2.00.
    const booked = await post(t, "/tenant/transactions/v1", {
      request_id: crypto.randomUUID(), pot_id: a1, currency: "GBP", sub_transaction_type: "Buy", investment_product_id: FUND,
      transaction_quantity: "100", execution_price: "2.00", effective_transaction_value: "200.00", trade_date: "2025-01-01", settlement_date: "2025-01-01",
    });
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);
    const b1Account = (await get(t, `/tenant/pots/v1/${b1}`)).account_id as string;

    // 36.5 bp a year is 0.1 bp a day: a day's accrual is the base ÷ 100,000.
    await feeCode(t, "R_365", "36.5");
    await feeSetup(t, "FS-INV", "R_365", { fee_calculation_entity: "Investor", sub_transaction_type: "Service fees", assigned_to: a });
    await feeSetup(t, "FS-FP", "R_365", { fee_calculation_entity: "Financial Product", sub_transaction_type: "Product administration fees", assigned_to: ["stocks_isa"] });
    await feeSetup(t, "FS-PF", "R_365", { fee_calculation_entity: "Portfolio", sub_transaction_type: "Portfolio management fees", assigned_to: template.body.portfolio_template_id });
    await feeSetup(t, "FS-ACC", "R_365", { fee_calculation_entity: "Investor Account", sub_transaction_type: "Advisor ongoing fee", assigned_to: [b1Account] });
    await feeSetup(t, "FS-DAY", "R_365", { fee_calculation_entity: "Investor", sub_transaction_type: "Management fee", assigned_to: "All", start_date: "2025-01-02", end_date: "2025-01-02" });
    await feeSetup(t, "FS-LATER", "R_365", { fee_calculation_entity: "Investor", sub_transaction_type: "Platform fees", assigned_to: "All", start_date: "2025-02-01" });
    await putFee(t, "fee-exemptions/FE-FUND", { fee_exemption_entity: "Investor", sub_transaction_type: "Service fees", assigned_to: a, exempted_assets: [FUND], start_date: "2025-01-01" });
    // An exemption of another sub type or another investor changes nothing here.
    await putFee(t, "fee-exemptions/FE-OTHER", { fee_exemption_entity: "Investor", sub_transaction_type: "Management fee", assigned_to: b, exempted_assets: ["cash"], start_date: "2025-01-01" });

    await advance(t, { to: "2025-01-04T12:00:00Z" }); // closes of 1, 2 and 3 January

    // a1: Service fees on 800.00 (the fund's 200.00 exempted) for 3 days, 3 × 0.008; Management fee on 1,000.00 for 2 January only.
    expect(await accrued(t, a1)).toEqual({ "Service fees": "0.0240000000", "Management fee": "0.0100000000" });
    // a2 (stocks ISA, on the template): its investor's, its product's and its portfolio's fees on 500.00.
    expect(await accrued(t, a2)).toEqual({
      "Service fees": "0.0150000000",
      "Product administration fees": "0.0150000000",
      "Portfolio management fees": "0.0150000000",
      "Management fee": "0.0050000000",
    });
    // b1: its account's fee on 2,000.00; b's cash exemption from Management fee leaves 2 January's a base of 0.00, so nothing.
    expect(await accrued(t, b1)).toEqual({ "Advisor ongoing fee": "0.0600000000" });
    expect((await get(t, `/tenant/fees/v1/accruals?pot_id=${a2}`)).uncollected_value).toBe("0.0500000000");
  }, 30_000);
});
