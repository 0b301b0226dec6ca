import { describe, expect, it } from "vitest";
import { advance, sandboxTenantAt } from "../../helpers/clock";
import { breakdown, COUNTERPARTY_ID, deposit, fundedPot, putCashProduct, putCounterparty, redeem, transactionById } from "../../helpers/cash-deposits";
import { get, holdingsOf } from "../../helpers/money";

const FLAT = "CASHINV-FLT00001";
const STEPPED = "CASHINV-STP00002";
const TERM = "CASHINV-TRM00003";

// Wednesday 1 July 2026, 09:00 London (BST): before the counterparty's 11:00 window.
const START = "2026-07-01T08:00:00Z";

describe("cash deposit interest", () => {
  it("accrues 10,000.00 at 4.50 % daily for July, credits 38.22 on the first business day of August, and splits the accrual at a rate change", async () => {
    const t = await sandboxTenantAt(START);
    expect((await putCounterparty(t)).status).toBe(201);
    await putCashProduct(t, FLAT);
    await putCashProduct(t, STEPPED, { interest_rates: [{ rate: "4.50", effective_date: "2026-01-01" }, { rate: "5.00", effective_date: "2026-07-16" }] });
    const flatPot = await fundedPot(t, "12000.00");
    const steppedPot = await fundedPot(t, "12000.00");

    const buy = await deposit(t, flatPot, FLAT, "10000.00");
    expect(buy.status, JSON.stringify(buy.body)).toBe(201);
    expect(buy.body).toMatchObject({ primary_transaction_type: "Buy", sub_transaction_type: "Cash deposit buy", type: "pending", sub_type: "scheduled", counterparty_id: COUNTERPARTY_ID, is_a_topup: false, direction: "in", origin: "api", transaction_value: "10000.00" });
    expect(buy.body.deposit_reference).toMatch(/^CDR-[A-Z]{3}\d{5}$/);
    expect((await deposit(t, steppedPot, STEPPED, "10000.00")).status).toBe(201);
    // Locked at once: 12,000.00 − 10,000.00 free.
    expect((await holdingsOf(t, flatPot)).cash).toMatchObject({ free_value: "2000.00", locked_value: "10000.00" });

    await advance(t, { to: "2026-07-01T10:30:00Z" }); // 11:30 London: sent at 11:00
    expect((await transactionById(t, flatPot, buy.body.transaction_id)).sub_type).toBe("submitted");
    await advance(t, { to: "2026-07-01T11:00:00Z" }); // the bank confirms an hour after sending
    expect(await transactionById(t, flatPot, buy.body.transaction_id)).toMatchObject({ type: "archived", sub_type: "settled" });
    const held = await holdingsOf(t, flatPot);
    expect(held.cash).toMatchObject({ total_value: "2000.00", locked_value: "0.00" });
    expect(held[FLAT]).toMatchObject({ total_quantity: "10000.00", total_value: "10000.00", cost_of_holding: "10000.00" });

    // Through the day-close of Monday 3 August (1 Aug is a Saturday).
    await advance(t, { to: "2026-08-04T06:00:00Z" });
    const reference = buy.body.deposit_reference as string;
    const july = await breakdown(t, reference, "&start_date=2026-07-01&end_date=2026-07-31");
    expect(july.deposit_reference).toBe(reference);
    expect(july.next_page_available).toBe(false);
    // 10,000.00 × 4.50 / 100 / 365 = 1.23287671232… → 1.2328767123 (10 places, half-even).
    expect(july.daily_breakdown).toHaveLength(31);
    for (const row of july.daily_breakdown) expect(row).toMatchObject({ balance: "10000.00", interest_rate: "4.50", accrued_interest: "1.2328767123", credited_interest: "0.00" });
    // 31 × 1.2328767123 = 38.2191780813.
    expect(july.daily_breakdown[30]).toMatchObject({ interest_calculation_date: "2026-07-31", cumulative_accrued_interest: "38.2191780813" });
    const august = await breakdown(t, reference, "&start_date=2026-08-01");
    expect(august.daily_breakdown.map((r: any) => r.interest_calculation_date)).toEqual(["2026-08-01", "2026-08-02", "2026-08-03"]);
    // 38.2191780813 rounds half-even to 38.22, credited at the close of 3 August.
    expect(august.daily_breakdown[2]).toMatchObject({ credited_interest: "38.22", cumulative_credited_interest: "38.22" });
    // Cash 2,000.00 + 38.22; the deposit's balance stays 10,000.00.
    const after = await holdingsOf(t, flatPot);
    expect(after.cash.total_value).toBe("2038.22");
    expect(after[FLAT].total_value).toBe("10000.00");
    const { transactions } = await get(t, `/tenant/pots/v1/${flatPot}/transactions?from=2026-01-01T00:00:00Z&sub_transaction_type=Interest`);
    expect(transactions).toEqual([expect.objectContaining({ primary_transaction_type: "Interest", transaction_value: "38.22", direction: "in", type: "archived", sub_type: "settled", deposit_reference: reference })]);

    // Rate change on 16 July: 15 days × 1.2328767123 + 16 days × 1.3698630137 (10,000 × 5 / 36,500)
    // = 18.4931506845 + 21.9178082192 = 40.4109589037 → 40.41.
    const stepped = (await transactionsOfPot(t, steppedPot)).find((x: any) => x.sub_transaction_type === "Cash deposit buy");
    const steppedRows = (await breakdown(t, stepped.deposit_reference, "&end_date=2026-07-31")).daily_breakdown;
    expect(steppedRows.filter((r: any) => r.interest_rate === "4.50")).toHaveLength(15);
    expect(steppedRows.filter((r: any) => r.interest_rate === "5.00").every((r: any) => r.accrued_interest === "1.3698630137")).toBe(true);
    expect(steppedRows[30].cumulative_accrued_interest).toBe("40.4109589037");
    expect((await holdingsOf(t, steppedPot)).cash.total_value).toBe("2040.41");
  }, 60_000);

  it("refuses to redeem a term deposit before maturity and pays principal and interest at maturity", async () => {
    const t = await sandboxTenantAt(START);
    await putCounterparty(t);
    await putCashProduct(t, TERM, { asset_sub_type: "term_deposit", notice_period: null, maturity_period: { value: 1, unit: "months" } });
    const potId = await fundedPot(t, "10000.00");
    const buy = await deposit(t, potId, TERM, "10000.00");
    expect(buy.status).toBe(201);
    await advance(t, { to: "2026-07-02T08:00:00Z" });
    const early = await redeem(t, potId, TERM, buy.body.deposit_reference);
    expect(early.status).toBe(409);
    expect(early.body.detail).toContain("maturing on 2026-08-01");
    expect(early.body.errors[0].field).toBe("deposit_reference");

    // Matures 1 August (a Saturday): paid at the close of Monday 3 August, after July's credit.
    await advance(t, { to: "2026-08-04T06:00:00Z" });
    const held = await holdingsOf(t, potId);
    expect(held.cash.total_value).toBe("10038.22");
    expect(held[TERM]).toBeUndefined();
    const all = await transactionsOfPot(t, potId);
    expect(all.find((x: any) => x.sub_transaction_type === "Cash deposit - full redemption")).toMatchObject({ type: "archived", sub_type: "settled", transaction_value: "10000.00", origin: "system", redemption_type: "full" });
    expect(all.filter((x: any) => x.primary_transaction_type === "Interest").map((x: any) => x.transaction_value)).toEqual(["38.22"]);
    // No accrual from the maturity date on.
    const rows = (await breakdown(t, buy.body.deposit_reference)).daily_breakdown;
    expect(rows.at(-1).interest_calculation_date).toBe("2026-07-31");
  }, 60_000);
});

async function transactionsOfPot(t: Parameters<typeof get>[0], potId: string): Promise<any[]> {
  return (await get(t, `/tenant/pots/v1/${potId}/transactions?from=2026-01-01T00:00:00Z&page_size=8000&page_number=1`)).transactions;
}
