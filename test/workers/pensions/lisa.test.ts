import { describe, expect, it } from "vitest";
import { advance, eventsOf, sandboxTenantAt } from "../../helpers/clock";
import { createInvestor } from "../../helpers/investors";
import { createPot, fund, get, post } from "../../helpers/money";
import { expectValidation } from "../../helpers/problem";
import type { TestTenant } from "../../helpers/tenant";

async function saver(t: TestTenant, lastName = "Saver", dateOfBirth = "1990-01-01") {
  const { body } = await createInvestor(t, {
    last_name: lastName,
    kyc_aml_status: "clear",
    dealing_status: "active",
    date_of_birth: dateOfBirth,
    bank_accounts: [{ account_name: "Main", default_account: "yes", bank_account_number: "12345678", sort_code: "12-34-56", account_status: "active" }],
  });
  return { investorId: body.investor_id, bankAccountId: (body.bank_accounts as Array<{ bank_account_id: string }>)[0]!.bank_account_id };
}

const payment = (t: TestTenant, potId: string, amount: string) =>
  t.fetch("/tenant/payments/v1", { method: "POST", json: { request_id: crypto.randomUUID(), amount, pot_id: potId, payment_type: "manual", service_provider: "none", purpose: "cash" } });

describe("Lifetime ISA", () => {
  it("registers with HMRC, refuses 4,000.01, claims a 25 % bonus monthly and charges an early withdrawal 25 %", async () => {
    const t = await sandboxTenantAt("2025-04-10T09:00:00Z");
    const { investorId, bankAccountId } = await saver(t);
    const potId = await createPot(t, investorId, {}, "lisa_cash");
    const { account_id } = await get(t, `/tenant/pots/v1/${potId}`);
    const account = () => get(t, `/tenant/investor-accounts/v2/${account_id}`);
    await fund(t, potId, "1000.00");
    expect((await account()).hmrc_data).toEqual({ status: "hmrc_process_started" });
    await advance(t, { by: "PT2M" });
    const registered = await account();
    expect(registered.hmrc_data).toEqual({ status: "hmrc_account_creation_successful", lisa_investor_reference: expect.stringMatching(/^LISA\d{9}$/) });
    const event = (await eventsOf(t)).find((e) => e.type === "HMRC_LISA_account_creation_successful");
    expect(event?.payload).toEqual({ investor_id: investorId, account_id, status: "hmrc_account_creation_successful", lisa_investor_reference: registered.hmrc_data.lisa_investor_reference });

    // 1,000.00 + 3,000.01 is one penny over the 4,000.00 allowance.
    const over = await expectValidation(await payment(t, potId, "3000.01"), ["amount"]);
    expect(over.errors?.[0]?.message).toBe("exceeds the remaining annual allowance of 3000.00 for this tax year");
    await fund(t, potId, "3000.00");
    // Bonus 25 % × 4,000.00 = 1,000.00, pending until the May batch is paid on 16 May.
    expect(await account()).toMatchObject({ lisa_allowance_remaining: "0.00", current_year_LISA_bonus_pending: "1000.00", current_year_LISA_bonus_claimed: "0.00" });
    await advance(t, { to: "2025-05-16T09:00:00Z" });
    expect(await account()).toMatchObject({ current_year_LISA_bonus_pending: "0.00", current_year_LISA_bonus_claimed: "1000.00", total_bonus_claimed: "1000.00" });
    expect(await get(t, `/tenant/pots/v1/${potId}/value`)).toMatchObject({ total_cash_value: "5000.00" });
    // One claim per contribution: 25 % × 1,000.00 = 250.00 and 25 % × 3,000.00 = 750.00.
    const { transactions } = await get(t, `/tenant/pots/v1/${potId}/transactions`);
    expect(transactions.filter((x: any) => x.sub_transaction_type === "Contribution Bonus").map((x: any) => x.transaction_value).sort()).toEqual(["250.00", "750.00"]);

    // Aged 35, not for a first home: 25 % of 1,000.00 = 250.00 charge, 750.00 paid out.
    const withdrawal = await post(t, "/tenant/withdrawals/v1", { request_id: crypto.randomUUID(), pot_id: potId, currency: "GBP", transaction_value: "1000.00", sub_transaction_type: "Withdrawal", bank_account_id: bankAccountId });
    expect(withdrawal.status, JSON.stringify(withdrawal.body)).toBe(201);
    expect(withdrawal.body).toMatchObject({ withdrawal_charge_applicable: true, withdrawal_charge: "250.00", net_transaction_value: "750.00", type: "pending", sub_type: "scheduled", trade_date: "2025-05-16" });
    expect(await account()).toMatchObject({ current_year_withdrawal_charges: "250.00", total_withdrawal_charges: "250.00" });

    // #89: the trade date moves; the payout waits for it.
    const moved = await post(t, `/tenant/withdrawals/v1/${withdrawal.body.transaction_id}`, { request_id: crypto.randomUUID(), reference_verison: 1, trade_date: "2025-05-21" }, "PATCH");
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body).toMatchObject({ trade_date: "2025-05-21", settlement_date: "2025-05-22", sub_type: "scheduled", withdrawal_charge: "250.00" });
    await advance(t, { to: "2025-05-20T12:00:00Z" });
    expect(await get(t, `/tenant/pots/v1/${potId}/value`)).toMatchObject({ total_cash_value: "4750.00", total_locked_cash_value: "750.00" });
    await advance(t, { to: "2025-05-21T12:00:00Z" });
    expect(await get(t, `/tenant/pots/v1/${potId}/value`)).toMatchObject({ total_cash_value: "4000.00", total_locked_cash_value: "0.00" });
    const late = await post(t, `/tenant/withdrawals/v1/${withdrawal.body.transaction_id}`, { request_id: crypto.randomUUID(), reference_version: 2, trade_date: "2025-06-02" }, "PATCH");
    expect(late.status).toBe(409);
  });

  it("sandbox triggers fail the registration; a first-home withdrawal and a contribution at 50 follow the rules; LISA counts within the ISA allowance", async () => {
    const t = await sandboxTenantAt("2025-04-10T09:00:00Z");
    const failing = await saver(t, "SmithHmrcInvestorFail");
    const accountFail = await saver(t, "JonesHmrcAccountFail");
    for (const { investorId } of [failing, accountFail]) await fund(t, await createPot(t, investorId, {}, "lisa_cash"), "100.00");
    await advance(t, { by: "PT2M" });
    const types = (await eventsOf(t)).filter((e) => e.type.startsWith("HMRC_LISA_")).map((e) => [e.type, e.payload.investor_id]);
    expect(types).toEqual(expect.arrayContaining([["HMRC_LISA_investor_creation_failed", failing.investorId], ["HMRC_LISA_account_creation_failed", accountFail.investorId]]));

    const lisa = await createPot(t, failing.investorId, { pot_name: "Home" }, "lisa_cash");
    await fund(t, lisa, "1000.00");
    const home = await post(t, "/tenant/withdrawals/v1", { request_id: crypto.randomUUID(), pot_id: lisa, currency: "GBP", transaction_value: "500.00", sub_transaction_type: "Withdrawal", bank_account_id: failing.bankAccountId, first_home_purchase: true });
    expect(home.body).toMatchObject({ withdrawal_charge_applicable: false, withdrawal_charge: "0.00" });

    const old = await saver(t, "Elder", "1975-04-01");
    await expectValidation(await payment(t, await createPot(t, old.investorId, {}, "lisa_cash"), "100.00"), ["pot_id"]);

    // The investor has put 1,100.00 into LISAs this year: a Stocks and Shares ISA takes 20,000.00 − 1,100.00 = 18,900.00.
    const isa = await createPot(t, failing.investorId, {}, "stocks_isa");
    await expectValidation(await payment(t, isa, "18900.01"), ["amount"]);
    expect((await payment(t, isa, "18900.00")).status).toBe(201);
  });
});
