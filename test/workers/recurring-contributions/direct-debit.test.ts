import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { eventsOf } from "../../helpers/clock";
import { get, holdingsOf, post } from "../../helpers/money";
import { expectProblem, expectValidation } from "../../helpers/problem";
import { advanceTo, collectionsOf, contribution, contributionOf, decide, FUND, setup } from "./support";

describe("recurring contributions by direct debit", () => {
  it("collects 12 times on the month's last day rolled to a business day, invests each per template, then finishes once", async () => {
    const { t, investorId, potId } = await setup("2026-12-01T09:00:00Z");
    const created = await post(t, "/tenant/recurring-contributions/v1", contribution(potId, investorId));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ status: "Pending", service_provider_params: { status: "Pending service provider setup" } });
    expect(created.body.contribution_id).toMatch(/^RCB-GC-[A-Z0-9]{7}$/);
    const url: string = created.body.service_provider_params.authorization_url;
    expect(url).toMatch(new RegExp(`^http://${t.id}\\.localhost/sandbox/direct-debit/v1/mandates/${created.body.contribution_id}/[A-Za-z0-9]{32}$`));

    // The page is served without the API key; a wrong token is a 404.
    const page = await SELF.fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("GBP 100.00");
    expect((await SELF.fetch(url.replace(/[A-Za-z0-9]{32}$/, "x".repeat(32)))).status).toBe(404);

    expect((await decide(t, url, "approve")).status).toBe(200);
    const active = await contributionOf(t, created.body.contribution_id);
    expect(active.status).toBe("Active");
    // Last days of Jan, Feb, Mar 2027: Sun 31 Jan → Mon 1 Feb; Sun 28 Feb → Mon 1 Mar; Wed 31 Mar.
    expect(active.next_payment_dates).toEqual(["2027-02-01", "2027-03-01", "2027-03-31"]);
    await expectProblem(await decide(t, url, "reject"), 409, "state_conflict");

    await advanceTo(t, "2028-01-31T00:00:00Z");
    const payments = await collectionsOf(t, created.body.contribution_id);
    // Each month's last day rolled forward past weekends and England and Wales bank holidays:
    // Jan 31 Sun → Feb 1; Feb 28 Sun → Mar 1; Mar 31 Wed; Apr 30 Fri; May 31 Spring bank holiday → Jun 1;
    // Jun 30 Wed; Jul 31 Sat → Aug 2; Aug 31 Tue; Sep 30 Thu; Oct 31 Sun → Nov 1; Nov 30 Tue; Dec 31 Fri.
    const expected = ["2027-02-01", "2027-03-01", "2027-03-31", "2027-04-30", "2027-06-01", "2027-06-30", "2027-08-02", "2027-08-31", "2027-09-30", "2027-11-01", "2027-11-30", "2027-12-31"];
    expect(payments.map((p) => p.settlement_date.slice(0, 10))).toEqual(expected);
    for (const p of payments) {
      expect(p).toMatchObject({ status: "succeeded", amount: "100.00", origin: "system", payment_type: "direct_debit", service_provider: "gocardless", sub_transaction_type: "Regular contribution", contribution_id: created.body.contribution_id });
    }
    // Each 100.00 buys 60.00 of the fund at 2.5000 = 24 units; 40.00 stays cash. Twelve times: 288 units (720.00), 480.00 cash.
    const holdings = await holdingsOf(t, potId);
    expect(holdings[FUND]).toMatchObject({ total_quantity: "288.0000", cost_of_holding: "720.00", total_value: "720.00" });
    expect(holdings.cash).toMatchObject({ total_value: "480.00", free_value: "480.00", locked_value: "0.00" });
    expect((await get(t, `/tenant/pots/v1/${potId}/value`)).total_value).toBe("1200.00");

    const done = await contributionOf(t, created.body.contribution_id);
    expect(done).toMatchObject({ status: "Finished", next_payment_dates: [] });
    const types = (await eventsOf(t)).filter((e) => e.type.startsWith("recurring_contribution_")).map((e) => e.type);
    expect(types).toEqual(["recurring_contribution_authorization_url_received", "recurring_contribution_activated", "recurring_contribution_finished"]);
  }, 120_000);

  it("rejects a mandate with a reason; a rejected contribution cannot be resumed", async () => {
    const { t, investorId, potId } = await setup("2026-12-01T09:00:00Z");
    const created = await post(t, "/tenant/recurring-contributions/v1", contribution(potId, investorId));
    expect((await decide(t, created.body.service_provider_params.authorization_url, "reject", true)).status).toBe(200);
    const rejected = await contributionOf(t, created.body.contribution_id);
    expect(rejected).toMatchObject({ status: "Rejected", reason: "The payer declined the direct-debit mandate", service_provider_params: { status: "Authorization failed" } });
    await expectProblem(await t.fetch(`/tenant/recurring-contributions/v1/${created.body.contribution_id}/resume`, { method: "POST", json: {} }), 409, "state_conflict");
  });

  it("validates the schedule and the product rules, naming the field, and writes nothing", async () => {
    const { t, investorId, potId } = await setup("2026-12-01T09:00:00Z");
    const send = (body: unknown) => t.fetch("/tenant/recurring-contributions/v1", { method: "POST", json: body });
    await expectValidation(await send(contribution(potId, investorId, {}, { date: 29 })), ["payment_schedule.date"]);
    await expectValidation(await send(contribution(potId, investorId, {}, { date: 0 })), ["payment_schedule.date"]);
    await expectValidation(await send(contribution(potId, investorId, {}, { interval: 0 })), ["payment_schedule.interval"]);
    await expectValidation(await send(contribution(potId, investorId, {}, { end_date: "2027-06-30" })), ["payment_schedule.count"]);
    await expectValidation(await send(contribution(potId, investorId, {}, { interval_unit: "weekly" })), ["payment_schedule.interval_unit"]);
    await expectValidation(await send(contribution(potId, investorId, {}, { start_date: "2026-11-30" })), ["payment_schedule.start_date"]);
    await expectValidation(await send(contribution(potId, investorId, { amount: "100.001" })), ["amount"]);
    await expectValidation(await send(contribution(potId, investorId, { amount: "0.50" })), ["amount"]);
    await expectValidation(await send(contribution(potId, investorId, { service_provider: "none" })), ["service_provider"]);
    await expectValidation(await send(contribution(potId, investorId, { currency: "USD" })), ["currency"]);
    await expectValidation(await send(contribution(potId, investorId, { sub_transaction_type: "Regular contribution - non relievable" })), ["sub_transaction_type"]);
    await expectValidation(await send(contribution(potId, investorId, { source_id: "cem-ABC12345" })), ["source_id"]);
    await expectValidation(await send(contribution(potId, "inv-NOP00000")), ["investor_id"]);
    await expectValidation(await send(contribution(potId, investorId, { financial_product_id: "stocks_isa" })), ["financial_product_id"]);
    await expectProblem(await send(contribution("pot-NOP0000000", investorId)), 404, "resource_not_found");
    const { recurring_contributions } = await get(t, "/tenant/recurring-contributions/v1");
    expect(recurring_contributions).toEqual([]);
  });
});
