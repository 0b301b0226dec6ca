import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { activity, ADDRESS, send } from "../../helpers/parties";
import { expectProblem, expectValidation } from "../../helpers/problem";
import { BASE, newTenant, type TestTenant } from "../../helpers/tenant";

const PATH = "/tenant/investor-organisations/v1";
const OFFICER = { title: "Ms", first_name: "Grace", last_name: "Hopper", role: "director", email: "grace@example.com", phone_number: "+441234567890", date_of_birth: "1970-12-09" };
const ACCOUNT = { account_name: "ABC Company", default_account: "yes", bank_account_number: "12345678", sort_code: "12-34-56" };

function createOrg(t: TestTenant, fields: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return send(t, "POST", PATH, { organisation_name: "ABC Company Pvt Ltd", address: ADDRESS, ...fields }, headers);
}
async function orgCount(t: TestTenant): Promise<number> {
  return ((await send(t, "GET", PATH)).body.organisations as unknown[]).length;
}

describe("organisational investors", () => {
  it("creates with defaults, reads back from D1 and emits organisation_created on investors", async () => {
    const t = await newTenant();
    const { res, body } = await createOrg(t, { corporate_officers: [OFFICER] });
    expect(res.status).toBe(201);
    expect(body).toEqual({
      investor_id: expect.stringMatching(/^org-[A-Z]{3}\d{5}$/),
      investor_type: "organisation",
      organisation_name: "ABC Company Pvt Ltd",
      status: "kyb_pending",
      kyb_status: "not_started",
      dealing_status: "inactive",
      corporate_officers: [OFFICER],
      address: ADDRESS,
      bank_accounts: [],
      reference_version: 1,
      created_at: expect.any(String),
      updated_at: expect.any(String),
    });
    const got = await send(t, "GET", `${PATH}/${body.investor_id}`);
    expect(got.res.status).toBe(200);
    expect(got.body).toEqual(body);
    const events = await activity(t);
    expect(events.map((e) => [e.type, e.ch])).toEqual([["organisation_created", "investors"]]);
    expect(events[0]!.payload).toEqual(body);
  });

  it.each([
    [{ kyb_status: "clear", dealing_status: "active" }, "active"],
    [{ kyb_status: "clear" }, "inactive"],
    [{ kyb_status: "pending", dealing_status: "active" }, "kyb_pending"],
    [{ kyb_status: "kyb_failed_error", dealing_status: "active" }, "kyb_failed"],
  ])("derives status from %o as %s when the tenant has no KYB provider", async (fields, status) => {
    const t = await newTenant();
    const { body } = await createOrg(t, fields);
    expect(body).toMatchObject({ ...fields, status });
  });

  it("creates its one bank account in the same command, owned by the org id", async () => {
    const t = await newTenant();
    const { res, body } = await createOrg(t, { bank_accounts: [ACCOUNT] });
    expect(res.status).toBe(201);
    expect(body.bank_accounts).toEqual([
      expect.objectContaining({ bank_account_id: expect.stringMatching(/^ba-/), investor_id: body.investor_id, bank_account_type: "investor", bank_account_number: "****5678", default_account: "yes", status: "success" }),
    ]);
    const accountId = body.bank_accounts[0].bank_account_id as string;
    expect((await send(t, "GET", `${PATH}/${body.investor_id}`)).body.bank_accounts).toEqual([accountId]);
    const list = await send(t, "GET", `/tenant/bank-accounts/v1?investor_id=${body.investor_id}`);
    expect(list.body.bankAccounts.map((a: { bank_account_id: string }) => a.bank_account_id)).toEqual([accountId]);
    // An organisational investor is an investor: the bank-accounts endpoint takes its id.
    const more = await send(t, "POST", "/tenant/bank-accounts/v1", { ...ACCOUNT, investor_id: body.investor_id, bank_account_type: "investor", default_account: "no", bank_account_number: "87654321" });
    expect(more.res.status).toBe(201);
    expect((await send(t, "GET", `${PATH}/${body.investor_id}`)).body.bank_accounts).toEqual([accountId, more.body.bank_account_id]);
  });

  it.each([
    ["missing organisation_name and address", { organisation_name: undefined, address: undefined }, ["organisation_name", "address"]],
    ["organisation_name too long", { organisation_name: "x".repeat(101) }, ["organisation_name"]],
    ["empty organisation_name", { organisation_name: "" }, ["organisation_name"]],
    ["bad enums", { kyb_status: "kyc_failed_error", dealing_status: "open" }, ["kyb_status", "dealing_status"]],
    ["address without postal code, bad country", { address: { city: "London", country: "UK" } }, ["address.postal_code", "address.country"]],
    ["officer without names", { corporate_officers: [{ email: "x@example.com" }] }, ["corporate_officers.0.first_name", "corporate_officers.0.last_name"]],
    ["officer last name too short, bad email, bad date", { corporate_officers: [{ ...OFFICER, last_name: "H", email: "nope", date_of_birth: "1970-02-30" }] }, ["corporate_officers.0.last_name", "corporate_officers.0.email", "corporate_officers.0.date_of_birth"]],
    ["officers not an array", { corporate_officers: OFFICER }, ["corporate_officers"]],
    ["two bank accounts", { bank_accounts: [ACCOUNT, { ...ACCOUNT, bank_account_number: "87654321", default_account: "no" }] }, ["bank_accounts"]],
    ["bad bank account number", { bank_accounts: [{ ...ACCOUNT, bank_account_number: "12" }] }, ["bank_accounts.0.bank_account_number"]],
  ])("rejects %s and writes nothing", async (_name, fields, errors) => {
    const t = await newTenant();
    await expectValidation((await createOrg(t, fields)).res, errors);
    expect(await orgCount(t)).toBe(0);
    expect(await activity(t)).toEqual([]);
  });

  it("ignores unknown fields, as the individual investor routes do", async () => {
    const t = await newTenant();
    const { res, body } = await createOrg(t, { favourite_colour: "green", investor_type: "individual" });
    expect(res.status).toBe(201);
    expect(body).not.toHaveProperty("favourite_colour");
    expect(body.investor_type).toBe("organisation");
  });

  it("updates only the sent fields, clears corporate_officers with null, recomputes status and checks reference_version", async () => {
    const t = await newTenant();
    const { body: org } = await createOrg(t, { corporate_officers: [OFFICER] });
    const patch = (json: unknown) => send(t, "PATCH", `${PATH}/${org.investor_id}`, json);

    const first = await patch({ reference_version: 1, kyb_status: "clear", dealing_status: "active", bank_accounts: [ACCOUNT] });
    expect(first.res.status).toBe(200);
    expect(first.body).toMatchObject({ kyb_status: "clear", dealing_status: "active", status: "active", organisation_name: "ABC Company Pvt Ltd", corporate_officers: [OFFICER], bank_accounts: [], reference_version: 2 });

    const second = await patch({ reference_version: 2, organisation_name: "ABC Holdings", corporate_officers: null, address: { postal_code: "M1 1AA", country: "GBR" } });
    expect(second.body).toMatchObject({ organisation_name: "ABC Holdings", corporate_officers: [], address: { postal_code: "M1 1AA", country: "GBR" }, status: "active", reference_version: 3 });
    expect(second.body.address).not.toHaveProperty("city");
    expect((await send(t, "GET", `${PATH}/${org.investor_id}`)).body).toEqual(second.body);

    const stale = await expectProblem((await patch({ reference_version: 2, dealing_status: "inactive" })).res, 409, "version_conflict");
    expect(stale.current_reference_version).toBe(3);
    await expectValidation((await patch({ dealing_status: "inactive" })).res, ["reference_version"]);
    await expectValidation((await patch({ reference_version: 3, organisation_name: "x".repeat(101), kyb_status: "done" })).res, ["organisation_name", "kyb_status"]);
    await expectProblem((await send(t, "PATCH", `${PATH}/org-NOP00000`, { reference_version: 1 })).res, 404, "resource_not_found");

    const events = await activity(t);
    expect(events.map((e) => e.type)).toEqual(["organisation_created", "organisation_updated", "organisation_updated"]);
    expect(events[2]!.payload).toEqual(second.body);
  });

  it("replays an idempotent create instead of creating twice", async () => {
    const t = await newTenant();
    const key = crypto.randomUUID();
    const first = await createOrg(t, { bank_accounts: [ACCOUNT] }, { "idempotency-key": key });
    const again = await createOrg(t, { bank_accounts: [ACCOUNT] }, { "idempotency-key": key });
    expect(again.res.status).toBe(201);
    expect(again.res.headers.get("idempotent-replayed")).toBe("true");
    expect(again.body).toEqual(first.body);
    expect(await orgCount(t)).toBe(1);
    const patchKey = crypto.randomUUID();
    const p1 = await send(t, "PATCH", `${PATH}/${first.body.investor_id}`, { reference_version: 1, dealing_status: "active" }, { "idempotency-key": patchKey });
    const p2 = await send(t, "PATCH", `${PATH}/${first.body.investor_id}`, { reference_version: 1, dealing_status: "active" }, { "idempotency-key": patchKey });
    expect(p2.res.status).toBe(200);
    expect(p2.body).toEqual(p1.body);
    expect((await send(t, "GET", `${PATH}/${first.body.investor_id}`)).body.reference_version).toBe(2);
  });

  it("treats another tenant's organisation ids as unknown", async () => {
    const t = await newTenant();
    const other = await newTenant();
    const { body: org } = await createOrg(t);
    await expectProblem((await send(other, "GET", `${PATH}/${org.investor_id}`)).res, 404, "resource_not_found");
    await expectProblem((await send(other, "PATCH", `${PATH}/${org.investor_id}`, { reference_version: 1, dealing_status: "active" })).res, 404, "resource_not_found");
    await expectProblem((await send(other, "GET", `/tenant/bank-accounts/v1?investor_id=${org.investor_id}`)).res, 404, "resource_not_found");
    await expectValidation((await send(other, "POST", "/tenant/bank-accounts/v1", { ...ACCOUNT, investor_id: org.investor_id, bank_account_type: "investor" })).res, ["investor_id"]);
    expect((await send(other, "GET", PATH)).body).toEqual({ next_page_available: "false", organisations: [] });
    expect((await send(t, "GET", `${PATH}/${org.investor_id}`)).body.reference_version).toBe(1);
  });

  it("pages with page_size/page_number (default 1000, max 3000), sorts by creation and sends next_page_available as a string", async () => {
    const t = await newTenant();
    const ids: string[] = [];
    for (const name of ["One", "Two", "Three"]) ids.push((await createOrg(t, { organisation_name: name })).body.investor_id);
    const page = async (query: string) => (await send(t, "GET", `${PATH}${query}`)).body;

    const all = await page("");
    expect(all.next_page_available).toBe("false");
    expect(all.organisations.map((o: { investor_id: string }) => o.investor_id)).toEqual([...ids].reverse());
    expect((await page("?sort=asc")).organisations.map((o: { investor_id: string }) => o.investor_id)).toEqual(ids);
    const p1 = await page("?page_size=2&page_number=1&sort=asc");
    expect(p1).toMatchObject({ next_page_available: "true" });
    expect(p1.organisations.map((o: { investor_id: string }) => o.investor_id)).toEqual(ids.slice(0, 2));
    const p2 = await page("?page_size=2&page_number=2&sort=asc");
    expect(p2).toMatchObject({ next_page_available: "false" });
    expect(p2.organisations.map((o: { investor_id: string }) => o.investor_id)).toEqual(ids.slice(2));
    // Only one of the two paging parameters: both fall back to the defaults.
    expect((await page("?page_size=1")).organisations).toHaveLength(3);
    expect((await page("?page_size=3000&page_number=1")).organisations).toHaveLength(3);
    await expectValidation((await send(t, "GET", `${PATH}?page_size=3001&page_number=1`)).res, ["page_size"]);
    await expectValidation((await send(t, "GET", `${PATH}?page_size=0&page_number=x&sort=up`)).res, ["page_size", "page_number", "sort"]);
  });
});

describe("OpenAPI document", () => {
  it("documents the organisation, employer and payer routes with their schemas", async () => {
    const doc = (await (await SELF.fetch(`http://${BASE}/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, unknown> } };
    const expected: Record<string, string[]> = {
      "/tenant/investor-organisations/v1": ["get", "post"],
      "/tenant/investor-organisations/v1/{investor_id}": ["get", "patch"],
      "/tenant/workplace-employers/v1": ["get", "post"],
      "/tenant/workplace-employers/v1/{workplace_employer_id}": ["get", "patch"],
      "/tenant/workplace-employers/v1/{workplace_employer_id}/investors": ["get"],
      "/tenant/contributing-employers/v1": ["get", "post"],
      "/tenant/contributing-employers/v1/{contributing_employer_id}": ["get", "patch"],
      "/tenant/third-party-payers/v1": ["get", "post"],
      "/tenant/third-party-payers/v1/{third_party_payer_id}": ["get", "patch"],
    };
    for (const [path, methods] of Object.entries(expected)) expect(Object.keys(doc.paths[path] ?? {}).sort(), path).toEqual(methods);
    for (const schema of ["Organisation", "CreatedOrganisation", "OrganisationList", "CorporateOfficer", "PartyAddress", "WorkplaceEmployer", "ContributingEmployer", "ThirdPartyPayer"]) {
      expect(doc.components.schemas, schema).toHaveProperty(schema);
    }
  });
});
