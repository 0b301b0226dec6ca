import { describe, expect, it } from "vitest";
import { eventsOf } from "../../helpers/clock";
import { activeInvestor, createPot, get, post } from "../../helpers/money";
import { expectProblem, expectValidation } from "../../helpers/problem";
import { newTenant, type TestTenant } from "../../helpers/tenant";

const PATH = "/tenant/distribution-partners/v1";
const ASSIGN = "/tenant/distribution-partner-assignments/v1";

async function partner(t: TestTenant, fields: Record<string, unknown>): Promise<any> {
  const res = await post(t, PATH, { request_id: crypto.randomUUID(), ...fields });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

/** A white label, a firm under it, two IFAs under the firm. */
async function hierarchy(t: TestTenant) {
  const wl = await partner(t, { partner_name: "Brand Wealth", partner_type: "white_label", contact_name: "Dana Lee" });
  const firm = await partner(t, { partner_name: "Acme Advice LLP", partner_type: "ifa_firm", parent_partner_id: wl.distribution_partner_id, regulatory_details: { regulator: "FCA", firm_reference_number: "123456" } });
  const ifa = await partner(t, { partner_name: "Alex Adviser", partner_type: "ifa", parent_partner_id: firm.distribution_partner_id, contact_details: { email: "alex@example.com" } });
  const ifa2 = await partner(t, { partner_name: "Sam Adviser", partner_type: "ifa", parent_partner_id: firm.distribution_partner_id });
  return { wl, firm, ifa, ifa2 };
}

describe("distribution partners", () => {
  it("creates a hierarchy and shows parents and children with include_hierarchies", async () => {
    const t = await newTenant();
    const { wl, firm, ifa, ifa2 } = await hierarchy(t);
    expect(wl.distribution_partner_id).toMatch(/^wlp-[a-z]{3}\d{5}$/);
    expect(firm.distribution_partner_id).toMatch(/^iff-[a-z]{3}\d{5}$/);
    expect(ifa).toMatchObject({
      distribution_partner_id: expect.stringMatching(/^ifa-[a-z]{3}\d{5}$/),
      partner_name: "Alex Adviser",
      partner_type: "ifa",
      parent_partner_id: firm.distribution_partner_id,
      contact_details: { email: "alex@example.com" },
      reference_version: 1,
    });
    expect(wl.parent_partner_id).toBeUndefined();
    expect(await get(t, `${PATH}/${ifa.distribution_partner_id}`)).toEqual(ifa);
    expect(await get(t, `${PATH}/${ifa.distribution_partner_id}?include_hierarchies=false`)).toEqual(ifa);
    expect(await get(t, `${PATH}/${ifa.distribution_partner_id}?include_hierarchies=true`)).toEqual({ ...ifa, hierarchies: { parents: [firm, wl], children: [] } });
    expect(await get(t, `${PATH}/${firm.distribution_partner_id}?include_hierarchies=true`)).toEqual({ ...firm, hierarchies: { parents: [wl], children: [ifa, ifa2] } });
    expect(await get(t, `${PATH}/${wl.distribution_partner_id}?include_hierarchies=true`)).toEqual({ ...wl, hierarchies: { parents: [], children: [firm] } });
    // A firm without a white label is fine.
    const lone = await partner(t, { partner_name: "Solo Firm", partner_type: "ifa_firm" });
    expect(lone.parent_partner_id).toBeUndefined();
    await expectProblem(await t.fetch(`${PATH}/ifa-nop00000`), 404, "resource_not_found");
  });

  it("enforces the hierarchy rules on create", async () => {
    const t = await newTenant();
    const { wl, firm, ifa } = await hierarchy(t);
    const attempt = (fields: Record<string, unknown>) => t.fetch(PATH, { method: "POST", json: { request_id: crypto.randomUUID(), partner_name: "X", ...fields } });
    await expectValidation(await attempt({ partner_type: "ifa" }), ["parent_partner_id"]);
    await expectValidation(await attempt({ partner_type: "ifa", parent_partner_id: wl.distribution_partner_id }), ["parent_partner_id"]);
    await expectValidation(await attempt({ partner_type: "ifa", parent_partner_id: ifa.distribution_partner_id }), ["parent_partner_id"]);
    await expectValidation(await attempt({ partner_type: "ifa", parent_partner_id: "iff-nop00000" }), ["parent_partner_id"]);
    await expectValidation(await attempt({ partner_type: "ifa_firm", parent_partner_id: firm.distribution_partner_id }), ["parent_partner_id"]);
    await expectValidation(await attempt({ partner_type: "white_label", parent_partner_id: wl.distribution_partner_id }), ["parent_partner_id"]);
    await expectValidation(await attempt({ partner_type: "adviser" }), ["partner_type"]);
    await expectValidation(await attempt({ partner_type: "white_label", partner_name: "" }), ["partner_name"]);
    await expectValidation(await attempt({ partner_type: "white_label", regulatory_details: { firm_reference_number: "12" } }), ["regulatory_details.firm_reference_number"]);
    await expectValidation(await t.fetch(PATH, { method: "POST", json: { partner_name: "X", partner_type: "white_label" } }), ["request_id"]);
  });

  it("updates by version; type and parent are immutable; null clears", async () => {
    const t = await newTenant();
    const { firm, ifa } = await hierarchy(t);
    const id = ifa.distribution_partner_id;
    const patch = (body: Record<string, unknown>) => t.fetch(`${PATH}/${id}`, { method: "PATCH", json: { request_id: crypto.randomUUID(), ...body } });
    const res = await patch({ reference_version: 1, partner_name: "Alex A. Adviser", contact_name: "Alex", contact_details: null });
    expect(res.status).toBe(200);
    const updated = (await res.json()) as any;
    expect(updated).toMatchObject({ partner_name: "Alex A. Adviser", contact_name: "Alex", reference_version: 2, parent_partner_id: firm.distribution_partner_id });
    expect(updated.contact_details).toBeUndefined();
    const conflict = await expectProblem(await patch({ reference_version: 1, partner_name: "Stale" }), 409, "version_conflict");
    expect(conflict.current_reference_version).toBe(2);
    await expectValidation(await patch({ reference_version: 2, partner_type: "ifa_firm" }), ["partner_type"]);
    await expectValidation(await patch({ reference_version: 2, parent_partner_id: "iff-abc12345" }), ["parent_partner_id"]);
    await expectValidation(await patch({ partner_name: "No version" }), ["reference_version"]);
    expect(await get(t, `${PATH}/${id}`)).toEqual(updated);
    await expectProblem(await t.fetch(`${PATH}/ifa-nop00000`, { method: "PATCH", json: { request_id: crypto.randomUUID(), reference_version: 1 } }), 404, "resource_not_found");
    const types = (await eventsOf(t)).filter((e) => e.type.startsWith("distribution_partner_")).map((e) => e.type);
    expect(types).toEqual(["distribution_partner_created", "distribution_partner_created", "distribution_partner_created", "distribution_partner_created", "distribution_partner_updated"]);
  });

  it("assigns partners to accounts and investors and lists the assignments both ways", async () => {
    const t = await newTenant();
    const { firm, ifa, ifa2 } = await hierarchy(t);
    const { investorId } = await activeInvestor(t);
    const potId = await createPot(t, investorId);
    const accountId = (await get(t, `/tenant/pots/v1/${potId}`)).account_id as string;
    const assign = (fields: Record<string, unknown>, action = "assign") => t.fetch(`${ASSIGN}/${action}`, { method: "POST", json: { request_id: crypto.randomUUID(), ...fields } });

    const res = await assign({ distribution_partner_id: ifa.distribution_partner_id, entity_type: "account", entity_id: accountId });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ distribution_partner_id: ifa.distribution_partner_id, entity_type: "account", entity_id: accountId });
    // Again: the same answer, one assignment.
    expect((await assign({ distribution_partner_id: ifa.distribution_partner_id, entity_type: "account", entity_id: accountId })).status).toBe(200);
    expect((await assign({ distribution_partner_id: ifa.distribution_partner_id, entity_type: "investor", entity_id: investorId })).status).toBe(200);
    expect((await assign({ distribution_partner_id: ifa2.distribution_partner_id, entity_type: "account", entity_id: accountId })).status).toBe(200);

    expect(await get(t, `${ASSIGN}/distribution-partners?entity_type=account&entity_id=${accountId}`)).toEqual({ distribution_partners: [ifa, ifa2] });
    expect(await get(t, `${ASSIGN}/distribution-partners?entity_type=investor&entity_id=${investorId}`)).toEqual({ distribution_partners: [ifa] });
    expect((await t.fetch(`${ASSIGN}/distribution-partners?entity_type=investor&entity_id=${accountId}`)).status).toBe(404);
    expect(await get(t, `${ASSIGN}/entities?distribution_partner_id=${ifa.distribution_partner_id}`)).toEqual({
      distribution_partner_id: ifa.distribution_partner_id,
      partner_name: "Alex Adviser",
      partner_type: "ifa",
      assigned_entities: [{ entity_type: "account", entity_id: accountId }, { entity_type: "investor", entity_id: investorId }],
    });
    expect((await get(t, `${ASSIGN}/entities?distribution_partner_id=${ifa.distribution_partner_id}&entity_type=investor`)).assigned_entities).toEqual([{ entity_type: "investor", entity_id: investorId }]);
    expect((await get(t, `${ASSIGN}/entities?distribution_partner_id=${firm.distribution_partner_id}`)).assigned_entities).toEqual([]);

    await expectValidation(await assign({ distribution_partner_id: ifa.distribution_partner_id, entity_type: "account", entity_id: accountId }, "de-assign"), ["action"]);
    await expectValidation(await assign({ distribution_partner_id: ifa.distribution_partner_id, entity_type: "pot", entity_id: potId }), ["entity_type"]);
    await expectProblem(await assign({ distribution_partner_id: "ifa-nop00000", entity_type: "account", entity_id: accountId }), 404, "resource_not_found");
    await expectProblem(await assign({ distribution_partner_id: ifa.distribution_partner_id, entity_type: "account", entity_id: "GIA000" }), 404, "resource_not_found");
    await expectProblem(await assign({ distribution_partner_id: ifa.distribution_partner_id, entity_type: "investor", entity_id: accountId }), 404, "resource_not_found");
    await expectProblem(await t.fetch(`${ASSIGN}/entities?distribution_partner_id=ifa-nop00000`), 404, "resource_not_found");
    await expectValidation(await t.fetch(`${ASSIGN}/distribution-partners?entity_id=${accountId}`), ["entity_type"]);

    // Each new assignment is on the feed, naming the entity.
    const assigned = (await eventsOf(t)).filter((e) => e.type === "distribution_partner_assigned").map((e) => e.payload);
    expect(assigned).toEqual([
      { distribution_partner_id: ifa.distribution_partner_id, entity_type: "account", entity_id: accountId },
      { distribution_partner_id: ifa.distribution_partner_id, entity_type: "investor", entity_id: investorId },
      { distribution_partner_id: ifa2.distribution_partner_id, entity_type: "account", entity_id: accountId },
    ]);
  });
});
