import { describe, expect, it } from "vitest";
import { activeInvestor, get, post } from "../../helpers/money";
import { createInvestor } from "../../helpers/investors";
import { expectProblem, expectValidation } from "../../helpers/problem";
import { newTenant, type TestTenant } from "../../helpers/tenant";

const item = (fields: Record<string, unknown> = {}) => ({ pot_name: "Growth", pot_currency: "GBP", status: "active", ...fields });

const createBody = (investorIds: string[], pots: unknown[], fields: Record<string, unknown> = {}) => ({
  request_id: crypto.randomUUID(),
  investor_id: investorIds,
  financial_product_id: "general_investment_product",
  pots,
  ...fields,
});

const send = (t: TestTenant, json: unknown, headers: Record<string, string> = {}) => t.fetch("/tenant/pots/v1", { method: "POST", json, headers });

async function listPots(t: TestTenant, investorId: string, query = ""): Promise<any[]> {
  return (await get(t, `/tenant/pots/v1?investor_id=${investorId}${query}`)).pots;
}

async function cashTemplate(t: TestTenant, name = "All_Cash"): Promise<string> {
  const res = await post(t, "/tenant/portfolio-templates/v1", { portfolio_name: name, ratios: [{ investment_product_id: "cash", ratio: "100.00" }] });
  expect(res.status).toBe(201);
  return res.body.portfolio_template_id;
}

describe("creating pots", () => {
  it("creates up to five pots in one request, each with its own result, in the investor's implicit account", async () => {
    const t = await newTenant();
    const { investorId } = await activeInvestor(t);
    const pots = [1, 2, 3, 4, 5].map((n) => item({ pot_name: `Pot ${n}` }));
    const res = await send(t, createBody([investorId], pots));
    expect(res.status).toBe(201);
    const body = (await res.json()) as any;
    expect(body).toMatchObject({ status: "success", investor_id: [investorId], financial_product_id: "general_investment_product" });
    expect(body.results).toHaveLength(5);
    const accountId = body.results[0].account_id;
    expect(accountId).toMatch(/^GIA\d+$/);
    body.results.forEach((r: any, i: number) => {
      expect(r).toMatchObject({
        success: true,
        pot_id: expect.stringMatching(/^pot-[A-Z0-9]+$/),
        pot_name: `Pot ${i + 1}`,
        investor_id: [investorId],
        financial_product_id: "general_investment_product",
        pot_currency: "GBP",
        status: "active",
        account_id: accountId,
        reference_version: 1,
      });
    });
    expect(new Set(body.results.map((r: any) => r.pot_id)).size).toBe(5);

    const account = await get(t, `/tenant/investor-accounts/v2/${accountId}`);
    expect(account).toMatchObject({ account_id: accountId, financial_product_id: "general_investment_product", investor_id: [investorId], status: "active" });
    expect([...account.pot_id].sort()).toEqual(body.results.map((r: any) => r.pot_id).sort());

    // A later pot of the same product joins the same account.
    const more = await post(t, "/tenant/pots/v1", createBody([investorId], [item({ pot_name: "Later" })]));
    expect(more.body.results[0].account_id).toBe(accountId);
    expect((await get(t, `/tenant/investor-accounts/v2/${accountId}`)).pot_id).toHaveLength(6);
    expect(await listPots(t, investorId)).toHaveLength(6);
    const single = await get(t, `/tenant/pots/v1/${more.body.results[0].pot_id}`);
    expect(single).toEqual({ ...more.body.results[0], success: undefined });
  });

  it("refuses six pots in one request (400 naming pots) and writes nothing", async () => {
    const t = await newTenant();
    const { investorId } = await activeInvestor(t);
    const pots = [1, 2, 3, 4, 5, 6].map((n) => item({ pot_name: `Pot ${n}` }));
    await expectValidation(await send(t, createBody([investorId], pots)), ["pots"]);
    await expectValidation(await send(t, createBody([investorId], [])), ["pots"]);
    expect(await listPots(t, investorId)).toEqual([]);
  });

  it("reports an unsupported currency per pot (partially_successful) and opens the others", async () => {
    const t = await newTenant();
    const { investorId } = await activeInvestor(t);
    const res = await post(t, "/tenant/pots/v1", createBody([investorId], [item({ pot_name: "Sterling" }), item({ pot_name: "Swiss", pot_currency: "CHF" }), item({ pot_name: "Default", pot_currency: undefined })]));
    expect(res.status).toBe(201);
    expect(res.body.status).toBe("partially_successful");
    expect(res.body.results[0]).toMatchObject({ success: true, pot_name: "Sterling", pot_currency: "GBP" });
    expect(res.body.results[1]).toEqual({ success: false, message: "Value [CHF] for [pot_currency] is not valid" });
    // Without pot_currency the pot takes the tenant's base currency.
    expect(res.body.results[2]).toMatchObject({ success: true, pot_name: "Default", pot_currency: "GBP" });
    const pots = await listPots(t, investorId);
    expect(pots.map((p) => p.pot_name).sort()).toEqual(["Default", "Sterling"]);
  });

  it("answers 400 and writes nothing (not even the account) when every pot fails", async () => {
    const t = await newTenant();
    const { investorId } = await activeInvestor(t);
    const res = await send(t, createBody([investorId], [item({ pot_currency: "CHF" }), item({ pot_currency: "USD" }), item({ portfolio_template_id: "ptpl-UNKNOWN" })]));
    const problem = await expectValidation(res, ["pots.0", "pots.1", "pots.2"]);
    expect(problem.errors).toEqual([
      { field: "pots.0", message: "Value [CHF] for [pot_currency] is not valid" },
      // USD is a WealthOS pot currency, but not enabled for the GIA here.
      { field: "pots.1", message: "Value [USD] for [pot_currency] is not valid" },
      { field: "pots.2", message: "Portfolio template [ptpl-UNKNOWN] does not exist" },
    ]);
    expect(await listPots(t, investorId)).toEqual([]);
    const { investor_accounts } = await get(t, `/tenant/investor-accounts/v2?investor_id=${investorId}`);
    expect(investor_accounts).toEqual([]);
  });

  it("attaches a portfolio template, and fails only the pot whose template is unknown", async () => {
    const t = await newTenant();
    const other = await newTenant();
    const foreignTemplate = await cashTemplate(other);
    const templateId = await cashTemplate(t);
    const { investorId } = await activeInvestor(t);
    const res = await post(t, "/tenant/pots/v1", createBody([investorId], [item({ portfolio_template_id: templateId }), item({ portfolio_template_id: foreignTemplate })]));
    expect(res.status).toBe(201);
    expect(res.body.status).toBe("partially_successful");
    expect(res.body.results[0]).toMatchObject({ success: true, portfolio_template_id: templateId });
    expect(res.body.results[1]).toEqual({ success: false, message: `Portfolio template [${foreignTemplate}] does not exist` });
  });

  it("chooses investor_id or account_id by financial product", async () => {
    const t = await newTenant();
    const { investorId } = await activeInvestor(t);
    const gia = { request_id: crypto.randomUUID(), financial_product_id: "general_investment_product", pots: [item()] };
    await expectValidation(await send(t, gia), ["investor_id"]);
    await expectValidation(await send(t, { ...gia, account_id: "GIA123" }), ["investor_id", "account_id"]);

    const account = await post(t, "/tenant/investor-accounts/v2", { request_id: crypto.randomUUID(), investor_id: [investorId], financial_product_id: "treasury_management", account_type: "business", account_sub_type: "charity" });
    expect(account.status).toBe(201);
    const treasury = { request_id: crypto.randomUUID(), financial_product_id: "treasury_management", pots: [item({ pot_name: "Reserve" })] };
    await expectValidation(await send(t, treasury), ["account_id"]);
    await expectValidation(await send(t, { ...treasury, investor_id: [investorId] }), ["account_id", "investor_id"]);
    await expectValidation(await send(t, { ...treasury, financial_product_id: "stocks_jisa" }), ["account_id"]);

    const ok = await post(t, "/tenant/pots/v1", { ...treasury, account_id: account.body.account_id });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ status: "success", investor_id: [investorId], financial_product_id: "treasury_management" });
    expect(ok.body.results[0]).toMatchObject({ success: true, account_id: account.body.account_id, investor_id: [investorId] });
    expect((await get(t, `/tenant/investor-accounts/v2/${account.body.account_id}`)).pot_id).toEqual([ok.body.results[0].pot_id]);

    // The account must be of the product named.
    await expectValidation(await send(t, { ...treasury, request_id: crypto.randomUUID(), financial_product_id: "stocks_jisa", account_id: account.body.account_id }), ["account_id"]);
    const unknown = await expectProblem(await send(t, { ...treasury, request_id: crypto.randomUUID(), account_id: "CASHACC0000000001" }), 404, "resource_not_found");
    expect(unknown.errors).toEqual([{ field: "account_id", message: "unknown account" }]);
  });

  it("treats unknown investors and another tenant's investors alike (404 naming investor_id.N)", async () => {
    const t = await newTenant();
    const other = await newTenant();
    const { investorId } = await activeInvestor(t);
    const { investorId: foreign } = await activeInvestor(other);
    const unknown = await expectProblem(await send(t, createBody(["inv-NOPE0000"], [item()])), 404, "resource_not_found");
    expect(unknown.errors).toEqual([{ field: "investor_id.0", message: "unknown investor" }]);
    const crossTenant = await expectProblem(await send(t, createBody([foreign], [item()])), 404, "resource_not_found");
    expect(crossTenant.errors).toEqual([{ field: "investor_id.0", message: "unknown investor" }]);
    const second = await expectProblem(await send(t, createBody([investorId, foreign], [item()])), 404, "resource_not_found");
    expect(second.errors).toEqual([{ field: "investor_id.1", message: "unknown investor" }]);
    // The index is the one sent, even when an id is repeated.
    const third = await expectProblem(await send(t, createBody([investorId, investorId, "inv-NOPE0000"], [item()])), 404, "resource_not_found");
    expect(third.errors).toEqual([{ field: "investor_id.2", message: "unknown investor" }]);
    expect(await listPots(t, investorId)).toEqual([]);
    expect(await listPots(other, foreign)).toEqual([]);
    // Reading another tenant's pot is a 404 too.
    const { body } = await createInvestor(other);
    const foreignPot = await post(other, "/tenant/pots/v1", createBody([body.investor_id], [item()]));
    await expectProblem(await t.fetch(`/tenant/pots/v1/${foreignPot.body.results[0].pot_id}`), 404, "resource_not_found");
  });

  it("opens a joint pot in a joint account, listed for both investors, and filters lists by product (csv)", async () => {
    const t = await newTenant();
    const { investorId: a } = await activeInvestor(t);
    const { investorId: b } = await activeInvestor(t);
    const joint = await post(t, "/tenant/pots/v1", createBody([a, b], [item({ pot_name: "Joint" })]));
    expect(joint.status).toBe(201);
    expect(joint.body.investor_id).toEqual([a, b]);
    const jointPot = joint.body.results[0];
    const account = await get(t, `/tenant/investor-accounts/v2/${jointPot.account_id}`);
    expect(account).toMatchObject({ investor_id: [a, b], account_ownership: "joint", pot_id: [jointPot.pot_id] });

    const isa = await post(t, "/tenant/pots/v1", createBody([a], [item({ pot_name: "ISA" })], { financial_product_id: "stocks_isa" }));
    const sipp = await post(t, "/tenant/pots/v1", createBody([a], [item({ pot_name: "Pension" })], { financial_product_id: "sipp_accumulation" }));
    const own = await post(t, "/tenant/pots/v1", createBody([a], [item({ pot_name: "Own" })]));
    expect(own.body.results[0].account_id).not.toBe(jointPot.account_id);

    const namesOf = (pots: any[]) => pots.map((p) => p.pot_name).sort();
    expect(namesOf(await listPots(t, a))).toEqual(["ISA", "Joint", "Own", "Pension"]);
    expect(namesOf(await listPots(t, b))).toEqual(["Joint"]);
    expect((await listPots(t, b))[0]).toMatchObject({ pot_id: jointPot.pot_id, investor_id: [a, b] });
    expect(namesOf(await listPots(t, a, "&financial_product_id=stocks_isa"))).toEqual(["ISA"]);
    expect(namesOf(await listPots(t, a, "&financial_product_id=stocks_isa,sipp_accumulation"))).toEqual(["ISA", "Pension"]);
    expect(namesOf(await listPots(t, a, "&financial_product_id=general_investment_product"))).toEqual(["Joint", "Own"]);
    expect(namesOf(await listPots(t, b, "&financial_product_id=stocks_isa"))).toEqual([]);
    expect(isa.body.results[0].account_id).toMatch(/^SSISA\d+$/);
    expect(sipp.body.results[0].account_id).toMatch(/^SIPPACC\d+$/);
  });

  it("rejects a reused request_id (400 duplicate_request) and replays an Idempotency-Key retry with one pot", async () => {
    const t = await newTenant();
    const { investorId } = await activeInvestor(t);
    const body = createBody([investorId], [item()]);
    expect((await send(t, body)).status).toBe(201);
    const duplicate = await send(t, body);
    expect(duplicate.status).toBe(400);
    const answer = (await duplicate.json()) as Record<string, unknown>;
    expect(answer).toMatchObject({ error_code: "duplicate_request", message: "duplicate request", status: "COMPLETE" });
    expect(JSON.parse(String(answer.response))).toMatchObject({ status: "success", investor_id: [investorId] });
    expect(await listPots(t, investorId)).toHaveLength(1);

    const key = crypto.randomUUID();
    const retried = createBody([investorId], [item({ pot_name: "Retried" })]);
    const first = await send(t, retried, { "Idempotency-Key": key });
    const second = await send(t, retried, { "Idempotency-Key": key });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect(await second.json()).toEqual(await first.json());
    expect((await listPots(t, investorId)).filter((p) => p.pot_name === "Retried")).toHaveLength(1);
  });
});

describe("updating pots", () => {
  it("renames, attaches and detaches a template, changes status, with reference_version", async () => {
    const t = await newTenant();
    const templateId = await cashTemplate(t);
    const { investorId } = await activeInvestor(t);
    const created = await post(t, "/tenant/pots/v1", createBody([investorId], [item({ portfolio_template_id: templateId })]));
    const pot = created.body.results[0];
    const patch = (json: unknown) => t.fetch(`/tenant/pots/v1/${pot.pot_id}`, { method: "PATCH", json });

    const renamed = await patch({ pot_name: "Retirement", reference_version: 1 });
    expect(renamed.status).toBe(200);
    expect(await renamed.json()).toMatchObject({ pot_id: pot.pot_id, pot_name: "Retirement", portfolio_template_id: templateId, status: "active", reference_version: 2 });

    const detached = await patch({ portfolio_template_id: null, reference_version: 2 });
    const detachedPot = await detached.json();
    expect(detachedPot).toMatchObject({ pot_name: "Retirement", reference_version: 3 });
    expect(detachedPot).not.toHaveProperty("portfolio_template_id");

    const stale = await expectProblem(await patch({ status: "inactive", reference_version: 2 }), 409, "version_conflict");
    expect(stale.detail).toContain("3");
    const inactive = await patch({ status: "inactive", reference_version: 3 });
    expect(await inactive.json()).toMatchObject({ status: "inactive", reference_version: 4 });
    const reattached = await patch({ portfolio_template_id: templateId, status: "active", reference_version: 4 });
    expect(await reattached.json()).toMatchObject({ status: "active", portfolio_template_id: templateId, reference_version: 5 });

    expect(await get(t, `/tenant/pots/v1/${pot.pot_id}`)).toMatchObject({ pot_name: "Retirement", status: "active", portfolio_template_id: templateId, reference_version: 5, account_id: pot.account_id });
  });

  it("validates the update: fields, unknown template, unknown pot; nothing changes", async () => {
    const t = await newTenant();
    const other = await newTenant();
    const { investorId } = await activeInvestor(t);
    const created = await post(t, "/tenant/pots/v1", createBody([investorId], [item()]));
    const potId = created.body.results[0].pot_id;
    const patch = (json: unknown, id = potId, tenant = t) => tenant.fetch(`/tenant/pots/v1/${id}`, { method: "PATCH", json });
    await expectValidation(await patch({ pot_name: "", reference_version: 1 }), ["pot_name"]);
    await expectValidation(await patch({ pot_name: "x".repeat(51), reference_version: 1 }), ["pot_name"]);
    await expectValidation(await patch({ status: "closed", reference_version: 1 }), ["status"]);
    await expectValidation(await patch({ pot_name: "No version" }), ["reference_version"]);
    await expectValidation(await patch({ portfolio_template_id: "ptpl-NOPE", reference_version: 1 }), ["portfolio_template_id"]);
    await expectProblem(await patch({ pot_name: "Ghost", reference_version: 1 }, "pot-NOPE000000"), 404, "resource_not_found");
    await expectProblem(await patch({ pot_name: "Foreign", reference_version: 1 }, potId, other), 404, "resource_not_found");
    expect(await get(t, `/tenant/pots/v1/${potId}`)).toMatchObject({ pot_name: "Growth", reference_version: 1 });
  });
});
