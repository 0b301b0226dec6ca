import { describe, expect, it } from "vitest";
import { advance, sandboxTenantAt } from "../../helpers/clock";
import { activeInvestor, createPot, fund, get } from "../../helpers/money";
import { admin } from "../../helpers/tenant";

describe("relief at source", () => {
  it("an 800.00 relievable contribution is credited 200.00 Tax Relief after the monthly batch and HMRC's delay", async () => {
    const t = await sandboxTenantAt("2025-04-10T09:00:00Z");
    const { investorId } = await activeInvestor(t);
    const potId = await createPot(t, investorId, {}, "sipp_accumulation");
    await fund(t, potId, "800.00", { sub_transaction_type: "Lump sum" });
    await fund(t, potId, "100.00", { sub_transaction_type: "Lump sum - non relievable" });
    const { account_id } = await get(t, `/tenant/pots/v1/${potId}`);
    const account = () => get(t, `/tenant/investor-accounts/v2/${account_id}`);
    // Claim: 800.00 × 25 % = 200.00 (basic-rate relief on the gross 1,000.00); the non-relievable 100.00 claims nothing.
    expect(await account()).toMatchObject({ current_year_RAS_claims_pending: "200.00", current_year_RAS_claimed: "0.00", current_year_gross_contribution: "1100.00", total_gross_contribution: "1100.00" });

    // Batched at the first day-close of May (1 May); paid 10 business days later: 2, 6 (5 May is a bank
    // holiday), 7, 8, 9, 12, 13, 14, 15, 16 May → 16 May 2025 at 09:00.
    await advance(t, { to: "2025-05-16T07:00:00Z" });
    expect(await account()).toMatchObject({ current_year_RAS_claims_pending: "200.00", current_year_RAS_claimed: "0.00" });
    expect(await get(t, `/tenant/pots/v1/${potId}/value`)).toMatchObject({ total_cash_value: "900.00" });

    await advance(t, { to: "2025-05-16T09:00:00Z" });
    expect(await account()).toMatchObject({ current_year_RAS_claims_pending: "0.00", current_year_RAS_claimed: "200.00" });
    expect(await get(t, `/tenant/pots/v1/${potId}/value`)).toMatchObject({ total_cash_value: "1100.00" });
    const { transactions } = await get(t, `/tenant/pots/v1/${potId}/transactions`);
    expect(transactions.filter((x: any) => x.sub_transaction_type === "Tax Relief")).toEqual([
      expect.objectContaining({ primary_transaction_type: "Contribution", transaction_value: "200.00", type: "archived", sub_type: "settled", direction: "in", trade_date: "2025-05-16" }),
    ]);
  });

  it("follows the tenant's schedule: batch from the 6th, paid 3 business days later", async () => {
    const t = await sandboxTenantAt("2025-04-10T09:00:00Z");
    const set = await admin("PUT", `/admin/v1/tenants/${t.id}/hmrc-settings`, { claim_batch_day: 6, claim_payment_delay_business_days: 3 });
    expect(await set.json()).toEqual({ claim_batch_day: 6, claim_payment_delay_business_days: 3 });
    expect((await admin("PUT", `/admin/v1/tenants/${t.id}/hmrc-settings`, { claim_batch_day: 29 })).status).toBe(400);
    const { investorId } = await activeInvestor(t);
    const potId = await createPot(t, investorId, {}, "sipp_accumulation");
    await fund(t, potId, "800.00", { sub_transaction_type: "Lump sum" });
    // Batched at the day-close of Tuesday 6 May; 7, 8, 9 May → paid on Friday 9 May at 09:00 London (08:00 UTC).
    await advance(t, { to: "2025-05-09T07:30:00Z" });
    expect(await get(t, `/tenant/pots/v1/${potId}/value`)).toMatchObject({ total_cash_value: "800.00" });
    await advance(t, { to: "2025-05-09T08:00:00Z" });
    expect(await get(t, `/tenant/pots/v1/${potId}/value`)).toMatchObject({ total_cash_value: "1000.00" });
  });
});
