import { describe, expect, it } from "vitest";
import { createInvestor } from "../../helpers/investors";
import { activity, ADDRESS, send } from "../../helpers/parties";
import { expectProblem, expectValidation } from "../../helpers/problem";
import { newTenant, type TestTenant } from "../../helpers/tenant";

const PATH = "/tenant/contributing-employers/v1";
const ACCOUNT = { account_name: "Acme payroll", default_account: "no", bank_account_number: "11223344", sort_code: "112233", account_status: "active" };

function createEmployer(t: TestTenant, investorId: string, fields: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return send(t, "POST", PATH, { name: "Acme Ltd", investor_id: investorId, registration_number: "12345678", address: ADDRESS, status: "active", ...fields }, headers);
}
async function listFor(t: TestTenant, investorId?: string) {
  return (await send(t, "GET", investorId ? `${PATH}?investor_id=${investorId}` : PATH)).body;
}

describe("contributing employers", () => {
  it("creates with its bank account (an employer account of the investor), reads back and emits contributing_employer_created", async () => {
    const t = await newTenant();
    const { body: investor } = await createInvestor(t);
    const { res, body } = await createEmployer(t, investor.investor_id, { bank_accounts: [ACCOUNT] });
    expect(res.status).toBe(201);
    const id = body.contributing_employer_id as string;
    expect(body).toEqual({
      contributing_employer_id: expect.stringMatching(/^cem-[A-Z]{3}\d{5}$/),
      name: "Acme Ltd",
      investor_id: investor.investor_id,
      registration_number: "12345678",
      address: ADDRESS,
      status: "active",
      bank_accounts: [
        expect.objectContaining({
          bank_account_id: expect.stringMatching(/^ba-/),
          investor_id: investor.investor_id,
          contributing_party_id: id,
          bank_account_type: "contributing_employer",
          default_account: "no",
          bank_account_number: "****3344",
          status: "success",
        }),
      ],
      reference_version: 1,
      created_at: expect.any(String),
      updated_at: expect.any(String),
    });
    const accountId = body.bank_accounts[0].bank_account_id as string;
    const got = await send(t, "GET", `${PATH}/${id}`);
    expect(got.body).toEqual({ ...body, bank_accounts: [accountId] });
    // The investor's own bank_accounts leave out its employers' accounts; the bank-account list has them all.
    expect((await send(t, "GET", `/tenant/investors/v1/${investor.investor_id}`)).body.bank_accounts).toEqual([]);
    expect((await send(t, "GET", `/tenant/bank-accounts/v1?investor_id=${investor.investor_id}`)).body.bankAccounts.map((a: { bank_account_id: string }) => a.bank_account_id)).toEqual([accountId]);
    // A further account through the bank-accounts endpoint joins the employer's list.
    const more = await send(t, "POST", "/tenant/bank-accounts/v1", { ...ACCOUNT, bank_account_number: "55667788", investor_id: investor.investor_id, bank_account_type: "contributing_employer", contributing_party_id: id });
    expect(more.res.status).toBe(201);
    expect((await send(t, "GET", `${PATH}/${id}`)).body.bank_accounts).toEqual([accountId, more.body.bank_account_id]);
    const events = await activity(t);
    expect(events.filter((e) => e.ch === "notifications").map((e) => e.type)).toEqual(["contributing_employer_created"]);
    expect(events.find((e) => e.type === "contributing_employer_created")!.payload).toEqual(got.body);
  });

  it.each([
    ["missing required fields", { name: undefined, investor_id: undefined, registration_number: undefined, address: undefined, status: undefined }, ["name", "investor_id", "registration_number", "address", "status"]],
    ["name too long", { name: "x".repeat(101) }, ["name"]],
    ["bad status", { status: "open" }, ["status"]],
    ["bad address", { address: { postal_code: "", country: "GBR" } }, ["address.postal_code"]],
    ["unknown investor", { investor_id: "inv-NOP00000" }, ["investor_id"]],
    ["a default bank account", { bank_accounts: [{ ...ACCOUNT, default_account: "yes" }] }, ["bank_accounts.0.default_account"]],
    ["a bank account without default_account", { bank_accounts: [{ ...ACCOUNT, default_account: undefined }] }, ["bank_accounts.0.default_account"]],
    ["two bank accounts", { bank_accounts: [ACCOUNT, { ...ACCOUNT, bank_account_number: "99887766" }] }, ["bank_accounts"]],
    ["a bad bank account", { bank_accounts: [{ ...ACCOUNT, bank_account_number: "1234", sort_code: "1" }] }, ["bank_accounts.0.bank_account_number", "bank_accounts.0.sort_code"]],
  ])("rejects %s and writes nothing", async (_name, fields, errors) => {
    const t = await newTenant();
    const { body: investor } = await createInvestor(t);
    await expectValidation((await createEmployer(t, investor.investor_id, fields)).res, errors);
    expect(await listFor(t)).toEqual({ contributingEmployers: [] });
    expect((await send(t, "GET", `/tenant/bank-accounts/v1?investor_id=${investor.investor_id}`)).body.bankAccounts).toEqual([]);
  });

  it("refuses an account number the investor already uses, and an organisational investor", async () => {
    const t = await newTenant();
    const { body: investor } = await createInvestor(t, { bank_accounts: [{ account_name: "Own", default_account: "yes", bank_account_number: "11223344" }] });
    await expectValidation((await createEmployer(t, investor.investor_id, { bank_accounts: [ACCOUNT] })).res, ["bank_accounts.0.bank_account_number"]);
    const org = await send(t, "POST", "/tenant/investor-organisations/v1", { organisation_name: "Org", address: ADDRESS });
    await expectValidation((await createEmployer(t, org.body.investor_id)).res, ["investor_id"]);
    expect(await listFor(t)).toEqual({ contributingEmployers: [] });
  });

  it("lists under contributingEmployers, filtered by investor_id (optional), unpaginated", async () => {
    const t = await newTenant();
    const { body: a } = await createInvestor(t);
    const { body: b } = await createInvestor(t);
    const a1 = (await createEmployer(t, a.investor_id, { name: "A one" })).body;
    const a2 = (await createEmployer(t, a.investor_id, { name: "A two", bank_accounts: [ACCOUNT] })).body;
    const b1 = (await createEmployer(t, b.investor_id, { name: "B one" })).body;
    const ofA = await listFor(t, a.investor_id);
    expect(Object.keys(ofA)).toEqual(["contributingEmployers"]);
    expect(ofA.contributingEmployers.map((e: { contributing_employer_id: string }) => e.contributing_employer_id)).toEqual([a1.contributing_employer_id, a2.contributing_employer_id]);
    expect(ofA.contributingEmployers[1].bank_accounts).toEqual([a2.bank_accounts[0].bank_account_id]);
    expect(ofA.contributingEmployers[0].bank_accounts).toEqual([]);
    expect((await listFor(t)).contributingEmployers).toHaveLength(3);
    expect((await listFor(t, b.investor_id)).contributingEmployers).toEqual([{ ...b1, bank_accounts: [] }]);
    await expectProblem((await send(t, "GET", `${PATH}?investor_id=inv-NOP00000`)).res, 404, "resource_not_found");
  });

  it("updates name, registration number, address and status; refuses investor_id; checks reference_version", async () => {
    const t = await newTenant();
    const { body: investor } = await createInvestor(t);
    const { body: employer } = await createEmployer(t, investor.investor_id, { bank_accounts: [ACCOUNT] });
    const patch = (json: unknown) => send(t, "PATCH", `${PATH}/${employer.contributing_employer_id}`, json);
    const updated = await patch({ reference_version: 1, name: "Acme Group", status: "inactive", bank_accounts: [{ ...ACCOUNT, bank_account_number: "99887766" }], unknown_field: true });
    expect(updated.res.status).toBe(200);
    expect(updated.body).toEqual({ ...employer, name: "Acme Group", status: "inactive", bank_accounts: [employer.bank_accounts[0].bank_account_id], reference_version: 2, updated_at: expect.any(String) });
    const moved = await patch({ reference_version: 2, registration_number: "87654321", address: { postal_code: "M1 1AA", country: "GBR" } });
    expect(moved.body).toMatchObject({ registration_number: "87654321", address: { postal_code: "M1 1AA", country: "GBR" }, reference_version: 3 });
    expect((await send(t, "GET", `${PATH}/${employer.contributing_employer_id}`)).body).toEqual(moved.body);

    await expectValidation((await patch({ reference_version: 3, investor_id: "inv-ABC12345" })).res, ["investor_id"]);
    await expectValidation((await patch({ name: "x" })).res, ["reference_version"]);
    await expectValidation((await patch({ reference_version: 3, status: "closed", name: "x".repeat(101) })).res, ["status", "name"]);
    const stale = await expectProblem((await patch({ reference_version: 2, name: "Late" })).res, 409, "version_conflict");
    expect(stale.current_reference_version).toBe(3);
    await expectProblem((await send(t, "PATCH", `${PATH}/cem-NOP00000`, { reference_version: 1 })).res, 404, "resource_not_found");
    const types = (await activity(t)).filter((e) => e.ch === "notifications").map((e) => e.type);
    expect(types).toEqual(["contributing_employer_created", "contributing_employer_updated", "contributing_employer_updated"]);
    expect((await send(t, "GET", `/tenant/bank-accounts/v1?investor_id=${investor.investor_id}`)).body.bankAccounts).toHaveLength(1);
  });

  it("replays an idempotent create instead of creating twice", async () => {
    const t = await newTenant();
    const { body: investor } = await createInvestor(t);
    const key = crypto.randomUUID();
    const first = await createEmployer(t, investor.investor_id, { bank_accounts: [ACCOUNT] }, { "idempotency-key": key });
    const again = await createEmployer(t, investor.investor_id, { bank_accounts: [ACCOUNT] }, { "idempotency-key": key });
    expect(again.res.status).toBe(201);
    expect(again.res.headers.get("idempotent-replayed")).toBe("true");
    expect(again.body).toEqual(first.body);
    expect((await listFor(t)).contributingEmployers).toHaveLength(1);
    expect((await send(t, "GET", `/tenant/bank-accounts/v1?investor_id=${investor.investor_id}`)).body.bankAccounts).toHaveLength(1);
  });

  it("treats another tenant's ids as unknown", async () => {
    const t = await newTenant();
    const other = await newTenant();
    const { body: investor } = await createInvestor(t);
    const { body: employer } = await createEmployer(t, investor.investor_id);
    const id = employer.contributing_employer_id;
    await expectProblem((await send(other, "GET", `${PATH}/${id}`)).res, 404, "resource_not_found");
    await expectProblem((await send(other, "PATCH", `${PATH}/${id}`, { reference_version: 1, name: "Mine" })).res, 404, "resource_not_found");
    await expectProblem((await send(other, "GET", `${PATH}?investor_id=${investor.investor_id}`)).res, 404, "resource_not_found");
    await expectValidation((await createEmployer(other, investor.investor_id)).res, ["investor_id"]);
    const { body: own } = await createInvestor(other);
    await expectValidation((await send(other, "POST", "/tenant/bank-accounts/v1", { ...ACCOUNT, investor_id: own.investor_id, bank_account_type: "contributing_employer", contributing_party_id: id })).res, ["contributing_party_id"]);
    expect(await listFor(other)).toEqual({ contributingEmployers: [] });
  });
});
