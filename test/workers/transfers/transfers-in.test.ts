import { describe, expect, it } from "vitest";
import { advance, eventsOf } from "../../helpers/clock";
import { get, holdingsOf, post } from "../../helpers/money";
import { expectProblem, expectValidation } from "../../helpers/problem";
import { openSocket, subscribe } from "../../helpers/socket";
import { admin } from "../../helpers/tenant";
import { createTransfer, putStaticData, STATIC_DATA, transferBody, transferSetup } from "../../helpers/transfers";

const potTransaction = async (s: { t: any; potId: string }, id: string) =>
  (await get(s.t, `/tenant/pots/v1/${s.potId}/transactions`)).transactions.find((x: any) => x.transaction_id === id);

const statusOf = async (s: { t: any }, id: string) => {
  const body = await get(s.t, `/tenant/transfers/v1/${id}`);
  return [body.transfer_status, body.service_provider_status];
};

describe("transfers in", () => {
  it("walks Created → Acquiring completed on business days, books the Cash Transfer In and invests it per the template", async () => {
    // Monday 2 November 2026, 10:00 UTC.
    const s = await transferSetup();
    const created = await createTransfer(s, { purpose: "invest", transfer_note: "Please transfer in full", adviser: { firm_name: "Acme Advice", firm_reference_number: "123456" } });
    expect(created).toMatchObject({
      transfer_id: expect.stringMatching(/^TRF-IN-[A-Z]{3}\d{7}$/),
      direction: "in",
      service_provider: "origo",
      scheme_type: "sipp",
      financial_product_id: "sipp_accumulation",
      transfer_status: "Created",
      service_provider_status: "Unallocated",
      acquiring_pot_id: s.potId,
      acquiring_account_id: s.accountId,
      // Defaults from the static data.
      case_contact_id: "5648",
      payment_account_id: "37643",
      scheme_reference_identifier: "4844",
      receiving_contract: { account_id: s.accountId, pot_id: s.potId, case_contact_id: "5648", payment_account_id: "37643", scheme_reference_identifier: "4844", pstr: "12345678AB" },
      ceding_contract: { ceding_provider_id: "12251", ceding_provider_name: "Aviva Pensions", ceding_account_id: "5823364", approximate_value_of_pre_retirement_benefits: "1000.50", encash_all: true },
      investor_details: { investor_id: s.investorId },
      transfer_creation_date: "2026-11-02T10:00:00.000Z",
      purpose: "invest",
      transfer_note: "Please transfer in full",
    });
    expect(created.case_id).toBeUndefined();
    const id = created.transfer_id as string;
    expect(await get(s.t, `/tenant/transfers/v1/${id}`)).toEqual(created);

    // Each business day at its first instant the network takes one step.
    await advance(s.t, { to: "2026-11-03T08:00:00Z" });
    const pending = await get(s.t, `/tenant/transfers/v1/${id}`);
    expect([pending.transfer_status, pending.service_provider_status]).toEqual(["Pending", "Unallocated"]);
    expect(pending.case_id).toMatch(/^\d{6}$/);
    expect(pending.client_transfer_id).toMatch(/^\d{6}$/);
    await advance(s.t, { to: "2026-11-04T08:00:00Z" });
    expect(await statusOf(s, id)).toEqual(["In progress", "In Progress"]);
    await advance(s.t, { to: "2026-11-05T08:00:00Z" });
    const ceded = await get(s.t, `/tenant/transfers/v1/${id}`);
    expect([ceded.transfer_status, ceded.service_provider_status]).toEqual(["Ceding completed", "Funds sent"]);
    expect(ceded.ceding_contract.transferred_value).toBe("1000.50");
    const pendingTx = await potTransaction(s, ceded.transaction_id);
    expect(pendingTx).toMatchObject({ sub_transaction_type: "Cash Transfer In", primary_transaction_type: "Transfers", type: "pending", transaction_value: "1000.50", external_transaction_reference: id });
    expect((await holdingsOf(s.t, s.potId)).cash).toBeUndefined();

    // Thursday → Friday 6 November: cash received and invested (60% of 1000.50 = 600.30 into the fund).
    await advance(s.t, { to: "2026-11-06T08:00:00Z" });
    expect(await statusOf(s, id)).toEqual(["Acquiring received", "Funds Received"]);
    const settledTx = await potTransaction(s, ceded.transaction_id);
    expect(settledTx).toMatchObject({ type: "archived", sub_type: "settled", transaction_value: "1000.50", settlement_date: "2026-11-06" });
    // Weekend: no step until Monday 9 November; by then the buy has filled and settled (T+2 not yet: fill only).
    await advance(s.t, { to: "2026-11-08T12:00:00Z" });
    expect(await statusOf(s, id)).toEqual(["Acquiring received", "Funds Received"]);
    await advance(s.t, { to: "2026-11-12T08:00:00Z" });
    expect(await statusOf(s, id)).toEqual(["Acquiring completed", "Funds Received"]);

    const holdings = await holdingsOf(s.t, s.potId);
    // 600.30 / 2.0000 = 300.15 units; cash left 1000.50 − 600.30 = 400.20.
    expect(holdings.GB00B3X7QG63).toMatchObject({ total_quantity: "300.1500" });
    expect(holdings.cash).toMatchObject({ total_value: "400.20" });
    const buys = (await get(s.t, `/tenant/pots/v1/${s.potId}/transactions`)).transactions.filter((x: any) => x.sub_transaction_type === "Buy");
    expect(buys).toHaveLength(1);
    expect(buys[0]).toMatchObject({ parent_transaction_id: ceded.transaction_id, origin: "system" });

    // A transfer is not a contribution: no contribution counters, no relief.
    const account = await get(s.t, `/tenant/investor-accounts/v2/${s.accountId}`);
    expect(account).toMatchObject({ current_year_total_contribution: "0.00", total_contribution: "0.00", current_year_gross_contribution: "0.00", current_year_RAS_claims_pending: "0.00" });

    const events = (await eventsOf(s.t)).filter((e) => e.type.startsWith("transfer_in_"));
    expect(events.map((e) => [e.type, e.ch, e.payload.transfer_status])).toEqual([
      ["transfer_in_created", "notifications", "Created"],
      ["transfer_in_updated", "notifications", "Pending"],
      ["transfer_in_updated", "notifications", "In progress"],
      ["transfer_in_updated", "notifications", "Ceding completed"],
      ["transfer_in_updated", "notifications", "Acquiring received"],
      ["transfer_in_updated", "notifications", "Acquiring completed"],
    ]);
    expect(events.at(-1)?.payload).toEqual(await get(s.t, `/tenant/transfers/v1/${id}`));
  });

  it("rejects each value that does not match the static data, naming the field", async () => {
    const s = await transferSetup();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ceding_provider_id: "77777" }, "ceding_provider_id"],
      [{ case_contact_id: "0000" }, "case_contact_id"],
      [{ payment_account_id: "0000" }, "payment_account_id"],
      [{ scheme_reference_identifier: "0000" }, "scheme_reference_identifier"],
    ];
    for (const [fields, field] of cases) {
      const res = await s.t.fetch("/tenant/transfers/v1", { method: "POST", json: transferBody(s, fields) });
      await expectValidation(res, [field]);
    }
    // Sent values win over the defaults.
    const chosen = await createTransfer(s, { case_contact_id: "5906", payment_account_id: "37644", scheme_reference_identifier: "4845" });
    expect(chosen).toMatchObject({ case_contact_id: "5906", payment_account_id: "37644", scheme_reference_identifier: "4845", receiving_contract: { pstr: "87654321CD" } });

    // Without defaults in the static data, the three values become required.
    const bare = { ...STATIC_DATA, case_contacts: [{ case_contact_id: "5906", name: "Desk" }], payment_accounts: [{ ...STATIC_DATA.payment_accounts[1] }], scheme_references: [{ ...STATIC_DATA.scheme_references[1] }] };
    expect((await putStaticData(s.t, bare)).status).toBe(200);
    await expectValidation(await s.t.fetch("/tenant/transfers/v1", { method: "POST", json: transferBody(s) }), ["case_contact_id", "payment_account_id", "scheme_reference_identifier"]);
  });

  it("validates the request: cash only, origo only, the pot of the account, SIPP Accumulation, dates, two decimals, invest needs a template", async () => {
    const s = await transferSetup();
    const attempt = (fields: Record<string, unknown>) => s.t.fetch("/tenant/transfers/v1", { method: "POST", json: transferBody(s, fields) });
    await expectValidation(await attempt({ transfer_type: "in_specie" }), ["transfer_type"]);
    await expectValidation(await attempt({ service_provider: "wealthos" }), ["service_provider"]);
    await expectValidation(await attempt({ financial_product_id: "sipp_fad" }), ["financial_product_id"]);
    await expectValidation(await attempt({ approximate_value_of_pre_retirement_benefits: "100.505" }), ["approximate_value_of_pre_retirement_benefits"]);
    await expectValidation(await attempt({ approximate_value_of_pre_retirement_benefits: 100.5 }), ["approximate_value_of_pre_retirement_benefits"]);
    await expectValidation(await attempt({ nb_application_received_date: "2026-11-03" }), ["nb_application_received_date"]);
    await expectValidation(await attempt({ nb_application_received_date: "2026-02-30" }), ["nb_application_received_date"]);
    await expectValidation(await attempt({ transfer_note: "x".repeat(501) }), ["transfer_note"]);
    await expectValidation(await attempt({ adviser: { firm_name: "Acme", distribution_partner_id: "iff-nop00000" } }), ["adviser.distribution_partner_id"]);
    // A WealthOS request_id is used once; "100" is stored as "100.00".
    const once = transferBody(s, { approximate_value_of_pre_retirement_benefits: "100" });
    const first = await s.t.fetch("/tenant/transfers/v1", { method: "POST", json: once });
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({ approximate_value_of_pre_retirement_benefits: "100.00", ceding_contract: { approximate_value_of_pre_retirement_benefits: "100.00" } });
    const again = await s.t.fetch("/tenant/transfers/v1", { method: "POST", json: once });
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ error_code: "duplicate_request", status: "COMPLETE" });
    const { request_id: _r, ceding_provider_id: _c, ...missing } = transferBody(s);
    await expectValidation(await s.t.fetch("/tenant/transfers/v1", { method: "POST", json: missing }), ["request_id", "ceding_provider_id"]);

    // A GIA pot of the same investor is neither of the account nor SIPP.
    const gia = await post(s.t, "/tenant/pots/v1", { request_id: crypto.randomUUID(), investor_id: [s.investorId], financial_product_id: "general_investment_product", pots: [{ pot_name: "GIA", pot_currency: "GBP", status: "active" }] });
    const giaPot = await get(s.t, `/tenant/pots/v1/${gia.body.results[0].pot_id}`);
    await expectValidation(await attempt({ acquiring_pot_id: giaPot.pot_id }), ["acquiring_pot_id"]);
    await expectValidation(await attempt({ acquiring_account_id: giaPot.account_id, acquiring_pot_id: giaPot.pot_id }), ["acquiring_account_id"]);
    await expectProblem(await attempt({ acquiring_account_id: "SIPPACC000" }), 404, "resource_not_found");
    await expectProblem(await attempt({ acquiring_pot_id: "pot-NOPE0000000" }), 404, "resource_not_found");

    // invest needs a template on the pot.
    const plain = await post(s.t, "/tenant/pots/v1", { request_id: crypto.randomUUID(), investor_id: [s.investorId], financial_product_id: "sipp_accumulation", pots: [{ pot_name: "Plain", pot_currency: "GBP", status: "active" }] });
    const plainPot = await get(s.t, `/tenant/pots/v1/${plain.body.results[0].pot_id}`);
    await expectValidation(await attempt({ acquiring_account_id: plainPot.account_id, acquiring_pot_id: plainPot.pot_id, purpose: "invest" }), ["purpose"]);
    expect((await attempt({ acquiring_account_id: plainPot.account_id, acquiring_pot_id: plainPot.pot_id })).status).toBe(201);
  });

  it("cancels from Created (reason optional) and In progress (reason mandatory) only", async () => {
    const s = await transferSetup();
    const cancel = (id: string, body: Record<string, unknown>) => s.t.fetch(`/tenant/transfers/v1/${id}/cancel`, { method: "POST", json: body });
    const first = await createTransfer(s);
    const second = await createTransfer(s);
    const done = await cancel(first.transfer_id, { comment: "Client changed their mind" });
    expect(done.status).toBe(200);
    expect(await done.json()).toMatchObject({ transfer_status: "Cancelled", service_provider_status: "Cancelled", comment: "Client changed their mind" });
    await expectProblem(await cancel(first.transfer_id, {}), 409, "state_conflict");

    await advance(s.t, { to: "2026-11-03T08:00:00Z" });
    expect(await statusOf(s, first.transfer_id)).toEqual(["Cancelled", "Cancelled"]);
    expect(await statusOf(s, second.transfer_id)).toEqual(["Pending", "Unallocated"]);
    await expectProblem(await cancel(second.transfer_id, { cancellation_reason: "Duplicate" }), 409, "state_conflict");
    await advance(s.t, { to: "2026-11-04T08:00:00Z" });
    expect(await statusOf(s, second.transfer_id)).toEqual(["In progress", "In Progress"]);
    await expectValidation(await cancel(second.transfer_id, {}), ["cancellation_reason"]);
    await expectValidation(await cancel(second.transfer_id, { cancellation_reason: "Changed mind" }), ["cancellation_reason"]);
    const res = await cancel(second.transfer_id, { cancellation_reason: "By Client Pre Completion" });
    expect(await res.json()).toMatchObject({ transfer_status: "Cancelled", cancellation_reason: "By Client Pre Completion" });
    await advance(s.t, { to: "2026-11-10T08:00:00Z" });
    expect(await statusOf(s, second.transfer_id)).toEqual(["Cancelled", "Cancelled"]);
    expect(await holdingsOf(s.t, s.potId)).toEqual({});
    await expectProblem(await cancel("TRF-IN-NOP0000000", {}), 404, "resource_not_found");
  });

  it("follows the sandbox triggers to Rejected (Out of Scope, Not Found, Already Transferred) and to a partial amount", async () => {
    const s = await transferSetup();
    const socket = await openSocket(s.t);
    await subscribe(socket, "notifications");
    const outOfScope = await createTransfer(s, { approximate_value_of_pre_retirement_benefits: "250.13" });
    const notFound = await createTransfer(s, { ceding_provider_id: "99913" });
    const already = await createTransfer(s, { ceding_account_id: "PLAN-0013" });
    const partial = await createTransfer(s, { approximate_value_of_pre_retirement_benefits: "1000.17" });
    await advance(s.t, { to: "2026-11-12T08:00:00Z" });
    const outcome = async (id: string) => {
      const x = await get(s.t, `/tenant/transfers/v1/${id}`);
      return [x.transfer_status, x.service_provider_status, typeof x.rejection_reason];
    };
    expect(await outcome(outOfScope.transfer_id)).toEqual(["Rejected", "Out of Scope", "string"]);
    expect(await outcome(notFound.transfer_id)).toEqual(["Rejected", "Not Found", "string"]);
    expect(await outcome(already.transfer_id)).toEqual(["Rejected", "Already Transferred", "string"]);
    // The socket carries each change as the full transfer.
    const rejected = await socket.waitForCount((f) => f.type === "transfer_in_updated" && (f.payload as any).transfer_status === "Rejected", 3);
    expect(rejected.map((f) => [f.ch, (f.payload as any).service_provider_status]).sort()).toEqual([["notifications", "Already Transferred"], ["notifications", "Not Found"], ["notifications", "Out of Scope"]]);
    socket.ws.close();
    const part = await get(s.t, `/tenant/transfers/v1/${partial.transfer_id}`);
    // 90% of 1000.17 = 900.153, rounded down to the penny: 900.15 (purpose cash: stays cash).
    expect(part).toMatchObject({ transfer_status: "Acquiring completed", ceding_contract: { transferred_value: "900.15" } });
    expect((await holdingsOf(s.t, s.potId)).cash).toMatchObject({ total_value: "900.15" });
  });

  it("lists with every filter and pages of at most 1000", async () => {
    const s = await transferSetup();
    const a = await createTransfer(s);
    await advance(s.t, { to: "2026-11-03T08:00:00Z" });
    const b = await createTransfer(s);
    const ids = async (query: string) => (await get(s.t, `/tenant/transfers/v1${query}`)).transfers.map((x: any) => x.transfer_id);
    expect(await ids("")).toEqual([b.transfer_id, a.transfer_id]);
    expect(await ids("?transfer_status=Pending")).toEqual([a.transfer_id]);
    expect(await ids("?transfer_status=Created&service_provider_status=Unallocated")).toEqual([b.transfer_id]);
    expect(await ids(`?investor_id=${s.investorId}&financial_product_id=sipp_accumulation&service_provider=origo`)).toEqual([b.transfer_id, a.transfer_id]);
    expect(await ids("?investor_id=inv-NOONE000")).toEqual([]);
    expect(await ids("?financial_product_id=sipp_fad")).toEqual([]);
    expect(await ids("?updated_at=2026-11-03")).toEqual([b.transfer_id, a.transfer_id]);
    expect(await ids("?updated_at=2026-11-02")).toEqual([]);
    expect(await get(s.t, "/tenant/transfers/v1?page_size=1&page_number=1")).toMatchObject({ transfers: [{ transfer_id: b.transfer_id }], next_page_available: true });
    expect(await get(s.t, "/tenant/transfers/v1?page_size=1&page_number=2")).toMatchObject({ transfers: [{ transfer_id: a.transfer_id }], next_page_available: false });
    await expectValidation(await s.t.fetch("/tenant/transfers/v1?page_size=1001&page_number=1"), ["page_size"]);
    await expectValidation(await s.t.fetch("/tenant/transfers/v1?transfer_status=Done"), ["transfer_status"]);
    await expectProblem(await s.t.fetch("/tenant/transfers/v1/TRF-IN-NOP0000000"), 404, "resource_not_found");
  });

  it("keeps the static data per tenant behind the admin API", async () => {
    const s = await transferSetup();
    const res = await admin("GET", `/admin/v1/tenants/${s.t.id}/transfer-network/static-data`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(STATIC_DATA);
    const twice = { ...STATIC_DATA, ceding_providers: [STATIC_DATA.ceding_providers[0], STATIC_DATA.ceding_providers[0]] };
    await expectValidation(await putStaticData(s.t, twice), ["ceding_providers.1.ceding_provider_id"]);
    const twoDefaults = { ...STATIC_DATA, case_contacts: STATIC_DATA.case_contacts.map((c) => ({ ...c, default: true })) };
    await expectValidation(await putStaticData(s.t, twoDefaults), ["case_contacts.1.default"]);
    await expectValidation(await putStaticData(s.t, { ...STATIC_DATA, scheme_references: [{ scheme_reference_identifier: "1", pstr: "nope", scheme_name: "X" }] }), ["scheme_references.0.pstr"]);
    await expectProblem(await admin("GET", "/admin/v1/tenants/no-such-tenant/transfer-network/static-data"), 404, "resource_not_found");
    await expectProblem(await admin("PUT", "/admin/v1/tenants/no-such-tenant/transfer-network/static-data", STATIC_DATA), 404, "resource_not_found");
    await expectProblem(await admin("GET", `/admin/v1/tenants/${s.t.id}/transfer-network/static-data`, undefined, "wrong"), 401, "admin_unauthenticated");
  });
});
