import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createInvestor } from "../../helpers/investors";
import { activeInvestor, createPot, fund } from "../../helpers/money";
import { ADDRESS, send } from "../../helpers/parties";
import { cloneRows, cloneSuffix, withClones } from "../../helpers/read-model";
import { newTenant } from "../../helpers/tenant";

// Lists whose page (or filter) holds far more than D1's 100 bound parameters: every list binds a
// list of ids or values as one JSON parameter, so a full page answers 200 with every item.
const OVER_100 = 150;
const ACCOUNT = { account_name: "Main", default_account: "yes", bank_account_number: "12345678", sort_code: "12-34-56", account_status: "active" };

/** The one projected row of `kind` owned by the pot, as the wire names its fields. */
async function projected(tenantId: string, kind: string, potId: string) {
  const row = await env.DB.prepare("SELECT id, data FROM resources WHERE tenant_id = ? AND kind = ? AND owner_id = ?").bind(tenantId, kind, potId).first<{ id: string; data: string }>();
  if (!row) throw new Error(`no ${kind} of ${potId}`);
  const data = JSON.parse(row.data) as { status?: string; sub_transaction_type?: string };
  return { transaction_id: row.id, status: data.status ?? "", sub_transaction_type: data.sub_transaction_type ?? "" };
}

function sorted(ids: string[]): string[] {
  return [...ids].sort();
}

describe("full pages of the read model", () => {
  it("lists 2,000 investors (the maximum page size), each with its own bank account", async () => {
    const t = await newTenant();
    const { investorId, bankAccountId } = await activeInvestor(t);
    await cloneRows(t.id, "investor", investorId, 1999);
    await cloneRows(t.id, "bank_account", bankAccountId, 1999, { suffixOwner: true, suffixFields: ["investor_id"] });

    const res = await t.fetch("/tenant/investors/v1?page_size=2000&page_number=1");
    expect(res.status).toBe(200);
    const body = (await res.json()) as { investors: Array<{ investor_id: string; bank_accounts: string[] }>; next_page_available: boolean };
    expect(body.next_page_available).toBe(false);
    expect(sorted(body.investors.map((i) => i.investor_id))).toEqual(sorted(withClones(investorId, 1999)));
    const byId = new Map(body.investors.map((i) => [i.investor_id, i.bank_accounts]));
    expect(byId.get(investorId)).toEqual([bankAccountId]);
    expect(byId.get(`${investorId}${cloneSuffix(1234)}`)).toEqual([`${bankAccountId}${cloneSuffix(1234)}`]);
    // Newest first: the source, then its copies one second older each.
    expect(body.investors.slice(0, 3).map((i) => i.investor_id)).toEqual(withClones(investorId, 2));
  });

  it("lists more than 100 organisations at the maximum page size, each with its bank account", async () => {
    const t = await newTenant();
    const { res, body } = await send(t, "POST", "/tenant/investor-organisations/v1", { organisation_name: "ABC Ltd", address: ADDRESS, bank_accounts: [ACCOUNT] });
    expect(res.status).toBe(201);
    const orgId = body.investor_id as string;
    const bankId = (body.bank_accounts as Array<{ bank_account_id: string }>)[0]?.bank_account_id as string;
    await cloneRows(t.id, "investor_organisation", orgId, OVER_100 - 1);
    await cloneRows(t.id, "bank_account", bankId, OVER_100 - 1, { suffixOwner: true, suffixFields: ["investor_id"] });

    const list = await send(t, "GET", "/tenant/investor-organisations/v1?page_size=3000&page_number=1");
    expect(list.res.status).toBe(200);
    const orgs = list.body.organisations as Array<{ investor_id: string; bank_accounts: Array<string | { bank_account_id: string }> }>;
    expect(sorted(orgs.map((o) => o.investor_id))).toEqual(sorted(withClones(orgId, OVER_100 - 1)));
    const copy = orgs.find((o) => o.investor_id === `${orgId}${cloneSuffix(77)}`);
    expect(JSON.stringify(copy?.bank_accounts)).toContain(`${bankId}${cloneSuffix(77)}`);
  });

  it("lists contributing employers of more than 100 investors, each with its bank account", async () => {
    const t = await newTenant();
    const { body: investor } = await createInvestor(t);
    const created = await send(t, "POST", "/tenant/contributing-employers/v1", {
      name: "Acme Ltd", investor_id: investor.investor_id, registration_number: "12345678", address: ADDRESS, status: "active",
      bank_accounts: [{ ...ACCOUNT, default_account: "no" }],
    });
    expect(created.res.status).toBe(201);
    const employerId = created.body.contributing_employer_id as string;
    const bankId = (created.body.bank_accounts as Array<{ bank_account_id: string }>)[0]?.bank_account_id as string;
    // One employer per (cloned) investor: the bank-account lookup spans 150 owners.
    await cloneRows(t.id, "contributing_employer", employerId, OVER_100 - 1, { suffixFields: ["investor_id"] });
    await cloneRows(t.id, "bank_account", bankId, OVER_100 - 1, { suffixOwner: true, suffixFields: ["investor_id", "contributing_party_id"] });

    const list = await send(t, "GET", "/tenant/contributing-employers/v1");
    expect(list.res.status).toBe(200);
    const employers = list.body.contributingEmployers as Array<{ contributing_employer_id: string; bank_accounts: string[] }>;
    expect(sorted(employers.map((e) => e.contributing_employer_id))).toEqual(sorted(withClones(employerId, OVER_100 - 1)));
    const copy = employers.find((e) => e.contributing_employer_id === `${employerId}${cloneSuffix(120)}`);
    expect(copy?.bank_accounts).toEqual([`${bankId}${cloneSuffix(120)}`]);
  });

  it("lists more than 100 bank accounts and pots of one investor", async () => {
    const t = await newTenant();
    const { investorId, bankAccountId } = await activeInvestor(t);
    const potId = await createPot(t, investorId);
    await cloneRows(t.id, "bank_account", bankAccountId, OVER_100 - 1, { setFields: { default_account: "no" } });
    await cloneRows(t.id, "pot", potId, OVER_100 - 1);

    const accounts = await send(t, "GET", `/tenant/bank-accounts/v1?investor_id=${investorId}`);
    expect(accounts.res.status).toBe(200);
    const accountIds = (accounts.body.bankAccounts as Array<{ bank_account_id: string }>).map((a) => a.bank_account_id);
    expect(sorted(accountIds)).toEqual(sorted(withClones(bankAccountId, OVER_100 - 1)));

    const pots = await send(t, "GET", `/tenant/pots/v1?investor_id=${investorId}`);
    expect(pots.res.status).toBe(200);
    expect(sorted((pots.body.pots as Array<{ pot_id: string }>).map((p) => p.pot_id))).toEqual(sorted(withClones(potId, OVER_100 - 1)));
  });

  it("filters more than 100 transactions and payments by pot, investor and comma-separated values", async () => {
    const t = await newTenant();
    const { investorId } = await activeInvestor(t);
    const potId = await createPot(t, investorId);
    await fund(t, potId, "10.00");
    const payment = await projected(t.id, "payment", potId);
    const transaction = await projected(t.id, "transaction", potId);
    await cloneRows(t.id, "payment", payment.transaction_id, OVER_100 - 1, { suffixFields: ["transaction_id"] });
    await cloneRows(t.id, "transaction", transaction.transaction_id, OVER_100 - 1, { suffixFields: ["transaction_id"] });

    const paymentIds = sorted(withClones(payment.transaction_id, OVER_100 - 1));
    for (const query of [
      `?pot_id=${potId}&page_size=8000&page_number=1`,
      `?investor_id=${investorId},inv-OTHER0001&status=${payment.status},failed&page_size=8000&page_number=1`,
    ]) {
      const res = await send(t, "GET", `/tenant/payments/v1/${query}`);
      expect(res.res.status).toBe(200);
      expect(sorted((res.body.payments as Array<{ transaction_id: string }>).map((p) => p.transaction_id))).toEqual(paymentIds);
    }

    const txIds = sorted(withClones(transaction.transaction_id, OVER_100 - 1));
    const types = `${transaction.sub_transaction_type},Withdrawal`;
    for (const path of [
      `/tenant/transactions/v1?pot_id=${potId}&sub_transaction_type=${types}&page_size=4000&page_number=1`,
      `/tenant/transactions/v1?investor_id=${investorId}&page_size=4000&page_number=1`,
      `/tenant/pots/v1/${potId}/transactions?sub_transaction_type=${types}&page_size=8000&page_number=1`,
    ]) {
      const res = await send(t, "GET", path);
      expect(res.res.status).toBe(200);
      expect(sorted((res.body.transactions as Array<{ transaction_id: string }>).map((x) => x.transaction_id))).toEqual(txIds);
    }
  });
});
