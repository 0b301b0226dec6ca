// Tenant A of the cross-tenant test: one of each resource, every free-text field carrying a marker,
// and the request bodies tenant B sends to each operation (naming A's resources where they can).
import { randomUUID } from "node:crypto";
import { adminApi, until, type TenantApi } from "./tenant-api";

const ADDRESS = { postal_code: "EC1A 1BB", address_line: "1 High Street", city: "London", country: "GBR" };
const PRODUCT = "IE00B3RBWM25";
const COUNTERPARTY = "CPY-ISO12345";
const CASH_PRODUCT = "CASHINV-ISO12345";

/** What tenant A holds: its ids by role, every id and secret in one list, and the marker of its text. */
export interface Seeded {
  marker: string;
  byName: Record<string, string | undefined>;
  ids: string[];
  secrets: string[];
}

/** Query and path parameters that name a resource. */
export const ID_PARAMS = [
  "investor_id", "pot_id", "account_id", "transaction_id", "parent_transaction_id", "aggregated_transaction_id", "bank_account_id",
  "workplace_employer_id", "contributing_employer_id", "third_party_payer_id", "webhook_id", "delivery_id", "portfolio_template_id",
  "investment_product_id", "counterparty_id", "deposit_reference", "contribution_id", "withdrawal_id", "batch_id", "file_id",
];

/** Tenant A's id for a parameter of an operation (`undefined` when A has none of that kind). */
export function idFor(s: Seeded, path: string, param: string): string | undefined {
  if (param === "rate_type") return "fx-spot";
  if (param === "investor_id" && path.includes("/investor-organisations/")) return s.byName.organisation_id;
  if (param === "transaction_id" && path.includes("/payments/")) return s.byName.payment_id;
  // A name B may upload under too: not one of A's resources.
  if (param === "file_name") return "cross-tenant.json";
  if (param === "transaction_id" || param === "parent_transaction_id" || param === "aggregated_transaction_id") return s.byName.transaction_id;
  if (param === "action") return "assign";
  if (param === "entity_type") return "account";
  if (param === "entity_id") return s.byName.gia_account_id;
  return s.byName[param];
}

function letters(n: number): string {
  return Array.from({ length: n }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");
}

function must(what: string, answer: { status: number; body: any }): any {
  if (answer.status >= 300) throw new Error(`seeding ${what}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/** Creates one of each resource in tenant A. */
export async function seedTenant(a: TenantApi, port: number, adminToken: string): Promise<Seeded> {
  const marker = `Zq${letters(10)}`;
  const today = new Date().toISOString().slice(0, 10);
  must("product", await adminApi(port, adminToken)("PUT", `/admin/v1/tenants/${a.id}/investment-products/${PRODUCT}`, {
    name: `Fund ${marker}`, id_type: "ISIN", asset_type: "etf", currency: "GBP", settlement_date_offset: 2, status: "active", close_price: "100.0000", close_price_on_date: today,
  }));
  must("financial product override", await adminApi(port, adminToken)("PUT", `/admin/v1/tenants/${a.id}/financial-products/general_investment_product`, { name: `GIA ${marker}` }));
  const webhook = must("webhook", await a.call("POST", "/tenant/webhooks/v1", { url: "https://example.com/a-hook", description: `Hook ${marker}` }));
  const template = must("template", await a.call("POST", "/tenant/portfolio-templates/v1", { portfolio_name: `Tpl_${marker}`, ratios: [{ investment_product_id: PRODUCT, ratio: "90.00" }, { investment_product_id: "cash", ratio: "10.00" }] }));
  const investor = must("investor", await a.call("POST", "/tenant/investors/v1", {
    first_name: marker, last_name: `Owner${marker}`, date_of_birth: "1990-12-20", kyc_aml_status: "clear", dealing_status: "active",
    bank_accounts: [{ account_name: `Main ${marker}`, default_account: "yes", bank_account_number: "12345678", sort_code: "12-34-56", account_status: "active" }],
  }));
  const investorId: string = investor.investor_id;
  const bankAccountId: string = typeof investor.bank_accounts[0] === "string" ? investor.bank_accounts[0] : investor.bank_accounts[0].bank_account_id;
  const organisation = must("organisation", await a.call("POST", "/tenant/investor-organisations/v1", { organisation_name: `Org ${marker}`, address: ADDRESS }));
  const employer = must("workplace employer", await a.call("POST", "/tenant/workplace-employers/v1", {
    name: `Employer ${marker}`, registration_number: `REG${letters(6)}`, registered_address: ADDRESS, correspondence_address: { postal_code: "M1 1AA", country: "GBR" }, kyb_aml_status: "clear", status: "active",
  }));
  const contributing = must("contributing employer", await a.call("POST", "/tenant/contributing-employers/v1", { name: `Payroll ${marker}`, investor_id: investorId, registration_number: "12345678", address: ADDRESS, status: "active" }));
  const payer = must("third-party payer", await a.call("POST", "/tenant/third-party-payers/v1", {
    type: "individual", first_name: marker, last_name: "Payer", relationship_to_investor: "parent", aml_status: "clear", status: "active", investor_id: investorId, date_of_birth: "1980-01-01", address: ADDRESS,
  }));
  const pots = must("pot", await a.call("POST", "/tenant/pots/v1", {
    request_id: randomUUID(), investor_id: [investorId], financial_product_id: "general_investment_product",
    pots: [{ pot_name: `Pot ${marker}`, portfolio_template_id: template.portfolio_template_id, status: "active" }],
  }));
  const potId: string = pots.results[0].pot_id;
  const account = must("investor account", await a.call("POST", "/tenant/investor-accounts/v2", { request_id: randomUUID(), investor_id: [investorId], financial_product_id: "treasury_management" }));
  const payment = must("payment", await a.call("POST", "/tenant/payments/v1", { request_id: randomUUID(), amount: "1000.00", pot_id: potId, payment_type: "card", service_provider: "stripe", purpose: "cash" }));
  const interest = must("transaction", await a.call("POST", "/tenant/transactions/v1", {
    request_id: randomUUID(), sub_transaction_type: "Interest", pot_id: potId, currency: "GBP", transaction_value: "12.34", settlement_date: today,
  }));
  must("counterparty", await adminApi(port, adminToken)("PUT", `/admin/v1/tenants/${a.id}/counterparties/${COUNTERPARTY}`, {
    counterparty_name: `Bank ${marker}`, instruction_schedule: { business_days: ["monday"], cut_off_times: ["11:00"] }, sell_instruction_schedule: { business_days: ["monday"], cut_off_times: ["11:00"] },
  }));
  must("cash product", await adminApi(port, adminToken)("PUT", `/admin/v1/tenants/${a.id}/cash-investment-products/${CASH_PRODUCT}`, {
    asset_sub_type: "instant_deposit", investment_product_name: `Cash ${marker}`, counterparty: COUNTERPARTY, currency: "GBP", interest_type: "fixed", interest_rates: [{ rate: "4.00", effective_date: "2026-01-01" }], minimum_investment: "1.00",
  }));
  const cashDeposit = must("cash deposit", await a.call("POST", "/tenant/cash-investments/v1/deposit", { request_id: randomUUID(), investment_instructions: { pot_id: potId, investment_product_id: CASH_PRODUCT, transaction_value: "10.00" } }));
  must("fee nomination", await a.call("POST", `/tenant/investors/v1/${investorId}/fee-nominations`, { nominations: [{ nominee_pot_id: potId }] }));
  must("transfer-network static data", await adminApi(port, adminToken)("PUT", `/admin/v1/tenants/${a.id}/transfer-network/static-data`, {
    ceding_providers: [{ ceding_provider_id: "12251", name: `Ceding ${marker}` }],
    case_contacts: [{ case_contact_id: "5648", name: `Contact ${marker}`, default: true }],
    payment_accounts: [{ payment_account_id: "37643", account_name: `Receiving ${marker}`, sort_code: "12-34-56", account_number: "87654321", default: true }],
    scheme_references: [{ scheme_reference_identifier: "4844", pstr: "12345678AB", scheme_name: `Scheme ${marker}`, default: true }],
  }));
  const sipp = must("SIPP pot", await a.call("POST", "/tenant/pots/v1", { request_id: randomUUID(), investor_id: [investorId], financial_product_id: "sipp_accumulation", pots: [{ pot_name: `Pension ${marker}`, status: "active" }] }));
  const transfer = must("transfer in", await a.call("POST", "/tenant/transfers/v1", {
    request_id: randomUUID(), service_provider: "origo", transfer_type: "cash", encash_all: true, acquiring_account_id: sipp.results[0].account_id, acquiring_pot_id: sipp.results[0].pot_id,
    ceding_account_id: `ACC${marker}`, nb_application_received_date: today, ceding_provider_id: "12251", approximate_value_of_pre_retirement_benefits: "100.00", financial_product_id: "sipp_accumulation", transfer_note: `Note ${marker}`,
  }));
  const partner = must("distribution partner", await a.call("POST", "/tenant/distribution-partners/v1", { request_id: randomUUID(), partner_name: `Firm ${marker}`, partner_type: "ifa_firm", contact_name: `Contact ${marker}` }));
  must("partner assignment", await a.call("POST", "/tenant/distribution-partner-assignments/v1/assign", { request_id: randomUUID(), distribution_partner_id: partner.distribution_partner_id, entity_type: "account", entity_id: pots.results[0].account_id }));
  const contribution = must("recurring contribution", await a.call("POST", "/tenant/recurring-contributions/v1", {
    request_id: randomUUID(), contribution_name: `Saving ${marker}`, pot_id: potId, financial_product_id: "general_investment_product", investor_id: investorId, amount: "50.00",
    sub_transaction_type: "Regular contribution", currency: "GBP", payment_type: "manual", service_provider: "none", purpose: "cash",
    payment_schedule: { interval_unit: "monthly", interval: 1, date: 1, start_date: today },
  }));
  const recurringWithdrawal = must("recurring withdrawal", await a.call("POST", "/tenant/recurring-withdrawals/v1", {
    request_id: randomUUID(), withdrawal_name: `Income ${marker}`, investor_id: investorId, pot_id: potId, bank_account_id: bankAccountId, amount: "10.00", currency: "GBP",
    withdrawal_schedule: { interval_unit: "monthly", interval: 1, date: 1, start_date: today },
  }));
  const batch = must("payment batch", await a.call("POST", "/tenant/bulk-payments/v1", {
    request_id: randomUUID(), currency: "GBP", amount: "10.00", payment_type: "manual", batch_payment_reference: `Batch ${marker}`,
    payments: [{ investor_id: investorId, pot_id: potId, amount: "10.00", external_transaction_reference: `ref-${marker}` }],
  }));
  const switched = must("switch", await a.call("POST", "/tenant/transactions/v1/switch", {
    request_id: randomUUID(), pot_id: potId, sell_instructions: [{ investment_product_id: "cash", mode: "value", value: "1.00" }], buy_instructions: [{ investment_product_id: PRODUCT, mode: "percentage", value: "100" }],
  }));
  const evaluation = must("rebalance evaluation", await a.call("POST", "/tenant/pots/v1/evaluate-rebalance", { request_id: randomUUID(), type: "pot", values: [potId] }));
  const rebalance = must("rebalance", await a.call("POST", "/tenant/pots/v1/rebalance", { request_id: randomUUID(), type: "pot", values: [potId] }));
  const file = must("file", await a.call("PUT", `/tenant/files/v1/uploads/statement-${marker}.json`, { marker }));
  must("fee code", await adminApi(port, adminToken)("PUT", `/admin/v1/tenants/${a.id}/fee-codes/PF_25`, { fee_rate: "25" }));
  must("fee setup", await adminApi(port, adminToken)("PUT", `/admin/v1/tenants/${a.id}/fee-setups/FS-${marker}`, {
    fee_calculation_entity: "Investor", sub_transaction_type: "Platform fees", fee_code: "PF_25", assigned_to: investorId, start_date: today,
  }));
  must("fee exemption", await adminApi(port, adminToken)("PUT", `/admin/v1/tenants/${a.id}/fee-exemptions/FE-${marker}`, {
    fee_exemption_entity: "Investor", sub_transaction_type: "Platform fees", assigned_to: investorId, exempted_assets: ["cash"], start_date: today,
  }));
  const deliveryId = await until("a webhook delivery", async () => {
    const list = await a.call("GET", `/tenant/webhooks/v1/${webhook.webhook_id}/deliveries`);
    return list.body.deliveries?.[0]?.delivery_id as string | undefined;
  }, 15_000);

  const byName: Record<string, string> = {
    investor_id: investorId,
    bank_account_id: bankAccountId,
    organisation_id: organisation.investor_id,
    workplace_employer_id: employer.workplace_employer_id,
    contributing_employer_id: contributing.contributing_employer_id,
    third_party_payer_id: payer.third_party_payer_id,
    pot_id: potId,
    gia_account_id: pots.results[0].account_id,
    account_id: account.account_id,
    payment_id: payment.transaction_id,
    transaction_id: interest.transaction_id,
    portfolio_template_id: template.portfolio_template_id,
    webhook_id: webhook.webhook_id,
    delivery_id: deliveryId,
    investment_product_id: PRODUCT,
    counterparty_id: COUNTERPARTY,
    deposit_reference: cashDeposit.deposit_reference,
    transfer_id: transfer.transfer_id,
    sipp_pot_id: sipp.results[0].pot_id,
    sipp_account_id: sipp.results[0].account_id,
    distribution_partner_id: partner.distribution_partner_id,
    contribution_id: contribution.contribution_id,
    withdrawal_id: recurringWithdrawal.withdrawal_id,
    batch_id: batch.batch_id,
    switch_transaction_id: switched.switch_transaction_id,
    rebalance_evaluation_id: evaluation.rebalance_request_id,
    rebalance_request_id: rebalance.rebalance_request_id,
    file_id: file.file_id,
  };
  for (const [role, id] of Object.entries(byName)) if (!id) throw new Error(`seeding: no ${role}`);
  // The product id is public reference data (an ISIN), so it is not a leak on its own.
  const ids = Object.entries(byName).filter(([role]) => role !== "investment_product_id").map(([, id]) => id);
  return { marker, byName, ids, secrets: [marker, webhook.secret] };
}

/** The body tenant B sends to an operation, by `METHOD path`; `undefined` for an unknown operation. */
export function bodyFor(operation: string, s: Seeded): Record<string, unknown> | undefined {
  const id = s.byName;
  const rid = randomUUID();
  const bodies: Record<string, Record<string, unknown>> = {
    "POST /tenant/investors/v1": { first_name: "Bee", last_name: "Tenant" },
    "PATCH /tenant/investors/v1/{investor_id}": { reference_version: 1, title: "Dr" },
    "POST /tenant/bank-accounts/v1": { investor_id: id.investor_id, account_name: "Bee", bank_account_type: "investor", default_account: "no", bank_account_number: "12345678", sort_code: "12-34-56" },
    "PATCH /tenant/bank-accounts/v1/{bank_account_id}": { reference_version: 1, account_name: "Bee" },
    "POST /tenant/investor-organisations/v1": { organisation_name: "Bee Org", address: ADDRESS },
    "PATCH /tenant/investor-organisations/v1/{investor_id}": { reference_version: 1, organisation_name: "Bee Org" },
    "POST /tenant/workplace-employers/v1": { name: "Bee Employer", registration_number: "REGBEE01", registered_address: ADDRESS, correspondence_address: { postal_code: "M1 1AA", country: "GBR" }, kyb_aml_status: "clear", status: "active" },
    "PATCH /tenant/workplace-employers/v1/{workplace_employer_id}": { reference_version: 1, name: "Bee Employer" },
    "POST /tenant/contributing-employers/v1": { name: "Bee Payroll", investor_id: id.investor_id, registration_number: "87654321", address: ADDRESS, status: "active" },
    "PATCH /tenant/contributing-employers/v1/{contributing_employer_id}": { reference_version: 1, name: "Bee Payroll" },
    "POST /tenant/third-party-payers/v1": { type: "individual", first_name: "Bee", last_name: "Payer", date_of_birth: "1980-01-01", relationship_to_investor: "parent", aml_status: "clear", investor_id: id.investor_id },
    "PATCH /tenant/third-party-payers/v1/{third_party_payer_id}": { reference_version: 1, first_name: "Bee" },
    "POST /tenant/investor-accounts/v1": { request_id: rid, account_id: "BEEACC1", investor_id: id.investor_id, financial_product_id: "treasury_management" },
    "PATCH /tenant/investor-accounts/v1/{account_id}": { reference_version: 1, custodian_id: "BEE" },
    "POST /tenant/investor-accounts/v2": { request_id: rid, investor_id: [id.investor_id], financial_product_id: "treasury_management" },
    "PATCH /tenant/investor-accounts/v2/{account_id}": { reference_version: 1, custodian_id: "BEE" },
    "POST /tenant/investors/v1/{investor_id}/fee-nominations": { nominations: [{ nominee_pot_id: id.pot_id }] },
    "PATCH /tenant/investors/v1/{investor_id}/fee-nominations": { nominations: [{ nominee_pot_id: id.pot_id }], reference_version: 1 },
    "POST /tenant/pots/v1": { request_id: rid, investor_id: [id.investor_id], financial_product_id: "general_investment_product", pots: [{ pot_name: "Bee", status: "active" }] },
    "PATCH /tenant/pots/v1/{pot_id}": { reference_version: 1, pot_name: "Bee" },
    "POST /tenant/payments/v1": { request_id: rid, amount: "10.00", pot_id: id.pot_id, payment_type: "card", service_provider: "stripe", purpose: "cash" },
    "PATCH /tenant/payments/v1/{transaction_id}": { status: "cancelled", reason: "Bee" },
    "POST /tenant/withdrawals/v1": { request_id: rid, pot_id: id.pot_id, currency: "GBP", transaction_value: "1.00", sub_transaction_type: "Withdrawal", bank_account_id: id.bank_account_id },
    "POST /tenant/transactions/v1/withdrawal": { request_id: rid, pot_id: id.pot_id, currency: "GBP", transaction_value: "1.00", sub_transaction_type: "Withdrawal", bank_account_id: id.bank_account_id },
    "POST /tenant/transactions/v1/buy": { request_id: rid, pot_id: id.pot_id, investment_instructions: [{ investment_product_id: PRODUCT, value: "1.00" }] },
    "POST /tenant/transactions/v1/sell": { request_id: rid, pot_id: id.pot_id, sell_instructions: [{ investment_product_id: PRODUCT, quantity: "1" }] },
    "POST /tenant/transactions/v1/fee": { request_id: rid, pot_id: id.pot_id, currency: "GBP", transaction_value: "1.00", sub_transaction_type: "Management fee" },
    "POST /tenant/transactions/v1": { request_id: rid, sub_transaction_type: "Interest", pot_id: id.pot_id, currency: "GBP", transaction_value: "1.00", settlement_date: new Date().toISOString().slice(0, 10) },
    "POST /tenant/webhooks/v1": { url: "https://example.com/b-hook" },
    "PATCH /tenant/webhooks/v1/{webhook_id}": { reference_version: 1, description: "Bee" },
    "POST /tenant/webhooks/v1/{webhook_id}/replay": { from_seq: 1 },
    "POST /tenant/sandbox/v1/clock": { frozen_at: new Date().toISOString() },
    "POST /tenant/sandbox/v1/clock/advance": { by: "PT1H" },
    "POST /tenant/portfolio-templates/v1": { portfolio_name: "Bee_Template", ratios: [{ investment_product_id: "cash", ratio: "100.00" }] },
    "PATCH /tenant/portfolio-templates/v1/{portfolio_template_id}": { reference_version: 1, portfolio_name: "Bee_Template" },
    "POST /tenant/projections/v1/accumulate": { name: "Bee", date_of_birth: "1980-01-01", intended_retirement_age: 67, current_pension_value: 1000, growth_rate: 2.5 },
    "POST /tenant/projections/v1/accumulation": { name: "Bee", date_of_birth: "1980-01-01", intended_retirement_age: 67, current_pension_value: 1000, growth_rate: 2.5 },
    "POST /tenant/projections/v1/drawdown": { name: "Bee", date_of_birth: "1960-01-01", current_pension_value: 1000, growth_rate: 2.5 },
    "POST /tenant/cash-investments/v1/deposit": { request_id: rid, investment_instructions: { pot_id: id.pot_id, investment_product_id: CASH_PRODUCT, transaction_value: "10.00" } },
    "POST /tenant/cash-investments/v1/redemption": { request_id: rid, pot_id: id.pot_id, investment_product_id: CASH_PRODUCT, deposit_reference: id.deposit_reference, redemption_type: "full", currency: "GBP" },
    "PATCH /tenant/cash-investments/v1/{transaction_id}": { status: "cancelled", reason: "Bee" },
    "POST /tenant/transfers/v1": {
      request_id: rid, service_provider: "origo", transfer_type: "cash", encash_all: true, acquiring_account_id: id.sipp_account_id, acquiring_pot_id: id.sipp_pot_id,
      ceding_account_id: "5823364", nb_application_received_date: new Date().toISOString().slice(0, 10), ceding_provider_id: "12251", approximate_value_of_pre_retirement_benefits: "10.00", financial_product_id: "sipp_accumulation",
    },
    "POST /tenant/transfers/v1/{transfer_id}/cancel": { cancellation_reason: "Duplicate" },
    "POST /tenant/distribution-partners/v1": { request_id: rid, partner_name: "Bee Adviser", partner_type: "ifa", parent_partner_id: id.distribution_partner_id },
    "PATCH /tenant/distribution-partners/v1/{distribution_partner_id}": { request_id: rid, reference_version: 1, partner_name: "Bee" },
    "POST /tenant/distribution-partner-assignments/v1/{action}": { request_id: rid, distribution_partner_id: id.distribution_partner_id, entity_type: "account", entity_id: id.gia_account_id },
    "POST /tenant/recurring-contributions/v1": {
      request_id: rid, contribution_name: "Bee", pot_id: id.pot_id, financial_product_id: "general_investment_product", investor_id: id.investor_id, amount: "50.00",
      sub_transaction_type: "Regular contribution", currency: "GBP", payment_type: "manual", service_provider: "none", purpose: "cash",
      payment_schedule: { interval_unit: "monthly", interval: 1, date: 1, start_date: new Date().toISOString().slice(0, 10) },
    },
    "PATCH /tenant/recurring-contributions/v1/{contribution_id}": { amount: "20.00" },
    "POST /tenant/recurring-contributions/v1/{contribution_id}/pause": { pause_cycles: 1 },
    "POST /tenant/recurring-contributions/v1/{contribution_id}/resume": {},
    "POST /tenant/recurring-contributions/v1/{contribution_id}/cancel": {},
    "POST /tenant/sandbox/v1/recurring-contributions/{contribution_id}/replace-mandate": {},
    "POST /tenant/recurring-withdrawals/v1": {
      request_id: rid, withdrawal_name: "Bee", investor_id: id.investor_id, pot_id: id.pot_id, bank_account_id: id.bank_account_id, amount: "10.00", currency: "GBP",
      withdrawal_schedule: { interval_unit: "monthly", interval: 1, date: 1, start_date: new Date().toISOString().slice(0, 10) },
    },
    "PATCH /tenant/recurring-withdrawals/v1/{withdrawal_id}": { amount: "20.00", reference_version: 1 },
    "POST /tenant/recurring-withdrawals/v1/{withdrawal_id}/cancel": {},
    // A batch is accepted (202) before its entries are evaluated, and it echoes them back: named after A's pot it would
    // echo A's ids that B itself sent. Its entries name pots B does not hold either way; evaluation in B's own object
    // fails them like any unknown pot (test/workers/bulk-payments).
    "POST /tenant/bulk-payments/v1": { request_id: rid, currency: "GBP", amount: "10.00", payment_type: "manual", payments: [{ investor_id: "inv-BEE00000", pot_id: "pot-BEE0000000", amount: "10.00" }] },
    "POST /tenant/pots/v1/inter-pot-transfer": { request_id: rid, source_pot_id: id.pot_id, destination_pot_id: id.pot_id, investment_product_id: "cash", amount: "1.00" },
    "POST /tenant/transactions/v1/switch": { request_id: rid, pot_id: id.pot_id, sell_instructions: [{ investment_product_id: "cash", mode: "value", value: "1.00" }], buy_instructions: [{ investment_product_id: PRODUCT, mode: "percentage", value: "100" }] },
    "POST /tenant/pots/v1/evaluate-rebalance": { request_id: rid, type: "pot", values: [id.pot_id] },
    "POST /tenant/pots/v1/rebalance": { request_id: rid, type: "pot", values: [id.pot_id] },
    "PUT /tenant/files/v1/uploads/{file_name}": { bee: true },
    "POST /tenant/utility/v1/upload-a-file": { file_paths: ["statement.csv", `../${id.investor_id}/x.csv`] },
    "POST /tenant/withdrawals/v1/ufpls": { request_id: rid, investor_id: id.investor_id, bank_account_id: id.bank_account_id, ufpls_instructions: [{ pot_id: id.pot_id, value: "1.00" }] },
    "POST /tenant/pots/v1/crystallisation": {
      request_id: rid, investor_id: id.investor_id, bank_account_id: id.bank_account_id,
      crystallisation_instructions: [{ pot_id: id.pot_id, value: "1.00" }], drawdown_instructions: [{ pot_id: id.pot_id, purpose: "cash", percentage: "100.00" }],
    },
    "PATCH /tenant/withdrawals/v1/{transaction_id}": { request_id: rid, reference_verison: 1, trade_date: new Date().toISOString().slice(0, 10) },
  };
  return bodies[operation];
}
