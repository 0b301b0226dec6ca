import { beforeAll, describe, expect, it } from "vitest";
import { get } from "../../helpers/money";
import { expectProblem } from "../../helpers/problem";
import { admin, newTenant, type TestTenant } from "../../helpers/tenant";
import { ASSIGN, partnerKey, seedBooks, withKey } from "./seed";

let t: TestTenant;
let seed: Awaited<ReturnType<typeof seedBooks>>;

beforeAll(async () => {
  t = await newTenant();
  seed = await seedBooks(t);
});

const ids = (list: Array<Record<string, unknown>>, field: string) => list.map((r) => r[field]).sort();

describe("distribution-partner API keys", () => {
  it("are created through the admin API, listed with the tenant's keys and refused for an unknown partner", async () => {
    const key = await partnerKey(t, seed.ifaA1);
    expect(key).toMatchObject({ key_id: expect.stringMatching(/^key_/), api_key: expect.stringMatching(/^cof_sk_/), revoked_at: null, distribution_partner_id: seed.ifaA1 });
    const tenant = (await (await admin("GET", `/admin/v1/tenants/${t.id}`)).json()) as { api_keys: Array<Record<string, unknown>> };
    expect(tenant.api_keys.find((k) => k.key_id === key.key_id)).toEqual({ key_id: key.key_id, prefix: key.api_key.slice(0, 13), created_at: expect.any(String), revoked_at: null, distribution_partner_id: seed.ifaA1 });
    // A tenant key shows no partner.
    expect(tenant.api_keys.find((k) => k.key_id === t.keyId)).not.toHaveProperty("distribution_partner_id");
    const unknown = await expectProblem(await admin("POST", `/admin/v1/tenants/${t.id}/distribution-partners/ifa-nop00000/api-keys`), 404, "resource_not_found");
    expect(unknown.errors).toEqual([{ field: "distribution_partner_id", message: expect.any(String) }]);
    await expectProblem(await admin("POST", `/admin/v1/tenants/no-such-tenant/distribution-partners/${seed.ifaA1}/api-keys`), 404, "resource_not_found");
    await expectProblem(await admin("POST", `/admin/v1/tenants/${t.id}/distribution-partners/${seed.ifaA1}/api-keys`, undefined, "wrong"), 401, "admin_unauthenticated");
  });

  it("see only the book: an IFA its own investors, a firm its IFAs' and its own, nobody another firm's", async () => {
    const ifaA1 = withKey(t, (await partnerKey(t, seed.ifaA1)).api_key);
    const firmA = withKey(t, (await partnerKey(t, seed.firmA)).api_key);
    const firmB = withKey(t, (await partnerKey(t, seed.firmB)).api_key);
    const investors = async (c: TestTenant) => ids((await get(c, "/tenant/investors/v1?page_size=100")).investors, "investor_id");
    const accounts = async (c: TestTenant) => ids((await get(c, "/tenant/investor-accounts/v2?page_size=100")).investor_accounts, "account_id");
    const pots = async (c: TestTenant) => {
      const all = [];
      for (const i of [seed.a1, seed.a2, seed.b, seed.c]) all.push(...(await get(c, `/tenant/pots/v1?investor_id=${i.investorId}&page_size=100`)).pots);
      return ids(all, "pot_id");
    };
    const { a1, a2, b, c } = seed;
    expect(await investors(ifaA1)).toEqual([a1.investorId].sort());
    // Firm A: its IFAs' investors and, read only, the investor of the account assigned to it.
    expect(await investors(firmA)).toEqual([a1.investorId, a2.investorId, c.investorId].sort());
    expect(await investors(firmB)).toEqual([b.investorId]);
    expect(await investors(t)).toEqual(expect.arrayContaining([a1.investorId, a2.investorId, b.investorId, c.investorId]));
    expect(await pots(ifaA1)).toEqual([a1.potId]);
    // c's pot in the assigned account, not c's other pot.
    expect(await pots(firmA)).toEqual([a1.potId, a2.potId, c.potId].sort());
    expect(await pots(firmB)).toEqual([b.potId]);
    expect(await accounts(ifaA1)).toEqual([a1.accountId]);
    expect(await accounts(firmA)).toEqual([a1.accountId, a2.accountId, c.accountId].sort());
    // Gets outside the book are 404s, as if the resource did not exist.
    await expectProblem(await ifaA1.fetch(`/tenant/investors/v1/${a2.investorId}`), 404, "resource_not_found");
    await expectProblem(await ifaA1.fetch(`/tenant/pots/v1/${b.potId}`), 404, "resource_not_found");
    await expectProblem(await firmA.fetch(`/tenant/pots/v1/${seed.cOtherPot}`), 404, "resource_not_found");
    await expectProblem(await firmB.fetch(`/tenant/investors/v1/${a1.investorId}`), 404, "resource_not_found");
    expect((await get(firmA, `/tenant/investors/v1/${c.investorId}`)).investor_id).toBe(c.investorId);
    expect((await get(firmA, `/tenant/pots/v1/${a2.potId}`)).pot_id).toBe(a2.potId);
    // Open resources (the catalogue, the partners) read the same for every key.
    expect(await get(ifaA1, "/tenant/financial-products/v1")).toEqual(await get(t, "/tenant/financial-products/v1"));
  });

  it("write only within the book: a write naming another book's entity is a 404 naming the field and writes nothing", async () => {
    const ifaA1 = withKey(t, (await partnerKey(t, seed.ifaA1)).api_key);
    const firmA = withKey(t, (await partnerKey(t, seed.firmA)).api_key);
    const potBody = (investorId: string) => ({ request_id: crypto.randomUUID(), investor_id: [investorId], financial_product_id: "general_investment_product", pots: [{ pot_name: "More", pot_currency: "GBP", status: "active" }] });
    const potCount = async () => (await get(t, `/tenant/pots/v1?investor_id=${seed.a1.investorId}`)).pots.length + (await get(t, `/tenant/pots/v1?investor_id=${seed.b.investorId}`)).pots.length;
    const before = await potCount();
    const refused = await expectProblem(await ifaA1.fetch("/tenant/pots/v1", { method: "POST", json: potBody(seed.b.investorId) }), 404, "resource_not_found");
    expect(refused.errors).toEqual([{ field: "investor_id.0", message: expect.any(String) }]);
    // c is only readable for firm A (its account is assigned, not c).
    await expectProblem(await firmA.fetch("/tenant/pots/v1", { method: "POST", json: potBody(seed.c.investorId) }), 404, "resource_not_found");
    expect(await potCount()).toBe(before);
    // Within the book the same write succeeds.
    const ok = await ifaA1.fetch("/tenant/pots/v1", { method: "POST", json: potBody(seed.a1.investorId) });
    expect(ok.status, await ok.clone().text()).toBe(201);
    const created = ((await ok.json()) as { results: Array<{ pot_id: string }> }).results[0]!.pot_id;
    expect((await get(ifaA1, `/tenant/pots/v1/${created}`)).pot_id).toBe(created);
    expect(await potCount()).toBe(before + 1);
  });

  it("refuse a batch naming one pot outside the book as a whole, and pay into a pot of the book", async () => {
    const firmA = withKey(t, (await partnerKey(t, seed.firmA)).api_key);
    const feedLength = async () => (await get(t, "/tenant/activity/v1?limit=1000")).events.length;
    const before = await feedLength();
    const entry = (e: { investorId: string; potId: string }, i: number) => ({ investor_id: e.investorId, pot_id: e.potId, amount: "10.00", external_transaction_reference: `mixed-${i}` });
    const batch = { request_id: crypto.randomUUID(), currency: "GBP", amount: "30.00", payment_type: "manual", batch_payment_reference: "Mixed", payments: [entry(seed.a1, 0), entry(seed.a2, 1), entry(seed.b, 2)] };
    const refused = await expectProblem(await firmA.fetch("/tenant/bulk-payments/v1", { method: "POST", json: batch }), 404, "resource_not_found");
    expect(refused.errors).toEqual([{ field: "payments.2.investor_id", message: expect.any(String) }]);
    // Nothing was written: no batch, no payment, not one event.
    expect(await feedLength()).toBe(before);
    expect((await get(t, `/tenant/payments/v1?investor_id=${seed.a1.investorId}`)).payments).toEqual([]);
    // The investor of an account assigned to the firm may be named next to the account's pot, not with another of theirs.
    const own = { ...batch, request_id: crypto.randomUUID(), amount: "10.00", payments: [entry(seed.c, 0)] };
    const accepted = await firmA.fetch("/tenant/bulk-payments/v1", { method: "POST", json: own });
    expect(accepted.status, await accepted.clone().text()).toBe(202);
    const notTheirs = { ...own, request_id: crypto.randomUUID(), payments: [{ ...entry(seed.c, 0), pot_id: seed.cOtherPot }] };
    expect((await expectProblem(await firmA.fetch("/tenant/bulk-payments/v1", { method: "POST", json: notTheirs }), 404, "resource_not_found")).errors).toEqual([{ field: "payments.0.investor_id", message: expect.any(String) }]);
    // A payment into a pot of the book works; into another book's pot it is a 404 naming pot_id.
    const payment = (potId: string) => ({ request_id: crypto.randomUUID(), amount: "25.00", pot_id: potId, payment_type: "manual", service_provider: "none", purpose: "cash" });
    const paid = await firmA.fetch("/tenant/payments/v1", { method: "POST", json: payment(seed.a2.potId) });
    expect(paid.status, await paid.clone().text()).toBe(201);
    const paymentId = ((await paid.json()) as { transaction_id: string }).transaction_id;
    expect((await get(firmA, `/tenant/payments/v1/${paymentId}`)).transaction_id).toBe(paymentId);
    await expectProblem(await withKey(t, (await partnerKey(t, seed.ifaA1)).api_key).fetch(`/tenant/payments/v1/${paymentId}`), 404, "resource_not_found");
    const elsewhere = await expectProblem(await firmA.fetch("/tenant/payments/v1", { method: "POST", json: payment(seed.b.potId) }), 404, "resource_not_found");
    expect(elsewhere.errors).toEqual([{ field: "pot_id", message: expect.any(String) }]);
  });

  it("change the book's investors and pots named only in the path", async () => {
    const ifaA1 = withKey(t, (await partnerKey(t, seed.ifaA1)).api_key);
    const investor = await get(ifaA1, `/tenant/investors/v1/${seed.a1.investorId}`);
    const renamed = await ifaA1.fetch(`/tenant/investors/v1/${seed.a1.investorId}`, { method: "PATCH", json: { reference_version: investor.reference_version, last_name: "Renamed" } });
    expect(renamed.status, await renamed.clone().text()).toBe(200);
    expect((await get(t, `/tenant/investors/v1/${seed.a1.investorId}`)).last_name).toBe("Renamed");
    const pot = await get(ifaA1, `/tenant/pots/v1/${seed.a1.potId}`);
    const potRenamed = await ifaA1.fetch(`/tenant/pots/v1/${seed.a1.potId}`, { method: "PATCH", json: { reference_version: pot.reference_version, pot_name: "Renamed pot" } });
    expect(potRenamed.status, await potRenamed.clone().text()).toBe(200);
    // The same writes on another book's investor and pot are 404s that change nothing.
    const other = await get(t, `/tenant/investors/v1/${seed.a2.investorId}`);
    await expectProblem(await ifaA1.fetch(`/tenant/investors/v1/${seed.a2.investorId}`, { method: "PATCH", json: { reference_version: other.reference_version, last_name: "Hijacked" } }), 404, "resource_not_found");
    const otherPot = await get(t, `/tenant/pots/v1/${seed.b.potId}`);
    await expectProblem(await ifaA1.fetch(`/tenant/pots/v1/${seed.b.potId}`, { method: "PATCH", json: { reference_version: otherPot.reference_version, pot_name: "Hijacked" } }), 404, "resource_not_found");
    expect((await get(t, `/tenant/investors/v1/${seed.a2.investorId}`)).last_name).toBe(other.last_name);
    expect((await get(t, `/tenant/pots/v1/${seed.b.potId}`)).pot_name).toBe(otherPot.pot_name);
  });

  it("cannot create investors, manage partners or act on the tenant as a whole", async () => {
    const ifaA1 = withKey(t, (await partnerKey(t, seed.ifaA1)).api_key);
    const investor = await ifaA1.fetch("/tenant/investors/v1", { method: "POST", json: { request_id: crypto.randomUUID(), first_name: "New", last_name: "Client", date_of_birth: "1990-01-01", email_address: "new@example.com" } });
    await expectProblem(investor, 404, "route_not_found");
    const assignment = await ifaA1.fetch(`${ASSIGN}/assign`, { method: "POST", json: { request_id: crypto.randomUUID(), distribution_partner_id: seed.ifaA1, entity_type: "investor", entity_id: seed.b.investorId } });
    await expectProblem(assignment, 404, "route_not_found");
    const own = await ifaA1.fetch(`${ASSIGN}/assign`, { method: "POST", json: { request_id: crypto.randomUUID(), distribution_partner_id: seed.ifaA2, entity_type: "investor", entity_id: seed.a1.investorId } });
    await expectProblem(own, 404, "route_not_found");
    const ids = (await get(t, "/tenant/investors/v1?page_size=100")).investors.map((i: { investor_id: string }) => i.investor_id);
    expect(ids).toHaveLength(4);
    expect(await get(t, `${ASSIGN}/distribution-partners?entity_type=investor&entity_id=${seed.a1.investorId}`)).toMatchObject({ distribution_partners: [{ distribution_partner_id: seed.ifaA1 }] });
  });

  it("stop working once revoked", async () => {
    const key = await partnerKey(t, seed.firmB);
    const firmB = withKey(t, key.api_key);
    expect((await firmB.fetch("/tenant/investors/v1")).status).toBe(200);
    expect((await admin("DELETE", `/admin/v1/tenants/${t.id}/api-keys/${key.key_id}`)).status).toBe(200);
    // This isolate forgets the tenant at once; another one within the cache's bound (5 s).
    await expectProblem(await firmB.fetch("/tenant/investors/v1"), 401, "unauthenticated");
  });
});

describe("partners of an entity", () => {
  it("is a 404 for an investor or account that does not exist", async () => {
    const res = await t.fetch(`${ASSIGN}/distribution-partners?entity_type=investor&entity_id=inv-XXX00000`);
    expect((await expectProblem(res, 404, "resource_not_found")).errors).toEqual([{ field: "entity_id", message: expect.any(String) }]);
    await expectProblem(await t.fetch(`${ASSIGN}/distribution-partners?entity_type=account&entity_id=${seed.a1.investorId}`), 404, "resource_not_found");
    expect(await get(t, `${ASSIGN}/distribution-partners?entity_type=account&entity_id=${seed.c.accountId}`)).toMatchObject({ distribution_partners: [{ distribution_partner_id: seed.firmA }] });
  });
});
