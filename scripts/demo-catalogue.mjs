// The demo tenant's reference data, seeded by scripts/dev.mjs through the admin API: a few funds
// and ETFs with GBP prices, a cash deposit product, the counterparty bank behind it, a
// "Balanced_Growth" portfolio template, USDGBP / EURGBP fx-spot rates and recurring fees (a 25 bp
// platform fee, a 75 bp management fee on Balanced_Growth pots).
//
// Idempotent: each item is looked up on the tenant API first and only created when missing, so a
// rerun changes nothing (prices published since are kept).
//
// Only node: built-ins.

import { randomUUID } from "node:crypto";
import { request } from "./local-http.mjs";

/** The most recent weekday before `now` (UTC), as YYYY-MM-DD: the date of a fund's last close. */
export function lastCloseDate(now = new Date()) {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  do day.setUTCDate(day.getUTCDate() - 1);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6);
  return day.toISOString().slice(0, 10);
}

const fund = (id, name, assetSubType, price, offset = 3) => ({
  id,
  body: { name, id_type: "ISIN", asset_type: "funds", asset_sub_type: assetSubType, currency: "GBP", pricing_method: "NAV", settlement_date_offset: offset, close_price: price },
});
const etf = (id, name, price) => ({
  id,
  body: { name, id_type: "ISIN", asset_type: "etf", asset_sub_type: "Global Equity", currency: "GBP", pricing_method: "Mid", settlement_date_offset: 2, close_price: price },
});

export const DEMO_PRODUCTS = [
  fund("GB00B3X7QG63", "Vanguard FTSE U.K. All Share Index Unit Trust Acc", "UK Equity", "412.3456"),
  fund("GB00B3TYHH97", "Vanguard LifeStrategy 60% Equity Fund A Acc", "Mixed Asset", "245.1820"),
  fund("GB00BPN5P782", "Vanguard U.K. Government Bond Index Fund Acc", "UK Gilts", "148.7702", 2),
  etf("IE00B3RBWM25", "Vanguard FTSE All-World UCITS ETF", "118.4200"),
  etf("IE00B4L5Y983", "iShares Core MSCI World UCITS ETF", "98.7650"),
];

export const DEMO_CASH_PRODUCT = {
  id: "CASHINV-AHY58878",
  body: {
    asset_sub_type: "term_deposit",
    investment_product_name: "HSBC 3 months term deposit",
    counterparty: "CPY-AHY58878",
    currency: "GBP",
    maturity_period: { value: 3, unit: "months" },
    interest_type: "fixed",
    interest_rates: [{ rate: "4.25", effective_date: "2026-01-01" }],
    minimum_investment: "10000.00",
    maximum_investment: "100000.00",
    minimum_balance: "1000.00",
    enabled_account_types: ["individual", "trust"],
  },
};

/** fx-spot rates the demo tenant publishes (quote currency per one unit of base), fixed at 16:00 UTC of the last close. */
export const DEMO_FX_RATES = [
  { pair: "USDGBP", rate: "0.7913" },
  { pair: "EURGBP", rate: "0.8612" },
];

export const DEMO_TEMPLATE = {
  portfolio_name: "Balanced_Growth",
  ratios: [
    { investment_product_id: "IE00B3RBWM25", ratio: "60.00" },
    { investment_product_id: "GB00BPN5P782", ratio: "30.00" },
    { investment_product_id: "cash", ratio: "10.00" },
  ],
};

/** The demo's recurring fees: PF_25 (25 bp, all investors) and MF_75 (75 bp, pots on the demo portfolio). */
export function demoFees(templateId) {
  return [
    ["fee-codes/PF_25", { fee_rate: "25.00" }],
    ["fee-codes/MF_75", { fee_rate: "75.00" }],
    ["fee-setups/FS-PLATFORM", { fee_calculation_entity: "Investor", sub_transaction_type: "Platform fees", fee_code: "PF_25", assigned_to: "All", start_date: "2020-01-01" }],
    ["fee-setups/FS-BALANCED", { fee_calculation_entity: "Portfolio", sub_transaction_type: "Management fee", fee_code: "MF_75", assigned_to: [templateId], start_date: "2020-01-01" }],
  ];
}

/**
 * Makes sure the demo tenant has the demo catalogue; returns what it created. Throws with the
 * failing step when the server refuses something.
 */
export async function seedDemoCatalogue({ port, address, base, adminToken, tenantId, tenantHost, apiKey }) {
  const admin = (method, path, body) =>
    request({ method, host: base, port, address, path, body, headers: { authorization: `Bearer ${adminToken}` } });
  const tenant = (method, path, body, headers = {}) =>
    request({ method, host: tenantHost, port, address, path, body, headers: { "x-api-key": apiKey, ...headers } });
  const expectStatus = (res, wanted, what) => {
    if (res.status !== wanted) throw new Error(`${what}: HTTP ${res.status} ${res.json?.detail ?? res.body.slice(0, 200)}`);
  };
  const created = [];
  const priceDate = lastCloseDate();

  for (const { id, body } of DEMO_PRODUCTS) {
    const found = await tenant("GET", `/tenant/investment-products/v1/${id}`);
    if (found.status === 200) continue;
    expectStatus(found, 404, `looking up ${id}`);
    const res = await admin("PUT", `/admin/v1/tenants/${tenantId}/investment-products/${id}`, { ...body, close_price_on_date: priceDate });
    expectStatus(res, 201, `creating investment product ${id}`);
    created.push(id);
  }

  const cash = await tenant("GET", `/tenant/cash-investment-products/v1/${DEMO_CASH_PRODUCT.id}`);
  if (cash.status !== 200) {
    expectStatus(cash, 404, `looking up ${DEMO_CASH_PRODUCT.id}`);
    const res = await admin("PUT", `/admin/v1/tenants/${tenantId}/cash-investment-products/${DEMO_CASH_PRODUCT.id}`, DEMO_CASH_PRODUCT.body);
    expectStatus(res, 201, `creating cash investment product ${DEMO_CASH_PRODUCT.id}`);
    created.push(DEMO_CASH_PRODUCT.id);
  }

  const templates = await tenant("GET", "/tenant/portfolio-templates/v1?page_size=8000&page_number=1");
  expectStatus(templates, 200, "listing portfolio templates");
  let templateId = templates.json.portfolio_templates.find((t) => t.portfolio_name === DEMO_TEMPLATE.portfolio_name)?.portfolio_template_id;
  if (!templateId) {
    const res = await tenant("POST", "/tenant/portfolio-templates/v1", DEMO_TEMPLATE, { "idempotency-key": randomUUID() });
    expectStatus(res, 201, `creating portfolio template ${DEMO_TEMPLATE.portfolio_name}`);
    templateId = res.json.portfolio_template_id;
    created.push(`${DEMO_TEMPLATE.portfolio_name} (${templateId})`);
  }

  // Recurring fees (docs/fees.md): a platform fee on every pot and a management fee on pots of the demo portfolio.
  for (const [path, body] of demoFees(templateId)) {
    const res = await admin("PUT", `/admin/v1/tenants/${tenantId}/${path}`, body);
    if (res.status !== 200) expectStatus(res, 201, `setting up ${path}`);
    if (res.status === 201) created.push(path.split("/")[1]);
  }
  const counterparty = await tenant("GET", `/tenant/counterparties/v1/${DEMO_COUNTERPARTY.id}`);
  if (counterparty.status !== 200) {
    expectStatus(counterparty, 404, `looking up ${DEMO_COUNTERPARTY.id}`);
    const res = await admin("PUT", `/admin/v1/tenants/${tenantId}/counterparties/${DEMO_COUNTERPARTY.id}`, DEMO_COUNTERPARTY.body);
    expectStatus(res, 201, `creating counterparty ${DEMO_COUNTERPARTY.id}`);
    created.push(DEMO_COUNTERPARTY.id);
  }

  const staticData = await admin("GET", `/admin/v1/tenants/${tenantId}/transfer-network/static-data`);
  expectStatus(staticData, 200, "reading the transfer-network static data");
  if (staticData.json.ceding_providers.length === 0) {
    const res = await admin("PUT", `/admin/v1/tenants/${tenantId}/transfer-network/static-data`, DEMO_TRANSFER_STATIC_DATA);
    expectStatus(res, 200, "setting the transfer-network static data");
    created.push("transfer-network static data");
  }

  const rates = await tenant("GET", "/tenant/rates/v1?rate_type=fx-spot");
  expectStatus(rates, 200, "listing fx-spot rates");
  for (const { pair, rate } of DEMO_FX_RATES) {
    if (rates.json.rates.some((r) => r.rate_id === pair)) continue;
    const res = await admin("PUT", `/admin/v1/tenants/${tenantId}/rates/fx-spot/${pair}`, { rate, as_of: `${priceDate}T16:00:00Z` });
    expectStatus(res, 200, `publishing the ${pair} rate`);
    created.push(`${pair} ${rate}`);
  }
  return created;
}

/** The bank behind the demo cash product (its `counterparty`): instructions go at 11:00 and 15:00 London on business days. */
export const DEMO_COUNTERPARTY = {
  id: DEMO_CASH_PRODUCT.body.counterparty,
  body: {
    counterparty_name: "HSBC",
    counterparty_type: "bank",
    instruction_schedule: { business_days: ["monday", "tuesday", "wednesday", "thursday", "friday"], cut_off_times: ["11:00", "15:00"] },
    sell_instruction_schedule: { business_days: ["monday", "tuesday", "wednesday", "thursday", "friday"], cut_off_times: ["11:00"] },
    bank_accounts: [{ account_name: "HSBC client deposits", bank_account_number: "41234567", sort_code: "40-11-62", currency: "GBP" }],
    status: "active",
    attachments: [],
  },
};

/** What the sandbox Origo holds for the demo tenant (docs/transfers-and-partners.md); `99913` is the "member not found" provider. */
export const DEMO_TRANSFER_STATIC_DATA = {
  ceding_providers: [
    { ceding_provider_id: "12251", name: "Aviva Pensions" },
    { ceding_provider_id: "30457", name: "Scottish Widows" },
    { ceding_provider_id: "99913", name: "Lost Records Life" },
  ],
  case_contacts: [{ case_contact_id: "5648", name: "Transfers Desk", email: "transfers@demo.example", default: true }],
  payment_accounts: [{ payment_account_id: "37643", account_name: "Client money - transfers", sort_code: "12-34-56", account_number: "87654321", default: true }],
  scheme_references: [{ scheme_reference_identifier: "4844", pstr: "12345678AB", scheme_name: "Demo Wealth SIPP", default: true }],
};
