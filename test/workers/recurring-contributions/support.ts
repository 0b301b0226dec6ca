import { expect } from "vitest";
import { sandboxTenantAt } from "../../helpers/clock";
import { activeInvestor, addProduct, createPot, get, post } from "../../helpers/money";
import type { TestTenant } from "../../helpers/tenant";

export const FUND = "GB00B3X7QG63";

/** A sandbox tenant at `frozenAt` with an active investor and a GIA pot on a 60% fund / 40% cash template (fund price 2.5000). */
export async function setup(frozenAt: string, product = "general_investment_product") {
  const t = await sandboxTenantAt(frozenAt);
  await addProduct(t, FUND, "2.5000");
  const template = await post(t, "/tenant/portfolio-templates/v1", {
    portfolio_name: "Sixty_Forty",
    ratios: [{ investment_product_id: FUND, ratio: "60.00" }, { investment_product_id: "cash", ratio: "40.00" }],
  });
  expect(template.status).toBe(201);
  const { investorId, bankAccountId } = await activeInvestor(t);
  const potId = await createPot(t, investorId, { portfolio_template_id: template.body.portfolio_template_id }, product);
  return { t, investorId, bankAccountId, potId };
}

/** A create body for a monthly contribution into `potId`. */
export function contribution(potId: string, investorId: string, fields: Record<string, unknown> = {}, schedule: Record<string, unknown> = {}) {
  return {
    request_id: crypto.randomUUID(),
    contribution_name: "Monthly saving",
    pot_id: potId,
    financial_product_id: "general_investment_product",
    investor_id: investorId,
    amount: "100.00",
    sub_transaction_type: "Regular contribution",
    currency: "GBP",
    payment_type: "direct_debit",
    service_provider: "gocardless",
    purpose: "invest",
    payment_schedule: { interval_unit: "monthly", interval: 1, date: -1, start_date: "2027-01-01", count: 12, ...schedule },
    ...fields,
  };
}

/** The contribution as the list shows it. */
export async function contributionOf(t: TestTenant, id: string) {
  const { recurring_contributions } = await get(t, `/tenant/recurring-contributions/v1?contribution_id=${id}`);
  expect(recurring_contributions).toHaveLength(1);
  return recurring_contributions[0];
}

/** The payments a contribution raised, oldest first. */
export async function collectionsOf(t: TestTenant, id: string): Promise<any[]> {
  const { payments } = await get(t, `/tenant/payments/v1?contribution_id=${id}&sort=asc`);
  return payments;
}

/** Approves (or rejects) a sandbox mandate through its authorisation page, as the payer's browser would. */
export async function decide(t: TestTenant, authorizationUrl: string, action: "approve" | "reject", json = false): Promise<Response> {
  const { SELF } = await import("cloudflare:test");
  const url = authorizationUrl.replace(/^https?:\/\/[^/]+/, `http://${new URL(authorizationUrl).host}`);
  return json
    ? SELF.fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ action }) })
    : SELF.fetch(url, { method: "POST", body: new URLSearchParams({ action }) });
}

/**
 * Advances the test clock to `to` a month (at most) at a time, so that each step stays well
 * within one request's budget (a long advance may otherwise finish in the background).
 */
export async function advanceTo(t: TestTenant, to: string): Promise<void> {
  const { clockOf, advance } = await import("../../helpers/clock");
  const target = Date.parse(to);
  let now = Date.parse((await clockOf(t)).now);
  while (now < target) {
    const step = new Date(Math.min(now + 31 * 86_400_000, target)).toISOString();
    now = Date.parse((await advance(t, { to: step })).now);
  }
}
