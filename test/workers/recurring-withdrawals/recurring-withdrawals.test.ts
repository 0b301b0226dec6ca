import { describe, expect, it } from "vitest";
import { fund, get, post } from "../../helpers/money";
import { expectProblem, expectValidation } from "../../helpers/problem";
import { advanceTo, setup } from "../recurring-contributions/support";

const body = (potId: string, investorId: string, bankAccountId: string, fields: Record<string, unknown> = {}, schedule: Record<string, unknown> = {}) => ({
  request_id: crypto.randomUUID(),
  withdrawal_name: "Monthly income",
  investor_id: investorId,
  pot_id: potId,
  bank_account_id: bankAccountId,
  amount: "100.00",
  currency: "GBP",
  withdrawal_schedule: { interval_unit: "monthly", interval: 1, date: 15, start_date: "2027-01-05", end_date: "2027-03-31", ...schedule },
  ...fields,
});

describe("recurring withdrawals", () => {
  it("pays out monthly on business days; when cash runs out the run is rejected with a reason and the schedule finishes", async () => {
    const { t, investorId, bankAccountId, potId } = await setup("2027-01-04T09:00:00Z");
    await fund(t, potId, "250.00");
    const created = await post(t, "/tenant/recurring-withdrawals/v1", body(potId, investorId, bankAccountId));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ status: "active", reference_version: 1, next_withdrawal_date: "2027-01-15", financial_product_id: "general_investment_product" });
    expect(created.body.withdrawal_id).toMatch(/^RCW-[A-Z0-9]{7}$/);

    await advanceTo(t, "2027-04-01T00:00:00Z");
    const { transactions } = await get(t, `/tenant/pots/v1/${potId}/transactions`);
    const withdrawals = transactions.filter((x: any) => x.primary_transaction_type === "Withdrawal").sort((a: any, b: any) => a.created_at.localeCompare(b.created_at));
    // 15 Jan 2027 is a Friday, 15 Feb and 15 Mar Mondays. 250.00 pays 100.00 twice; 50.00 is left for the third.
    // Every run is raised by the scheduler, so each carries origin `system` (paid and rejected alike).
    expect(withdrawals.map((w: any) => [w.trade_date, w.transaction_value, w.type, w.sub_type, w.origin])).toEqual([
      ["2027-01-15", "100.00", "archived", "settled", "system"],
      ["2027-02-15", "100.00", "archived", "settled", "system"],
      ["2027-03-15", "100.00", "archived", "rejected", "system"],
    ]);
    expect(withdrawals[2].reason).toMatch(/^insufficient free cash/);
    expect((await get(t, `/tenant/pots/v1/${potId}/value`)).total_value).toBe("50.00");
    const { recurring_withdrawals } = await get(t, `/tenant/recurring-withdrawals/v1?withdrawal_id=${created.body.withdrawal_id}`);
    expect(recurring_withdrawals[0]).toMatchObject({ status: "finished" });
    expect(recurring_withdrawals[0].next_withdrawal_date).toBeUndefined();
    const failed = (await get(t, "/tenant/activity/v1?limit=1000")).events.filter((e: any) => e.type === "transaction_failed");
    expect(failed.map((e: any) => e.payload.transaction_id)).toEqual([withdrawals[2].transaction_id]);
  }, 60_000);

  it("updates an active withdrawal by reference_version, cancels it for good, and lists by status", async () => {
    const { t, investorId, bankAccountId, potId } = await setup("2027-01-04T09:00:00Z");
    const created = await post(t, "/tenant/recurring-withdrawals/v1", body(potId, investorId, bankAccountId, {}, { end_date: undefined }));
    const id = created.body.withdrawal_id;
    await expectProblem(await t.fetch(`/tenant/recurring-withdrawals/v1/${id}`, { method: "PATCH", json: { amount: "90.00", reference_version: 2 } }), 409, "version_conflict");
    const updated = await post(t, `/tenant/recurring-withdrawals/v1/${id}`, { amount: "90.00", end_date: "2027-12-31", reference_version: 1 }, "PATCH");
    expect(updated.body).toMatchObject({ amount: "90.00", reference_version: 2, withdrawal_schedule: { end_date: "2027-12-31" } });
    const cancelled = await post(t, `/tenant/recurring-withdrawals/v1/${id}/cancel`, {});
    expect(cancelled.body).toMatchObject({ status: "cancelled", reference_version: 3 });
    await expectProblem(await t.fetch(`/tenant/recurring-withdrawals/v1/${id}/cancel`, { method: "POST", json: {} }), 409, "state_conflict");
    expect((await get(t, "/tenant/recurring-withdrawals/v1?status=active")).recurring_withdrawals).toEqual([]);
    expect((await get(t, "/tenant/recurring-withdrawals/v1?status=cancelled,finished")).recurring_withdrawals.map((w: any) => w.withdrawal_id)).toEqual([id]);
    await advanceTo(t, "2027-01-16T00:00:00Z");
    const { transactions } = await get(t, `/tenant/pots/v1/${potId}/transactions`);
    expect(transactions.filter((x: any) => x.primary_transaction_type === "Withdrawal")).toEqual([]);
  }, 60_000);

  it("validates amount, bank account, investor and schedule, naming the field", async () => {
    const { t, investorId, bankAccountId, potId } = await setup("2027-01-04T09:00:00Z");
    const send = (json: unknown) => t.fetch("/tenant/recurring-withdrawals/v1", { method: "POST", json });
    await expectValidation(await send(body(potId, investorId, bankAccountId, { amount: "10.001" })), ["amount"]);
    await expectValidation(await send(body(potId, investorId, "ba-unknown")), ["bank_account_id"]);
    // An unknown investor is not a holder of the pot, and the bank account is not theirs.
    await expectValidation(await send(body(potId, "inv-NOP00000", bankAccountId)), ["bank_account_id", "investor_id"]);
    await expectValidation(await send(body(potId, investorId, bankAccountId, {}, { date: 31 })), ["withdrawal_schedule.date"]);
    await expectValidation(await send(body(potId, investorId, bankAccountId, {}, { end_date: "2026-12-31" })), ["withdrawal_schedule.end_date"]);
    await expectValidation(await send(body(potId, investorId, bankAccountId, { currency: "EUR" })), ["currency"]);
    await expectProblem(await send(body("pot-NOP0000000", investorId, bankAccountId)), 404, "resource_not_found");
    expect((await get(t, "/tenant/recurring-withdrawals/v1")).recurring_withdrawals).toEqual([]);
  });
});
