import { expect } from "vitest";
import { accountBody, createAccount, createPot as createPotIn } from "../../helpers/accounts";
import { activeInvestor, createPot, get, post } from "../../helpers/money";
import { admin, type TestTenant } from "../../helpers/tenant";
import { SELF } from "cloudflare:test";

export const PARTNERS = "/tenant/distribution-partners/v1";
export const ASSIGN = "/tenant/distribution-partner-assignments/v1";

async function partner(t: TestTenant, fields: Record<string, unknown>): Promise<string> {
  const res = await post(t, PARTNERS, { request_id: crypto.randomUUID(), ...fields });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.distribution_partner_id;
}

export async function assign(t: TestTenant, partnerId: string, entityType: "investor" | "account", entityId: string): Promise<void> {
  const res = await post(t, `${ASSIGN}/assign`, { request_id: crypto.randomUUID(), distribution_partner_id: partnerId, entity_type: entityType, entity_id: entityId });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

/** A client of the tenant with another key (e.g. a partner's). */
export function withKey(t: TestTenant, apiKey: string): TestTenant {
  return {
    ...t,
    apiKey,
    fetch(path, init = {}) {
      const { json, headers, ...rest } = init;
      const merged = new Headers(headers);
      merged.set("x-api-key", apiKey);
      if (json !== undefined) merged.set("content-type", "application/json");
      return SELF.fetch(`http://${t.id}.localhost${path}`, { ...rest, headers: merged, ...(json !== undefined && { body: JSON.stringify(json) }) });
    },
  };
}

/** Creates a partner-scoped key through the admin API. */
export async function partnerKey(t: TestTenant, partnerId: string): Promise<{ key_id: string; api_key: string; distribution_partner_id: string }> {
  const res = await admin("POST", `/admin/v1/tenants/${t.id}/distribution-partners/${partnerId}/api-keys`);
  expect(res.status, await res.clone().text()).toBe(201);
  return res.json();
}

export interface BookEntities {
  investorId: string;
  bankAccountId: string;
  potId: string;
  accountId: string;
}

async function investorWithPot(t: TestTenant): Promise<BookEntities> {
  const { investorId, bankAccountId } = await activeInvestor(t);
  const potId = await createPot(t, investorId);
  const pot = await get(t, `/tenant/pots/v1/${potId}`);
  return { investorId, bankAccountId, potId, accountId: pot.account_id };
}

/**
 * Two firms: firm A with IFAs A1 and A2, firm B. A1 is assigned investor a1 (with a pot), A2
 * investor a2, B investor b; firm A is assigned the account of investor c directly (c read only),
 * and c has another account (an ISA pot) outside every book.
 */
export async function seedBooks(t: TestTenant) {
  const firmA = await partner(t, { partner_name: "Firm A", partner_type: "ifa_firm" });
  const ifaA1 = await partner(t, { partner_name: "IFA A1", partner_type: "ifa", parent_partner_id: firmA });
  const ifaA2 = await partner(t, { partner_name: "IFA A2", partner_type: "ifa", parent_partner_id: firmA });
  const firmB = await partner(t, { partner_name: "Firm B", partner_type: "ifa_firm" });
  const a1 = await investorWithPot(t);
  const a2 = await investorWithPot(t);
  const b = await investorWithPot(t);
  const c = await investorWithPot(t);
  const account = await createAccount(t, accountBody([c.investorId]));
  expect(account.res.status, JSON.stringify(account.body)).toBe(201);
  const otherPot = await createPotIn(t, { account_id: account.body.account_id, financial_product_id: "treasury_management" });
  expect(otherPot.res.status, JSON.stringify(otherPot.body)).toBe(201);
  const cOtherPot = otherPot.body.results[0]!.pot_id;
  await assign(t, ifaA1, "investor", a1.investorId);
  await assign(t, ifaA2, "investor", a2.investorId);
  await assign(t, firmB, "investor", b.investorId);
  await assign(t, firmA, "account", c.accountId);
  return { firmA, ifaA1, ifaA2, firmB, a1, a2, b, c, cOtherPot };
}
