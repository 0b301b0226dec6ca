import { expect } from "vitest";
import { sandboxTenantAt } from "./clock";
import { activeInvestor, addProduct, createPot, get, post } from "./money";
import { admin, type TestTenant } from "./tenant";

/** Static data as Origo would hold it for the tenant; `99913` is the sandbox's "member not found" provider. */
export const STATIC_DATA = {
  ceding_providers: [
    { ceding_provider_id: "12251", name: "Aviva Pensions" },
    { ceding_provider_id: "30457", name: "Scottish Widows" },
    { ceding_provider_id: "99913", name: "Lost Records Life" },
  ],
  case_contacts: [
    { case_contact_id: "5648", name: "Transfers Desk", email: "transfers@example.com", default: true },
    { case_contact_id: "5906", name: "Senior Case Handler" },
  ],
  payment_accounts: [
    { payment_account_id: "37643", account_name: "Client money - transfers", sort_code: "12-34-56", account_number: "87654321", default: true },
    { payment_account_id: "37644", account_name: "Client money - reserve", sort_code: "12-34-56", account_number: "87654322" },
  ],
  scheme_references: [
    { scheme_reference_identifier: "4844", pstr: "12345678AB", scheme_name: "Coffer SIPP", default: true },
    { scheme_reference_identifier: "4845", pstr: "87654321CD", scheme_name: "Coffer SIPP II" },
  ],
};

/** Replaces the tenant's transfer-network static data. */
export async function putStaticData(t: TestTenant, data: unknown = STATIC_DATA): Promise<Response> {
  return admin("PUT", `/admin/v1/tenants/${t.id}/transfer-network/static-data`, data);
}

export interface TransferSetup {
  t: TestTenant;
  investorId: string;
  potId: string;
  accountId: string;
  templateId: string;
}

/**
 * A sandbox tenant frozen at `at` with static data, one product (price 2.0000), a 60/40 template
 * (product/cash), an active investor and a SIPP Accumulation pot following the template.
 */
export async function transferSetup(at = "2026-11-02T10:00:00Z"): Promise<TransferSetup> {
  const t = await sandboxTenantAt(at);
  expect((await putStaticData(t)).status).toBe(200);
  await addProduct(t, "GB00B3X7QG63", "2.0000", { close_price_on_date: at.slice(0, 10) });
  const template = await post(t, "/tenant/portfolio-templates/v1", {
    portfolio_name: "Pension_Growth",
    ratios: [
      { investment_product_id: "GB00B3X7QG63", ratio: "60.00" },
      { investment_product_id: "cash", ratio: "40.00" },
    ],
  });
  expect(template.status).toBe(201);
  const { investorId } = await activeInvestor(t);
  const templateId = template.body.portfolio_template_id as string;
  const potId = await createPot(t, investorId, { portfolio_template_id: templateId }, "sipp_accumulation");
  const pot = await get(t, `/tenant/pots/v1/${potId}`);
  return { t, investorId, potId, accountId: pot.account_id as string, templateId };
}

/** A valid create-transfer body for the setup's pot; `fields` override. */
export function transferBody(s: Pick<TransferSetup, "potId" | "accountId">, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    request_id: crypto.randomUUID(),
    service_provider: "origo",
    transfer_type: "cash",
    encash_all: true,
    acquiring_account_id: s.accountId,
    acquiring_pot_id: s.potId,
    ceding_account_id: "5823364",
    nb_application_received_date: "2026-10-27",
    ceding_provider_id: "12251",
    approximate_value_of_pre_retirement_benefits: "1000.50",
    financial_product_id: "sipp_accumulation",
    ...fields,
  };
}

/** Creates a transfer in and expects 201. */
export async function createTransfer(s: TransferSetup, fields: Record<string, unknown> = {}): Promise<any> {
  const res = await post(s.t, "/tenant/transfers/v1", transferBody(s, fields));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}
