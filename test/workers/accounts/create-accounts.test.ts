import { describe, expect, it } from "vitest";
import { taxYearOf } from "../../../src/custody/tax-year";
import { accountBody, createAccount, createPot, listAccounts } from "../../helpers/accounts";
import { createInvestor } from "../../helpers/investors";
import { expectProblem, expectValidation } from "../../helpers/problem";
import { newTenant, type TestTenant } from "../../helpers/tenant";

const V2_ONLY = ["jisa", "tax_year", "current_year_total_jisa_contribution", "jisa_allowance_remaining", "lsdba_utilised", "lsa_utilised", "related_parties", "past_gross_contributions"];

async function investors(t: TestTenant, n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push((await createInvestor(t)).body.investor_id);
  return ids;
}

describe("create investor account v2", () => {
  it("opens a treasury account for several investors, readable in v2 and v1 shapes", async () => {
    const t = await newTenant();
    const [a, b] = await investors(t, 2);
    const { res, body } = await createAccount(
      t,
      accountBody([a!, b!], { account_type: "business", account_sub_type: "charity", additional_external_details: { segment: "gold" }, related_parties: { organisations: [] } }),
    );
    expect(res.status).toBe(201);
    expect(body).toMatchObject({
      account_id: expect.stringMatching(/^CASHACC\d{13}$/),
      investor_id: [a, b],
      financial_product_id: "treasury_management",
      account_type: "business",
      account_sub_type: "charity",
      status: "active",
      pot_id: [],
      tax_year: taxYearOf(new Date().toISOString()),
      current_year_subscription: false,
      first_subscription_date_for_current_year: null,
      current_year_total_contribution: "0.00",
      current_year_RAS_claimed: "0.00",
      current_year_MPAA_remaining: "0.00",
      total_withdrawals: "0.00",
      total_gorss_ufpls_withdrawal_life_time: "0.00",
      custodian_id: null,
      life_events: [],
      account_ownership: "joint",
      additional_external_details: { segment: "gold" },
      related_parties: { organisations: [] },
      past_gross_contributions: {},
      reference_version: 1,
    });
    expect(body.total_market_value).toBe("0.00");
    expect(body).not.toHaveProperty("subscriptions_reserved");
    // Absent optional fields are omitted; only WealthOS's nullable fields show null.
    for (const field of ["jisa", "isa_allowance_remaining", "jisa_allowance_remaining", "lisa_allowance_remaining", "hmrc_data", "isa_account_type"]) {
      expect(body).not.toHaveProperty(field);
    }
    expect(Date.parse(body.date_of_account_activation as string)).toBeGreaterThan(Date.now() - 60_000);
    expect(await (await t.fetch(`/tenant/investor-accounts/v2/${body.account_id}`)).json()).toEqual(body);
    const v1 = (await (await t.fetch(`/tenant/investor-accounts/v1/${body.account_id}`)).json()) as Record<string, unknown>;
    expect(v1.investor_id).toBe(a);
    for (const field of V2_ONLY) expect(v1).not.toHaveProperty(field);
    const { investor_id: _v1i, ...v1Rest } = v1;
    const { investor_id: _v2i, ...v2Rest } = body;
    for (const field of V2_ONLY) delete (v2Rest as Record<string, unknown>)[field];
    expect(v1Rest).toEqual(v2Rest);
  });

  it("opens a stocks_jisa account with its allowance, and takes an external id with its activation date", async () => {
    const t = await newTenant();
    const [child] = await investors(t, 1);
    const jisa = await createAccount(t, accountBody([child!], { financial_product_id: "stocks_jisa", account_type: "individual" }));
    expect(jisa.res.status).toBe(201);
    expect(jisa.body).toMatchObject({ account_id: expect.stringMatching(/^SJISA\d{13}$/), jisa: {}, jisa_allowance_remaining: "9000.00", account_ownership: "individual" });
    expect(jisa.body).not.toHaveProperty("account_sub_type");
    const external = await createAccount(t, accountBody([child!], { account_id: "CASHACC1674797806011", date_of_account_activation: "2024-08-27" }));
    expect(external.res.status).toBe(201);
    expect(external.body).toMatchObject({ account_id: "CASHACC1674797806011", date_of_account_activation: "2024-08-27T00:00:00.000Z", account_type: "individual" });
    const again = await createAccount(t, accountBody([child!], { account_id: "CASHACC1674797806011" }));
    const problem = await expectProblem(again.res, 409, "already_exists");
    expect(problem.errors).toEqual([{ field: "account_id", message: expect.any(String) }]);
  });

  it.each([
    ["missing required fields", { request_id: undefined, investor_id: undefined, financial_product_id: undefined }, ["request_id", "investor_id", "financial_product_id"]],
    ["request_id not a uuid", { request_id: "abc" }, ["request_id"]],
    ["investor_id as a string", { investor_id: "inv-AAA00001" }, ["investor_id"]],
    ["no investors", { investor_id: [] }, ["investor_id"]],
    ["a product that is opened by pot creation", { financial_product_id: "stocks_isa" }, ["financial_product_id"]],
    ["two investors on stocks_jisa", { financial_product_id: "stocks_jisa", investor_id: "two" }, ["investor_id"]],
    ["a business stocks_jisa", { financial_product_id: "stocks_jisa", account_type: "business" }, ["account_type"]],
    ["a sub type on stocks_jisa", { financial_product_id: "stocks_jisa", account_sub_type: "individual" }, ["account_sub_type"]],
    ["a business sub type on an individual account", { account_type: "individual", account_sub_type: "charity" }, ["account_sub_type"]],
    ["an individual sub type on a business account", { account_type: "business", account_sub_type: "trust" }, ["account_sub_type"]],
    ["bad enums", { account_type: "joint", account_sub_type: "family" }, ["account_type", "account_sub_type"]],
    ["an activation date without an external id", { date_of_account_activation: "2024-08-27" }, ["date_of_account_activation"]],
    ["an impossible activation date", { account_id: "EXT-1", date_of_account_activation: "2024-02-30" }, ["date_of_account_activation"]],
    ["an account id over 20 characters", { account_id: "A".repeat(21) }, ["account_id"]],
    ["an account id with a slash", { account_id: "ABC/123" }, ["account_id"]],
    ["the same investor twice", { investor_id: "twice" }, ["investor_id"]],
    ["details that are not objects", { additional_external_details: "x", related_parties: [1] }, ["additional_external_details", "related_parties"]],
    ["an unknown investor", { investor_id: ["inv-NOP00000"] }, ["investor_id"]],
  ])("rejects %s and writes nothing", async (_name, fields, errors) => {
    const t = await newTenant();
    const [a, b] = await investors(t, 2);
    const named: Record<string, unknown> = { two: [a, b], twice: [a, a] };
    const sent = "investor_id" in fields ? fields.investor_id : [a];
    const investorId = typeof sent === "string" && sent in named ? named[sent] : sent;
    const body = { ...accountBody([a!]), ...fields, investor_id: investorId };
    await expectValidation((await createAccount(t, body)).res, errors);
    expect((await listAccounts(t)).body.investor_accounts).toEqual([]);
  });

  it("treats another tenant's investor as unknown", async () => {
    const [t, other] = [await newTenant(), await newTenant()];
    const [foreign] = await investors(other, 1);
    const [own] = await investors(t, 1);
    const problem = await expectValidation((await createAccount(t, accountBody([own!, foreign!]))).res, ["investor_id"]);
    expect(problem.errors?.[0]?.message).toContain(foreign!);
    expect((await listAccounts(t)).body.investor_accounts).toEqual([]);
  });

  it("answers a repeated request_id as a duplicate and an Idempotency-Key retry with the original", async () => {
    const t = await newTenant();
    const [a] = await investors(t, 1);
    const body = accountBody([a!]);
    const first = await createAccount(t, body);
    expect(first.res.status).toBe(201);
    const duplicate = await createAccount(t, body);
    expect(duplicate.res.status).toBe(400);
    const problem = duplicate.body as Record<string, unknown>;
    expect(problem).toMatchObject({ error_code: "duplicate_request", message: "duplicate request", status: "COMPLETE" });
    expect(JSON.parse(problem.response as string)).toEqual(first.body);

    const key = crypto.randomUUID();
    const keyed = accountBody([a!]);
    const original = await createAccount(t, keyed, "v2", { "idempotency-key": key });
    const retry = await createAccount(t, keyed, "v2", { "idempotency-key": key });
    expect(retry.res.status).toBe(201);
    expect(retry.res.headers.get("idempotent-replayed")).toBe("true");
    expect(retry.body).toEqual(original.body);
    expect((await listAccounts(t)).body.investor_accounts).toHaveLength(2);
  });

  it("attaches pots opened in a stocks_jisa account", async () => {
    const t = await newTenant();
    const [child] = await investors(t, 1);
    const { body: account } = await createAccount(t, accountBody([child!], { financial_product_id: "stocks_jisa" }));
    const pot = await createPot(t, { account_id: account.account_id, financial_product_id: "stocks_jisa" });
    expect(pot.res.status).toBe(201);
    const got = (await (await t.fetch(`/tenant/investor-accounts/v2/${account.account_id}`)).json()) as Record<string, unknown>;
    expect(got).toMatchObject({ pot_id: [pot.body.results[0]!.pot_id], reference_version: 2 });
  });
});

describe("create investor account v1 (deprecated)", () => {
  const v1Body = (investorId: string, fields: Record<string, unknown> = {}) => ({
    request_id: crypto.randomUUID(),
    account_id: "CASHACC1674797806000",
    investor_id: investorId,
    financial_product_id: "treasury_management",
    account_type: "individual",
    account_sub_type: "power_of_attorney",
    date_of_account_activation: "2024-08-27",
    additional_external_details: {},
    ...fields,
  });

  it("opens a treasury account from an external id and answers in the v1 shape", async () => {
    const t = await newTenant();
    const [a] = await investors(t, 1);
    const { res, body } = await createAccount(t, v1Body(a!), "v1");
    expect(res.status).toBe(201);
    expect(body).toMatchObject({
      account_id: "CASHACC1674797806000",
      investor_id: a,
      financial_product_id: "treasury_management",
      account_sub_type: "power_of_attorney",
      date_of_account_activation: "2024-08-27T00:00:00.000Z",
      status: "active",
      reference_version: 1,
    });
    for (const field of V2_ONLY) expect(body).not.toHaveProperty(field);
    const v2 = (await (await t.fetch(`/tenant/investor-accounts/v2/${body.account_id}`)).json()) as Record<string, unknown>;
    expect(v2.investor_id).toEqual([a]);
  });

  it.each([
    ["no account id", { account_id: undefined }, ["account_id"]],
    ["investors as a list", { investor_id: ["inv-AAA00001"] }, ["investor_id"]],
    ["another product", { financial_product_id: "stocks_jisa" }, ["financial_product_id"]],
    ["a null sub type", { account_sub_type: null }, ["account_sub_type"]],
    ["an unknown investor", { investor_id: "inv-NOP00000" }, ["investor_id"]],
  ])("rejects %s", async (_name, fields, errors) => {
    const t = await newTenant();
    const [a] = await investors(t, 1);
    await expectValidation((await createAccount(t, v1Body(a!, fields), "v1")).res, errors);
    expect((await listAccounts(t, "", "v1")).body.investor_accounts).toEqual([]);
  });
});
