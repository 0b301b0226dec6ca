import { describe, expect, it } from "vitest";
import { advance, sandboxTenantAt } from "../../helpers/clock";
import { activeInvestor, createPot, fund, get, post } from "../../helpers/money";
import { expectValidation } from "../../helpers/problem";
import type { TestTenant } from "../../helpers/tenant";

const payment = (t: TestTenant, potId: string, amount: string, subType: string) =>
  t.fetch("/tenant/payments/v1", { method: "POST", json: { request_id: crypto.randomUUID(), amount, pot_id: potId, payment_type: "manual", service_provider: "none", purpose: "cash", sub_transaction_type: subType } });

describe("MPAA and the tax-year roll", () => {
  it("the first UFPLS triggers the MPAA, a contribution beyond it is refused, and 6 April resets every current-year counter and allowance", async () => {
    const t = await sandboxTenantAt("2026-03-30T09:00:00Z");
    const { investorId } = await activeInvestor(t);
    const sipp = await createPot(t, investorId, {}, "sipp_accumulation");
    const lisa = await createPot(t, investorId, {}, "lisa_cash");
    await fund(t, sipp, "20000.00", { sub_transaction_type: "Lump sum - non relievable" });
    await fund(t, lisa, "4000.00");
    const ufpls = await post(t, "/tenant/withdrawals/v1/ufpls", { request_id: crypto.randomUUID(), investor_id: investorId, ufpls_instructions: [{ pot_id: sipp, value: "1000.00" }] });
    expect(ufpls.status, JSON.stringify(ufpls.body)).toBe(201);
    expect(await get(t, `/tenant/investors/v1/${investorId}`)).toMatchObject({ mpaa_triggered: true, mpaa_triggered_date: "2026-03-30" });

    // 8,000.00 relievable is 10,000.00 gross: exactly the MPAA. One penny more is refused.
    await fund(t, sipp, "8000.00", { sub_transaction_type: "Lump sum" });
    const refused = await expectValidation(await payment(t, sipp, "1.00", "Lump sum - non relievable"), ["amount"]);
    expect(refused.errors?.[0]?.message).toContain("money purchase annual allowance left (0.00 gross)");

    const { account_id: sippAccount } = await get(t, `/tenant/pots/v1/${sipp}`);
    const { account_id: lisaAccount } = await get(t, `/tenant/pots/v1/${lisa}`);
    const before = await get(t, `/tenant/investor-accounts/v2/${sippAccount}`);
    expect(before).toMatchObject({
      tax_year: "2025",
      current_year_MPAA_utilized: "10000.00",
      current_year_MPAA_remaining: "0.00",
      current_year_gross_contribution: "30000.00",
      current_year_RAS_claims_pending: "2000.00",
      current_year_total_gross_ufpls_withdrawal: "1000.00",
      lsa_utilised: "250.00",
    });
    expect(await get(t, `/tenant/investor-accounts/v2/${lisaAccount}`)).toMatchObject({ lisa_allowance_remaining: "0.00", current_year_total_contribution: "4000.00" });

    await advance(t, { to: "2026-04-07T09:00:00Z" });
    const after = await get(t, `/tenant/investor-accounts/v2/${sippAccount}`);
    expect(after.tax_year).toBe("2026");
    for (const [field, value] of Object.entries(after)) {
      if (field.startsWith("current_year_") && field !== "current_year_subscription" && field !== "current_year_pending_withdrawals") expect([field, value]).toEqual([field, "0.00"]);
    }
    expect(after).toMatchObject({ total_gorss_ufpls_withdrawal_life_time: "1000.00", total_gross_contribution: "30000.00", lsa_utilised: "250.00", current_year_subscription: false });
    expect(await get(t, `/tenant/investor-accounts/v2/${lisaAccount}`)).toMatchObject({ tax_year: "2026", lisa_allowance_remaining: "4000.00", current_year_total_contribution: "0.00", total_contribution: "4000.00" });
    // A new tax year, a new MPAA: 8,000.00 relievable (10,000.00 gross) is accepted again.
    expect((await payment(t, sipp, "8000.00", "Lump sum")).status).toBe(201);
  });
});
