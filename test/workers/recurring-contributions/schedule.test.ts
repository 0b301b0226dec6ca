import { describe, expect, it } from "vitest";
import { eventsOf } from "../../helpers/clock";
import { get, post } from "../../helpers/money";
import { expectProblem, expectValidation } from "../../helpers/problem";
import { advanceTo, collectionsOf, contribution, contributionOf, decide, setup } from "./support";

const types = async (t: Parameters<typeof eventsOf>[0]) => (await eventsOf(t)).filter((e) => e.type.startsWith("recurring_contribution_")).map((e) => e.type);

describe("recurring contribution schedules", () => {
  it("manual: active at once, each collection waits in processing for the wealth manager; a failed one does not stop the schedule", async () => {
    const { t, investorId, potId } = await setup("2027-01-04T09:00:00Z");
    const created = await post(t, "/tenant/recurring-contributions/v1", contribution(potId, investorId, { payment_type: "manual", service_provider: "none", purpose: "cash", amount: "50.00" }, { date: 15, start_date: "2027-01-05", count: 3 }));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    // 15 Jan 2027 is a Friday, 15 Feb and 15 Mar are Mondays.
    expect(created.body).toMatchObject({ status: "Active", next_payment_dates: ["2027-01-15", "2027-02-15", "2027-03-15"] });

    await advanceTo(t, "2027-01-16T00:00:00Z");
    let payments = await collectionsOf(t, created.body.contribution_id);
    expect(payments).toHaveLength(1);
    expect(payments[0]).toMatchObject({ status: "processing", payment_type: "manual", service_provider: "none", origin: "system", amount: "50.00" });
    expect((await post(t, `/tenant/payments/v1/${payments[0].transaction_id}`, { status: "succeeded" }, "PATCH")).status).toBe(200);

    await advanceTo(t, "2027-02-16T00:00:00Z");
    payments = await collectionsOf(t, created.body.contribution_id);
    expect(payments).toHaveLength(2);
    expect((await post(t, `/tenant/payments/v1/${payments[1].transaction_id}`, { status: "failed", reason: "nothing arrived" }, "PATCH")).status).toBe(200);

    await advanceTo(t, "2027-03-16T00:00:00Z");
    payments = await collectionsOf(t, created.body.contribution_id);
    expect(payments.map((p) => p.status)).toEqual(["succeeded", "failed", "processing"]);
    expect(await contributionOf(t, created.body.contribution_id)).toMatchObject({ status: "Finished", next_payment_dates: [] });
    // Only the first collection's 50.00 arrived.
    expect((await get(t, `/tenant/pots/v1/${potId}/value`)).total_value).toBe("50.00");
    expect(await types(t)).toEqual(["recurring_contribution_activated", "recurring_contribution_finished"]);
  }, 60_000);

  it("direct debit: a .13 collection fails with the provider's reason, the schedule goes on at the updated amount", async () => {
    const { t, investorId, potId } = await setup("2027-01-04T09:00:00Z");
    const created = await post(t, "/tenant/recurring-contributions/v1", contribution(potId, investorId, { purpose: "cash", amount: "80.13" }, { date: 1, start_date: "2027-02-01", count: 2 }));
    await decide(t, created.body.service_provider_params.authorization_url, "approve");
    await advanceTo(t, "2027-02-02T00:00:00Z");
    let payments = await collectionsOf(t, created.body.contribution_id);
    expect(payments).toEqual([expect.objectContaining({ status: "failed", reason: "sandbox: insufficient funds in the payer's account" })]);

    const current = await contributionOf(t, created.body.contribution_id);
    const updated = await post(t, `/tenant/recurring-contributions/v1/${created.body.contribution_id}`, { amount: "80.00", reference_version: current.reference_version }, "PATCH");
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    expect(updated.body).toMatchObject({ amount: "80.00", reference_version: current.reference_version + 1, next_payment_dates: ["2027-03-01"] });
    await expectProblem(await t.fetch(`/tenant/recurring-contributions/v1/${created.body.contribution_id}`, { method: "PATCH", json: { amount: "81.00", reference_version: current.reference_version } }), 409, "version_conflict");

    await advanceTo(t, "2027-03-02T00:00:00Z");
    payments = await collectionsOf(t, created.body.contribution_id);
    expect(payments.map((p) => [p.amount, p.status])).toEqual([["80.13", "failed"], ["80.00", "succeeded"]]);
    expect((await get(t, `/tenant/pots/v1/${potId}/value`)).total_value).toBe("80.00");
    await expectProblem(await t.fetch(`/tenant/recurring-contributions/v1/${created.body.contribution_id}`, { method: "PATCH", json: { amount: "90.00" } }), 409, "state_conflict");
  }, 60_000);

  it("pause for 2 cycles skips exactly two dates and resumes by itself; resume early; cancel is terminal", async () => {
    const { t, investorId, potId } = await setup("2027-01-04T09:00:00Z");
    const created = await post(t, "/tenant/recurring-contributions/v1", contribution(potId, investorId, { purpose: "cash" }, { date: 1, start_date: "2027-02-01", count: 6 }));
    const id = created.body.contribution_id;
    await decide(t, created.body.service_provider_params.authorization_url, "approve");
    const paused = await post(t, `/tenant/recurring-contributions/v1/${id}/pause`, { pause_cycles: 2 });
    expect(paused.status).toBe(200);
    // 1 Feb and 1 Mar are skipped; 1 Apr is a Thursday, 1 May a Saturday and 3 May the Early May bank holiday (→ 4 May).
    expect(paused.body).toMatchObject({ status: "Paused", next_payment_dates: ["2027-04-01", "2027-05-04", "2027-06-01"] });
    await expectProblem(await t.fetch(`/tenant/recurring-contributions/v1/${id}/pause`, { method: "POST", json: { pause_cycles: 1 } }), 409, "state_conflict");

    await advanceTo(t, "2027-06-02T00:00:00Z");
    const payments = await collectionsOf(t, id);
    expect(payments.map((p) => p.settlement_date.slice(0, 10))).toEqual(["2027-04-01", "2027-05-04", "2027-06-01"]);
    expect(await contributionOf(t, id)).toMatchObject({ status: "Active", next_payment_dates: ["2027-07-01", "2027-08-02", "2027-09-01"] });

    expect((await post(t, `/tenant/recurring-contributions/v1/${id}/pause`, { pause_cycles: 1 })).body.status).toBe("Paused");
    const resumed = await post(t, `/tenant/recurring-contributions/v1/${id}/resume`, {});
    expect(resumed.body).toMatchObject({ status: "Active", next_payment_dates: ["2027-07-01", "2027-08-02", "2027-09-01"] });
    const cancelled = await post(t, `/tenant/recurring-contributions/v1/${id}/cancel`, { reason: "investor asked" });
    expect(cancelled.body).toMatchObject({ status: "Cancelled", reason: "investor asked", next_payment_dates: [] });
    await expectProblem(await t.fetch(`/tenant/recurring-contributions/v1/${id}/resume`, { method: "POST", json: {} }), 409, "state_conflict");
    await expectProblem(await t.fetch(`/tenant/recurring-contributions/v1/${id}/cancel`, { method: "POST", json: {} }), 409, "state_conflict");

    await advanceTo(t, "2027-08-03T00:00:00Z");
    expect(await collectionsOf(t, id)).toHaveLength(3);
    expect(await types(t)).toEqual([
      "recurring_contribution_authorization_url_received",
      "recurring_contribution_activated",
      "recurring_contribution_updated",
      "recurring_contribution_resumed",
      "recurring_contribution_updated",
      "recurring_contribution_resumed",
      "recurring_contribution_cancelled",
    ]);
  }, 60_000);

  it("checks the ISA allowance at each collection: a collection over what is left fails with that reason", async () => {
    const { t, investorId, potId } = await setup("2027-01-04T09:00:00Z", "stocks_isa");
    const body = contribution(potId, investorId, { financial_product_id: "stocks_isa", purpose: "cash", amount: "12000.00" }, { date: 10, start_date: "2027-01-05", count: 2 });
    // Set-up checks the allowance too: one collection of 20,000.01 could never be paid in this tax year.
    const tooMuch = await expectValidation(await t.fetch("/tenant/recurring-contributions/v1", { method: "POST", json: { ...body, request_id: crypto.randomUUID(), amount: "20000.01" } }), ["amount"]);
    expect(tooMuch.errors?.[0]?.message).toBe("exceeds the remaining annual allowance of 20000.00 for this tax year");
    const created = await post(t, "/tenant/recurring-contributions/v1", body);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    await decide(t, created.body.service_provider_params.authorization_url, "approve");
    await advanceTo(t, "2027-02-11T00:00:00Z");
    const payments = await collectionsOf(t, created.body.contribution_id);
    // 10 Jan 2027 is a Sunday (→ 11 Jan); 10 Feb a Wednesday. The 2026/27 allowance is 20,000.00: 12,000.00 leaves 8,000.00.
    expect(payments.map((p) => [p.status, p.reason ?? null])).toEqual([
      ["succeeded", null],
      ["failed", "exceeds the remaining annual allowance of 8000.00 for this tax year"],
    ]);
    expect((await get(t, `/tenant/pots/v1/${potId}/value`)).total_value).toBe("12000.00");
    expect((await contributionOf(t, created.body.contribution_id)).status).toBe("Finished");
  }, 60_000);
});
