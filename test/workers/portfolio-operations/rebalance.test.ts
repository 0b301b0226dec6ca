import { describe, expect, it } from "vitest";
import { activeInvestor, addProduct, createPot, fund, get, holdingsOf, post, publishPrice } from "../../helpers/money";
import { advance, sandboxTenantAt } from "../../helpers/clock";
import type { TestTenant } from "../../helpers/tenant";

const F1 = "GB00REBALF11";
const F2 = "GB00REBALF22";

async function book(t: TestTenant, potId: string, product: string, quantity: string, value: string) {
  const res = await post(t, "/tenant/transactions/v1", {
    request_id: crypto.randomUUID(), sub_transaction_type: "Buy", pot_id: potId, currency: "GBP", investment_product_id: product,
    execution_price: "1.0000", transaction_quantity: quantity, effective_transaction_value: value, trade_date: "2026-11-20", settlement_date: "2026-11-20",
  });
  expect(res.status).toBe(201);
}

/**
 * Monday 23 Nov 2026. Template 60/40 of F1/F2 (both bought at 1.00). Pot 1 holds 600 F1 + 400 F2; pot 2 holds 300 F1 + 520 F2 (both of
 * investor 1, on the template); pot 3 (investor 2) has no template. Then F1 rises to 2.00 and F2 falls to 0.75 (admin price API):
 * pot 1 is 1,200.00 / 300.00 = 80/20, pot 2 is 600.00 / 390.00.
 */
async function setup(config: Record<string, unknown> = {}) {
  const t = await sandboxTenantAt("2026-11-23T10:00:00.000Z", config);
  await addProduct(t, F1, "1.0000");
  await addProduct(t, F2, "1.0000");
  const template = await post(t, "/tenant/portfolio-templates/v1", { portfolio_name: "Sixty_Forty", ratios: [{ investment_product_id: F1, ratio: "60.00" }, { investment_product_id: F2, ratio: "40.00" }] });
  expect(template.status).toBe(201);
  const templateId = template.body.portfolio_template_id;
  const one = await activeInvestor(t);
  const two = await activeInvestor(t);
  const pot1 = await createPot(t, one.investorId, { portfolio_template_id: templateId });
  const pot2 = await createPot(t, one.investorId, { portfolio_template_id: templateId });
  const pot3 = await createPot(t, two.investorId);
  await fund(t, pot1, "1000.00");
  await book(t, pot1, F1, "600", "600.00");
  await book(t, pot1, F2, "400", "400.00");
  await fund(t, pot2, "820.00");
  await book(t, pot2, F1, "300", "300.00");
  await book(t, pot2, F2, "520", "520.00");
  await fund(t, pot3, "50.00");
  await publishPrice(t, F1, "2.0000", "2026-11-23");
  await publishPrice(t, F2, "0.7500", "2026-11-23");
  return { t, templateId, investor1: one.investorId, investor2: two.investorId, pot1, pot2, pot3 };
}

async function evaluate(t: TestTenant, type: string, values: string[]) {
  const res = await post(t, "/tenant/pots/v1/evaluate-rebalance", { request_id: crypto.randomUUID(), type, values });
  expect(res.status).toBe(202);
  expect(res.body).toMatchObject({ rebalance_request_id: expect.stringMatching(/^re-[0-9a-f-]{36}$/), status: "processing" });
  await advance(t, { by: "PT1S" });
  return (await get(t, `/tenant/pots/v1/rebalance-evaluation-status?rebalance_evaluation_id=${res.body.rebalance_request_id}`)).rebalanceEvaluation;
}

const byPot = (details: any[]) => Object.fromEntries(details.map((d) => [d.pot_id, d]));

describe("rebalance", () => {
  it("evaluates deviation and eligibility per pot for portfolio-, investor- and pot-type requests", async () => {
    const { t, templateId, investor1, investor2, pot1, pot2, pot3 } = await setup();
    const byTemplate = await evaluate(t, "portfolio", [templateId]);
    expect(byTemplate.status).toBe("completed");
    const d = byPot(byTemplate.pot_details);
    expect(Object.keys(d).sort()).toEqual([pot1, pot2].sort());
    // Pot 1: ½(|80 − 60| + |20 − 40|) = 20.00 points.
    expect(d[pot1]).toMatchObject({ rebalance_eligibility_status: "eligible", portfolio_deviation: "20.00", portfolio_template_id: templateId, investor_id: [investor1] });
    // Pot 2: 600/990 = 60.606%, 390/990 = 39.394% → ½(0.606 + 0.606) = 0.606 → 0.61, inside the 5.00 threshold.
    expect(d[pot2]).toMatchObject({ rebalance_eligibility_status: "ineligible", portfolio_deviation: "0.61" });

    const byInvestor = await evaluate(t, "investor", [investor2, "inv-NOONE0000"]);
    expect(byInvestor.pot_details).toEqual([{ pot_id: pot3, rebalance_eligibility_status: "no_portfolio_attached", investor_id: [investor2] }]);
    expect(byInvestor.warning).toBe("The following ids were not found [inv-NOONE0000]");
    const both = await evaluate(t, "investor", [investor1]);
    expect(both.pot_details.map((p: any) => p.pot_id).sort()).toEqual([pot1, pot2].sort());

    const byPotIds = await evaluate(t, "pot", [pot2, "pot-NOPE00000"]);
    expect(byPotIds.pot_details).toHaveLength(1);
    expect(byPotIds.warning).toContain("pot-NOPE00000");

    const missing = await t.fetch("/tenant/pots/v1/rebalance-evaluation-status?rebalance_evaluation_id=re-00000000-0000-4000-8000-000000000000");
    expect(missing.status).toBe(404);
  });

  it("rebalances the drifted pot through a switch, leaves the pot inside the threshold alone, and ends within the threshold", async () => {
    const { t, templateId, pot1, pot2 } = await setup();
    const res = await post(t, "/tenant/pots/v1/rebalance", { request_id: crypto.randomUUID(), type: "portfolio", values: [templateId] });
    expect(res.status).toBe(202);
    const id = res.body.rebalance_request_id;
    await advance(t, { by: "PT1M" });
    const results = () => get(t, `/tenant/pots/v1/rebalance-results?rebalance_request_id=${id}`);
    let r = (await results()).rebalanceExecution;
    expect(r.status).toBe("processing");
    let d = byPot(r.pot_details);
    // Target on 1,500.00: F1 900.00, F2 600.00. Sell 300.00 of F1 (150 units at 2.00) first; buy 300.00 of F2 as soon as the sale is priced.
    expect(d[pot1]).toMatchObject({
      status: "buy_in_progress",
      portfolio_deviation: "20.00",
      instruction_id: expect.any(String),
      sell_instructions: [{ investment_product_id: F1, mode: "value", value: "300.00" }],
      buy_instructions: [{ investment_product_id: F2, mode: "value", value: "300.00" }],
    });
    // 300.00 buys 400 units of F2 at 0.75.
    expect(d[pot1].transactions).toEqual([
      expect.objectContaining({ side: "sell", status: "priced", quantity: "150.0000", value: "300.00" }),
      expect.objectContaining({ side: "buy", status: "priced", quantity: "400.0000", value: "300.00" }),
    ]);
    expect(d[pot2]).toMatchObject({ status: "completed", portfolio_deviation: "0.61" });
    expect(d[pot2].instruction_id).toBeUndefined();
    const sw = await get(t, `/tenant/transactions/v1/switch?switch_transaction_id=${d[pot1].instruction_id}`);
    expect(sw).toMatchObject({ origin: "rebalance", status: "buy_in_progress" });
    const children = (await get(t, `/tenant/pots/v1/${pot1}/transactions`)).transactions.filter((x: any) => x.parent_transaction_id === d[pot1].instruction_id);
    // Both legs trade Mon 23 and settle at the close of Wed 25 (T+2), the sale before the buy.
    expect(children.map((x: any) => [x.sub_transaction_type, x.origin, x.trade_date, x.settlement_date]).sort()).toEqual([
      ["Switch Buy", "system", "2026-11-23", "2026-11-25"],
      ["Switch Sell", "system", "2026-11-23", "2026-11-25"],
    ]);

    await advance(t, { to: "2026-11-25T10:00:00.000Z" });
    expect(byPot((await results()).rebalanceExecution.pot_details)[pot1].status).toBe("buy_in_progress");
    await advance(t, { to: "2026-11-26T10:00:00.000Z" });
    r = (await results()).rebalanceExecution;
    expect(r.status).toBe("completed");
    d = byPot(r.pot_details);
    expect(d[pot1].status).toBe("completed");
    expect(d[pot1].transactions.map((x: any) => [x.side, x.status])).toEqual([["sell", "settled"], ["buy", "settled"]]);
    // 450 F1 (900.00) + 800 F2 (600.00) = 60/40, no cash left.
    const holdings = await holdingsOf(t, pot1);
    expect(holdings[F1]).toMatchObject({ total_quantity: "450.0000", total_value: "900.00" });
    expect(holdings[F2]).toMatchObject({ total_quantity: "800.0000", total_value: "600.00" });
    expect(holdings.cash?.total_value ?? "0.00").toBe("0.00");
    const after = await evaluate(t, "pot", [pot1]);
    expect(after.pot_details[0]).toMatchObject({ rebalance_eligibility_status: "ineligible", portfolio_deviation: "0.00" });
  });

  it("takes the threshold and the minimum trade value from the tenant's settings", async () => {
    const { t, pot2 } = await setup({ rebalance_threshold: "0.50", rebalance_minimum_trade_value: "10.00" });
    const evaluation = await evaluate(t, "pot", [pot2]);
    expect(evaluation.pot_details[0]).toMatchObject({ rebalance_eligibility_status: "eligible", portfolio_deviation: "0.61" });
    // Pot 2 (990.00): F1 target 594.00, 6.00 over; F2 target 396.00, 6.00 under: both below the 10.00 minimum, so nothing trades.
    const res = await post(t, "/tenant/pots/v1/rebalance", { request_id: crypto.randomUUID(), type: "pot", values: [pot2] });
    await advance(t, { by: "PT1M" });
    const r = (await get(t, `/tenant/pots/v1/rebalance-results?rebalance_request_id=${res.body.rebalance_request_id}`)).rebalanceExecution;
    expect(r).toMatchObject({ status: "completed", pot_details: [{ pot_id: pot2, status: "completed", reason: expect.stringMatching(/minimum/) }] });
  });
});
