import { describe, expect, it } from "vitest";
import { createInvestor } from "../../helpers/investors";
import { addProduct, createPot, fund, get, post, runJobs } from "../../helpers/money";
import { advance, sandboxTenantAt } from "../../helpers/clock";
import { expectValidation } from "../../helpers/problem";
import type { TestTenant } from "../../helpers/tenant";

async function setup(amount: string) {
  const t = await sandboxTenantAt("2025-04-10T09:00:00Z");
  const { body } = await createInvestor(t, {
    kyc_aml_status: "clear",
    dealing_status: "active",
    date_of_birth: "1960-05-01",
    bank_accounts: [{ account_name: "Main", default_account: "yes", bank_account_number: "12345678", sort_code: "12-34-56", account_status: "active" }],
  });
  const investorId = body.investor_id;
  const bankAccountId = (body.bank_accounts as Array<{ bank_account_id: string }>)[0]!.bank_account_id;
  const acc = await createPot(t, investorId, {}, "sipp_accumulation");
  await fund(t, acc, amount, { sub_transaction_type: "Lump sum - non relievable" });
  const fad = await createPot(t, investorId, {}, "sipp_fad");
  return { t, investorId, bankAccountId, acc, fad };
}

const crystallise = (t: TestTenant, investorId: string, bankAccountId: string, instructions: unknown[], drawdown: unknown[]) =>
  post(t, "/tenant/pots/v1/crystallisation", { request_id: crypto.randomUUID(), investor_id: investorId, bank_account_id: bankAccountId, crystallisation_instructions: instructions, drawdown_instructions: drawdown });

const listed = async (t: TestTenant, query: string) => (await get(t, `/tenant/pots/v1/crystallisation${query}`)).crystallisations;

describe("crystallisation", () => {
  it("100,000.00: 25,000.00 tax-free to the bank, 75,000.00 to the FAD pot, LSA counters move", async () => {
    const { t, investorId, bankAccountId, acc, fad } = await setup("100000.00");
    const { status, body } = await crystallise(t, investorId, bankAccountId, [{ pot_id: acc, value: "100000.00" }], [{ pot_id: fad, purpose: "cash", percentage: "100.00" }]);
    expect(status, JSON.stringify(body)).toBe(201);
    expect(body).toMatchObject({ crystallisation_id: expect.stringMatching(/^SIPPCR-/), status: "Accepted", allocation_details: [] });
    expect(await listed(t, `?status=Accepted&investor_id=${investorId}`)).toHaveLength(1);

    await runJobs(t, ["crystallisation.process", "withdrawal.payout"]);
    const [done] = await listed(t, `?crystallisation_id=${body.crystallisation_id}`);
    expect(done).toMatchObject({
      status: "Completed",
      allocation_details: [{ accumulation_pot_id: acc, crystallisation_amount: "100000.00", pcls_amount: "25000.00", drawdown_amount: "75000.00", drawdown_allocation: [{ pot_id: fad, amount: "75000.00" }], status: "Completed" }],
      // LSA left: 268,275.00 − 25,000.00 = 243,275.00.
      investor_drawdown_statistics: { total_crystallisation_amount: "100000.00", total_drawdown_amount: "75000.00", pcls_allowance_utilized: "25000.00", pcls_allowance_remaining: "243275.00" },
    });
    expect(await listed(t, "?status=Accepted")).toHaveLength(0);
    expect(await get(t, `/tenant/pots/v1/${acc}/value`)).toMatchObject({ total_value: "0.00" });
    expect(await get(t, `/tenant/pots/v1/${fad}/value`)).toMatchObject({ total_cash_value: "75000.00" });
    const { transactions } = await get(t, `/tenant/pots/v1/${acc}/transactions`);
    expect(transactions.find((x: any) => x.sub_transaction_type === "PCLS")).toMatchObject({ transaction_value: "25000.00", type: "archived", sub_type: "settled" });
    const { account_id } = await get(t, `/tenant/pots/v1/${acc}`);
    // 25,000 / 268,275 = 9.3188 % ; 25,000 / 1,073,100 = 2.3297 %.
    expect(await get(t, `/tenant/investor-accounts/v2/${account_id}`)).toMatchObject({ lsa_utilised: "25000.00", lsa_percentage_used: "9.32", lsdba_utilised: "25000.00", lsdba_percentage_used: "2.33" });
  });

  it("a second crystallisation is capped by the Lump Sum Allowance left", async () => {
    const { t, investorId, bankAccountId, acc, fad } = await setup("1100000.00");
    const fad2 = await createPot(t, investorId, { pot_name: "Second" }, "sipp_fad");
    await crystallise(t, investorId, bankAccountId, [{ pot_id: acc, value: "1000000.00" }], [{ pot_id: fad, purpose: "cash", percentage: "100.00" }]);
    await runJobs(t, ["crystallisation.process"]);
    // First: 25 % of 1,000,000.00 = 250,000.00 (within 268,275.00); 18,275.00 left.
    const second = await crystallise(t, investorId, bankAccountId, [{ pot_id: acc, percentage: "100.00" }], [{ pot_id: fad, purpose: "cash", percentage: "60.00" }, { pot_id: fad2, purpose: "cash", percentage: "40.00" }]);
    expect(second.status).toBe(201);
    await runJobs(t, ["crystallisation.process", "withdrawal.payout"]);
    const [done] = await listed(t, `?crystallisation_id=${second.body.crystallisation_id}`);
    // The free cash left is 100,000.00; tax-free min(25,000.00, 18,275.00) = 18,275.00; 81,725.00 to drawdown:
    // 60 % = 49,035.00 and 40 % = 32,690.00.
    expect(done).toMatchObject({
      status: "Completed",
      allocation_details: [{ crystallisation_amount: "100000.00", pcls_amount: "18275.00", drawdown_amount: "81725.00", drawdown_allocation: [{ pot_id: fad, amount: "49035.00" }, { pot_id: fad2, amount: "32690.00" }] }],
      investor_drawdown_statistics: { pcls_allowance_utilized: "18275.00", pcls_allowance_remaining: "0.00" },
    });
    expect(await get(t, `/tenant/pots/v1/${fad}/value`)).toMatchObject({ total_cash_value: "799035.00" });
    const { account_id } = await get(t, `/tenant/pots/v1/${acc}`);
    expect(await get(t, `/tenant/investor-accounts/v2/${account_id}`)).toMatchObject({ lsa_utilised: "268275.00", lsa_percentage_used: "100.00" });
  });

  it("fails an instruction the pot cannot cover and refuses bad requests with field problems", async () => {
    const { t, investorId, bankAccountId, acc, fad } = await setup("1000.00");
    const { body } = await crystallise(t, investorId, bankAccountId, [{ pot_id: acc, value: "5000.00" }], [{ pot_id: fad, purpose: "cash", percentage: "100.00" }]);
    await runJobs(t, ["crystallisation.process"]);
    const [done] = await listed(t, `?crystallisation_id=${body.crystallisation_id}`);
    expect(done).toMatchObject({ status: "Failed", reason: expect.stringContaining("free cash") });
    expect(await get(t, `/tenant/pots/v1/${acc}/value`)).toMatchObject({ total_cash_value: "1000.00" });

    const send = (json: Record<string, unknown>) => t.fetch("/tenant/pots/v1/crystallisation", { method: "POST", json: { request_id: crypto.randomUUID(), investor_id: investorId, bank_account_id: bankAccountId, crystallisation_instructions: [{ pot_id: acc, value: "10.00" }], drawdown_instructions: [{ pot_id: fad, purpose: "cash", percentage: "100.00" }], ...json } });
    await expectValidation(await send({ drawdown_instructions: [{ pot_id: fad, purpose: "cash", percentage: "90.00" }] }), ["drawdown_instructions"]);
    await expectValidation(await send({ crystallisation_instructions: [{ pot_id: fad, value: "10.00" }] }), ["crystallisation_instructions.0.pot_id"]);
    await expectValidation(await send({ drawdown_instructions: [{ pot_id: acc, purpose: "cash", percentage: "100.00" }] }), ["drawdown_instructions.0.pot_id"]);
    await expectValidation(await send({ crystallisation_instructions: [{ pot_id: acc, value: "10.00", percentage: "5.00" }] }), ["crystallisation_instructions.0.value"]);
    await expectValidation(await send({ bank_account_id: "ba-nope" }), ["bank_account_id"]);
  });

  it("sells units first when a by-value instruction needs more than the free cash", async () => {
    const { t, investorId, bankAccountId, acc, fad } = await setup("10000.00");
    await addProduct(t, "GB00PENSION1", "100.0000", { close_price_on_date: "2025-04-09" });
    const bought = await post(t, "/tenant/transactions/v1/buy", { request_id: crypto.randomUUID(), pot_id: acc, investment_instructions: [{ investment_product_id: "GB00PENSION1", value: "6000.00" }] });
    expect(bought.status, JSON.stringify(bought.body)).toBe(201);
    // Traded Thursday 10 April, T+2: settles Monday 14 April.
    await advance(t, { to: "2025-04-15T11:00:00Z" });
    expect(await get(t, `/tenant/pots/v1/${acc}/value`)).toMatchObject({ total_value: "10000.00", total_cash_value: "4000.00" });

    const { body } = await crystallise(t, investorId, bankAccountId, [{ pot_id: acc, value: "10000.00" }], [{ pot_id: fad, purpose: "cash", percentage: "100.00" }]);
    // Short by 6,000.00: 60 units are sold at 100.0000 (traded 15 April, settled 17 April), then 10,000.00 crystallises.
    await advance(t, { to: "2025-04-22T12:00:00Z" });
    const [done] = await listed(t, `?crystallisation_id=${body.crystallisation_id}`);
    expect(done).toMatchObject({ status: "Completed", allocation_details: [{ crystallisation_amount: "10000.00", pcls_amount: "2500.00", drawdown_amount: "7500.00" }] });
    const { transactions } = await get(t, `/tenant/pots/v1/${acc}/transactions`);
    expect(transactions.find((x: any) => x.primary_transaction_type === "Sell")).toMatchObject({ origin: "system", type: "archived", sub_type: "settled", transaction_quantity: "60.0000" });
    expect(await get(t, `/tenant/pots/v1/${fad}/value`)).toMatchObject({ total_cash_value: "7500.00" });
  });
});
