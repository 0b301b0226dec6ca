import { describe, expect, it } from "vitest";
import { advance, sandboxTenantAt } from "../../helpers/clock";
import { breakdown, deposit, fundedPot, putCashProduct, putCounterparty, redeem, transactionById } from "../../helpers/cash-deposits";
import { holdingsOf, post } from "../../helpers/money";
import { expectProblem } from "../../helpers/problem";

const NOTICE = "CASHINV-NTC00001";
const START = "2026-07-01T08:00:00Z"; // Wednesday, 09:00 London

async function setup(cash = "60000.00") {
  const t = await sandboxTenantAt(START);
  await putCounterparty(t);
  await putCashProduct(t, NOTICE);
  return { t, potId: await fundedPot(t, cash) };
}

const fieldsOf = (body: any) => (body.errors ?? []).map((e: any) => e.field);

describe("cash deposits", () => {
  it("refuses deposits outside the product's rules, naming the field", async () => {
    const { t, potId } = await setup();
    await putCashProduct(t, "CASHINV-TRS00009", { enabled_account_types: ["trust"] });
    await putCashProduct(t, "CASHINV-MNB00008", { minimum_investment: "100.00", minimum_balance: "2000.00" });
    await putCashProduct(t, "CASHINV-OFF00007", { status: "inactive" });
    const cases: Array<[string, string, string]> = [
      [NOTICE, "999.99", "investment_instructions.transaction_value"], // below minimum_investment 1,000.00
      [NOTICE, "50000.01", "investment_instructions.transaction_value"], // above maximum_investment 50,000.00
      ["CASHINV-MNB00008", "1500.00", "investment_instructions.transaction_value"], // below minimum_balance 2,000.00
      ["CASHINV-TRS00009", "5000.00", "investment_instructions.pot_id"], // an individual account, product for trusts
      ["CASHINV-OFF00007", "5000.00", "investment_instructions.investment_product_id"],
    ];
    for (const [product, value, field] of cases) {
      const res = await deposit(t, potId, product, value);
      expect(res.status, `${product} ${value}`).toBe(400);
      expect(fieldsOf(res.body), `${product} ${value}`).toContain(field);
    }
    const unknown = await deposit(t, potId, "CASHINV-NON00000", "5000.00");
    expect(unknown.status).toBe(404);
    const tooMuch = await deposit(t, potId, NOTICE, "50000.00");
    expect(tooMuch.status).toBe(201);
    const poor = await fundedPot(t, "500.00");
    const broke = await deposit(t, poor, NOTICE, "1000.00");
    expect(broke.status).toBe(422);
    expect(broke.body.error_code).toBe("insufficient_funds");
    const bad = await t.fetch("/tenant/cash-investments/v1/deposit", { method: "POST", json: { request_id: "x", investment_instructions: { pot_id: potId, investment_product_id: NOTICE, transaction_value: 1000 } } });
    expect((await expectProblem(bad, 400, "validation_failed")).errors?.[0]?.field).toBe("investment_instructions.transaction_value");
  });

  it("tops up an existing deposit by the product's top-up rules", async () => {
    const { t, potId } = await setup();
    const first = await deposit(t, potId, NOTICE, "5000.00");
    expect(first.status).toBe(201);
    const small = await deposit(t, potId, NOTICE, "99.99"); // minimum_top_up 100.00
    expect(small.status).toBe(400);
    expect(fieldsOf(small.body)).toEqual(["investment_instructions.transaction_value"]);
    const top = await deposit(t, potId, NOTICE, "100.00");
    expect(top.status).toBe(201);
    expect(top.body).toMatchObject({ is_a_topup: true, deposit_reference: first.body.deposit_reference });
    // 5,000.00 + 100.00 + 44,900.01 > 50,000.00
    const over = await deposit(t, potId, NOTICE, "44900.01");
    expect(fieldsOf(over.body)).toEqual(["investment_instructions.transaction_value"]);
    expect((await deposit(t, potId, NOTICE, "200.00")).status).toBe(201);
    const third = await deposit(t, potId, NOTICE, "100.00"); // maximum_top_ups 2
    expect(third.status).toBe(400);
    expect(fieldsOf(third.body)).toEqual(["investment_instructions.investment_product_id"]);
    await putCashProduct(t, "CASHINV-NOT00006", { top_up_configurations: { allowed: false, minimum_top_up: null, maximum_top_ups: null } });
    expect((await deposit(t, potId, "CASHINV-NOT00006", "1000.00")).status).toBe(201);
    const refused = await deposit(t, potId, "CASHINV-NOT00006", "1000.00");
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].message).toContain("takes no top-ups");
    await advance(t, { to: "2026-07-01T12:00:00Z" });
    expect((await holdingsOf(t, potId))[NOTICE]).toMatchObject({ total_value: "5300.00" });
  });

  it("cancels a deposit before its window, unlocking the cash, and refuses after it", async () => {
    const { t, potId } = await setup("3000.00");
    const buy = await deposit(t, potId, NOTICE, "2000.00");
    expect((await holdingsOf(t, potId)).cash.free_value).toBe("1000.00");
    const cancelled = await post(t, `/tenant/cash-investments/v1/${buy.body.transaction_id}`, { status: "cancelled", reason: "changed my mind" }, "PATCH");
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    expect(cancelled.body).toMatchObject({ type: "archived", sub_type: "cancelled", reason: "changed my mind", transaction_id: buy.body.transaction_id });
    expect((await holdingsOf(t, potId)).cash).toMatchObject({ free_value: "3000.00", locked_value: "0.00" });
    await advance(t, { to: "2026-07-01T12:00:00Z" });
    expect((await holdingsOf(t, potId))[NOTICE]).toBeUndefined();
    // The cancelled deposit reference never opened: a new deposit starts a new one.
    const again = await deposit(t, potId, NOTICE, "2000.00");
    expect(again.body.is_a_topup).toBe(false);
    expect(again.body.deposit_reference).not.toBe(buy.body.deposit_reference);
    await advance(t, { to: "2026-07-02T10:30:00Z" }); // sent at 11:00 London on 2 July
    const late = await post(t, `/tenant/cash-investments/v1/${again.body.transaction_id}`, { status: "cancelled" }, "PATCH");
    expect(late.status).toBe(409);
    expect(late.body.detail).toContain("already sent");
    await advance(t, { to: "2026-07-02T12:00:00Z" });
    const settled = await post(t, `/tenant/cash-investments/v1/${again.body.transaction_id}`, { status: "cancelled" }, "PATCH");
    expect(settled.status).toBe(409);
    expect((await post(t, "/tenant/cash-investments/v1/00000000-0000-4000-8000-000000000000", { status: "cancelled" }, "PATCH")).status).toBe(404);
  });

  it("pays a notice redemption once the notice has passed, and a full redemption with its interest", async () => {
    const { t, potId } = await setup("10000.00");
    const buy = await deposit(t, potId, NOTICE, "10000.00");
    const reference = buy.body.deposit_reference as string;
    await advance(t, { to: "2026-07-02T07:00:00Z" });
    const over = await redeem(t, potId, NOTICE, reference, "10000.01");
    expect(over.status).toBe(422);
    const belowMinimum = await redeem(t, potId, NOTICE, reference, "9600.00"); // leaves 400.00 < 500.00
    expect(fieldsOf(belowMinimum.body)).toEqual(["transaction_value"]);
    const partial = await redeem(t, potId, NOTICE, reference, "3000.00");
    expect(partial.status, JSON.stringify(partial.body)).toBe(201);
    expect(partial.body).toMatchObject({ primary_transaction_type: "Sell", type: "pending", sub_type: "pending", redemption_type: "partial", transaction_value: "3000.00", deposit_reference: reference });
    const second = await redeem(t, potId, NOTICE, reference, "100.00");
    expect(second.status).toBe(409);
    // Sent at 11:00 on Thursday 2 July; 7 days' notice → Thursday 9 July.
    await advance(t, { to: "2026-07-09T06:00:00Z" });
    expect(await transactionById(t, potId, partial.body.transaction_id)).toMatchObject({ sub_type: "submitted", settlement_date: "2026-07-09" });
    expect((await holdingsOf(t, potId)).cash).toBeUndefined();
    await advance(t, { to: "2026-07-09T11:30:00Z" });
    expect(await transactionById(t, potId, partial.body.transaction_id)).toMatchObject({ type: "archived", sub_type: "settled" });
    const held = await holdingsOf(t, potId);
    expect(held.cash.total_value).toBe("3000.00");
    expect(held[NOTICE].total_value).toBe("7000.00");

    const full = await redeem(t, potId, NOTICE, reference);
    expect(full.body.transaction_value).toBe("7000.00");
    await advance(t, { to: "2026-07-17T12:00:00Z" }); // sent 10 July, paid Friday 17 July
    // Accrued 1–8 July on 10,000.00: 8 × 1.2328767123 = 9.8630136984;
    // 9–16 July on 7,000.00: 8 × 0.8630136986 (7,000 × 4.5 / 36,500) = 6.9041095888; total 16.7671232872 → 16.77.
    const rows = (await breakdown(t, reference)).daily_breakdown;
    expect(rows).toHaveLength(16);
    expect(rows[15]).toMatchObject({ interest_calculation_date: "2026-07-16", balance: "7000.00", accrued_interest: "0.8630136986", cumulative_accrued_interest: "16.7671232872" });
    const after = await holdingsOf(t, potId);
    expect(after.cash.total_value).toBe("10016.77");
    expect(after[NOTICE]).toBeUndefined();
    const closed = await redeem(t, potId, NOTICE, reference, "1.00");
    expect(closed.status).toBe(409);
  });
});
