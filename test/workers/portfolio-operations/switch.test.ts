import { env, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { activeInvestor, addProduct, createPot, fund, get, holdingsOf, post } from "../../helpers/money";
import { advance, sandboxTenantAt } from "../../helpers/clock";
import { expectValidation } from "../../helpers/problem";
import type { TestTenant } from "../../helpers/tenant";

const A = "GB00SWITCHA1";
const B = "GB00SWITCHB2";
const C = "IE00SWITCHC3";

/** Monday 23 Nov 2026, 10:00: a pot with 1,000.00 paid in (or `paidIn`), 500.00 of it booked into 200 units of fund A at 2.50. */
async function setup(paidIn = "1000.00") {
  const t = await sandboxTenantAt("2026-11-23T10:00:00.000Z");
  await addProduct(t, A, "2.5000");
  await addProduct(t, B, "3.0000");
  await addProduct(t, C, "30.0000", { asset_type: "etf", settlement_date_offset: 1 });
  const { investorId } = await activeInvestor(t);
  const potId = await createPot(t, investorId);
  await fund(t, potId, paidIn);
  const booked = await post(t, "/tenant/transactions/v1", {
    request_id: crypto.randomUUID(), sub_transaction_type: "Buy", pot_id: potId, currency: "GBP", investment_product_id: A,
    execution_price: "2.5000", transaction_quantity: "200", effective_transaction_value: "500.00", trade_date: "2026-11-20", settlement_date: "2026-11-20",
  });
  expect(booked.status).toBe(201);
  return { t, potId };
}

const execute = (t: TestTenant, potId: string, sells: unknown[], buys: unknown[]) =>
  post(t, "/tenant/transactions/v1/switch", { request_id: crypto.randomUUID(), pot_id: potId, sell_instructions: sells, buy_instructions: buys });
/** The switch's children as the pot's transactions list shows them (with their dates), in creation order. */
async function childrenOf(t: TestTenant, potId: string, switchId: string) {
  const { transactions } = await get(t, `/tenant/pots/v1/${potId}/transactions`);
  return transactions.filter((x: any) => x.parent_transaction_id === switchId).sort((a: any, b: any) => a.created_at.localeCompare(b.created_at) || a.sub_transaction_type.localeCompare(b.sub_transaction_type) || a.investment_product_id.localeCompare(b.investment_product_id));
}

/** The ledger position of a switch's pending-proceeds account (minor units). */
async function pendingProceeds(t: TestTenant, switchId: string) {
  return runInDurableObject(env.TENANT.getByName(t.id), (_o, state) => {
    const row = state.storage.sql.exec("SELECT CAST(total AS INTEGER) AS total, CAST(locked AS INTEGER) AS locked FROM positions WHERE account = ?", `proceeds:${switchId}`).toArray()[0];
    return { total: Number(row?.total ?? 0), locked: Number(row?.locked ?? 0) };
  });
}

const details = (t: TestTenant, id: string) => get(t, `/tenant/transactions/v1/switch?switch_transaction_id=${id}&include_details=true`);

describe("switch", () => {
  it("sells 50% of fund A and buys B and C 60/40 on the day the sell is priced; children, dates, holdings and cash reconcile to the penny", async () => {
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
    expect((await details(t, id)).transactions).toEqual([expect.objectContaining({ side: "sell", status: "instructed", investment_product_id: A })]);

    // Mon 23, 10:00:01: the venue prices the sell (100 × 2.50 = 250.00) and the buys go in at once, from the 250.00 due.
    await advance(t, { by: "PT1S" });
    let sw = await details(t, id);
    expect(sw.status).toBe("buy_in_progress");
    expect(sw.transactions).toEqual([
      expect.objectContaining({ side: "sell", status: "priced", investment_product_id: A, quantity: "100.0000", price: "2.50", value: "250.00" }),
      expect.objectContaining({ side: "buy", status: "instructed", investment_product_id: B, value: "150.00" }),
      expect.objectContaining({ side: "buy", status: "instructed", investment_product_id: C, value: "100.00" }),
    ]);
    expect(sw.transactions[1].created_at.slice(0, 10)).toBe("2026-11-23");
    // The pot's cash is untouched until settlement: the buys lock the sale's pending proceeds, not the pot's cash.
    expect((await holdingsOf(t, potId)).cash).toMatchObject({ total_value: "500.00", free_value: "500.00", locked_value: "0.00" });

    // 10:00:02: the buys are priced. 60% of 250.00 = 150.00 → 50 units of B at 3.00; 40% = 100.00 → 3 whole units of C at 30.00 = 90.00.
    await advance(t, { by: "PT1M" });
    sw = await details(t, id);
    expect(sw.status).toBe("buy_in_progress");
    expect(sw.transactions.slice(1)).toEqual([
      expect.objectContaining({ investment_product_id: B, status: "priced", quantity: "50.0000", value: "150.00" }),
      expect.objectContaining({ investment_product_id: C, status: "priced", quantity: "3", value: "90.00" }),
    ]);
    // Every child trades on Mon 23. The sell and B settle T+2 (Wed 25); C would settle T+1 (Tue 24) but
    // never settles before the sale that pays for it, so Wed 25 as well.
    const children = await childrenOf(t, potId, id);
    expect(children.map((x: any) => [x.sub_transaction_type, x.investment_product_id, x.trade_date, x.settlement_date, x.origin])).toEqual([
      ["Switch Sell", A, "2026-11-23", "2026-11-25", "api"],
      ["Switch Buy", B, "2026-11-23", "2026-11-25", "api"],
      ["Switch Buy", C, "2026-11-23", "2026-11-25", "api"],
    ]);
    expect((await holdingsOf(t, potId)).cash).toMatchObject({ total_value: "500.00", free_value: "500.00", locked_value: "0.00" });

    // Wed 25 10:00: after Tue 24's close nothing has settled, C included.
    await advance(t, { to: "2026-11-25T10:00:00.000Z" });
    expect((await details(t, id)).transactions.map((x: any) => x.status)).toEqual(["priced", "priced", "priced"]);
    expect((await holdingsOf(t, potId))[C]).toBeUndefined();
    expect((await holdingsOf(t, potId)).cash).toMatchObject({ total_value: "500.00", free_value: "500.00", locked_value: "0.00" });

    // Thu 26 10:00: the close of Wed 25 settled the sell, then the two buys.
    await advance(t, { to: "2026-11-26T10:00:00.000Z" });
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
    expect(await pendingProceeds(t, id)).toEqual({ total: 0, locked: 0 });
    // Without details, no children.
    expect((await get(t, `/tenant/transactions/v1/switch?switch_transaction_id=${id}`)).transactions).toBeUndefined();
  });

  it("never shows negative or over-locked cash when a sale and the buy it pays for settle on the same close", async () => {
    // A pot whose cash is all invested: 500.00 in, 200 units of A booked for 500.00.
    const { t, potId } = await setup("500.00");
    // A pot holding no cash lists no cash holding; a negative or over-locked one would show here.
    const cashIs = async (total: string, free: string, locked: string) =>
      expect((await holdingsOf(t, potId)).cash ?? { total_value: "0.00", free_value: "0.00", locked_value: "0.00" }).toMatchObject({ total_value: total, free_value: free, locked_value: locked });
    await cashIs("0.00", "0.00", "0.00");
    const res = await execute(t, potId, [{ investment_product_id: A, mode: "unit", value: "200" }], [{ investment_product_id: B, mode: "percentage", value: "100" }]);
    expect(res.status).toBe(200);
    await advance(t, { by: "PT1S" });
    // 200 × 2.50 = 500.00 due; the buy of B for 500.00 is placed against it although the pot holds no cash.
    expect((await details(t, id(res))).status).toBe("buy_in_progress");
    await cashIs("0.00", "0.00", "0.00");
    await advance(t, { by: "PT1M" });
    // 500.00 buys 166.6666 units of B at 3.00 = 499.9998 → 500.00 (half-even to the penny).
    expect((await details(t, id(res))).transactions[1]).toMatchObject({ status: "priced", quantity: "166.6666", value: "500.00" });
    await cashIs("0.00", "0.00", "0.00");
    // Both settle at the close of Wed 25 (23:59:59.999): the sale first, then the buy.
    await advance(t, { to: "2026-11-25T23:59:59.998Z" });
    await cashIs("0.00", "0.00", "0.00");
    await advance(t, { to: "2026-11-26T00:00:00.000Z" });
    await cashIs("0.00", "0.00", "0.00");
    const sw = await details(t, id(res));
    expect(sw.status).toBe("completed");
    const holdings = await holdingsOf(t, potId);
    expect(holdings[A]).toBeUndefined();
    expect(holdings[B]).toMatchObject({ total_quantity: "166.6666", cost_of_holding: "500.00" });
    expect(await pendingProceeds(t, id(res))).toEqual({ total: 0, locked: 0 });
  });

  it("settles the funding sale first when a funded buy's settlement comes up before it", async () => {
    const { t, potId } = await setup("500.00");
    const res = await execute(t, potId, [{ investment_product_id: A, mode: "unit", value: "40" }], [{ investment_product_id: B, mode: "percentage", value: "100" }]);
    await advance(t, { by: "PT1M" });
    const [sale, purchase] = (await details(t, id(res))).transactions;
    expect([sale.status, purchase.status]).toEqual(["priced", "priced"]);
    // Force the buy's settlement job to run alone, ahead of the sale's (as if the job order were reversed).
    const stub = env.TENANT.getByName(t.id);
    await runInDurableObject(stub, (_o, state) => {
      state.storage.sql.exec("UPDATE jobs SET due_at = 0 WHERE kind = 'trade.settle' AND key = ?", purchase.transaction_id);
    });
    await runDurableObjectAlarm(stub);
    const sw = await details(t, id(res));
    expect(sw.status).toBe("completed");
    expect(sw.transactions.map((x: any) => x.status)).toEqual(["settled", "settled"]);
    // 40 × 2.50 = 100.00 in; 100.00 buys 33.3333 units of B at 3.00 = 99.9999 → 100.00 out: the pot's cash stays 0.00.
    const holdings = await holdingsOf(t, potId);
    expect(holdings.cash ?? { total_value: "0.00", locked_value: "0.00" }).toMatchObject({ total_value: "0.00", locked_value: "0.00" });
    expect(holdings[B]).toMatchObject({ total_quantity: "33.3333", cost_of_holding: "100.00" });
    expect(holdings[A]).toMatchObject({ total_quantity: "160.0000", locked_quantity: "0.0000" });
    // The sale's own job, when it comes due, finds it settled and changes nothing.
    await advance(t, { to: "2026-11-26T10:00:00.000Z" });
    expect((await holdingsOf(t, potId))[A]).toMatchObject({ total_quantity: "160.0000" });
    expect(await pendingProceeds(t, id(res))).toEqual({ total: 0, locked: 0 });
  });

  it("waits for a sell that books no pending proceeds (one placed before sells did) to settle before buying", async () => {
    const { t, potId } = await setup();
    const res = await execute(t, potId, [{ investment_product_id: A, mode: "unit", value: "40" }], [{ investment_product_id: B, mode: "percentage", value: "100" }]);
    const [sale] = (await details(t, id(res))).transactions;
    await runInDurableObject(env.TENANT.getByName(t.id), (_o, state) => {
      state.storage.sql.exec("UPDATE entities SET data = json_remove(data, '$.internal.proceeds_account') WHERE kind = 'transaction' AND id = ?", sale.transaction_id);
    });
    await advance(t, { by: "PT1M" });
    expect((await details(t, id(res))).status).toBe("sell_in_progress");
    // The sale settles at the close of Wed 25 (100.00 free in the pot); the buy goes in then and trades Thu 26.
    await advance(t, { to: "2026-11-26T10:00:00.000Z" });
    const sw = await details(t, id(res));
    expect(sw.status).toBe("buy_in_progress");
    expect(sw.transactions[1]).toMatchObject({ side: "buy", status: "priced", value: "100.00" });
    await advance(t, { to: "2026-12-01T10:00:00.000Z" });
    expect((await details(t, id(res))).status).toBe("completed");
    // 500.00 + 100.00 − 100.00 (33.3333 units of B at 3.00 = 99.9999 → 100.00).
    expect((await holdingsOf(t, potId)).cash).toMatchObject({ total_value: "500.00", free_value: "500.00", locked_value: "0.00" });
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
    expect(await pendingProceeds(t, id(res))).toEqual({ total: 0, locked: 0 });
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
