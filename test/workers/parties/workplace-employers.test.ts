import { describe, expect, it } from "vitest";
import { createInvestor } from "../../helpers/investors";
import { activity, ADDRESS, send } from "../../helpers/parties";
import { expectProblem, expectValidation } from "../../helpers/problem";
import { newTenant, type TestTenant } from "../../helpers/tenant";

const PATH = "/tenant/workplace-employers/v1";
const CONTACT = { name: "Jane Smith", email: "jane@romayo.example", phone_number: "+441234567890" };

function employerBody(fields: Record<string, unknown> = {}) {
  return {
    name: "Romayo Ltd",
    registration_number: `REG${crypto.randomUUID().slice(0, 8)}`,
    registered_address: ADDRESS,
    correspondence_address: { postal_code: "M1 1AA", country: "GBR" },
    company_structure: "LLC",
    contact_details: CONTACT,
    kyb_aml_status: "clear",
    status: "active",
    ...fields,
  };
}
function createEmployer(t: TestTenant, fields: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return send(t, "POST", PATH, employerBody(fields), headers);
}
async function employerCount(t: TestTenant): Promise<number> {
  return ((await send(t, "GET", PATH)).body.workplace_employers as unknown[]).length;
}

describe("workplace employers", () => {
  it("creates, reads back from D1 and emits workplace_employer_created on notifications", async () => {
    const t = await newTenant();
    const body = employerBody();
    const { res, body: employer } = await send(t, "POST", PATH, body);
    expect(res.status).toBe(201);
    expect(employer).toEqual({
      ...body,
      workplace_employer_id: expect.stringMatching(/^wem-[A-Z]{3}\d{5}$/),
      reference_version: 1,
      created_at: expect.any(String),
      updated_at: expect.any(String),
    });
    expect((await send(t, "GET", `${PATH}/${employer.workplace_employer_id}`)).body).toEqual(employer);
    const events = await activity(t);
    expect(events.map((e) => [e.type, e.ch])).toEqual([["workplace_employer_created", "notifications"]]);
    expect(events[0]!.payload).toEqual(employer);
  });

  it("defaults kyb_aml_status to not_started and omits the absent optional fields", async () => {
    const t = await newTenant();
    const { body } = await createEmployer(t, { kyb_aml_status: undefined, company_structure: undefined, contact_details: undefined, status: "inactive" });
    expect(body).toMatchObject({ kyb_aml_status: "not_started", status: "inactive" });
    expect(body).not.toHaveProperty("company_structure");
    expect(body).not.toHaveProperty("contact_details");
  });

  it.each([
    ["missing required fields", { name: undefined, registration_number: undefined, registered_address: undefined, correspondence_address: undefined, status: undefined }, ["name", "registration_number", "registered_address", "correspondence_address", "status"]],
    ["name too long", { name: "x".repeat(101) }, ["name"]],
    ["bad enums", { company_structure: "PLC", kyb_aml_status: "kyc_failed_error", status: "open" }, ["company_structure", "kyb_aml_status", "status"]],
    ["bad addresses", { registered_address: { country: "GBR" }, correspondence_address: { postal_code: "M1", country: "gb" } }, ["registered_address.postal_code", "correspondence_address.country"]],
    ["bad contact details", { contact_details: { name: "x".repeat(101), email: "nope", phone_number: "1".repeat(17) } }, ["contact_details.name", "contact_details.email", "contact_details.phone_number"]],
    ["active while KYB is not clear", { kyb_aml_status: "pending" }, ["status"]],
    ["active by default KYB status", { kyb_aml_status: undefined }, ["status"]],
  ])("rejects %s and writes nothing", async (_name, fields, errors) => {
    const t = await newTenant();
    await expectValidation((await createEmployer(t, fields)).res, errors);
    expect(await employerCount(t)).toBe(0);
    expect(await activity(t)).toEqual([]);
  });

  it("keeps registration_number unique across the tenant's employers, on create and update", async () => {
    const t = await newTenant();
    const other = await newTenant();
    const { body: a } = await createEmployer(t, { registration_number: "1234567" });
    const dup = await expectValidation((await createEmployer(t, { registration_number: "1234567" })).res, ["registration_number"]);
    expect(dup.errors?.[0]?.message).toContain(a.workplace_employer_id);
    // Another tenant has its own namespace.
    expect((await createEmployer(other, { registration_number: "1234567" })).res.status).toBe(201);
    const { body: b } = await createEmployer(t, { registration_number: "7654321" });
    await expectValidation((await send(t, "PATCH", `${PATH}/${b.workplace_employer_id}`, { reference_version: 1, registration_number: "1234567" })).res, ["registration_number"]);
    // Moving a's number frees the old one.
    const moved = await send(t, "PATCH", `${PATH}/${a.workplace_employer_id}`, { reference_version: 1, registration_number: "1111111" });
    expect(moved.body).toMatchObject({ registration_number: "1111111", reference_version: 2 });
    expect((await send(t, "PATCH", `${PATH}/${b.workplace_employer_id}`, { reference_version: 1, registration_number: "1234567" })).res.status).toBe(200);
    // Sending one's own number again is no conflict.
    expect((await send(t, "PATCH", `${PATH}/${a.workplace_employer_id}`, { reference_version: 2, registration_number: "1111111" })).res.status).toBe(200);
  });

  it("updates only the sent fields, clears nullable ones, keeps active⇔clear and checks reference_version", async () => {
    const t = await newTenant();
    const { body: employer } = await createEmployer(t);
    const patch = (json: unknown) => send(t, "PATCH", `${PATH}/${employer.workplace_employer_id}`, json);

    await expectValidation((await patch({ reference_version: 1, kyb_aml_status: "pending" })).res, ["status"]);
    const inactive = await patch({ reference_version: 1, kyb_aml_status: "pending", status: "inactive", contact_details: null, company_structure: null, unknown_field: 1 });
    expect(inactive.res.status).toBe(200);
    expect(inactive.body).toMatchObject({ kyb_aml_status: "pending", status: "inactive", name: "Romayo Ltd", reference_version: 2 });
    // Cleared by null, then omitted: WealthOS has them optional, not nullable, in the answer.
    expect(inactive.body).not.toHaveProperty("contact_details");
    expect(inactive.body).not.toHaveProperty("company_structure");
    expect(inactive.body).not.toHaveProperty("unknown_field");
    await expectValidation((await patch({ reference_version: 2, status: "active" })).res, ["status"]);
    const active = await patch({ reference_version: 2, kyb_aml_status: "clear", status: "active", name: "Romayo Group" });
    expect(active.body).toMatchObject({ status: "active", kyb_aml_status: "clear", name: "Romayo Group", reference_version: 3 });
    expect((await send(t, "GET", `${PATH}/${employer.workplace_employer_id}`)).body).toEqual(active.body);

    const stale = await expectProblem((await patch({ reference_version: 2, name: "Late" })).res, 409, "version_conflict");
    expect(stale.current_reference_version).toBe(3);
    await expectValidation((await patch({ name: "No version" })).res, ["reference_version"]);
    await expectValidation((await patch({ reference_version: 3, name: "", registered_address: { postal_code: "X" } })).res, ["name", "registered_address.country"]);
    await expectProblem((await send(t, "PATCH", `${PATH}/wem-NOP00000`, { reference_version: 1 })).res, 404, "resource_not_found");
    expect((await activity(t)).map((e) => e.type)).toEqual(["workplace_employer_created", "workplace_employer_updated", "workplace_employer_updated"]);
  });

  it("lists the investors linked through their workplace_employers, and investors may only link existing employers", async () => {
    const t = await newTenant();
    const { body: a } = await createEmployer(t);
    const { body: b } = await createEmployer(t);
    const { body: one } = await createInvestor(t, { title: "Dr", tax_id: "AB123456C", workplace_employers: [a.workplace_employer_id] });
    const { body: two } = await createInvestor(t, { workplace_employers: [a.workplace_employer_id, b.workplace_employer_id] });
    await createInvestor(t);
    const linked = await send(t, "GET", `${PATH}/${a.workplace_employer_id}/investors`);
    expect(linked.res.status).toBe(200);
    expect(linked.body).toEqual({
      workplace_employer_id: a.workplace_employer_id,
      investors: [
        { investor_id: one.investor_id, first_name: "Ada", last_name: one.last_name, tax_id: "AB123456C", title: "Dr" },
        { investor_id: two.investor_id, first_name: "Ada", last_name: two.last_name },
      ],
    });
    // The incoming list replaces the investor's links.
    await send(t, "PATCH", `/tenant/investors/v1/${two.investor_id}`, { reference_version: 1, workplace_employers: [b.workplace_employer_id] });
    const after = await send(t, "GET", `${PATH}/${a.workplace_employer_id}/investors`);
    expect(after.body.investors.map((i: { investor_id: string }) => i.investor_id)).toEqual([one.investor_id]);
    expect((await send(t, "GET", `${PATH}/${b.workplace_employer_id}/investors`)).body.investors).toHaveLength(1);

    const bad = await send(t, "POST", "/tenant/investors/v1", { first_name: "Ada", last_name: "Byron", workplace_employers: [a.workplace_employer_id, "wem-NOP00000"] });
    await expectValidation(bad.res, ["workplace_employers.1"]);
    await expectValidation((await send(t, "PATCH", `/tenant/investors/v1/${one.investor_id}`, { reference_version: 1, workplace_employers: ["wem-NOP00000"] })).res, ["workplace_employers.0"]);
    await expectProblem((await send(t, "GET", `${PATH}/wem-NOP00000/investors`)).res, 404, "resource_not_found");
  });

  it("replays an idempotent create instead of creating twice", async () => {
    const t = await newTenant();
    const key = crypto.randomUUID();
    const body = employerBody();
    const first = await send(t, "POST", PATH, body, { "idempotency-key": key });
    const again = await send(t, "POST", PATH, body, { "idempotency-key": key });
    expect(again.res.status).toBe(201);
    expect(again.res.headers.get("idempotent-replayed")).toBe("true");
    expect(again.body).toEqual(first.body);
    expect(await employerCount(t)).toBe(1);
  });

  it("treats another tenant's employer ids as unknown, also when an investor links them", async () => {
    const t = await newTenant();
    const other = await newTenant();
    const { body: employer } = await createEmployer(t);
    const id = employer.workplace_employer_id;
    await expectProblem((await send(other, "GET", `${PATH}/${id}`)).res, 404, "resource_not_found");
    await expectProblem((await send(other, "GET", `${PATH}/${id}/investors`)).res, 404, "resource_not_found");
    await expectProblem((await send(other, "PATCH", `${PATH}/${id}`, { reference_version: 1, name: "Mine" })).res, 404, "resource_not_found");
    await expectValidation((await send(other, "POST", "/tenant/investors/v1", { first_name: "Ada", last_name: "Byron", workplace_employers: [id] })).res, ["workplace_employers.0"]);
    expect((await send(other, "GET", PATH)).body).toEqual({ workplace_employers: [], next_page_available: false });
  });

  it("pages with page_size/page_number (default 1000, max 8000) sorted by creation", async () => {
    const t = await newTenant();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await createEmployer(t)).body.workplace_employer_id);
    const page = async (query: string) => (await send(t, "GET", `${PATH}${query}`)).body;
    expect((await page("")).workplace_employers.map((e: { workplace_employer_id: string }) => e.workplace_employer_id)).toEqual([...ids].reverse());
    const p1 = await page("?page_size=2&page_number=1&sort=asc");
    expect(p1.next_page_available).toBe(true);
    expect(p1.workplace_employers.map((e: { workplace_employer_id: string }) => e.workplace_employer_id)).toEqual(ids.slice(0, 2));
    const p2 = await page("?page_size=2&page_number=2&sort=asc");
    expect(p2.next_page_available).toBe(false);
    expect(p2.workplace_employers.map((e: { workplace_employer_id: string }) => e.workplace_employer_id)).toEqual(ids.slice(2));
    expect((await page("?page_number=2")).workplace_employers).toHaveLength(3);
    expect((await page("?page_size=8000&page_number=1")).workplace_employers).toHaveLength(3);
    await expectValidation((await send(t, "GET", `${PATH}?page_size=8001&page_number=1`)).res, ["page_size"]);
  });
});
