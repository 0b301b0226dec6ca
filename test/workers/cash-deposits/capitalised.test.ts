import { describe, expect, it } from "vitest";
import { advance, sandboxTenantAt } from "../../helpers/clock";
import { breakdown, deposit, fundedPot, NOTICE_PRODUCT, putCashProduct, putCounterparty, redeem } from "../../helpers/cash-deposits";
import { get, holdingsOf } from "../../helpers/money";
import { admin } from "../../helpers/tenant";

const CAP = "CASHINV-CAP00001";

// Tuesday 1 July 2025, 09:00 London (BST). 1 August 2025 is a Friday and 1 September a Monday,
// so each month's credit falls on the first day of the next month.
const START = "2025-07-01T08:00:00Z";
const CAPITALISED = {
  asset_sub_type: "instant_deposit",
  notice_period: null,
  interest_rates: [{ rate: "4.50", effective_date: "2025-01-01" }],
  interest_compound_frequency: "monthly",
  interest_credit_frequency: "monthly",
  interest_credit_instruction: "capitalise",
};

async function transactionsOf(t: Parameters<typeof get>[0], potId: string): Promise<any[]> {
  return (await get(t, `/tenant/pots/v1/${potId}/transactions?from=2025-01-01T00:00:00Z&page_size=8000&page_number=1`)).transactions;
}

describe("capitalised cash deposit interest", () => {
  it("refuses capitalise unless interest compounds when it is credited", async () => {
    const t = await sandboxTenantAt(START);
    await putCounterparty(t);
    const url = `/admin/v1/tenants/${t.id}/cash-investment-products/${CAP}`;
    const none = await admin("PUT", url, { ...NOTICE_PRODUCT, ...CAPITALISED, interest_compound_frequency: "none" });
    expect(none.status).toBe(400);
    expect(((await none.json()) as any).errors.map((e: any) => e.field)).toEqual(["interest_compound_frequency"]);
    const atMaturity = await admin("PUT", url, { ...NOTICE_PRODUCT, ...CAPITALISED, interest_credit_frequency: "on_maturity", interest_compound_frequency: "none" });
    expect(atMaturity.status).toBe(400);
    expect(((await atMaturity.json()) as any).errors.map((e: any) => e.field)).toEqual(["interest_credit_frequency"]);
    const unknown = await admin("PUT", url, { ...NOTICE_PRODUCT, interest_credit_instruction: "reinvest" });
    expect(unknown.status).toBe(400);
  });

  it("capitalises 38.22 for July, accrues August on 10,038.22, compounds, and pays the whole balance on full redemption", async () => {
    const t = await sandboxTenantAt(START);
    await putCounterparty(t);
    await putCashProduct(t, CAP, CAPITALISED);
    expect(await get(t, `/tenant/cash-investment-products/v1/${CAP}`)).toMatchObject({ interest_credit_instruction: "capitalise", interest_compound_frequency: "monthly" });
    const potId = await fundedPot(t, "12000.00");
    const buy = await deposit(t, potId, CAP, "10000.00");
    expect(buy.status, JSON.stringify(buy.body)).toBe(201);
    const reference = buy.body.deposit_reference as string;
    await advance(t, { to: "2025-07-01T11:00:00Z" }); // sent 11:00 London, confirmed an hour later

    // Through the day-close of Friday 1 August.
    await advance(t, { to: "2025-08-02T06:00:00Z" });
    // July: 10,000.00 × 4.50 / 36,500 = 1.2328767123 a day; × 31 = 38.2191780813 → 38.22 (carry −0.0008219187).
    let held = await holdingsOf(t, potId);
    expect(held.cash.total_value).toBe("2000.00"); // no cash paid out
    expect(held[CAP]).toMatchObject({ total_quantity: "10038.22", total_value: "10038.22", cost_of_holding: "10038.22" });
    const capitalised = (await transactionsOf(t, potId)).filter((x) => x.primary_transaction_type === "Interest");
    expect(capitalised).toEqual([
      expect.objectContaining({ sub_transaction_type: "Capitalised interest", transaction_value: "38.22", transaction_quantity: "38.22", execution_price: "1.00", direction: "in", type: "archived", sub_type: "settled", deposit_reference: reference }),
    ]);

    // Through the day-close of Monday 1 September.
    await advance(t, { to: "2025-09-02T06:00:00Z" });
    const rows = (await breakdown(t, reference, "&start_date=2025-07-01&end_date=2025-09-30")).daily_breakdown;
    expect(rows).toHaveLength(31 + 31 + 1);
    expect(rows[30]).toMatchObject({ interest_calculation_date: "2025-07-31", balance: "10000.00", accrued_interest: "1.2328767123", cumulative_accrued_interest: "38.2191780813" });
    // August: 10,038.22 × 4.50 / 36,500 = 1.23758876712… → 1.2375887671 a day, every day of the month.
    const august = rows.slice(31, 62);
    expect(august[0]).toMatchObject({ interest_calculation_date: "2025-08-01", credited_interest: "38.22", cumulative_credited_interest: "38.22" });
    for (const row of august) expect(row).toMatchObject({ balance: "10038.22", accrued_interest: "1.2375887671" });
    // 31 × 1.2375887671 = 38.3652517801; cumulative 38.2191780813 + 38.3652517801 = 76.5844298614.
    expect(august[30]).toMatchObject({ interest_calculation_date: "2025-08-31", cumulative_accrued_interest: "76.5844298614" });
    // Credited 1 September: 38.3652517801 − 0.0008219187 carried = 38.3644298614 → 38.36 (carry 0.0044298614).
    // From that close the balance is 10,038.22 + 38.36 = 10,076.58: 10,076.58 × 4.50 / 36,500 = 1.2423180822.
    expect(rows[62]).toMatchObject({ interest_calculation_date: "2025-09-01", balance: "10076.58", accrued_interest: "1.2423180822", credited_interest: "38.36", cumulative_credited_interest: "76.58" });
    held = await holdingsOf(t, potId);
    expect(held.cash.total_value).toBe("2000.00");
    expect(held[CAP]).toMatchObject({ total_quantity: "10076.58", total_value: "10076.58" });

    // Full redemption on 2 September (sent 11:00 London, paid 12:00): the capitalised balance
    // and the uncredited 0.0044298614 + 1.2423180822 = 1.2467479436 → 1.25 in cash.
    const full = await redeem(t, potId, CAP, reference);
    expect(full.status, JSON.stringify(full.body)).toBe(201);
    expect(full.body.transaction_value).toBe("10076.58");
    await advance(t, { to: "2025-09-02T12:00:00Z" });
    held = await holdingsOf(t, potId);
    expect(held[CAP]).toBeUndefined();
    expect(held.cash.total_value).toBe("12077.83"); // 2,000.00 + 10,076.58 + 1.25
    const interest = (await transactionsOf(t, potId)).filter((x) => x.primary_transaction_type === "Interest");
    expect(interest.map((x) => [x.sub_transaction_type, x.transaction_value])).toEqual(
      expect.arrayContaining([
        ["Capitalised interest", "38.22"],
        ["Capitalised interest", "38.36"],
        ["Interest", "1.25"],
      ]),
    );
    expect(interest).toHaveLength(3);
  }, 60_000);

  it("pays a credit falling due while a redemption is under way in cash", async () => {
    const t = await sandboxTenantAt(START);
    await putCounterparty(t);
    // A 7-day notice deposit, otherwise as above.
    await putCashProduct(t, CAP, { ...CAPITALISED, asset_sub_type: "notice_deposit", notice_period: 7 });
    const potId = await fundedPot(t, "12000.00");
    const buy = await deposit(t, potId, CAP, "10000.00");
    const reference = buy.body.deposit_reference as string;
    await advance(t, { to: "2025-07-28T06:00:00Z" });
    // Monday 28 July: sent at 11:00, paid after 7 days' notice on Monday 4 August.
    expect((await redeem(t, potId, CAP, reference, "1000.00")).status).toBe(201);
    await advance(t, { to: "2025-08-04T12:00:00Z" });
    // July's 38.22 (as above) fell due on 1 August with the redemption's units locked: paid as cash.
    const interest = (await transactionsOf(t, potId)).filter((x) => x.primary_transaction_type === "Interest");
    expect(interest.map((x) => [x.sub_transaction_type, x.transaction_value])).toEqual([["Interest", "38.22"]]);
    const held = await holdingsOf(t, potId);
    expect(held.cash.total_value).toBe("3038.22"); // 2,000.00 + 38.22 + 1,000.00
    expect(held[CAP]).toMatchObject({ total_quantity: "9000.00", total_value: "9000.00" });
  }, 60_000);
});
