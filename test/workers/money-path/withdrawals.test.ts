import { describe, expect, it } from "vitest";
import { activeInvestor, createPot, fund, get, post, runJobs } from "../../helpers/money";
import { createInvestor } from "../../helpers/investors";
import { expectProblem, expectValidation } from "../../helpers/problem";
import { openSocket, subscribe } from "../../helpers/socket";
import { newTenant, type TestTenant } from "../../helpers/tenant";

async function setup(cash = "500.00", product = "general_investment_product") {
  const t = await newTenant();
  const { investorId, bankAccountId } = await activeInvestor(t);
  const potId = await createPot(t, investorId, {}, product);
  await fund(t, potId, cash);
  const { account_id: accountId } = await get(t, `/tenant/pots/v1/${potId}`);
  return { t, investorId, bankAccountId, potId, accountId };
}

const withdrawal = (potId: string, bankAccountId: string, fields: Record<string, unknown> = {}) => ({
  request_id: crypto.randomUUID(),
  pot_id: potId,
  currency: "GBP",
  transaction_value: "150.00",
  sub_transaction_type: "Withdrawal",
  bank_account_id: bankAccountId,
  ...fields,
});

const PATHS = ["/tenant/withdrawals/v1", "/tenant/transactions/v1/withdrawal"] as const;
const send = (t: TestTenant, json: unknown, path: string = PATHS[0], headers: Record<string, string> = {}) => t.fetch(path, { method: "POST", json, headers });
const value = (t: TestTenant, potId: string) => get(t, `/tenant/pots/v1/${potId}/value`);
const find = async (t: TestTenant, potId: string, id: string) => (await get(t, `/tenant/pots/v1/${potId}/transactions`)).transactions.find((x: any) => x.transaction_id === id);
const counters = async (t: TestTenant, accountId: string) => {
  const account = await get(t, `/tenant/investor-accounts/v2/${accountId}`);
  return { total: account.current_year_total_withdrawals, pending: account.current_year_pending_withdrawals, lifetime: account.total_withdrawals };
};

describe.each(PATHS)("withdrawals at %s", (path) => {
  it("locks the cash at once and pays out: pending/scheduled → pending/submitted → archived/settled", async () => {
    const { t, potId, bankAccountId, accountId } = await setup();
    const socket = await openSocket(t);
    await subscribe(socket, "transactions");
    const res = await send(t, withdrawal(potId, bankAccountId), path);
    expect(res.status).toBe(201);
    const body = (await res.json()) as any;
    const today = new Date().toISOString().slice(0, 10);
    expect(body).toMatchObject({
      transaction_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      pot_id: potId,
      primary_transaction_type: "Withdrawal",
      sub_transaction_type: "Withdrawal",
      investment_product_id: "cash",
      transaction_value: "150.00",
      currency: "GBP",
      direction: "out",
      type: "pending",
      sub_type: "scheduled",
      origin: "api",
      trade_date: today,
      withdrawal_charge_applicable: false,
      withdrawal_charge: "0.00",
    });
    expect(body.settlement_date > today).toBe(true);
    expect(await value(t, potId)).toMatchObject({ total_value: "500.00", total_cash_value: "500.00", total_free_cash_value: "350.00", total_locked_cash_value: "150.00" });
    expect(await counters(t, accountId)).toEqual({ total: "0.00", pending: "150.00", lifetime: "0.00" });

    await runJobs(t, ["withdrawal.payout"], 1);
    expect(await find(t, potId, body.transaction_id)).toMatchObject({ type: "pending", sub_type: "submitted" });
    expect(await value(t, potId)).toMatchObject({ total_free_cash_value: "350.00", total_locked_cash_value: "150.00" });

    await runJobs(t, ["withdrawal.payout"]);
    expect(await find(t, potId, body.transaction_id)).toMatchObject({ type: "archived", sub_type: "settled", settlement_date: today });
    expect(await value(t, potId)).toMatchObject({ total_value: "350.00", total_cash_value: "350.00", total_free_cash_value: "350.00", total_locked_cash_value: "0.00" });
    expect(await counters(t, accountId)).toEqual({ total: "150.00", pending: "0.00", lifetime: "150.00" });

    const payload = (f: Record<string, unknown>) => f.payload as Record<string, unknown>;
    await socket.waitFor((f) => f.type === "transaction_updated" && payload(f).sub_type === "settled");
    const trail = socket.frames.filter((f) => f.payload && payload(f).transaction_id === body.transaction_id).map((f) => `${f.type}:${payload(f).sub_type}`);
    expect(trail).toEqual(["transaction_initiated:scheduled", "transaction_updated:submitted", "transaction_updated:settled"]);
    socket.ws.close();
  });

  it("releases the cash when the bank rejects the payout (.13): archived/rejected, transaction_failed", async () => {
    const { t, potId, bankAccountId, accountId } = await setup();
    const socket = await openSocket(t);
    await subscribe(socket, "transactions");
    const body = (await (await send(t, withdrawal(potId, bankAccountId, { transaction_value: "100.13" }), path)).json()) as any;
    expect(await value(t, potId)).toMatchObject({ total_free_cash_value: "399.87", total_locked_cash_value: "100.13" });
    expect(await counters(t, accountId)).toEqual({ total: "0.00", pending: "100.13", lifetime: "0.00" });
    await runJobs(t, ["withdrawal.payout"]);
    expect(await find(t, potId, body.transaction_id)).toMatchObject({ type: "archived", sub_type: "rejected", reason: "sandbox: the receiving bank rejected the payment" });
    expect(await value(t, potId)).toMatchObject({ total_value: "500.00", total_free_cash_value: "500.00", total_locked_cash_value: "0.00" });
    expect(await counters(t, accountId)).toEqual({ total: "0.00", pending: "0.00", lifetime: "0.00" });
    const failed = await socket.waitFor((f) => f.type === "transaction_failed");
    expect(failed.payload).toMatchObject({ transaction_id: body.transaction_id, type: "archived", sub_type: "rejected" });
    socket.ws.close();
  });

  it("refuses more than the free cash (422 naming transaction_value), counting cash already locked", async () => {
    const { t, potId, bankAccountId, accountId } = await setup("200.00");
    const over = await expectProblem(await send(t, withdrawal(potId, bankAccountId, { transaction_value: "200.01" }), path), 422, "insufficient_funds");
    expect(over.errors?.map((e) => e.field)).toEqual(["transaction_value"]);
    expect((await send(t, withdrawal(potId, bankAccountId, { transaction_value: "150.00" }), path)).status).toBe(201);
    await expectProblem(await send(t, withdrawal(potId, bankAccountId, { transaction_value: "50.01" }), path), 422, "insufficient_funds");
    expect(await value(t, potId)).toMatchObject({ total_free_cash_value: "50.00", total_locked_cash_value: "150.00" });
    expect(await counters(t, accountId)).toEqual({ total: "0.00", pending: "150.00", lifetime: "0.00" });
  });

  it("pays only to an active bank account of the pot's investor (400 naming bank_account_id)", async () => {
    const { t, potId, investorId } = await setup();
    const other = await newTenant();
    const { bankAccountId: foreign } = await activeInvestor(other);
    const { bankAccountId: someoneElse } = await activeInvestor(t);
    const inactive = await post(t, "/tenant/bank-accounts/v1", {
      investor_id: investorId,
      account_name: "Old",
      bank_account_type: "investor",
      default_account: "no",
      bank_account_number: "87654321",
      sort_code: "65-43-21",
      account_status: "inactive",
    });
    expect(inactive.status).toBe(201);
    for (const [id, message] of [
      ["ba-unknown", "not a bank account of this pot's investor"],
      [foreign, "not a bank account of this pot's investor"],
      [someoneElse, "not a bank account of this pot's investor"],
      [inactive.body.bank_account_id, "the bank account is not active"],
    ]) {
      const problem = await expectValidation(await send(t, withdrawal(potId, id as string), path), ["bank_account_id"]);
      expect(problem.errors?.[0]?.message).toBe(message);
    }
    expect(await value(t, potId)).toMatchObject({ total_free_cash_value: "500.00", total_locked_cash_value: "0.00" });
  });
});

describe("withdrawal rules", () => {
  it("applies sub type rules by product: Income Withdrawal only SIPP FAD, Closing withdrawal only ISA", async () => {
    const t = await newTenant();
    const { investorId, bankAccountId } = await activeInvestor(t);
    const pots: Record<string, string> = {};
    for (const product of ["general_investment_product", "stocks_isa", "sipp_fad", "sipp_accumulation"]) {
      pots[product] = await createPot(t, investorId, {}, product);
      await fund(t, pots[product] as string, "100.00", product === "sipp_accumulation" ? { sub_transaction_type: "Lump sum - non relievable" } : {});
    }
    const attempt = (product: string, type: string) => send(t, withdrawal(pots[product] as string, bankAccountId, { sub_transaction_type: type, transaction_value: "10.00" }));
    await expectValidation(await attempt("general_investment_product", "Income Withdrawal"), ["sub_transaction_type"]);
    await expectValidation(await attempt("stocks_isa", "Income Withdrawal"), ["sub_transaction_type"]);
    await expectValidation(await attempt("sipp_accumulation", "Income Withdrawal"), ["sub_transaction_type"]);
    await expectValidation(await attempt("general_investment_product", "Closing withdrawal"), ["sub_transaction_type"]);
    await expectValidation(await attempt("sipp_fad", "Closing withdrawal"), ["sub_transaction_type"]);
    await expectValidation(await attempt("sipp_fad", "Withdrawal"), ["sub_transaction_type"]);
    await expectValidation(await attempt("sipp_accumulation", "Withdrawal"), ["sub_transaction_type"]);

    expect((await attempt("sipp_fad", "Income Withdrawal")).status).toBe(201);
    expect((await attempt("stocks_isa", "Closing withdrawal")).status).toBe(201);
    expect((await attempt("stocks_isa", "Withdrawal")).status).toBe(201);
    expect((await attempt("general_investment_product", "Withdrawal")).status).toBe(201);
    expect(await value(t, pots.stocks_isa as string)).toMatchObject({ total_locked_cash_value: "20.00" });
    expect(await value(t, pots.sipp_accumulation as string)).toMatchObject({ total_locked_cash_value: "0.00" });
  });

  it("validates currency, amount and minimum, dealing status, unknown and foreign pots; writes nothing", async () => {
    const { t, potId, bankAccountId } = await setup();
    const other = await newTenant();
    const { investorId: foreignInvestor } = await activeInvestor(other);
    const foreignPot = await createPot(other, foreignInvestor);
    await expectValidation(await send(t, withdrawal(potId, bankAccountId, { currency: "USD" })), ["currency"]);
    await expectValidation(await send(t, withdrawal(potId, bankAccountId, { transaction_value: "0.99" })), ["transaction_value"]);
    await expectValidation(await send(t, withdrawal(potId, bankAccountId, { transaction_value: "10.001" })), ["transaction_value"]);
    await expectValidation(await send(t, withdrawal(potId, bankAccountId, { transaction_value: 10 })), ["transaction_value"]);
    await expectValidation(await send(t, withdrawal(potId, bankAccountId, { sub_transaction_type: "PCLS Withdrawal" })), ["sub_transaction_type"]);
    await expectValidation(await send(t, { ...withdrawal(potId, bankAccountId), bank_account_id: undefined }), ["bank_account_id"]);
    await expectProblem(await send(t, withdrawal("pot-NOPE000000", bankAccountId)), 404, "resource_not_found");
    await expectProblem(await send(t, withdrawal(foreignPot, bankAccountId)), 404, "resource_not_found");

    const { body: pending } = await createInvestor(t, {
      kyc_aml_status: "clear",
      bank_accounts: [{ account_name: "Main", default_account: "yes", bank_account_number: "12345678", sort_code: "12-34-56", account_status: "active" }],
    });
    const pendingPot = await createPot(t, pending.investor_id);
    const bank = (pending.bank_accounts as Array<{ bank_account_id: string }>)[0]?.bank_account_id as string;
    const dealing = await expectValidation(await send(t, withdrawal(pendingPot, bank)), ["pot_id"]);
    expect(dealing.errors?.[0]?.message).toContain("not active for dealing");
    expect(await value(t, potId)).toMatchObject({ total_free_cash_value: "500.00", total_locked_cash_value: "0.00" });
  });

  it("replays a retried withdrawal (Idempotency-Key) and refuses a reused request_id, locking once", async () => {
    const { t, potId, bankAccountId } = await setup();
    const body = withdrawal(potId, bankAccountId);
    const key = crypto.randomUUID();
    const first = await send(t, body, PATHS[0], { "Idempotency-Key": key });
    const retry = await send(t, body, PATHS[0], { "Idempotency-Key": key });
    expect(retry.status).toBe(201);
    expect(await retry.json()).toEqual(await first.json());
    expect((await send(t, body)).status).toBe(400);
    expect(await value(t, potId)).toMatchObject({ total_free_cash_value: "350.00", total_locked_cash_value: "150.00" });
  });
});
