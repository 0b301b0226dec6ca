import { runInDurableObject, env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { dayCloseMs } from "../../../src/clock/calendar";
import { accrueFees } from "../../../src/domains/fees/accrual";
import { advance, sandboxTenantAt } from "../../helpers/clock";
import { activeInvestor, addProduct, createPot, fund, get, post } from "../../helpers/money";
import { inObject } from "../../helpers/money-read";
import { admin, type TestTenant } from "../../helpers/tenant";
import { feeCode, feeSetup } from "./support";

const FUND = "GB00FEECOL01";

async function fees(t: TestTenant, potId: string): Promise<any[]> {
  return (await get(t, `/tenant/pots/v1/${potId}/transactions?sort=asc&sub_transaction_type=Platform%20fees`)).transactions;
}

async function platformFee(t: TestTenant) {
  await feeCode(t, "PF_25", "25");
  await feeSetup(t, "FS-PLATFORM", "PF_25");
}

describe("fee collection", () => {
  it("charges the nominee pot, sells down when free cash is short, and changes nothing when a day-close re-runs", async () => {
    const t = await sandboxTenantAt("2025-01-01T09:00:00Z");
    await addProduct(t, FUND, "2.00", { close_price_on_date: "2024-12-31" });
    const a = (await activeInvestor(t)).investorId;
    const payer = await createPot(t, a);
    const nominee = await createPot(t, a);
    await fund(t, payer, "10000.00");
    await fund(t, nominee, "100.00");
    const nominated = await post(t, `/tenant/investors/v1/${a}/fee-nominations`, { nominations: [{ nominee_pot_id: nominee }] });
    expect(nominated.status).toBe(201);
    // Another investor's pot: 0.50 of cash and 5,000 units of FUND (10,000.00).
    const b = (await activeInvestor(t)).investorId;
    const short = await createPot(t, b);
    await fund(t, short, "10000.50");
    const booked = await post(t, "/tenant/transactions/v1", {
      request_id: crypto.randomUUID(), pot_id: short, currency: "GBP", sub_transaction_type: "Buy", investment_product_id: FUND,
      transaction_quantity: "5000", execution_price: "2.00", effective_transaction_value: "10000.00", trade_date: "2025-01-01", settlement_date: "2025-01-01",
    });
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);
    await platformFee(t);

    await advance(t, { to: "2025-01-03T00:00:00Z" });
    // A re-run of 1 January's day-close accrues nothing twice.
    const state = () =>
      runInDurableObject(env.TENANT.getByName(t.id), (_o, s) => ({
        rows: s.storage.sql.exec("SELECT count(*) AS n FROM fee_accruals").one().n,
        balances: s.storage.sql.exec("SELECT pot_id, accrued FROM fee_balances ORDER BY pot_id").toArray(),
      }));
    const before = await state();
    expect(before.rows).toBe(6); // 3 pots × 2 days
    const close = dayCloseMs("2025-01-01", "Europe/London");
    await inObject(t, (ctx) => accrueFees(ctx, "2025-01-01", close), close);
    expect(await state()).toEqual(before);

    await advance(t, { to: "2025-02-04T00:00:00Z" });
    // The payer's 31 days (2.1232876717 → 2.12) are charged to the nominee, which also pays its own (100.00: 0.0212328767 → 0.02).
    expect(await fees(t, payer)).toEqual([]);
    const charged = await fees(t, nominee);
    const byValue = charged.map((f) => [f.transaction_value, f.fee_origin_pot ?? null, f.origin, f.sub_type]).sort();
    expect(byValue).toEqual([
      ["0.02", null, "system", "settled"],
      ["2.12", payer, "system", "settled"],
    ]);
    expect((await get(t, `/tenant/pots/v1/${nominee}/value`)).total_value).toBe("97.86");
    expect((await get(t, `/tenant/fees/v1/accruals?pot_id=${payer}`)).accruals[0]).toMatchObject({ last_collection_date: "2025-02-03", carried_value: "0.0032876717" });

    // 10,000.50 for 31 days: 2.1233938356 → 2.12, more than the 0.50 of free cash: FUND is sold down.
    const [pending] = await fees(t, short);
    expect(pending).toMatchObject({ transaction_value: "2.12", origin: "system", type: "pending", selldown_triggered: true, trade_date: "2025-02-03" });
    expect(pending.selldown_transaction_details).toEqual([{ transaction_id: expect.any(String), investment_product_id: FUND, transaction_quantity: expect.any(String) }]);
    await advance(t, { to: "2025-02-10T00:00:00Z" });
    const [settled] = await fees(t, short);
    expect(settled).toMatchObject({ transaction_id: pending.transaction_id, type: "archived", sub_type: "settled" });
  }, 30_000);

  it("collects the accruals of a setup that has ended, and accrues nothing once a setup is deactivated", async () => {
    const t = await sandboxTenantAt("2025-01-01T09:00:00Z");
    const a = (await activeInvestor(t)).investorId;
    const potId = await createPot(t, a);
    await fund(t, potId, "10000.00");
    await feeCode(t, "PF_25", "25");
    await feeSetup(t, "FS-TEN-DAYS", "PF_25", { end_date: "2025-01-10" });
    await feeSetup(t, "FS-STOPPED", "PF_25", { sub_transaction_type: "Service fees" });
    await advance(t, { to: "2025-01-05T12:00:00Z" }); // 1–4 January accrued under both
    const off = await admin("DELETE", `/admin/v1/tenants/${t.id}/fee-setups/FS-STOPPED`);
    expect(off.status).toBe(200);
    await advance(t, { to: "2025-02-04T00:00:00Z" });
    const all = (await get(t, `/tenant/pots/v1/${potId}/transactions?sort=asc&sub_transaction_type=Platform%20fees,Service%20fees`)).transactions;
    // 10 days × 0.0684931507 = 0.684931507 → 0.68; 4 days of Service fees = 0.2739726028 → 0.27.
    expect(all.map((f: any) => [f.sub_transaction_type, f.transaction_value, f.trade_date]).sort()).toEqual([
      ["Platform fees", "0.68", "2025-02-03"],
      ["Service fees", "0.27", "2025-02-03"],
    ]);
    // Nothing accrues after 10 January (ended) or 4 January (deactivated): only the carried remainders are left,
    // 0.6849315070 − 0.68 = 0.0049315070 and 0.2739726028 − 0.27 = 0.0039726028.
    expect((await get(t, `/tenant/fees/v1/accruals?pot_id=${potId}`)).uncollected_value).toBe("0.0089041098");
  }, 30_000);

  it("collects quarterly when the tenant says so, and accrues on pension pots only the fee types they may pay", async () => {
    const t = await sandboxTenantAt("2025-01-01T09:00:00Z");
    const settings = await admin("PUT", `/admin/v1/tenants/${t.id}/fee-settings`, { collection_frequency: "quarterly" });
    expect(settings.status).toBe(200);
    const a = (await activeInvestor(t)).investorId;
    const potId = await createPot(t, a);
    await fund(t, potId, "10000.00");
    await platformFee(t);
    const pension = await createPot(t, a, {}, "sipp_accumulation");
    await fund(t, pension, "1000.00", { sub_transaction_type: "Lump sum - non relievable" });
    await feeSetup(t, "FS-ADVISER", "PF_25", { fee_calculation_entity: "Financial Product", sub_transaction_type: "Advisor ongoing fee", assigned_to: "sipp_accumulation" });

    await advance(t, { to: "2025-03-10T00:00:00Z" });
    expect(await fees(t, potId)).toEqual([]); // February and March are not quarter months
    await advance(t, { to: "2025-04-02T00:00:00Z" });
    const [quarter] = await fees(t, potId);
    // 1 January to 31 March: 90 days × 0.0684931507 = 6.164383563 → 6.16, on Tuesday 1 April.
    expect(quarter).toMatchObject({ transaction_value: "6.16", trade_date: "2025-04-01" });
    // The SIPP accrues its Advisor ongoing fee but no Platform fees (not a pension fee type).
    const lines = (await get(t, `/tenant/fees/v1/accruals?pot_id=${pension}`)).accruals;
    expect(lines.map((l: any) => l.sub_transaction_type)).toEqual(["Advisor ongoing fee"]);
  }, 30_000);
});
