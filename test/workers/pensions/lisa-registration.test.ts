import { describe, expect, it } from "vitest";
import { advance, sandboxTenantAt } from "../../helpers/clock";
import { createInvestor } from "../../helpers/investors";
import { createPot, fund, get } from "../../helpers/money";
import type { TestTenant } from "../../helpers/tenant";

async function saver(t: TestTenant, lastName: string) {
  const { body } = await createInvestor(t, {
    last_name: lastName,
    kyc_aml_status: "clear",
    dealing_status: "active",
    date_of_birth: "1990-01-01",
    bank_accounts: [{ account_name: "Main", default_account: "yes", bank_account_number: "12345678", sort_code: "12-34-56", account_status: "active" }],
  });
  return body.investor_id as string;
}

async function lisaOf(t: TestTenant, lastName: string) {
  const potId = await createPot(t, await saver(t, lastName), {}, "lisa_cash");
  const { account_id } = await get(t, `/tenant/pots/v1/${potId}`);
  return { potId, account: () => get(t, `/tenant/investor-accounts/v2/${account_id}`) };
}

const bonuses = async (t: TestTenant, potId: string) =>
  (await get(t, `/tenant/pots/v1/${potId}/transactions`)).transactions.filter((x: any) => x.sub_transaction_type === "Contribution Bonus").map((x: any) => x.transaction_value);

describe("LISA bonus claims and the HMRC registration", () => {
  it("a LISA whose registration failed gets no bonus: its pending claim is cancelled and later contributions claim none", async () => {
    const t = await sandboxTenantAt("2025-04-10T09:00:00Z");
    const registered = await lisaOf(t, "Saver");
    const failed = await lisaOf(t, "SmithHmrcInvestorFail");
    await fund(t, registered.potId, "1000.00");
    await fund(t, failed.potId, "1000.00");
    // Before HMRC answers, both claims are pending: 25 % × 1,000.00 = 250.00 each.
    expect(await failed.account()).toMatchObject({ hmrc_data: { status: "hmrc_process_started" }, current_year_LISA_bonus_pending: "250.00" });

    await advance(t, { by: "PT2M" });
    // The sandbox fails the registration (last name trigger): the 250.00 claim is cancelled.
    expect(await failed.account()).toMatchObject({ hmrc_data: { status: "hmrc_investor_creation_failed" }, current_year_LISA_bonus_pending: "0.00" });
    // A later contribution still counts against the allowance (4,000.00 − 1,400.00 = 2,600.00) but claims no bonus.
    await fund(t, failed.potId, "400.00");
    expect(await failed.account()).toMatchObject({ lisa_allowance_remaining: "2600.00", current_year_LISA_bonus_pending: "0.00" });

    // The May batch (1 May) is paid 10 business days later on 16 May (5 May is a bank holiday).
    await advance(t, { to: "2025-05-16T10:00:00Z" });
    expect(await registered.account()).toMatchObject({ current_year_LISA_bonus_pending: "0.00", current_year_LISA_bonus_claimed: "250.00", total_bonus_claimed: "250.00" });
    expect(await bonuses(t, registered.potId)).toEqual(["250.00"]);
    // The failed one: no bonus transaction, nothing claimed, its cash is just the 1,400.00 paid in.
    expect(await bonuses(t, failed.potId)).toEqual([]);
    expect(await failed.account()).toMatchObject({ current_year_LISA_bonus_pending: "0.00", current_year_LISA_bonus_claimed: "0.00", total_bonus_claimed: "0.00" });
    expect(await get(t, `/tenant/pots/v1/${failed.potId}/value`)).toMatchObject({ total_cash_value: "1400.00" });
  });
});
