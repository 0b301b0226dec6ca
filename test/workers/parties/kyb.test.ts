import { describe, expect, it } from "vitest";
import { createInvestor } from "../../helpers/investors";
import { ADDRESS, jobCount, runJobStep, send } from "../../helpers/parties";
import { expectValidation } from "../../helpers/problem";
import { openSocket, subscribe, type TestSocket } from "../../helpers/socket";
import { newTenant, type TestTenant } from "../../helpers/tenant";

const ORG_JOB = "kyb.organisation";
const WEM_JOB = "kyb.workplace_employer";
const TPP_JOB = "aml.third_party_payer";
const OFFICER = { first_name: "Grace", last_name: "Hopper" };

const live = (socket: TestSocket, ch: string) => socket.frames.filter((f) => f.ch === ch && typeof f.seq === "number");
const statusPayloads = (socket: TestSocket) => live(socket, "investors").filter((f) => f.type === "investor_status").map((f) => f.payload);

async function sandboxTenant(): Promise<{ t: TestTenant; socket: TestSocket }> {
  const t = await newTenant({ kyc_provider: "sandbox" });
  const socket = await openSocket(t);
  await subscribe(socket, "investors");
  await subscribe(socket, "notifications");
  return { t, socket };
}

function createOrg(t: TestTenant, name: string, fields: Record<string, unknown> = {}) {
  return send(t, "POST", "/tenant/investor-organisations/v1", { organisation_name: name, address: ADDRESS, corporate_officers: [OFFICER], kyb_status: "clear", ...fields });
}
async function getOrg(t: TestTenant, id: string) {
  return (await send(t, "GET", `/tenant/investor-organisations/v1/${id}`)).body;
}
function createEmployer(t: TestTenant, name: string, fields: Record<string, unknown> = {}) {
  return send(t, "POST", "/tenant/workplace-employers/v1", {
    name,
    registration_number: crypto.randomUUID().slice(0, 8),
    registered_address: ADDRESS,
    correspondence_address: ADDRESS,
    kyb_aml_status: "clear",
    status: "inactive",
    ...fields,
  });
}

describe("KYB of organisational investors through the sandbox provider", () => {
  it("runs submitted → pending → clear, with kyc.started / kyc.completed on the investors channel", async () => {
    const { t, socket } = await sandboxTenant();
    const { res, body } = await createOrg(t, "Acme Holdings", { dealing_status: "active" });
    expect(res.status).toBe(201);
    const id = body.investor_id as string;
    expect(body).toMatchObject({ kyb_status: "submitted", status: "kyb_pending", reference_version: 1 });
    await socket.waitFor((f) => f.type === "investor_status");
    expect(statusPayloads(socket)).toEqual([{ investor_id: id, status: "success", event: "kyc.started" }]);

    await runJobStep(t, ORG_JOB);
    expect(await getOrg(t, id)).toMatchObject({ kyb_status: "pending", status: "kyb_pending", reference_version: 2 });
    await runJobStep(t, ORG_JOB);
    const done = await socket.waitFor((f) => f.type === "investor_status" && (f.payload as { event?: string }).event === "kyc.completed");
    expect(done.payload).toEqual({ investor_id: id, status: "success", event: "kyc.completed" });
    const cleared = await getOrg(t, id);
    expect(cleared).toMatchObject({ kyb_status: "clear", status: "active", reference_version: 3 });
    expect(live(socket, "investors").map((f) => f.type)).toEqual(["organisation_created", "investor_status", "organisation_updated", "organisation_updated", "investor_status"]);
    expect(live(socket, "investors")[3]!.payload).toEqual(cleared);
    expect(await jobCount(t, ORG_JOB)).toBe(0);
  });

  it("fails a name starting with Fail, publishing status fail with an error", async () => {
    const { t, socket } = await sandboxTenant();
    const { body } = await createOrg(t, "Failsafe Ltd");
    await runJobStep(t, ORG_JOB);
    await runJobStep(t, ORG_JOB);
    const failed = await socket.waitFor((f) => f.type === "investor_status" && (f.payload as { status: string }).status === "fail");
    expect(failed.payload).toEqual({ investor_id: body.investor_id, status: "fail", error: expect.stringContaining("Fail") });
    expect(await getOrg(t, body.investor_id)).toMatchObject({ kyb_status: "kyb_failed_error", status: "kyb_failed", reference_version: 3 });
  });

  it("keeps a name starting with Refer pending for three more steps, then clears", async () => {
    const { t } = await sandboxTenant();
    const { body } = await createOrg(t, "Referral Partners");
    for (let i = 0; i < 4; i++) {
      await runJobStep(t, ORG_JOB);
      expect(await getOrg(t, body.investor_id)).toMatchObject({ kyb_status: "pending", reference_version: 2 });
    }
    await runJobStep(t, ORG_JOB);
    expect(await getOrg(t, body.investor_id)).toMatchObject({ kyb_status: "clear", status: "inactive", reference_version: 3 });
  });

  it("starts no check without a corporate officer, ignores the caller's kyb_status, and starts once an update completes the details", async () => {
    const { t, socket } = await sandboxTenant();
    const { body } = await createOrg(t, "Acme", { corporate_officers: undefined });
    expect(body).toMatchObject({ kyb_status: "not_started", status: "kyb_pending" });
    expect(await jobCount(t, ORG_JOB)).toBe(0);
    const ignored = await send(t, "PATCH", `/tenant/investor-organisations/v1/${body.investor_id}`, { reference_version: 1, kyb_status: "clear", dealing_status: "active" });
    expect(ignored.body).toMatchObject({ kyb_status: "not_started", status: "kyb_pending", dealing_status: "active" });
    const started = await send(t, "PATCH", `/tenant/investor-organisations/v1/${body.investor_id}`, { reference_version: 2, corporate_officers: [OFFICER] });
    expect(started.body).toMatchObject({ kyb_status: "submitted", reference_version: 3 });
    const frame = await socket.waitFor((f) => f.type === "investor_status");
    expect(frame.payload).toEqual({ investor_id: body.investor_id, status: "success", event: "kyc.started" });
    expect(await jobCount(t, ORG_JOB)).toBe(1);
  });

  it("leaves kyb_status to the caller when the tenant has no provider", async () => {
    const t = await newTenant();
    const { body } = await createOrg(t, "Acme", { dealing_status: "active" });
    expect(body).toMatchObject({ kyb_status: "clear", status: "active" });
    expect(await jobCount(t, ORG_JOB)).toBe(0);
  });
});

describe("KYB of workplace employers through the sandbox provider", () => {
  it("runs submitted → pending → clear with workplace_employer_updated on notifications; the employer can then be activated", async () => {
    const { t, socket } = await sandboxTenant();
    const { body } = await createEmployer(t, "Romayo Ltd");
    const id = body.workplace_employer_id as string;
    expect(body).toMatchObject({ kyb_aml_status: "submitted", status: "inactive", reference_version: 1 });
    await expectValidation((await createEmployer(t, "Eager Ltd", { status: "active" })).res, ["status"]);
    await expectValidation((await send(t, "PATCH", `/tenant/workplace-employers/v1/${id}`, { reference_version: 1, status: "active" })).res, ["status"]);

    await runJobStep(t, WEM_JOB);
    await runJobStep(t, WEM_JOB);
    const frames = await socket.waitForCount((f) => f.type === "workplace_employer_updated", 2);
    expect(frames.map((f) => (f.payload as { kyb_aml_status: string }).kyb_aml_status)).toEqual(["pending", "clear"]);
    const cleared = (await send(t, "GET", `/tenant/workplace-employers/v1/${id}`)).body;
    expect(cleared).toMatchObject({ kyb_aml_status: "clear", status: "inactive", reference_version: 3 });
    expect(frames[1]!.payload).toEqual(cleared);
    expect(live(socket, "notifications").map((f) => f.type)).toEqual(["workplace_employer_created", "workplace_employer_updated", "workplace_employer_updated"]);
    expect(live(socket, "investors")).toEqual([]);
    const activated = await send(t, "PATCH", `/tenant/workplace-employers/v1/${id}`, { reference_version: 3, status: "active", kyb_aml_status: "pending" });
    expect(activated.body).toMatchObject({ status: "active", kyb_aml_status: "clear", reference_version: 4 });
    expect(await jobCount(t, WEM_JOB)).toBe(0);
  });

  it("fails a name starting with Fail", async () => {
    const { t } = await sandboxTenant();
    const { body } = await createEmployer(t, "Failing Co");
    await runJobStep(t, WEM_JOB);
    await runJobStep(t, WEM_JOB);
    expect((await send(t, "GET", `/tenant/workplace-employers/v1/${body.workplace_employer_id}`)).body).toMatchObject({ kyb_aml_status: "kyb_failed_error", reference_version: 3 });
  });
});

describe("AML of third-party payers through the sandbox provider", () => {
  const PAYER = { type: "individual", first_name: "John", date_of_birth: "1980-01-01", relationship_to_investor: "parent", aml_status: "clear", address: ADDRESS, status: "inactive" };

  it("checks an individual by last name: Fail… ends in kyc_failed_error, others clear", async () => {
    const { t, socket } = await sandboxTenant();
    const { body: investor } = await createInvestor(t);
    const ok = (await send(t, "POST", "/tenant/third-party-payers/v1", { ...PAYER, last_name: "Doe", investor_id: investor.investor_id })).body;
    const bad = (await send(t, "POST", "/tenant/third-party-payers/v1", { ...PAYER, last_name: "Failure", investor_id: investor.investor_id })).body;
    expect([ok.aml_status, bad.aml_status]).toEqual(["submitted", "submitted"]);
    await runJobStep(t, TPP_JOB);
    await runJobStep(t, TPP_JOB);
    await socket.waitForCount((f) => f.type === "third_party_payer_updated", 4);
    const got = async (id: string) => (await send(t, "GET", `/tenant/third-party-payers/v1/${id}`)).body;
    expect(await got(ok.third_party_payer_id)).toMatchObject({ aml_status: "clear", reference_version: 3 });
    expect(await got(bad.third_party_payer_id)).toMatchObject({ aml_status: "kyc_failed_error", reference_version: 3 });
    const activated = await send(t, "PATCH", `/tenant/third-party-payers/v1/${ok.third_party_payer_id}`, { reference_version: 3, status: "active" });
    expect(activated.body).toMatchObject({ status: "active", aml_status: "clear" });
    await expectValidation((await send(t, "PATCH", `/tenant/third-party-payers/v1/${bad.third_party_payer_id}`, { reference_version: 3, status: "active", aml_status: "clear" })).res, ["status"]);
  });

  it("checks an organisation payer by its name and starts only once an address completes the details", async () => {
    const { t } = await sandboxTenant();
    const { body: investor } = await createInvestor(t);
    const { body } = await send(t, "POST", "/tenant/third-party-payers/v1", { type: "organisation", organisation_name: "Referral Trust", relationship_to_investor: "other", aml_status: "clear", investor_id: investor.investor_id });
    expect(body).toMatchObject({ aml_status: "not_started", status: "inactive" });
    expect(await jobCount(t, TPP_JOB)).toBe(0);
    const started = await send(t, "PATCH", `/tenant/third-party-payers/v1/${body.third_party_payer_id}`, { reference_version: 1, address: ADDRESS });
    expect(started.body).toMatchObject({ aml_status: "submitted", reference_version: 2 });
    for (let i = 0; i < 4; i++) await runJobStep(t, TPP_JOB);
    expect((await send(t, "GET", `/tenant/third-party-payers/v1/${body.third_party_payer_id}`)).body).toMatchObject({ aml_status: "pending", reference_version: 3 });
    await runJobStep(t, TPP_JOB);
    expect((await send(t, "GET", `/tenant/third-party-payers/v1/${body.third_party_payer_id}`)).body).toMatchObject({ aml_status: "clear", reference_version: 4 });
  });
});
