import type { TestTenant } from "./tenant";

export type Account = Record<string, unknown> & { account_id: string; reference_version: number };

/** A v2 account creation body for the given investors (treasury management unless overridden). */
export function accountBody(investorIds: string[], fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { request_id: crypto.randomUUID(), investor_id: investorIds, financial_product_id: "treasury_management", ...fields };
}

/** Creates an account through `POST /tenant/investor-accounts/{version}`; returns the raw answer and its body. */
export async function createAccount(t: TestTenant, body: Record<string, unknown>, version: "v1" | "v2" = "v2", headers: Record<string, string> = {}) {
  const res = await t.fetch(`/tenant/investor-accounts/${version}`, { method: "POST", headers, json: body });
  return { res, body: (await res.clone().json()) as Account };
}

/** Opens pots through `POST /tenant/pots/v1`; returns the raw answer and its body. */
export async function createPot(t: TestTenant, fields: Record<string, unknown>) {
  const res = await t.fetch("/tenant/pots/v1", {
    method: "POST",
    json: { request_id: crypto.randomUUID(), pots: [{ pot_name: "Main", pot_currency: "GBP", status: "active" }], ...fields },
  });
  return { res, body: (await res.clone().json()) as { results: Array<{ pot_id: string; account_id: string }> } & Record<string, unknown> };
}

/** The accounts a list request answers with. */
export async function listAccounts(t: TestTenant, query = "", version: "v1" | "v2" = "v2") {
  const res = await t.fetch(`/tenant/investor-accounts/${version}${query}`);
  return { res, body: (await res.clone().json()) as { investor_accounts: Account[]; next_page_available: boolean } };
}
