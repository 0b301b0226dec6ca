import { describe, expect, it } from "vitest";
import { createInvestor } from "../../helpers/investors";
import { activity, ADDRESS, send } from "../../helpers/parties";
import { expectProblem, expectValidation } from "../../helpers/problem";
import { newTenant, type TestTenant } from "../../helpers/tenant";

const PATH = "/tenant/third-party-payers/v1";
const INDIVIDUAL = {
  type: "individual",
  title: "Mr",
  first_name: "John",
  last_name: "Doe",
  phone_number: "+441234567890",
  email: "john.doe@example.com",
  date_of_birth: "1980-01-01",
  relationship_to_investor: "parent",
  aml_status: "clear",
  address: ADDRESS,
  status: "active",
};
const ORGANISATION = { type: "organisation", organisation_name: "ABC Corporation Ltd", representative: "Jane Smith", relationship_to_investor: "other", aml_status: "clear", status: "active" };

function createPayer(t: TestTenant, investorId: string, fields: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return send(t, "POST", PATH, { ...INDIVIDUAL, investor_id: investorId, ...fields }, headers);
}
async function payersOf(t: TestTenant, investorId: string, query = "") {
  return (await send(t, "GET", `${PATH}?investor_id=${investorId}${query}`)).body;
}

describe("third-party payers", () => {
  it("creates an individual payer, reads it back and emits third_party_payer_created on notifications", async () => {
    const t = await newTenant();
    const { body: investor } = await createInvestor(t);
    const { res, body } = await createPayer(t, investor.investor_id);
    expect(res.status).toBe(201);
    expect(body).toEqual({
      third_party_payer_id: expect.stringMatching(/^tpp-[A-Z]{3}\d{5}$/),
      ...INDIVIDUAL,
      investor_id: investor.investor_id,
      created_at: expect.any(String),
      updated_at: expect.any(String),
      reference_version: 1,
    });
    expect((await send(t, "GET", `${PATH}/${body.third_party_payer_id}`)).body).toEqual(body);
    const events = (await activity(t)).filter((e) => e.ch === "notifications");
    expect(events.map((e) => e.type)).toEqual(["third_party_payer_created"]);
    expect(events[0]!.payload).toEqual(body);
  });

  it("creates an organisation payer (relationship other), defaults status to inactive and allows several active payers", async () => {
    const t = await newTenant();
    const { body: investor } = await createInvestor(t);
    const { res, body } = await createPayer(t, investor.investor_id, { ...ORGANISATION, title: undefined, first_name: undefined, last_name: undefined, date_of_birth: undefined, status: undefined });
    expect(res.status).toBe(201);
    expect(body).toMatchObject({ type: "organisation", organisation_name: "ABC Corporation Ltd", representative: "Jane Smith", status: "inactive" });
    for (const field of ["first_name", "last_name", "date_of_birth"]) expect(body).not.toHaveProperty(field);
    expect((await createPayer(t, investor.investor_id)).res.status).toBe(201);
    expect((await createPayer(t, investor.investor_id, { first_name: "Mary" })).res.status).toBe(201);
    expect((await payersOf(t, investor.investor_id, "&status=active")).thirdPartyPayers).toHaveLength(2);
  });

  it.each([
    ["missing required fields", { type: undefined, investor_id: undefined, relationship_to_investor: undefined, aml_status: undefined }, ["type", "investor_id", "relationship_to_investor", "aml_status"]],
    ["an individual without names or birth date", { first_name: undefined, last_name: undefined, date_of_birth: undefined }, ["first_name", "last_name", "date_of_birth"]],
    ["an organisation without organisation_name", { ...ORGANISATION, organisation_name: undefined }, ["organisation_name"]],
    ["an organisation whose relationship is not other", { ...ORGANISATION, relationship_to_investor: "parent" }, ["relationship_to_investor"]],
    ["lengths", { first_name: "x".repeat(101), last_name: "D", organisation_name: "x".repeat(101), representative: "x".repeat(201), title: "x".repeat(21) }, ["first_name", "last_name", "organisation_name", "representative", "title"]],
    ["a malformed date of birth", { date_of_birth: "01/01/1980" }, ["date_of_birth"]],
    ["an impossible date of birth", { date_of_birth: "1980-02-30" }, ["date_of_birth"]],
    ["a future date of birth", { date_of_birth: "2999-01-01" }, ["date_of_birth"]],
    ["bad email and phone", { email: "nope", phone_number: "1".repeat(17) }, ["email", "phone_number"]],
    ["bad enums", { type: "trust", relationship_to_investor: "uncle", aml_status: "kyb_failed_error", status: "open" }, ["type", "relationship_to_investor", "aml_status", "status"]],
    ["active while AML is not clear", { aml_status: "pending" }, ["status"]],
    ["a bad address", { address: { postal_code: "X", country: "England" } }, ["address.country"]],
    ["an unknown investor", { investor_id: "inv-NOP00000" }, ["investor_id"]],
  ])("rejects %s and writes nothing", async (_name, fields, errors) => {
    const t = await newTenant();
    const { body: investor } = await createInvestor(t);
    await expectValidation((await createPayer(t, investor.investor_id, fields)).res, errors);
    expect(await payersOf(t, investor.investor_id)).toEqual({ thirdPartyPayers: [] });
    expect((await activity(t)).filter((e) => e.ch === "notifications")).toEqual([]);
  });

  it("refuses an organisational investor as the payer's investor", async () => {
    const t = await newTenant();
    const org = await send(t, "POST", "/tenant/investor-organisations/v1", { organisation_name: "Org", address: ADDRESS });
    await expectValidation((await createPayer(t, org.body.investor_id)).res, ["investor_id"]);
  });

  it("lists an investor's payers under thirdPartyPayers with an optional status filter; investor_id is required", async () => {
    const t = await newTenant();
    const { body: a } = await createInvestor(t);
    const { body: b } = await createInvestor(t);
    const active = (await createPayer(t, a.investor_id)).body;
    const inactive = (await createPayer(t, a.investor_id, { aml_status: "pending", status: "inactive" })).body;
    await createPayer(t, b.investor_id);
    expect(await payersOf(t, a.investor_id)).toEqual({ thirdPartyPayers: [active, inactive] });
    expect(await payersOf(t, a.investor_id, "&status=active")).toEqual({ thirdPartyPayers: [active] });
    expect(await payersOf(t, a.investor_id, "&status=inactive")).toEqual({ thirdPartyPayers: [inactive] });
    await expectValidation((await send(t, "GET", PATH)).res, ["investor_id"]);
    await expectValidation((await send(t, "GET", `${PATH}?investor_id=${a.investor_id}&status=gone`)).res, ["status"]);
    await expectProblem((await send(t, "GET", `${PATH}?investor_id=inv-NOP00000`)).res, 404, "resource_not_found");
  });

  it("updates only the sent fields, clears with null, keeps the type rules and active⇔clear, refuses type and investor_id", async () => {
    const t = await newTenant();
    const { body: investor } = await createInvestor(t);
    const { body: payer } = await createPayer(t, investor.investor_id);
    const patch = (json: unknown) => send(t, "PATCH", `${PATH}/${payer.third_party_payer_id}`, json);

    const cleared = await patch({ reference_version: 1, email: null, address: null, title: "", relationship_to_investor: "grandparent", unknown_field: 1 });
    expect(cleared.res.status).toBe(200);
    const { email: _email, address: _address, ...kept } = payer;
    // A cleared field is omitted: WealthOS marks none of a payer's fields nullable.
    expect(cleared.body).toEqual({ ...kept, relationship_to_investor: "grandparent", reference_version: 2, updated_at: expect.any(String) });
    await expectValidation((await patch({ reference_version: 2, first_name: null })).res, ["first_name"]);
    await expectValidation((await patch({ reference_version: 2, aml_status: "pending" })).res, ["status"]);
    await expectValidation((await patch({ reference_version: 2, type: "organisation", investor_id: "inv-ABC12345" })).res, ["type", "investor_id"]);
    await expectValidation((await patch({ reference_version: 2, date_of_birth: "2999-12-31" })).res, ["date_of_birth"]);
    const paused = await patch({ reference_version: 2, aml_status: "pending", status: "inactive" });
    expect(paused.body).toMatchObject({ aml_status: "pending", status: "inactive", reference_version: 3 });
    expect((await send(t, "GET", `${PATH}/${payer.third_party_payer_id}`)).body).toEqual(paused.body);

    const stale = await expectProblem((await patch({ reference_version: 2, title: "Dr" })).res, 409, "version_conflict");
    expect(stale.current_reference_version).toBe(3);
    await expectValidation((await patch({ title: "Dr" })).res, ["reference_version"]);
    await expectProblem((await send(t, "PATCH", `${PATH}/tpp-NOP00000`, { reference_version: 1 })).res, 404, "resource_not_found");
    const types = (await activity(t)).filter((e) => e.ch === "notifications").map((e) => e.type);
    expect(types).toEqual(["third_party_payer_created", "third_party_payer_updated", "third_party_payer_updated"]);

    const { body: org } = await createPayer(t, investor.investor_id, ORGANISATION);
    await expectValidation((await send(t, "PATCH", `${PATH}/${org.third_party_payer_id}`, { reference_version: 1, relationship_to_investor: "parent" })).res, ["relationship_to_investor"]);
  });

  it("replays an idempotent create instead of creating twice", async () => {
    const t = await newTenant();
    const { body: investor } = await createInvestor(t);
    const key = crypto.randomUUID();
    const first = await createPayer(t, investor.investor_id, {}, { "idempotency-key": key });
    const again = await createPayer(t, investor.investor_id, {}, { "idempotency-key": key });
    expect(again.res.status).toBe(201);
    expect(again.res.headers.get("idempotent-replayed")).toBe("true");
    expect(again.body).toEqual(first.body);
    expect((await payersOf(t, investor.investor_id)).thirdPartyPayers).toHaveLength(1);
    const reused = await createPayer(t, investor.investor_id, { first_name: "Other" }, { "idempotency-key": key });
    await expectProblem(reused.res, 422, "idempotency_key_reused");
  });

  it("treats another tenant's ids as unknown", async () => {
    const t = await newTenant();
    const other = await newTenant();
    const { body: investor } = await createInvestor(t);
    const { body: payer } = await createPayer(t, investor.investor_id);
    await expectProblem((await send(other, "GET", `${PATH}/${payer.third_party_payer_id}`)).res, 404, "resource_not_found");
    await expectProblem((await send(other, "PATCH", `${PATH}/${payer.third_party_payer_id}`, { reference_version: 1, title: "Dr" })).res, 404, "resource_not_found");
    await expectProblem((await send(other, "GET", `${PATH}?investor_id=${investor.investor_id}`)).res, 404, "resource_not_found");
    await expectValidation((await createPayer(other, investor.investor_id)).res, ["investor_id"]);
  });
});
