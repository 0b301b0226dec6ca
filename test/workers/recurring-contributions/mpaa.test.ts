import { describe, expect, it } from "vitest";
import { sandboxTenantAt } from "../../helpers/clock";
import { activeInvestor, createPot, fund, get, post } from "../../helpers/money";
import { advanceTo, collectionsOf, contribution, contributionOf, decide } from "./support";

describe("recurring contributions into a SIPP under the MPAA", () => {
  it("fails the one collection that would breach the money purchase annual allowance, with the reason, and goes on", async () => {
    const t = await sandboxTenantAt("2027-01-04T09:00:00Z");
    const { investorId } = await activeInvestor(t);
    const sipp = await createPot(t, investorId, {}, "sipp_accumulation");
    // 20,000.00 non-relievable before the trigger does not count against the MPAA; the UFPLS triggers it.
    await fund(t, sipp, "20000.00", { sub_transaction_type: "Lump sum - non relievable" });
    const ufpls = await post(t, "/tenant/withdrawals/v1/ufpls", { request_id: crypto.randomUUID(), investor_id: investorId, ufpls_instructions: [{ pot_id: sipp, value: "1000.00" }] });
    expect(ufpls.status, JSON.stringify(ufpls.body)).toBe(201);
    expect(await get(t, `/tenant/investors/v1/${investorId}`)).toMatchObject({ mpaa_triggered: true, mpaa_triggered_date: "2027-01-04" });

    const body = contribution(sipp, investorId, { financial_product_id: "sipp_accumulation", purpose: "cash", amount: "3000.00" }, { date: 10, start_date: "2027-01-05", count: 4 });
    const created = await post(t, "/tenant/recurring-contributions/v1", body);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    await decide(t, created.body.service_provider_params.authorization_url, "approve");
    const { account_id: accountId } = await get(t, `/tenant/pots/v1/${sipp}`);

    // A relievable 3,000.00 net counts 3,000.00 × 1.25 = 3,750.00 gross against the MPAA of 10,000.00.
    // 10 Jan 2027 is a Sunday (charge 11 Jan), 10 Feb and 10 Mar Wednesdays; each is raised 3 business days before.
    await advanceTo(t, "2027-02-11T00:00:00Z");
    expect(await get(t, `/tenant/investor-accounts/v2/${accountId}`)).toMatchObject({ tax_year: "2026", current_year_MPAA_utilized: "7500.00", current_year_MPAA_remaining: "2500.00" });
    await advanceTo(t, "2027-03-11T00:00:00Z");
    // Third collection: 7,500.00 + 3,750.00 = 11,250.00 > 10,000.00, so it fails with 10,000.00 − 7,500.00 = 2,500.00 left.
    let payments = await collectionsOf(t, created.body.contribution_id);
    expect(payments.map((p) => [p.service_provider_params.charge_date, p.status, p.reason ?? null, p.origin])).toEqual([
      ["2027-01-11", "succeeded", null, "system"],
      ["2027-02-10", "succeeded", null, "system"],
      ["2027-03-10", "failed", "exceeds the money purchase annual allowance left (2500.00 gross) for this tax year", "system"],
    ]);
    expect(await contributionOf(t, created.body.contribution_id)).toMatchObject({ status: "Active" });
    // The failed collection moved nothing: gross is 20,000.00 + 2 × 3,750.00 = 27,500.00.
    expect(await get(t, `/tenant/investor-accounts/v2/${accountId}`)).toMatchObject({ current_year_MPAA_utilized: "7500.00", current_year_gross_contribution: "27500.00" });

    // The schedule goes on: 10 Apr 2027 is a Saturday (charge Monday 12 Apr), raised 7 Apr in the
    // 2027/28 tax year with a fresh MPAA of 10,000.00, so 3,750.00 gross fits.
    await advanceTo(t, "2027-04-13T00:00:00Z");
    payments = await collectionsOf(t, created.body.contribution_id);
    expect(payments.map((p) => [p.service_provider_params.charge_date, p.status])).toEqual([
      ["2027-01-11", "succeeded"],
      ["2027-02-10", "succeeded"],
      ["2027-03-10", "failed"],
      ["2027-04-12", "succeeded"],
    ]);
    expect(await contributionOf(t, created.body.contribution_id)).toMatchObject({ status: "Finished" });
    expect(await get(t, `/tenant/investor-accounts/v2/${accountId}`)).toMatchObject({ tax_year: "2027", current_year_MPAA_utilized: "3750.00", current_year_MPAA_remaining: "6250.00" });
    // Cash: 20,000.00 − 1,000.00 UFPLS + 3 × 3,000.00 collected + relief of 750.00 on each of the
    // January and February collections (batched early February and March, paid 10 business days later)
    // = 29,500.00; the April collection's relief is claimed in May.
    expect((await get(t, `/tenant/pots/v1/${sipp}/value`)).total_value).toBe("29500.00");
  }, 90_000);
});
