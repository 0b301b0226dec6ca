import { env, SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { accountBody, createAccount, createPot, listAccounts, type Account } from "../../helpers/accounts";
import { createInvestor } from "../../helpers/investors";
import { expectProblem, expectValidation } from "../../helpers/problem";
import { admin, newTenant, type TestTenant } from "../../helpers/tenant";

function patch(t: TestTenant, id: string, json: Record<string, unknown>, version: "v1" | "v2" = "v2", headers: Record<string, string> = {}) {
  return t.fetch(`/tenant/investor-accounts/${version}/${id}`, { method: "PATCH", headers, json });
}

async function isaAccount(t: TestTenant, investorId: string): Promise<Account> {
  const pot = await createPot(t, { investor_id: [investorId], financial_product_id: "stocks_isa" });
  expect(pot.res.status).toBe(201);
  return (await (await t.fetch(`/tenant/investor-accounts/v2/${pot.body.results[0]!.account_id}`)).json()) as Account;
}

describe("update investor account", () => {
  it("sets and clears custodian fields (v2), ignoring empty strings, with events on the notifications channel", async () => {
    const t = await newTenant();
    const { body: investor } = await createInvestor(t);
    const { body: account } = await createAccount(t, accountBody([investor.investor_id]));
    const custodian = { custodian_account_reference: "CAR573838383", custodian_id: "CID594898ff", custodian_client_reference: "CCR578fh8", regulator_advisor_id: "RAI48483jd" };
    const first = await patch(t, account.account_id, { ...custodian, related_parties: { individuals: [{ name: "A" }] }, reference_version: 1 });
    expect(first.status).toBe(200);
    const updated = (await first.json()) as Account;
    expect(updated).toMatchObject({ ...custodian, related_parties: { individuals: [{ name: "A" }] }, reference_version: 2 });
    const second = await patch(t, account.account_id, { custodian_id: null, regulator_advisor_id: "", reference_version: 2 });
    expect(await second.json()).toMatchObject({ custodian_id: null, regulator_advisor_id: "RAI48483jd", custodian_account_reference: "CAR573838383", reference_version: 3 });
    expect(await (await t.fetch(`/tenant/investor-accounts/v2/${account.account_id}`)).json()).toMatchObject({ custodian_id: null, reference_version: 3 });
    const feed = (await (await t.fetch("/tenant/activity/v1?after_seq=0&limit=100")).json()) as { events: Array<{ type: string; ch: string; payload: Account }> };
    const accountEvents = feed.events.filter((e) => e.type.startsWith("investor_account_"));
    expect(accountEvents.map((e) => [e.type, e.ch, e.payload.reference_version])).toEqual([
      ["investor_account_created", "notifications", 1],
      ["investor_account_updated", "notifications", 2],
      ["investor_account_updated", "notifications", 3],
    ]);
    // Events carry the account; its market value moves with prices, so only reads carry it.
    const { total_market_value, ...read } = (await (await t.fetch(`/tenant/investor-accounts/v2/${account.account_id}`)).json()) as Record<string, unknown>;
    expect(total_market_value).toBe("0.00");
    expect(accountEvents[2]!.payload).toEqual(read);
  });

  it("takes only custodian fields on v1 and answers in the v1 shape", async () => {
    const t = await newTenant();
    const { body: investor } = await createInvestor(t);
    const { body: account } = await createAccount(t, accountBody([investor.investor_id]));
    const res = await patch(t, account.account_id, { custodian_id: "CID1", status: "inactive", related_parties: { x: 1 }, reference_version: 1 }, "v1");
    expect(res.status).toBe(200);
    const body = (await res.json()) as Account;
    expect(body).toMatchObject({ custodian_id: "CID1", status: "active", investor_id: investor.investor_id, reference_version: 2 });
    expect(body).not.toHaveProperty("related_parties");
  });

  it("allows status active/inactive only on stocks_isa, related_parties only on treasury_management", async () => {
    const t = await newTenant();
    const { body: investor } = await createInvestor(t);
    const isa = await isaAccount(t, investor.investor_id);
    expect(isa).toMatchObject({ account_id: expect.stringMatching(/^SSISA\d{13}$/), isa_allowance_remaining: "20000.00", pot_id: [expect.stringMatching(/^pot-/)] });
    const off = await patch(t, isa.account_id, { status: "inactive", reference_version: isa.reference_version });
    expect(off.status).toBe(200);
    expect(await off.json()).toMatchObject({ status: "inactive" });
    await expectValidation(await patch(t, isa.account_id, { related_parties: {}, reference_version: isa.reference_version + 1 }), ["related_parties"]);
    await expectValidation(await patch(t, isa.account_id, { status: "closed", reference_version: isa.reference_version + 1 }), ["status"]);
    const { body: treasury } = await createAccount(t, accountBody([investor.investor_id]));
    await expectValidation(await patch(t, treasury.account_id, { status: "inactive", reference_version: 1 }), ["status"]);
    const { body: jisa } = await createAccount(t, accountBody([investor.investor_id], { financial_product_id: "stocks_jisa" }));
    await expectValidation(await patch(t, jisa.account_id, { related_parties: {}, status: "active", reference_version: 1 }), ["related_parties", "status"]);
    const unchanged = (await (await t.fetch(`/tenant/investor-accounts/v2/${jisa.account_id}`)).json()) as Account;
    expect(unchanged.reference_version).toBe(1);
  });

  it.each([
    ["no reference_version", { custodian_id: "x" }, ["reference_version"]],
    ["a string reference_version", { reference_version: "1" }, ["reference_version"]],
    ["a custodian field over 64 characters", { custodian_id: "x".repeat(65), reference_version: 1 }, ["custodian_id"]],
    ["a number for a custodian field", { custodian_account_reference: 5, reference_version: 1 }, ["custodian_account_reference"]],
  ])("rejects %s", async (_name, body, fields) => {
    const t = await newTenant();
    const { body: investor } = await createInvestor(t);
    const { body: account } = await createAccount(t, accountBody([investor.investor_id]));
    await expectValidation(await patch(t, account.account_id, body), fields);
    await expectValidation(await patch(t, account.account_id, body, "v1"), fields);
  });

  it("refuses a stale reference_version (409, replayed under the same Idempotency-Key) and unknown or foreign ids (404)", async () => {
    const [t, other] = [await newTenant(), await newTenant()];
    const { body: investor } = await createInvestor(t);
    const { body: account } = await createAccount(t, accountBody([investor.investor_id]));
    const key = crypto.randomUUID();
    const ok = await patch(t, account.account_id, { custodian_id: "A", reference_version: 1 }, "v2", { "idempotency-key": key });
    const replay = await patch(t, account.account_id, { custodian_id: "A", reference_version: 1 }, "v2", { "idempotency-key": key });
    expect(replay.status).toBe(200);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(await replay.json()).toEqual(await ok.json());
    const stale = await expectProblem(await patch(t, account.account_id, { custodian_id: "B", reference_version: 1 }), 409, "version_conflict");
    expect(stale.current_reference_version).toBe(2);
    await expectProblem(await patch(t, account.account_id, { custodian_id: "B", reference_version: 1 }, "v1"), 409, "version_conflict");
    await expectProblem(await patch(t, "CASHACC0000000000001", { reference_version: 1 }), 404, "resource_not_found");
    await expectProblem(await patch(other, account.account_id, { custodian_id: "X", reference_version: 2 }), 404, "resource_not_found");
    await expectProblem(await other.fetch(`/tenant/investor-accounts/v2/${account.account_id}`), 404, "resource_not_found");
    await expectProblem(await other.fetch(`/tenant/investor-accounts/v1/${account.account_id}`), 404, "resource_not_found");
    expect(await (await t.fetch(`/tenant/investor-accounts/v2/${account.account_id}`)).json()).toMatchObject({ custodian_id: "A", reference_version: 2 });
  });
});

describe("list investor accounts", () => {
  it("filters by comma-separated values, pages newest first, and shows v1 and v2 shapes", async () => {
    const [t, other] = [await newTenant(), await newTenant()];
    const { body: a } = await createInvestor(t);
    const { body: b } = await createInvestor(t);
    const treasuryA = (await createAccount(t, accountBody([a.investor_id], { account_type: "business", account_sub_type: "charity" }))).body;
    const joint = (await createAccount(t, accountBody([a.investor_id, b.investor_id]))).body;
    const jisaB = (await createAccount(t, accountBody([b.investor_id], { financial_product_id: "stocks_jisa" }))).body;
    const isaA = await isaAccount(t, a.investor_id);
    await createInvestor(other);

    const ids = async (query: string, version: "v1" | "v2" = "v2") => {
      const { res, body } = await listAccounts(t, query, version);
      expect(res.status).toBe(200);
      return body.investor_accounts.map((x) => x.account_id);
    };
    expect(await ids("")).toEqual([isaA.account_id, jisaB.account_id, joint.account_id, treasuryA.account_id]);
    expect(await ids("?sort=asc")).toEqual([treasuryA.account_id, joint.account_id, jisaB.account_id, isaA.account_id]);
    expect(await ids(`?investor_id=${b.investor_id}`)).toEqual([jisaB.account_id, joint.account_id]);
    expect(await ids(`?investor_id=${a.investor_id},${b.investor_id}&financial_product_id=treasury_management`)).toEqual([joint.account_id, treasuryA.account_id]);
    expect(await ids(`?account_id=${treasuryA.account_id},${isaA.account_id}`)).toEqual([isaA.account_id, treasuryA.account_id]);
    expect(await ids("?financial_product_id=stocks_jisa,stocks_isa")).toEqual([isaA.account_id, jisaB.account_id]);
    expect(await ids("?account_type=business")).toEqual([treasuryA.account_id]);
    expect(await ids("?account_sub_type=charity,trust")).toEqual([treasuryA.account_id]);
    expect(await ids("?status=active,inactive&isa_account_type=X")).toEqual([]);
    expect(await ids("?status=closed")).toEqual([]);

    const page1 = await listAccounts(t, "?page_size=3&page_number=1");
    expect(page1.body.next_page_available).toBe(true);
    expect(page1.body.investor_accounts).toHaveLength(3);
    const page2 = await listAccounts(t, "?page_size=3&page_number=2");
    expect(page2.body).toMatchObject({ next_page_available: false, investor_accounts: [{ account_id: treasuryA.account_id }] });
    // Only one of the two paging parameters: both take the defaults.
    expect((await listAccounts(t, "?page_size=1")).body.investor_accounts).toHaveLength(4);

    const v1 = await listAccounts(t, `?account_id=${joint.account_id}`, "v1");
    expect(v1.body.investor_accounts).toEqual([expect.objectContaining({ account_id: joint.account_id, investor_id: a.investor_id })]);
    expect(v1.body.investor_accounts[0]).not.toHaveProperty("tax_year");
    const v2 = await listAccounts(t, `?account_id=${joint.account_id}`);
    expect(v2.body.investor_accounts).toEqual([await (await t.fetch(`/tenant/investor-accounts/v2/${joint.account_id}`)).json()]);

    expect((await listAccounts(other, "")).body).toEqual({ investor_accounts: [], next_page_available: false });
    expect((await listAccounts(other, `?account_id=${joint.account_id}`)).body.investor_accounts).toEqual([]);
  });

  it.each([
    ["v2", "?financial_product_id=stocks_isa,pension", ["financial_product_id"]],
    ["v1", "?financial_product_id=stocks_jisa", ["financial_product_id"]],
    ["v2", "?status=open&account_type=joint", ["status", "account_type"]],
    ["v2", "?account_sub_type=family&isa_account_type=Q", ["account_sub_type", "isa_account_type"]],
    ["v2", "?account_id=,", ["account_id"]],
    ["v2", "?page_size=4001&page_number=1", ["page_size"]],
    ["v1", "?page_size=0&page_number=1", ["page_size"]],
    ["v2", "?sort=up", ["sort"]],
  ] as const)("%s rejects %s", async (version, query, fields) => {
    const t = await newTenant();
    await expectValidation((await listAccounts(t, query, version)).res, [...fields]);
  });

  it("accepts the largest page size and requires a key", async () => {
    const t = await newTenant();
    expect((await listAccounts(t, "?page_size=4000&page_number=1")).res.status).toBe(200);
    await expectProblem(await SELF.fetch(`http://${t.id}.localhost/tenant/investor-accounts/v2`), 401, "unauthenticated");
  });
});

describe("counters on read", () => {
  it("show the tenant's configured allowance, and a past tax year's counters as already rolled over", async () => {
    const t = await newTenant();
    const configured = await admin("PUT", `/admin/v1/tenants/${t.id}/financial-products/stocks_isa`, { annual_subscription_allowance: "15000.00" });
    expect(configured.status).toBe(200);
    const { body: investor } = await createInvestor(t);
    const isa = await isaAccount(t, investor.investor_id);
    expect(isa).toMatchObject({ isa_allowance_remaining: "15000.00", current_year_subscription: false });
    // The account last booked something in tax year 2020.
    await env.DB.prepare(
      "UPDATE resources SET data = json_set(data, '$.tax_year', '2020', '$.current_year_total_contribution', '5000.00', '$.current_year_total_isa_contribution', '5000.00', '$.current_year_subscription', json('true'), '$.total_contribution', '5000.00', '$.isa_allowance_remaining', '10000.00') WHERE tenant_id = ? AND kind = 'investor_account' AND id = ?",
    )
      .bind(t.id, isa.account_id)
      .run();
    const got = (await (await t.fetch(`/tenant/investor-accounts/v2/${isa.account_id}`)).json()) as Account;
    expect(got).toMatchObject({
      tax_year: isa.tax_year,
      current_year_subscription: false,
      current_year_total_contribution: "0.00",
      current_year_total_isa_contribution: "0.00",
      total_contribution: "5000.00",
      isa_allowance_remaining: "15000.00",
    });
  });
});

describe("OpenAPI", () => {
  it("marks the v1 operations deprecated and the v2 ones not", async () => {
    const doc = (await (await SELF.fetch("http://localhost/openapi.json")).json()) as { paths: Record<string, Record<string, { deprecated?: boolean }>> };
    const v1 = doc.paths["/tenant/investor-accounts/v1"]!;
    const v1One = doc.paths["/tenant/investor-accounts/v1/{account_id}"]!;
    const v2 = doc.paths["/tenant/investor-accounts/v2"]!;
    const v2One = doc.paths["/tenant/investor-accounts/v2/{account_id}"]!;
    for (const op of [v1.get, v1.post, v1One.get, v1One.patch]) expect(op?.deprecated).toBe(true);
    for (const op of [v2.get, v2.post, v2One.get, v2One.patch]) expect(op?.deprecated).toBeUndefined();
  });
});
