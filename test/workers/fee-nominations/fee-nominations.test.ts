import { describe, expect, it } from "vitest";
import { createPot } from "../../helpers/accounts";
import { createInvestor } from "../../helpers/investors";
import { expectProblem, expectValidation } from "../../helpers/problem";
import { newTenant, type TestTenant } from "../../helpers/tenant";

type Nomination = { nominations: Array<{ nominee_pot_id: string }>; reference_version: number; investor_id: string; created_at: string; updated_at: string };

const path = (investorId: string) => `/tenant/investors/v1/${investorId}/fee-nominations`;

function send(t: TestTenant, method: string, investorId: string, json?: Record<string, unknown>, headers: Record<string, string> = {}) {
  return t.fetch(path(investorId), { method, headers, ...(json !== undefined && { json }) });
}

async function pot(t: TestTenant, investorIds: string[], status: "active" | "inactive" = "active"): Promise<string> {
  const { res, body } = await createPot(t, {
    investor_id: investorIds,
    financial_product_id: "general_investment_product",
    pots: [{ pot_name: "Fees", pot_currency: "GBP", status }],
  });
  expect(res.status).toBe(201);
  return body.results[0]!.pot_id;
}

async function setup() {
  const t = await newTenant();
  const { body: investor } = await createInvestor(t);
  const potId = await pot(t, [investor.investor_id]);
  return { t, investorId: investor.investor_id, potId };
}

describe("fee nominations", () => {
  it("creates, reads, replaces and deletes the investor's nominee pot", async () => {
    const { t, investorId, potId } = await setup();
    const created = await send(t, "POST", investorId, { nominations: [{ nominee_pot_id: potId }] });
    expect(created.status).toBe(201);
    const body = (await created.json()) as Nomination;
    expect(body).toEqual({ nominations: [{ nominee_pot_id: potId }], reference_version: 1, investor_id: investorId, created_at: expect.any(String), updated_at: expect.any(String) });
    expect(await (await send(t, "GET", investorId)).json()).toEqual(body);

    const second = await pot(t, [investorId]);
    const updated = await send(t, "PATCH", investorId, { nominations: [{ nominee_pot_id: second }], reference_version: 1 });
    expect(updated.status).toBe(200);
    const after = (await updated.json()) as Nomination;
    expect(after).toMatchObject({ nominations: [{ nominee_pot_id: second }], reference_version: 2, created_at: body.created_at });
    expect(await (await send(t, "GET", investorId)).json()).toEqual(after);

    const deleted = await send(t, "DELETE", investorId);
    expect(deleted.status).toBe(200);
    expect(await deleted.json()).toEqual({ message: `Successfully deleted nominations for investor [${investorId}]` });
    await expectProblem(await send(t, "GET", investorId), 404, "resource_not_found");
    await expectProblem(await send(t, "DELETE", investorId), 404, "resource_not_found");

    const again = await send(t, "POST", investorId, { nominations: [{ nominee_pot_id: potId }] });
    expect(again.status).toBe(201);
    expect(await again.json()).toMatchObject({ reference_version: 1, nominations: [{ nominee_pot_id: potId }] });

    const feed = (await (await t.fetch("/tenant/activity/v1?after_seq=0&limit=100")).json()) as { events: Array<{ type: string; ch: string; payload: Nomination }> };
    const events = feed.events.filter((e) => e.type.startsWith("fee_nomination_"));
    expect(events.map((e) => [e.type, e.ch, e.payload.reference_version])).toEqual([
      ["fee_nomination_created", "investors", 1],
      ["fee_nomination_updated", "investors", 2],
      ["fee_nomination_deleted", "investors", 2],
      ["fee_nomination_created", "investors", 1],
    ]);
  });

  it("refuses a second nomination (409) and accepts a joint pot of the investor", async () => {
    const { t, investorId, potId } = await setup();
    expect((await send(t, "POST", investorId, { nominations: [{ nominee_pot_id: potId }] })).status).toBe(201);
    const conflict = await expectProblem(await send(t, "POST", investorId, { nominations: [{ nominee_pot_id: potId }] }), 409, "already_exists");
    expect(conflict.errors).toEqual([{ field: "investor_id", message: expect.any(String) }]);
    const { body: partner } = await createInvestor(t);
    const joint = await pot(t, [partner.investor_id, investorId]);
    const res = await send(t, "POST", partner.investor_id, { nominations: [{ nominee_pot_id: joint }] });
    expect(res.status).toBe(201);
    const forInvestor = await send(t, "PATCH", investorId, { nominations: [{ nominee_pot_id: joint }], reference_version: 1 });
    expect(forInvestor.status).toBe(200);
  });

  it.each([
    ["no nominations", {}, ["nominations"]],
    ["an empty list", { nominations: [] }, ["nominations"]],
    ["two nominee pots", { nominations: "two" }, ["nominations"]],
    ["a nominee without a pot id", { nominations: [{}] }, ["nominations.0.nominee_pot_id"]],
    ["an unknown pot", { nominations: [{ nominee_pot_id: "pot-NOP0000000" }] }, ["nominations.0.nominee_pot_id"]],
    ["another investor's pot", { nominations: "foreign" }, ["nominations.0.nominee_pot_id"]],
    ["an inactive pot", { nominations: "inactive" }, ["nominations.0.nominee_pot_id"]],
    ["another tenant's pot", { nominations: "other-tenant" }, ["nominations.0.nominee_pot_id"]],
  ])("rejects %s on create and update, writing nothing", async (_name, fields, errors) => {
    const { t, investorId, potId } = await setup();
    const named: Record<string, () => Promise<unknown>> = {
      two: async () => [{ nominee_pot_id: potId }, { nominee_pot_id: await pot(t, [investorId]) }],
      foreign: async () => [{ nominee_pot_id: await pot(t, [(await createInvestor(t)).body.investor_id]) }],
      inactive: async () => [{ nominee_pot_id: await pot(t, [investorId], "inactive") }],
      "other-tenant": async () => {
        const other = await newTenant();
        return [{ nominee_pot_id: await pot(other, [(await createInvestor(other)).body.investor_id]) }];
      },
    };
    const sent = (fields as { nominations?: unknown }).nominations;
    const body = typeof sent === "string" ? { nominations: await named[sent]!() } : fields;
    await expectValidation(await send(t, "POST", investorId, body), errors);
    await expectProblem(await send(t, "GET", investorId), 404, "resource_not_found");
    expect((await send(t, "POST", investorId, { nominations: [{ nominee_pot_id: potId }] })).status).toBe(201);
    await expectValidation(await send(t, "PATCH", investorId, { ...body, reference_version: 1 }), errors);
    expect(await (await send(t, "GET", investorId)).json()).toMatchObject({ reference_version: 1, nominations: [{ nominee_pot_id: potId }] });
  });

  it("checks reference_version on update and replays an Idempotency-Key retry", async () => {
    const { t, investorId, potId } = await setup();
    await expectProblem(await send(t, "PATCH", investorId, { nominations: [{ nominee_pot_id: potId }], reference_version: 1 }), 404, "resource_not_found");
    await send(t, "POST", investorId, { nominations: [{ nominee_pot_id: potId }] });
    await expectValidation(await send(t, "PATCH", investorId, { nominations: [{ nominee_pot_id: potId }] }), ["reference_version"]);
    const key = crypto.randomUUID();
    const first = await send(t, "PATCH", investorId, { nominations: [{ nominee_pot_id: potId }], reference_version: 1 }, { "idempotency-key": key });
    expect(first.status).toBe(200);
    const retry = await send(t, "PATCH", investorId, { nominations: [{ nominee_pot_id: potId }], reference_version: 1 }, { "idempotency-key": key });
    expect(retry.status).toBe(200);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(await retry.json()).toEqual(await first.json());
    const stale = await expectProblem(await send(t, "PATCH", investorId, { nominations: [{ nominee_pot_id: potId }], reference_version: 1 }), 409, "version_conflict");
    expect(stale.current_reference_version).toBe(2);
    const deleteKey = crypto.randomUUID();
    const removed = await send(t, "DELETE", investorId, undefined, { "idempotency-key": deleteKey });
    const removedAgain = await send(t, "DELETE", investorId, undefined, { "idempotency-key": deleteKey });
    expect(removedAgain.status).toBe(200);
    expect(await removedAgain.json()).toEqual(await removed.json());
  });

  it("treats unknown and other tenants' investors as not found", async () => {
    const { t, investorId, potId } = await setup();
    const other = await newTenant();
    for (const target of [{ tenant: t, id: "inv-NOP00000" }, { tenant: other, id: investorId }]) {
      for (const [method, body] of [
        ["POST", { nominations: [{ nominee_pot_id: potId }] }],
        ["GET", undefined],
        ["PATCH", { nominations: [{ nominee_pot_id: potId }], reference_version: 1 }],
        ["DELETE", undefined],
      ] as const) {
        const problem = await expectProblem(await send(target.tenant, method, target.id, body), 404, "resource_not_found");
        expect(problem.errors).toEqual([{ field: "investor_id", message: expect.any(String) }]);
      }
    }
  });
});
