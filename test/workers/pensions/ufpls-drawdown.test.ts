import { describe, expect, it } from "vitest";
import { sandboxTenantAt } from "../../helpers/clock";
import { createInvestor } from "../../helpers/investors";
import { createPot, fund, get, post, runJobs } from "../../helpers/money";
import { expectValidation } from "../../helpers/problem";
import { admin, type TestTenant } from "../../helpers/tenant";

async function pensioner(t: TestTenant, fields: Record<string, unknown> = {}) {
  const { body } = await createInvestor(t, {
    kyc_aml_status: "clear",
    dealing_status: "active",
    date_of_birth: "1960-05-01",
    bank_accounts: [{ account_name: "Main", default_account: "yes", bank_account_number: "12345678", sort_code: "12-34-56", account_status: "active" }],
    ...fields,
  });
  return { investorId: body.investor_id, bankAccountId: (body.bank_accounts as Array<{ bank_account_id: string }>)[0]!.bank_account_id };
}

async function fundedPot(t: TestTenant, investorId: string, product: string, amount: string) {
  const potId = await createPot(t, investorId, {}, product);
  await fund(t, potId, amount, product === "sipp_accumulation" ? { sub_transaction_type: "Lump sum - non relievable" } : {});
  return potId;
}

const setCode = (t: TestTenant, investorId: string, body: Record<string, unknown>) => admin("PUT", `/admin/v1/tenants/${t.id}/investors/${investorId}/tax-code`, body);
const ufpls = (t: TestTenant, investorId: string, instructions: Array<Record<string, unknown>>, fields: Record<string, unknown> = {}) =>
  post(t, "/tenant/withdrawals/v1/ufpls", { request_id: crypto.randomUUID(), investor_id: investorId, ufpls_instructions: instructions, ...fields });

describe("tax codes", () => {
  it("PUT stores a code notice, ends the previous one and GET lists them by investor", async () => {
    const t = await sandboxTenantAt("2025-04-10T09:00:00Z");
    const { investorId } = await pensioner(t);
    const first = await setCode(t, investorId, { tax_code: "1257L", basis: "cumulative", effective_from: "2025-04-06" });
    expect(first.status, await first.clone().text()).toBe(201);
    const second = await setCode(t, investorId, { tax_code: "K475", basis: "month1", effective_from: "2025-06-06" });
    expect(second.status).toBe(201);
    expect(await (await setCode(t, investorId, { tax_code: "K475", basis: "month1", effective_from: "2025-06-06" })).json()).toMatchObject({ tax_code: "K475" });
    const { tax_codes } = await get(t, `/tenant/investors/v1/tax-codes?investor_id=${investorId}`);
    const byDate = Object.fromEntries(tax_codes.map((c: any) => [c.effective_date, c]));
    expect(byDate["2025-04-06"]).toMatchObject({ investor_id: investorId, tax_code: "1257L", basis: "cumulative", end_date: "2025-06-05", origin: "External API" });
    expect(byDate["2025-06-06"]).toMatchObject({ tax_code: "K475", basis: "month1" });
    expect(byDate["2025-06-06"].end_date).toBeUndefined();

    const bad = await setCode(t, investorId, { tax_code: "12X", effective_from: "2025-04-06" });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).errors[0].field).toBe("tax_code");
    expect((await setCode(t, "inv-UNKNOWN1", { tax_code: "1257L", effective_from: "2025-04-06" })).status).toBe(404);
  });
});

describe("UFPLS", () => {
  it("golden: 10,000.00 under 1257L cumulative in month 1 pays 2,500.00 tax-free and 1,952.00 PAYE", async () => {
    const t = await sandboxTenantAt("2025-04-10T09:00:00Z");
    const { investorId, bankAccountId } = await pensioner(t);
    const potId = await fundedPot(t, investorId, "sipp_accumulation", "12000.00");
    expect((await setCode(t, investorId, { tax_code: "1257L", basis: "cumulative", effective_from: "2025-04-06" })).status).toBe(201);

    const { status, body } = await ufpls(t, investorId, [{ pot_id: potId, value: "10000.00" }]);
    expect(status, JSON.stringify(body)).toBe(201);
    // Tax-free 25 % = 2,500.00; taxable 7,500.00. PAYE month 1: free pay 12,579 / 12 = 1,048.25;
    // taxable 6,451.75 → 6,451; 3,142 × 20 % = 628.40 + 3,309 × 40 % = 1,323.60 → 1,952.00.
    // Paid to the bank: 10,000.00 − 1,952.00 = 8,048.00.
    expect(body).toMatchObject({
      ufpls_withdrawal_id: expect.stringMatching(/^UFPLS-/),
      investor_id: investorId,
      bank_account_id: bankAccountId,
      status: "success",
      ufpls_payout: [{ pot_id: potId, gross_amount: "10000.00", tax_free_amount: "2500.00", taxable_amount: "7500.00", tax_amount: "1952.00", net_amount: "8048.00" }],
      failed_requests: [],
    });
    const payout = body.ufpls_payout[0];
    const { transactions } = await get(t, `/tenant/pots/v1/${potId}/transactions`);
    const withdrawal = transactions.find((x: any) => x.transaction_id === payout.transaction_id);
    expect(withdrawal).toMatchObject({
      sub_transaction_type: "UFPLS",
      transaction_value: "10000.00",
      net_transaction_value: "8048.00",
      tax_payable_on_transaction: "1952.00",
      tax_free_amount: "2500.00",
      tax_code: "1257L",
      tax_transaction_id: payout.tax_transaction_id,
      tax_free_allowance_for_tax_period: "1048.25",
      taxable_withdrawal_for_tax_period: "6451.00",
    });
    expect(transactions.find((x: any) => x.transaction_id === payout.tax_transaction_id)).toMatchObject({ sub_transaction_type: "PAYE Tax", transaction_value: "1952.00", type: "archived", sub_type: "settled" });
    expect(await get(t, `/tenant/pots/v1/${potId}/value`)).toMatchObject({ total_cash_value: "10048.00", total_locked_cash_value: "8048.00" });
    await runJobs(t, ["withdrawal.payout"]);
    expect(await get(t, `/tenant/pots/v1/${potId}/value`)).toMatchObject({ total_cash_value: "2000.00", total_locked_cash_value: "0.00" });

    const { account_id } = await get(t, `/tenant/pots/v1/${potId}`);
    expect(await get(t, `/tenant/investor-accounts/v2/${account_id}`)).toMatchObject({
      current_year_total_gross_ufpls_withdrawal: "10000.00",
      current_year_total_tax_free_cash_paid_from_ufpls: "2500.00",
      current_year_total_gross_taxable_ufpls_withdrawal: "7500.00",
      current_year_total_tax_paid_from_ufpls: "1952.00",
      current_year_total_net_ufpls_withdrawal: "8048.00",
      total_gorss_ufpls_withdrawal_life_time: "10000.00",
      lsa_utilised: "2500.00",
      lsdba_utilised: "2500.00",
      // 2,500 / 268,275 = 0.932 % ; 2,500 / 1,073,100 = 0.233 %.
      lsa_percentage_used: "0.93",
      lsdba_percentage_used: "0.23",
    });
    expect(await get(t, `/tenant/investors/v1/${investorId}`)).toMatchObject({ mpaa_triggered: true, mpaa_triggered_date: "2025-04-10" });
  });

  it("Scottish residence with no code: emergency 1257L M1 on the Scottish bands", async () => {
    const t = await sandboxTenantAt("2025-04-10T09:00:00Z");
    const { investorId } = await pensioner(t, { tax_residence: "GB-SCT" });
    const potId = await fundedPot(t, investorId, "sipp_accumulation", "10000.00");
    const { status, body } = await ufpls(t, investorId, [{ pot_id: potId, value: "10000.00" }]);
    expect(status, JSON.stringify(body)).toBe(201);
    // Taxable 6,451 on month-1 Scottish limits 236 / 1,244 / 2,591 / 5,203: 44.84 + 201.60 + 282.87 + 1,097.04 + 561.60 = 2,187.95.
    expect(body.ufpls_payout[0]).toMatchObject({ tax_amount: "2187.95", net_amount: "7812.05" });
  });

  it("an M1 code in month 5 taxes the month on its own; instructions fail one by one", async () => {
    const t = await sandboxTenantAt("2025-08-10T09:00:00Z");
    const { investorId } = await pensioner(t);
    const potId = await fundedPot(t, investorId, "sipp_accumulation", "2100.00");
    const other = await fundedPot(t, investorId, "sipp_accumulation", "50.00");
    expect((await setCode(t, investorId, { tax_code: "1257L", basis: "month1", effective_from: "2025-04-06" })).status).toBe(201);
    const { status, body } = await ufpls(t, investorId, [{ pot_id: potId, value: "2000.00" }, { pot_id: other, value: "100.00" }]);
    expect(status, JSON.stringify(body)).toBe(201);
    // Taxable 1,500.00; M1: 1,500.00 − 1,048.25 = 451.75 → 451 × 20 % = 90.20 (cumulative month 5 would be 0).
    expect(body.status).toBe("partially_success");
    expect(body.ufpls_payout[0]).toMatchObject({ tax_amount: "90.20", net_amount: "1909.80" });
    expect(body.failed_requests).toEqual([{ pot_id: other, value: "100.00", reason: expect.stringContaining("insufficient free cash") }]);
  });

  it("refuses unknown pots, other products and a missing default bank account", async () => {
    const t = await sandboxTenantAt("2025-04-10T09:00:00Z");
    const { investorId } = await pensioner(t);
    const fad = await fundedPot(t, investorId, "sipp_fad", "100.00");
    const res = await t.fetch("/tenant/withdrawals/v1/ufpls", { method: "POST", json: { request_id: crypto.randomUUID(), investor_id: investorId, ufpls_instructions: [{ pot_id: fad, value: "10.00" }, { pot_id: "pot-NOPE", value: "10.00" }] } });
    await expectValidation(res, ["ufpls_instructions.0.pot_id", "ufpls_instructions.1.pot_id"]);
    const { body } = await createInvestor(t, { kyc_aml_status: "clear", dealing_status: "active" });
    const acc = await fundedPot(t, body.investor_id, "sipp_accumulation", "100.00");
    const noBank = await t.fetch("/tenant/withdrawals/v1/ufpls", { method: "POST", json: { request_id: crypto.randomUUID(), investor_id: body.investor_id, ufpls_instructions: [{ pot_id: acc, value: "10.00" }] } });
    await expectValidation(noBank, ["bank_account_id"]);
  });
});

describe("Income Withdrawal from SIPP FAD", () => {
  it("is taxed cumulatively through PAYE: gross leaves the pot, net is paid, tax is a PAYE Tax transaction", async () => {
    const t = await sandboxTenantAt("2025-04-10T09:00:00Z");
    const { investorId, bankAccountId } = await pensioner(t);
    const potId = await fundedPot(t, investorId, "sipp_fad", "5000.00");
    expect((await setCode(t, investorId, { tax_code: "1257L", basis: "cumulative", effective_from: "2025-04-06" })).status).toBe(201);
    const withdraw = (value: string) =>
      post(t, "/tenant/withdrawals/v1", { request_id: crypto.randomUUID(), pot_id: potId, currency: "GBP", transaction_value: value, sub_transaction_type: "Income Withdrawal", bank_account_id: bankAccountId });
    const first = await withdraw("3000.00");
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    // Month 1: 3,000.00 − 1,048.25 = 1,951.75 → 1,951 × 20 % = 390.20; net 2,609.80.
    expect(first.body).toMatchObject({
      transaction_value: "3000.00",
      net_transaction_value: "2609.80",
      tax_payable_on_transaction: "390.20",
      total_withdrawal_for_tax_period: "3000.00",
      tax_free_allowance_for_tax_period: "1048.25",
      taxable_withdrawal_for_tax_period: "1951.00",
      tax_payable_for_tax_period: "390.20",
      tax_paid_for_tax_period: "390.20",
      additional_pay_ytd: "0.00",
      tax_unpaid_ytd: "0.00",
      tax_overpaid_ytd: "0.00",
      tax_transaction_id: expect.any(String),
    });
    // Same month, 1,000.00 more: pay to date 4,000.00 − 1,048.25 = 2,951.75 → 2,951 × 20 % = 590.20 due; 590.20 − 390.20 = 200.00.
    const second = await withdraw("1000.00");
    expect(second.body).toMatchObject({ tax_payable_on_transaction: "200.00", net_transaction_value: "800.00", total_withdrawal_for_tax_period: "4000.00", tax_paid_for_tax_period: "590.20" });
    await runJobs(t, ["withdrawal.payout"]);
    // 5,000.00 − 3,000.00 − 1,000.00 = 1,000.00 left.
    expect(await get(t, `/tenant/pots/v1/${potId}/value`)).toMatchObject({ total_cash_value: "1000.00", total_locked_cash_value: "0.00" });
    const { account_id } = await get(t, `/tenant/pots/v1/${potId}`);
    expect(await get(t, `/tenant/investor-accounts/v2/${account_id}`)).toMatchObject({
      current_year_total_gross_drawdown_withdrawal: "4000.00",
      current_year_total_net_drawdown_withdrawal: "3409.80",
      current_year_total_tax_paid_from_drawdown: "590.20",
      current_year_total_tax_paid: "590.20",
      current_year_total_withdrawals: "4000.00",
    });
    expect(await get(t, `/tenant/investors/v1/${investorId}`)).toMatchObject({ mpaa_triggered: true });
  });
});
