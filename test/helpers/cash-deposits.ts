import { activeInvestor, createPot, fund, get, post } from "./money";
import { admin, type TestTenant } from "./tenant";

export const COUNTERPARTY_ID = "CPY-HSB12345";

/** A bank sending deposit and redemption instructions at 11:00 London on business days. */
export const COUNTERPARTY = {
  counterparty_name: "HSBC",
  counterparty_type: "bank",
  instruction_schedule: { business_days: ["monday", "tuesday", "wednesday", "thursday", "friday"], cut_off_times: ["11:00"] },
  sell_instruction_schedule: { business_days: ["monday", "tuesday", "wednesday", "thursday", "friday"], cut_off_times: ["11:00"] },
  bank_accounts: [{ account_name: "HSBC deposits", bank_account_number: "12345678", sort_code: "40-11-22", currency: "GBP" }],
  status: "active",
  attachments: [{ name: "Terms", file_id: "FILE-AHY58878" }],
};

/** A 7-day notice deposit at 4.50 % with thresholds and top-up rules. */
export const NOTICE_PRODUCT = {
  asset_sub_type: "notice_deposit",
  investment_product_name: "HSBC 7 day notice",
  counterparty: COUNTERPARTY_ID,
  currency: "GBP",
  notice_period: 7,
  interest_type: "fixed",
  interest_rates: [{ rate: "4.50", effective_date: "2026-01-01" }],
  minimum_investment: "1000.00",
  maximum_investment: "50000.00",
  minimum_balance: "500.00",
  top_up_configurations: { allowed: true, minimum_top_up: "100.00", maximum_top_ups: 2 },
  enabled_account_types: ["individual"],
};

export async function putCounterparty(t: TestTenant, id = COUNTERPARTY_ID, body: Record<string, unknown> = COUNTERPARTY): Promise<Response> {
  return admin("PUT", `/admin/v1/tenants/${t.id}/counterparties/${id}`, body);
}

export async function putCashProduct(t: TestTenant, id: string, fields: Record<string, unknown> = {}): Promise<void> {
  const res = await admin("PUT", `/admin/v1/tenants/${t.id}/cash-investment-products/${id}`, { ...NOTICE_PRODUCT, ...fields });
  if (res.status >= 300) throw new Error(`cash product ${id}: ${res.status} ${await res.text()}`);
}

/** A dealing investor's GIA pot funded with `cash`. */
export async function fundedPot(t: TestTenant, cash: string): Promise<string> {
  const { investorId } = await activeInvestor(t);
  const potId = await createPot(t, investorId);
  await fund(t, potId, cash);
  return potId;
}

export function deposit(t: TestTenant, potId: string, productId: string, value: string) {
  return post(t, "/tenant/cash-investments/v1/deposit", { request_id: crypto.randomUUID(), investment_instructions: { pot_id: potId, investment_product_id: productId, transaction_value: value } });
}

export function redeem(t: TestTenant, potId: string, productId: string, reference: string, value?: string) {
  return post(t, "/tenant/cash-investments/v1/redemption", {
    request_id: crypto.randomUUID(),
    pot_id: potId,
    investment_product_id: productId,
    deposit_reference: reference,
    redemption_type: value === undefined ? "full" : "partial",
    currency: "GBP",
    ...(value !== undefined && { transaction_value: value }),
  });
}

export async function transactionById(t: TestTenant, potId: string, id: string): Promise<any> {
  const { transactions } = await get(t, `/tenant/pots/v1/${potId}/transactions?from=2026-01-01T00:00:00Z&page_size=8000&page_number=1`);
  return transactions.find((x: any) => x.transaction_id === id);
}

export async function breakdown(t: TestTenant, reference: string, query = ""): Promise<any> {
  return get(t, `/tenant/interests/v1/daily-breakdown?deposit_reference=${reference}&sort=asc${query}`);
}
