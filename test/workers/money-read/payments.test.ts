import { beforeAll, describe, expect, it } from "vitest";
import { findPot } from "../../../src/custody/pots";
import type { PaymentData } from "../../../src/domains/payments/serialize";
import { expectProblem, expectValidation } from "../../helpers/problem";
import { dealingInvestor, inObject, openPot, pay, read } from "../../helpers/money-read";
import { newTenant, type TestTenant } from "../../helpers/tenant";

interface World {
  t: TestTenant;
  ada: string;
  bob: string;
  adaPot: string;
  jointPot: string;
  bobPot: string;
  ids: Record<"settled" | "processing" | "failed" | "recurring", string>;
  settledBody: Record<string, unknown>;
}

let w: World;

/**
 * Ada's pot: a settled payment with references; a joint pot with one still processing; Bob's
 * pot with a failed one; and a payment raised by a recurring contribution in a batch from an
 * employer (stored as the recurring-contribution and batch paths store it).
 */
beforeAll(async () => {
  const t = await newTenant();
  const ada = await dealingInvestor(t);
  const bob = await dealingInvestor(t);
  const adaPot = await openPot(t, [ada]);
  const jointPot = await openPot(t, [ada, bob]);
  const bobPot = await openPot(t, [bob]);
  const settledBody = await pay(t, adaPot, "100.00", { external_transaction_reference: "EXT-PAY-1", payment_reference: "REF-ADA-1" });
  const processing = await pay(t, jointPot, "50.00", {}, false);
  const failed = await pay(t, bobPot, "20.00", { payment_reference: "REF-BOB-1" }, false);
  expect((await t.fetch(`/tenant/payments/v1/${failed.transaction_id}`, { method: "PATCH", json: { status: "failed", reason: "bounced" } })).status).toBe(200);
  const recurring = crypto.randomUUID();
  await inObject(t, (ctx) => {
    const pot = findPot(ctx, bobPot)!;
    const data: PaymentData = {
      transaction_id: recurring,
      investor_id: pot.data.investor_id,
      amount: "25.00",
      currency: "GBP",
      status: "pending_confirmation",
      pot_id: pot.id,
      payment_type: "direct_debit",
      service_provider: "none",
      service_provider_params: {},
      sub_transaction_type: "Regular contribution",
      source_id: "cem-BGJ20491",
      purpose: "invest",
      investment_instructions: null,
      payment_reference: null,
      external_transaction_reference: null,
      origin: "api",
      reason: null,
      contribution_id: "RCB-GC-RGH2065",
      batch_id: "BULKPAY-AHYL8878",
      settlement_date: null,
      internal: { account_id: pot.data.account_id, reserved_allowance: null },
    };
    ctx.insert("payment", recurring, data, pot.id);
  });
  w = {
    t,
    ada,
    bob,
    adaPot,
    jointPot,
    bobPot,
    ids: { settled: settledBody.transaction_id, processing: processing.transaction_id, failed: failed.transaction_id, recurring },
    settledBody,
  };
});

async function listIds(query: string): Promise<string[]> {
  const body = await read<{ payments: Array<{ transaction_id: string }> }>(w.t, `/tenant/payments/v1${query}`);
  return body.payments.map((p) => p.transaction_id);
}

describe("GET /tenant/payments/v1/{transaction_id}", () => {
  it("answers the payment as its last change answered it, without internals", async () => {
    const body = await read(w.t, `/tenant/payments/v1/${w.ids.settled}`);
    expect(body).toEqual(w.settledBody);
    expect(body).toMatchObject({ status: "succeeded", amount: "100.00", investor_id: [w.ada], pot_id: w.adaPot, origin: "api", external_transaction_reference: "EXT-PAY-1" });
    expect(body).not.toHaveProperty("internal");
    expect(await read(w.t, `/tenant/payments/v1/${w.ids.failed}`)).toMatchObject({ status: "failed", reason: "bounced" });
  });

  it("answers 404 naming transaction_id for an unknown payment and for another tenant's", async () => {
    const other = await newTenant();
    for (const [tenant, id] of [[w.t, crypto.randomUUID()], [other, w.ids.settled]] as const) {
      const body = await expectProblem(await tenant.fetch(`/tenant/payments/v1/${id}`), 404, "resource_not_found");
      expect(body.errors).toEqual([{ field: "transaction_id", message: expect.any(String) }]);
    }
  });
});

describe("GET /tenant/payments/v1", () => {
  it("lists every payment of the tenant newest first, with or without the trailing slash", async () => {
    const { ids } = w;
    const body = await read(w.t, "/tenant/payments/v1");
    expect(body.payments.map((p: { transaction_id: string }) => p.transaction_id)).toEqual([ids.recurring, ids.failed, ids.processing, ids.settled]);
    expect(body.next_page_available).toBe(false);
    expect(body).not.toHaveProperty("pot_id");
    expect(body.payments[3]).toEqual(w.settledBody);
    for (const p of body.payments) expect(p).not.toHaveProperty("internal");
    expect(await read(w.t, "/tenant/payments/v1/")).toEqual(body);
    expect(await listIds("?sort=asc")).toEqual([ids.settled, ids.processing, ids.failed, ids.recurring]);
  });

  it("filters by payment type, provider and purpose", async () => {
    const { ids } = w;
    expect(await listIds("?payment_type=manual")).toEqual([ids.failed, ids.processing, ids.settled]);
    expect(await listIds("?payment_type=direct_debit")).toEqual([ids.recurring]);
    expect(await listIds("?payment_type=card")).toEqual([]);
    expect(await listIds("?service_provider=none")).toHaveLength(4);
    expect(await listIds("?service_provider=stripe")).toEqual([]);
    expect(await listIds("?purpose=invest")).toEqual([ids.recurring]);
    expect(await listIds("?purpose=cash&payment_type=manual&service_provider=none")).toEqual([ids.failed, ids.processing, ids.settled]);
  });

  it("filters by comma-separated sub types, investors, statuses, sources and contributions", async () => {
    const { ids } = w;
    expect(await listIds(`?sub_transaction_type=${encodeURIComponent("Lump sum")}`)).toEqual([ids.failed, ids.processing, ids.settled]);
    expect(await listIds(`?sub_transaction_type=${encodeURIComponent("Regular contribution,Employer contribution")}`)).toEqual([ids.recurring]);
    expect(await listIds(`?investor_id=${w.bob}`)).toEqual([ids.recurring, ids.failed, ids.processing]);
    expect(await listIds(`?investor_id=${w.ada}`)).toEqual([ids.processing, ids.settled]);
    expect(await listIds(`?investor_id=${w.ada},inv-NOBODY01`)).toEqual([ids.processing, ids.settled]);
    expect(await listIds("?status=succeeded,failed")).toEqual([ids.failed, ids.settled]);
    expect(await listIds("?status=processing")).toEqual([ids.processing]);
    expect(await listIds("?source_id=cem-TGY90961,cem-BGJ20491")).toEqual([ids.recurring]);
    expect(await listIds("?contribution_id=BCV-GH-BUH2965,RCB-GC-RGH2065")).toEqual([ids.recurring]);
    expect(await listIds("?contribution_id=BCV-GH-BUH2965")).toEqual([]);
  });

  it("filters by batch, pot and references, echoing the pot", async () => {
    const { ids } = w;
    expect(await listIds("?batch_id=BULKPAY-AHYL8878")).toEqual([ids.recurring]);
    const byPot = await read(w.t, `/tenant/payments/v1?pot_id=${w.bobPot}`);
    expect(byPot.pot_id).toBe(w.bobPot);
    expect(byPot.payments.map((p: { transaction_id: string }) => p.transaction_id)).toEqual([ids.recurring, ids.failed]);
    expect(await listIds(`?pot_id=${w.jointPot}&status=processing`)).toEqual([ids.processing]);
    expect(await listIds(`?pot_id=${w.jointPot}&status=failed`)).toEqual([]);
    expect(await listIds("?external_transaction_reference=EXT-PAY-1")).toEqual([ids.settled]);
    expect(await listIds("?payment_reference=REF-BOB-1")).toEqual([ids.failed]);
  });

  it("refuses unknown enum values and page sizes over 8000, naming the field", async () => {
    await expectValidation(await w.t.fetch("/tenant/payments/v1?payment_type=cheque"), ["payment_type"]);
    await expectValidation(await w.t.fetch("/tenant/payments/v1?service_provider=paypal&purpose=save"), ["service_provider", "purpose"]);
    await expectValidation(await w.t.fetch("/tenant/payments/v1?status=succeeded,lost"), ["status"]);
    await expectValidation(await w.t.fetch("/tenant/payments/v1?page_size=8001&page_number=1"), ["page_size"]);
    const page = await read(w.t, "/tenant/payments/v1?page_size=3&page_number=1");
    expect(page.payments).toHaveLength(3);
    expect(page.next_page_available).toBe(true);
    expect((await read(w.t, "/tenant/payments/v1?page_size=8000&page_number=1")).payments).toHaveLength(4);
  });

  it("shows another tenant none of these payments", async () => {
    const other = await newTenant();
    expect(await read(other, "/tenant/payments/v1")).toEqual({ payments: [], next_page_available: false });
    expect(await read(other, `/tenant/payments/v1?pot_id=${w.adaPot}`)).toEqual({ pot_id: w.adaPot, payments: [], next_page_available: false });
  });
});
