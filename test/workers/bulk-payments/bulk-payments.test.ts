import { describe, expect, it } from "vitest";
import { eventsOf } from "../../helpers/clock";
import { createInvestor } from "../../helpers/investors";
import { activeInvestor, createPot, get, post, runJobs } from "../../helpers/money";
import { expectProblem, expectValidation } from "../../helpers/problem";
import { newTenant, type TestTenant } from "../../helpers/tenant";

const JOBS = ["payment_batch.evaluate", "payment_batch.track"];
const entry = (investorId: string, potId: string, amount: string, i: number) => ({ investor_id: investorId, pot_id: potId, amount, external_transaction_reference: `ref-${i}` });
const batch = (payments: Array<Record<string, unknown>>, amount: string, fields: Record<string, unknown> = {}) => ({
  request_id: crypto.randomUUID(),
  currency: "GBP",
  amount,
  payment_type: "manual",
  batch_payment_reference: "Payroll November",
  payments,
  ...fields,
});
const send = (t: TestTenant, json: unknown) => t.fetch("/tenant/bulk-payments/v1", { method: "POST", json });
const batchEvents = async (t: TestTenant, id: string) =>
  (await eventsOf(t)).filter((e: any) => e.type === "bulk_payment_update" && e.payload.batch_id === id).map((e: any) => e.payload);

describe("bulk payment batches", () => {
  it("creates 600 payments from one batch of 600", async () => {
    const t = await newTenant();
    const { investorId } = await activeInvestor(t);
    const potId = await createPot(t, investorId);
    // 600 payments of 1.00 to 6.00 (i mod 6 + 1): 100 of each, so the batch amount is 100 × (1 + … + 6) = 2,100.00.
    const payments = Array.from({ length: 600 }, (_, i) => entry(investorId, potId, `${(i % 6) + 1}.00`, i));
    const created = await post(t, "/tenant/bulk-payments/v1", batch(payments, "2100.00"));
    expect(created.status, JSON.stringify(created.body).slice(0, 500)).toBe(202);
    expect(created.body).toMatchObject({ status: "pending", amount: "2100.00", payment_type: "manual" });
    expect(created.body.batch_id).toMatch(/^BULKPAY-[A-Z]{4}\d{4}$/);
    await runJobs(t, JOBS);
    const done = await get(t, `/tenant/bulk-payments/v1/${created.body.batch_id}`);
    expect(done.status).toBe("payments_created");
    expect(done.payments).toHaveLength(600);
    const listed = await get(t, `/tenant/payments/v1?batch_id=${created.body.batch_id}`);
    expect(listed.payments).toHaveLength(600);
    expect(new Set(listed.payments.map((p: any) => p.transaction_id))).toEqual(new Set(done.payments.map((p: any) => p.transaction_id)));
    expect(listed.payments.every((p: any) => p.status === "processing" && p.origin === "system" && p.sub_transaction_type === "Lump sum")).toBe(true);
    expect((await batchEvents(t, created.body.batch_id)).map((p: any) => p.status)).toEqual(["pending", "payments_created"]);
  }, 60_000);

  it("rejects the whole batch when one entry fails, naming it, and creates no payment", async () => {
    const t = await newTenant();
    const { investorId } = await activeInvestor(t);
    const potId = await createPot(t, investorId);
    const payments = [entry(investorId, potId, "10.00", 0), entry(investorId, "pot-NOP0000000", "20.00", 1), { investor_id: investorId, pot_id: potId, amount: "30.00" }];
    const created = await post(t, "/tenant/bulk-payments/v1", batch(payments, "60.00"));
    await runJobs(t, JOBS);
    const failed = await get(t, `/tenant/bulk-payments/v1/${created.body.batch_id}`);
    expect(failed).toMatchObject({ status: "payments_creation_failed", erroneous_payments: [{ payment_index: 1, payment_id: "ref-1", field: "payments.1.pot_id", error: "pot 'pot-NOP0000000' does not exist" }] });
    expect((await get(t, `/tenant/payments/v1?batch_id=${created.body.batch_id}`)).payments).toEqual([]);
    expect((await get(t, `/tenant/payments/v1?pot_id=${potId}`)).payments).toEqual([]);
    const events = await batchEvents(t, created.body.batch_id);
    expect(events.at(-1)).toEqual({ batch_id: created.body.batch_id, status: "payments_creation_failed", erroneous_payments: failed.erroneous_payments });
    expect((await get(t, "/tenant/bulk-payments/v1?status=payments_creation_failed&include_details=false")).payment_batches).toEqual([{ batch_id: created.body.batch_id }]);
  });

  it("moves through settlement in progress to partially settled as the wealth manager confirms its payments", async () => {
    const t = await newTenant();
    const { investorId } = await activeInvestor(t);
    const potId = await createPot(t, investorId);
    const created = await post(t, "/tenant/bulk-payments/v1", batch([entry(investorId, potId, "10.00", 0), entry(investorId, potId, "20.00", 1), entry(investorId, potId, "30.00", 2)], "60.00"));
    await runJobs(t, JOBS);
    const ids = (await get(t, `/tenant/bulk-payments/v1/${created.body.batch_id}`)).payments.map((p: any) => p.transaction_id);
    const patch = async (id: string, status: string) => {
      expect((await post(t, `/tenant/payments/v1/${id}`, { status, ...(status === "failed" ? { reason: "bounced" } : {}) }, "PATCH")).status).toBe(200);
      await runJobs(t, JOBS);
    };
    await patch(ids[0], "succeeded");
    expect((await get(t, `/tenant/bulk-payments/v1/${created.body.batch_id}`)).status).toBe("payments_settlement_in_progress");
    await patch(ids[1], "failed");
    await patch(ids[2], "succeeded");
    const settled = await get(t, `/tenant/bulk-payments/v1/${created.body.batch_id}`);
    expect(settled.status).toBe("payments_partially_settled");
    expect(settled.payments.map((p: any) => p.status)).toEqual(["succeeded", "failed", "succeeded"]);
    // 10.00 + 30.00 arrived; the 20.00 failed.
    expect((await get(t, `/tenant/pots/v1/${potId}/value`)).total_value).toBe("40.00");
    expect((await batchEvents(t, created.body.batch_id)).map((p: any) => p.status)).toEqual(["pending", "payments_created", "payments_settlement_in_progress", "payments_partially_settled"]);
  });

  it("defaults a workplace employer's payments into SIPP Accumulation to Employer contribution and needs each investor linked", async () => {
    const t = await newTenant();
    const employer = await post(t, "/tenant/workplace-employers/v1", {
      name: "Acme Ltd", registration_number: "REG12345", registered_address: { postal_code: "EC1A 1BB", address_line: "1 High Street", city: "London", country: "GBR" },
      correspondence_address: { postal_code: "M1 1AA", country: "GBR" }, kyb_aml_status: "clear", status: "active",
    });
    expect(employer.status, JSON.stringify(employer.body)).toBe(201);
    const employerId = employer.body.workplace_employer_id;
    const { body: linked } = await createInvestor(t, { kyc_aml_status: "clear", dealing_status: "active", date_of_birth: "1980-05-01", workplace_employers: [employerId] });
    const { investorId: unlinked } = await activeInvestor(t);
    const linkedPot = await createPot(t, linked.investor_id, {}, "sipp_accumulation");
    const unlinkedPot = await createPot(t, unlinked, {}, "sipp_accumulation");
    const source = { source_type: "workplace_employer", source_id: employerId };

    const bad = await post(t, "/tenant/bulk-payments/v1", batch([entry(linked.investor_id, linkedPot, "100.00", 0), entry(unlinked, unlinkedPot, "100.00", 1)], "200.00", source));
    await runJobs(t, JOBS);
    expect((await get(t, `/tenant/bulk-payments/v1/${bad.body.batch_id}`)).erroneous_payments).toEqual([
      { payment_index: 1, payment_id: "ref-1", field: "payments.1.investor_id", error: `investor '${unlinked}' is not linked to workplace employer '${employerId}'` },
    ]);

    const good = await post(t, "/tenant/bulk-payments/v1", batch([entry(linked.investor_id, linkedPot, "100.00", 0)], "100.00", source));
    await runJobs(t, JOBS);
    const { payments } = await get(t, `/tenant/payments/v1?batch_id=${good.body.batch_id}`);
    expect(payments).toEqual([expect.objectContaining({ sub_transaction_type: "Employer contribution", source_id: employerId, status: "processing" })]);
  });

  it("checks the static rules at once: count, sum, payment type, source pair and entry shape", async () => {
    const t = await newTenant();
    const { investorId } = await activeInvestor(t);
    const potId = await createPot(t, investorId);
    const one = [entry(investorId, potId, "10.00", 0)];
    await expectValidation(await send(t, batch(Array.from({ length: 601 }, (_, i) => entry(investorId, potId, "1.00", i)), "601.00")), ["payments"]);
    await expectValidation(await send(t, batch(one, "10.01")), ["amount"]);
    await expectValidation(await send(t, batch(one, "10.00", { payment_type: "card" })), ["payment_type"]);
    await expectValidation(await send(t, batch(one, "10.00", { source_id: "wem-ABC12345" })), ["source_type"]);
    await expectValidation(await send(t, batch(one, "10.00", { source_type: "workplace_employer" })), ["source_id"]);
    await expectValidation(await send(t, batch([{ ...one[0], amount: "10.001" }], "10.00")), ["payments.0.amount"]);
    await expectValidation(await send(t, batch([{ pot_id: potId, amount: "10.00" }], "10.00")), ["payments.0.investor_id"]);
    expect((await get(t, "/tenant/bulk-payments/v1")).payment_batches).toEqual([]);
    await expectProblem(await t.fetch("/tenant/bulk-payments/v1/BULKPAY-NOPE0000"), 404, "resource_not_found");
  });
});
