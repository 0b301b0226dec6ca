import { describe, expect, it } from "vitest";
import { createInvestor } from "../../helpers/investors";
import { expectProblem, expectValidation } from "../../helpers/problem";
import { newTenant, type TestTenant } from "../../helpers/tenant";

const ACCOUNT = {
  account_name: "David Brown",
  bank_account_type: "investor",
  default_account: "yes",
  bank_account_number: "12345678",
  account_status: "active",
  sort_code: "123456",
  building_society_roll_number: "12345672",
};

/** The raw answer to a bank-account create (for failure cases). */
function postAccount(t: TestTenant, investorId: string, fields: Record<string, unknown> = {}) {
  return t.fetch("/tenant/bank-accounts/v1", { method: "POST", json: { ...ACCOUNT, investor_id: investorId, ...fields } });
}
function postInvestor(t: TestTenant, fields: Record<string, unknown>) {
  return t.fetch("/tenant/investors/v1", { method: "POST", json: { first_name: "Ada", last_name: "Lovelace", ...fields } });
}

type Account = Record<string, unknown> & { bank_account_id: string; reference_version: number };

async function createAccount(t: TestTenant, investorId: string, fields: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const res = await t.fetch("/tenant/bank-accounts/v1", { method: "POST", headers, json: { ...ACCOUNT, investor_id: investorId, ...fields } });
  return { res, body: (await res.json()) as Account };
}

describe("bank accounts", () => {
  it("creates with masked numbers, reads back from D1, lists under bankAccounts and shows the id on the investor", async () => {
    const t = await newTenant();
    const { body: investor } = await createInvestor(t);
    const { res, body } = await createAccount(t, investor.investor_id);
    expect(res.status).toBe(201);
    expect(body).toEqual({
      bank_account_id: expect.stringMatching(/^ba-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/),
      investor_id: investor.investor_id,
      account_name: "David Brown",
      bank_account_type: "investor",
      default_account: "yes",
      bank_account_number: "****5678",
      account_status: "active",
      sort_code: "****56",
      building_society_roll_number: "******72",
      reference_version: 1,
      created_at: expect.any(String),
      updated_at: expect.any(String),
    });
    expect(JSON.stringify(body)).not.toContain("12345678");
    const got = await t.fetch(`/tenant/bank-accounts/v1/${body.bank_account_id}`);
    expect(await got.json()).toEqual(body);
    const second = await createAccount(t, investor.investor_id, { bank_account_number: "876543", default_account: "no", account_status: undefined, sort_code: undefined, building_society_roll_number: undefined });
    expect(second.body).toMatchObject({ account_status: "inactive", bank_account_number: "**6543" });
    // Absent optional fields are omitted, not null.
    expect(second.body).not.toHaveProperty("sort_code");
    expect(second.body).not.toHaveProperty("building_society_roll_number");
    const list = await t.fetch(`/tenant/bank-accounts/v1?investor_id=${investor.investor_id}`);
    expect(await list.json()).toEqual({ bankAccounts: [body, second.body] });
    const inv = (await (await t.fetch(`/tenant/investors/v1/${investor.investor_id}`)).json()) as Record<string, unknown>;
    expect(inv.bank_accounts).toEqual([body.bank_account_id, second.body.bank_account_id]);
    expect(inv.reference_version).toBe(1);
  });

  it.each([
    ["missing required fields", { account_name: undefined, default_account: undefined }, ["account_name", "default_account"]],
    ["number too short / too long", { bank_account_number: "12345" }, ["bank_account_number"]],
    ["number too long", { bank_account_number: "123456789" }, ["bank_account_number"]],
    ["number as JSON number", { bank_account_number: 12345678 }, ["bank_account_number"]],
    ["bad enums", { bank_account_type: "savings", default_account: "maybe", account_status: "open" }, ["bank_account_type", "default_account", "account_status"]],
    ["sort code shape", { sort_code: "12345" }, ["sort_code"]],
    ["roll number too long", { building_society_roll_number: "1234567890123456789" }, ["building_society_roll_number"]],
    ["account name too long", { account_name: "x".repeat(101) }, ["account_name"]],
    ["employer account without party", { bank_account_type: "contributing_employer" }, ["contributing_party_id"]],
    ["unknown investor", { investor_id: "inv-NOP00000" }, ["investor_id"]],
    ["unknown contributing employer", { bank_account_type: "contributing_employer", contributing_party_id: "cem-NOP00000", default_account: "no" }, ["contributing_party_id"]],
  ])("rejects %s", async (_name, fields, errors) => {
    const t = await newTenant();
    const { body: investor } = await createInvestor(t);
    await expectValidation(await postAccount(t, investor.investor_id, fields), errors);
    const list = await t.fetch(`/tenant/bank-accounts/v1?investor_id=${investor.investor_id}`);
    expect(await list.json()).toEqual({ bankAccounts: [] });
  });

  it("keeps account numbers unique per investor and allows one default", async () => {
    const t = await newTenant();
    const { body: a } = await createInvestor(t);
    const { body: b } = await createInvestor(t);
    expect((await postAccount(t, a.investor_id)).status).toBe(201);
    await expectValidation(await postAccount(t, a.investor_id, { default_account: "no" }), ["bank_account_number"]);
    const twoDefaults = await expectValidation(await postAccount(t, a.investor_id, { bank_account_number: "11112222" }), ["default_account"]);
    expect(twoDefaults.errors?.[0]?.message).toBe("Only one bank account can be set as the default account");
    expect((await postAccount(t, b.investor_id)).status).toBe(201);
  });

  it("updates name, status and default (moving it), answers 201, and refuses immutable fields and stale versions", async () => {
    const t = await newTenant();
    const { body: investor } = await createInvestor(t);
    const { body: first } = await createAccount(t, investor.investor_id);
    const { body: second } = await createAccount(t, investor.investor_id, { bank_account_number: "22223333", default_account: "no" });
    const patch = (id: string, json: unknown) => t.fetch(`/tenant/bank-accounts/v1/${id}`, { method: "PATCH", json });

    const renamed = await patch(second.bank_account_id, { reference_version: 1, account_name: "Joint", account_status: "inactive", unknown_field: 1 });
    expect(renamed.status).toBe(201);
    expect(await renamed.json()).toMatchObject({ account_name: "Joint", account_status: "inactive", reference_version: 2, default_account: "no" });

    await expectValidation(await patch(first.bank_account_id, { reference_version: 1, default_account: "no" }), ["default_account"]);
    await expectValidation(await patch(first.bank_account_id, { reference_version: 1, bank_account_number: "99998888", sort_code: "654321" }), ["bank_account_number", "sort_code"]);
    await expectValidation(await patch(first.bank_account_id, { account_name: "x" }), ["reference_version"]);

    const moved = await patch(second.bank_account_id, { reference_version: 2, default_account: "yes" });
    expect(await moved.json()).toMatchObject({ default_account: "yes", reference_version: 3 });
    const old = await (await t.fetch(`/tenant/bank-accounts/v1/${first.bank_account_id}`)).json();
    expect(old).toMatchObject({ default_account: "no", reference_version: 2, bank_account_number: "****5678" });

    const stale = await expectProblem(await patch(second.bank_account_id, { reference_version: 2, account_name: "Late" }), 409, "version_conflict");
    expect(stale.current_reference_version).toBe(3);
    await expectProblem(await patch("ba-00000000-0000-4000-8000-000000000000", { reference_version: 1 }), 404, "resource_not_found");
  });

  it("replays an idempotent create instead of creating twice", async () => {
    const t = await newTenant();
    const { body: investor } = await createInvestor(t);
    const key = crypto.randomUUID();
    const first = await createAccount(t, investor.investor_id, {}, { "idempotency-key": key });
    const again = await createAccount(t, investor.investor_id, {}, { "idempotency-key": key });
    expect(again.res.status).toBe(201);
    expect(again.res.headers.get("idempotent-replayed")).toBe("true");
    expect(again.body).toEqual(first.body);
    const list = (await (await t.fetch(`/tenant/bank-accounts/v1?investor_id=${investor.investor_id}`)).json()) as { bankAccounts: unknown[] };
    expect(list.bankAccounts).toHaveLength(1);
  });

  it("treats another tenant's investor and account ids as missing", async () => {
    const t = await newTenant();
    const other = await newTenant();
    const { body: investor } = await createInvestor(t);
    const { body: account } = await createAccount(t, investor.investor_id);
    await expectProblem(await other.fetch(`/tenant/bank-accounts/v1/${account.bank_account_id}`), 404, "resource_not_found");
    await expectProblem(await other.fetch(`/tenant/bank-accounts/v1?investor_id=${investor.investor_id}`), 404, "resource_not_found");
    await expectProblem(await other.fetch(`/tenant/bank-accounts/v1/${account.bank_account_id}`, { method: "PATCH", json: { reference_version: 1, account_name: "X" } }), 404, "resource_not_found");
    await expectValidation(await postAccount(other, investor.investor_id), ["investor_id"]);
    await expectValidation(await t.fetch("/tenant/bank-accounts/v1"), ["investor_id"]);
  });

  it("creates an investor with its (at most one) bank account in the same command", async () => {
    const t = await newTenant();
    const item = { account_name: "Ada", default_account: "yes", bank_account_number: "12345678", sort_code: "12-34-56" };
    const { res, body } = await createInvestor(t, { bank_accounts: [item] });
    expect(res.status).toBe(201);
    const accounts = body.bank_accounts as Account[];
    expect(accounts).toEqual([
      expect.objectContaining({ bank_account_id: expect.stringMatching(/^ba-/), investor_id: body.investor_id, bank_account_number: "****5678", sort_code: "******56", account_status: "inactive", bank_account_type: "investor", status: "success", reference_version: 1 }),
    ]);
    const got = (await (await t.fetch(`/tenant/investors/v1/${body.investor_id}`)).json()) as Record<string, unknown>;
    expect(got.bank_accounts).toEqual([accounts[0]!.bank_account_id]);

    await expectValidation(await postInvestor(t, { bank_accounts: [item, { ...item, bank_account_number: "87654321" }] }), ["bank_accounts"]);
    await expectValidation(await postInvestor(t, { bank_accounts: [{ ...item, bank_account_number: "12" }] }), ["bank_accounts.0.bank_account_number"]);
    const investors = (await (await t.fetch("/tenant/investors/v1")).json()) as { investors: unknown[] };
    expect(investors.investors).toHaveLength(1);
  });

  it("never makes a contributing employer's account the investor's default", async () => {
    const t = await newTenant();
    const { body: investor } = await createInvestor(t);
    const employer = await t.fetch("/tenant/contributing-employers/v1", {
      method: "POST",
      json: { name: "Acme Ltd", investor_id: investor.investor_id, registration_number: "RC123456", address: { postal_code: "EC1A 1BB", country: "GBR" }, status: "active" },
    });
    expect(employer.status).toBe(201);
    const { contributing_employer_id } = (await employer.json()) as { contributing_employer_id: string };
    const asEmployer = { bank_account_type: "contributing_employer", contributing_party_id: contributing_employer_id };
    await expectValidation(await postAccount(t, investor.investor_id, { ...asEmployer, default_account: "yes" }), ["default_account"]);
    const { res, body } = await createAccount(t, investor.investor_id, { ...asEmployer, default_account: "no" });
    expect(res.status).toBe(201);
    const patch = await t.fetch(`/tenant/bank-accounts/v1/${body.bank_account_id}`, { method: "PATCH", json: { reference_version: body.reference_version, default_account: "yes" } });
    await expectValidation(patch, ["default_account"]);
  });
});
