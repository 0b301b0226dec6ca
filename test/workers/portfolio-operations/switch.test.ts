import { describe, expect, it } from "vitest";
import { activeInvestor, addProduct, createPot, fund, get, holdingsOf, post } from "../../helpers/money";
import { advance, sandboxTenantAt } from "../../helpers/clock";
import { expectValidation } from "../../helpers/problem";
import type { TestTenant } from "../../helpers/tenant";

const A = "GB00SWITCHA1";
const B = "GB00SWITCHB2";
const C = "IE00SWITCHC3";

/** Monday 23 Nov 2026, 10:00: a pot with 1,000.00 paid in, 500.00 of it booked into 200 units of fund A at 2.50. */
async function setup() {
  const t = await sandboxTenantAt("2026-11-23T10:00:00.000Z");
  await addProduct(t, A, "2.5000");
  await addProduct(t, B, "3.0000");
  await addProduct(t, C, "30.0000", { asset_type: "etf", settlement_date_offset: 1 });
  const { investorId } = await activeInvestor(t);
  const potId = await createPot(t, investorId);
  await fund(t, potId, "1000.00");
  const booked = await post(t, "/tenant/transactions/v1", {
    request_id: crypto.randomUUID(), sub_transaction_type: "Buy", pot_id: potId, currency: "GBP", investment_product_id: A,
    execution_price: "2.5000", transaction_quantity: "200", effective_transaction_value: "500.00", trade_date: "2026-11-20", settlement_date: "2026-11-20",
  });
  expect(booked.status).toBe(201);
  return { t, potId };
}

const execute = (t: TestTenant, potId: string, sells: unknown[], buys: unknown[]) =>
  post(t, "/tenant/transactions/v1/switch", { request_id: crypto.randomUUID(), pot_id: potId, sell_instructions: sells, buy_instructions: buys });
const details = (t: TestTenant, id: string) => get(t, `/tenant/transactions/v1/switch?switch_transaction_id=${id}&include_details=true`);

describe("switch", () => {
  it("sells 50% of fund A, then buys B and C 60/40 with the proceeds; children, statuses, holdings and cash reconcile to the penny", async () => {
    const { t, potId } = await setup();
    const sells = [{ investment_product_id: A, mode: "percentage", value: "50" }];
    const buys = [
      { investment_product_id: B, mode: "percentage", value: "60" },
      { investment_product_id: C, mode: "percentage", value: "40" },
    ];
    const res = await execute(t, potId, sells, buys);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: "sell_in_progress", switch_transaction_id: expect.any(String), pot_id: potId, origin: "api", sell_instructions: sells, buy_instructions: buys });
    const id = res.body.switch_transaction_id;
    // 50% of 200 free units: 100 units locked for the sell.
    expect((await holdingsOf(t, potId))[A]).toMatchObject({ locked_quantity: "100.0000", free_quantity: "100.0000" });

    await advance(t, { by: "PT1M" });
    let sw = await details(t, id);
    expect(sw.status).toBe("sell_in_progress");
    expect(sw.transactions).toEqual([expect.objectContaining({ side: "sell", status: "priced", investment_product_id: A, quantity: "100.0000", price: "2.50", value: "250.00" })]);
    const pot = await get(t, `/tenant/pots/v1/${potId}/transactions`);
    expect(pot.transactions.find((x: any) => x.transaction_id === sw.transactions[0].transaction_id)).toMatchObject({ sub_transaction_type: "Switch Sell", parent_transaction_id: id, origin: "api" });

    // The sell (trade date Mon 23) settles at the close of Wed 25 (T+2); the buys are placed then, from the 250.00 of proceeds.
    await advance(t, { to: "2026-11-26T10:00:00.000Z" });
    sw = await details(t, id);
    expect(sw.status).toBe("buy_in_progress");
    const buyChildren = sw.transactions.filter((x: any) => x.side === "buy");
    // 60% of 250.00 = 150.00 → 50 units of B at 3.00; 40% = 100.00 → 3 whole units of C at 30.00 = 90.00.
    expect(buyChildren).toEqual([
      expect.objectContaining({ investment_product_id: B, status: "priced", quantity: "50.0000", value: "150.00" }),
      expect.objectContaining({ investment_product_id: C, status: "priced", quantity: "3", value: "90.00" }),
    ]);

    await advance(t, { to: "2026-12-01T10:00:00.000Z" });
    sw = await details(t, id);
    expect(sw.status).toBe("completed");
    expect(sw.transactions.map((x: any) => x.status)).toEqual(["settled", "settled", "settled"]);
    expect(sw.reason).toBeUndefined();
    const holdings = await holdingsOf(t, potId);
    expect(holdings[A]).toMatchObject({ total_quantity: "100.0000", locked_quantity: "0.0000", cost_of_holding: "250.00" });
    expect(holdings[B]).toMatchObject({ total_quantity: "50.0000", cost_of_holding: "150.00" });
    expect(holdings[C]).toMatchObject({ total_quantity: "3", cost_of_holding: "90.00" });
    // Cash: 1000.00 − 500.00 booked + 250.00 proceeds − 150.00 − 90.00 = 510.00, all free (the 10.00 left over stays in the pot).
    expect(holdings.cash).toMatchObject({ total_value: "510.00", free_value: "510.00", locked_value: "0.00" });
    // Without details, no children.
    expect((await get(t, `/tenant/transactions/v1/switch?switch_transaction_id=${id}`)).transactions).toBeUndefined();
  });

  it("uses free cash named on the sell side and value buys; the cash stays set aside until the buys are placed", async () => {
    const { t, potId } = await setup();
    const res = await execute(t, potId, [{ investment_product_id: A, mode: "unit", value: "40" }, { investment_product_id: "cash", mode: "value", value: "200.00" }], [{ investment_product_id: B, mode: "value", value: "299.99" }]);
    expect(res.status).toBe(200);
    expect((await holdingsOf(t, potId)).cash).toMatchObject({ free_value: "300.00", locked_value: "200.00" });
    await advance(t, { to: "2026-12-01T10:00:00.000Z" });
    const sw = await details(t, id(res));
    expect(sw.status).toBe("completed");
    // 40 × 2.50 = 100.00 proceeds + 200.00 cash; 299.99 buys 99.9966 units of B at 3.00 = 299.9898 → 299.99.
    expect(sw.transactions[1]).toMatchObject({ side: "buy", quantity: "99.9966", value: "299.99" });
    // 500.00 + 100.00 − 299.99 = 300.01 cash, all free.
    expect((await holdingsOf(t, potId)).cash).toMatchObject({ free_value: "300.01", locked_value: "0.00" });
  });

  it("fails when a sell is rejected: unplaced buys dropped, nothing left locked", async () => {
    const { t, potId } = await setup();
    const res = await execute(t, potId, [{ investment_product_id: A, mode: "unit", value: "100" }, { investment_product_id: "cash", mode: "percentage", value: "10" }], [{ investment_product_id: B, mode: "percentage", value: "100" }]);
    expect(res.status).toBe(200);
    // The product is withdrawn before the venue fills: the sell is rejected at the fill.
    const { admin } = await import("../../helpers/tenant");
    expect((await admin("PUT", `/admin/v1/tenants/${t.id}/investment-products/${A}`, { status: "inactive" })).status).toBe(200);
    await advance(t, { by: "PT1M" });
    const sw = await details(t, id(res));
    expect(sw.status).toBe("failed");
    expect(sw.reason).toMatch(/rejected/);
    expect(sw.transactions).toEqual([expect.objectContaining({ side: "sell", status: "rejected" })]);
    const holdings = await holdingsOf(t, potId);
    expect(holdings[A]).toMatchObject({ locked_quantity: "0.0000", free_quantity: "200.0000" });
    expect(holdings.cash).toMatchObject({ free_value: "500.00", locked_value: "0.00" });
    expect(holdings[B]).toBeUndefined();
  });

  it("refuses instructions that do not fit the pot, naming the instruction and field", async () => {
    const { t, potId } = await setup();
    const bad = async (sells: unknown[], buys: unknown[], fields: string[]) => {
      const res = await t.fetch("/tenant/transactions/v1/switch", { method: "POST", json: { request_id: crypto.randomUUID(), pot_id: potId, sell_instructions: sells, buy_instructions: buys } });
      await expectValidation(res, fields);
    };
    const buyB = [{ investment_product_id: B, mode: "percentage", value: "100" }];
    await bad([{ investment_product_id: "cash", mode: "unit", value: "10" }], buyB, ["sell_instructions.0.mode"]);
    await bad([{ investment_product_id: A, mode: "percentage", value: "101" }], buyB, ["sell_instructions.0.value"]);
    await bad([{ investment_product_id: A, mode: "unit", value: "1" }], [{ investment_product_id: "cash", mode: "value", value: "1" }], ["buy_instructions.0.investment_product_id"]);
    await bad([{ investment_product_id: A, mode: "unit", value: "1" }], [{ investment_product_id: B, mode: "unit", value: "1" }], ["buy_instructions.0.mode"]);
    await bad([{ investment_product_id: A, mode: "unit", value: "1" }], [{ investment_product_id: B, mode: "percentage", value: "70" }, { investment_product_id: C, mode: "percentage", value: "40" }], ["buy_instructions.1.value"]);
    await bad([{ investment_product_id: "GB00NOTHERE0", mode: "unit", value: "1" }], buyB, ["sell_instructions.0.investment_product_id"]);
    await bad([{ investment_product_id: A, mode: "unit", value: 1 }], buyB, ["sell_instructions.0.value"]);

    const short = await post(t, "/tenant/transactions/v1/switch", { request_id: crypto.randomUUID(), pot_id: potId, sell_instructions: [{ investment_product_id: A, mode: "unit", value: "201" }], buy_instructions: buyB });
    expect(short.status).toBe(422);
    expect(short.body.errors).toEqual([expect.objectContaining({ field: "sell_instructions.0.value" })]);
    const tooMuchCash = await post(t, "/tenant/transactions/v1/switch", { request_id: crypto.randomUUID(), pot_id: potId, sell_instructions: [{ investment_product_id: "cash", mode: "value", value: "500.01" }], buy_instructions: buyB });
    expect(tooMuchCash.status).toBe(422);
    // Nothing was written by any refused switch.
    expect((await holdingsOf(t, potId))[A]).toMatchObject({ locked_quantity: "0.0000" });
    const missing = await t.fetch(`/tenant/transactions/v1/switch?switch_transaction_id=${crypto.randomUUID()}`);
    expect(missing.status).toBe(404);
  });
});

function id(res: { body: any }): string {
  return res.body.switch_transaction_id;
}
