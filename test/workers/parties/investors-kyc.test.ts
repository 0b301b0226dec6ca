import { env, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { openSocket, subscribe, type TestSocket } from "../../helpers/socket";
import { newTenant, type TestTenant } from "../../helpers/tenant";

const KYC_DETAILS = {
  first_name: "Ada",
  date_of_birth: "1980-01-01",
  address: { postal_code: "EC1A 1BB", country: "GBR" },
};

/** Makes the pending sandbox step due now and runs the tenant object's alarm once. */
async function runKycStep(t: TestTenant): Promise<void> {
  const stub = env.TENANT.getByName(t.id);
  await runInDurableObject(stub, (_o, state) => state.storage.sql.exec("UPDATE jobs SET due_at = 0 WHERE kind = 'kyc.sandbox'"));
  await runDurableObjectAlarm(stub);
}

async function investor(t: TestTenant, id: string): Promise<Record<string, unknown>> {
  return (await (await t.fetch(`/tenant/investors/v1/${id}`)).json()) as Record<string, unknown>;
}

const statusFrames = (socket: TestSocket) => socket.frames.filter((f) => f.type === "investor_status").map((f) => f.payload);

async function start(t: TestTenant, lastName: string, extra: Record<string, unknown> = {}) {
  const socket = await openSocket(t);
  await subscribe(socket, "investors");
  const res = await t.fetch("/tenant/investors/v1", { method: "POST", json: { ...KYC_DETAILS, last_name: lastName, kyc_aml_status: "clear", ...extra } });
  expect(res.status).toBe(201);
  const body = (await res.json()) as Record<string, unknown> & { investor_id: string };
  await socket.waitFor((f) => f.type === "investor_status");
  return { socket, body };
}

describe("KYC through the sandbox provider", () => {
  it("runs submitted → pending → clear, observable on the investors channel from kyc.started to kyc.completed", async () => {
    const t = await newTenant({ kyc_provider: "sandbox" });
    const { socket, body } = await start(t, "Lovelace", { dealing_status: "active" });
    const id = body.investor_id;
    expect(body).toMatchObject({ kyc_aml_status: "submitted", status: "kyc_pending", reference_version: 1 });
    expect(statusFrames(socket)).toEqual([{ investor_id: id, status: "success", event: "kyc.started" }]);
    expect(socket.frames.filter((f) => f.ch === "investors" && typeof f.seq === "number").map((f) => f.type)).toEqual(["investor_created", "investor_status"]);

    await runKycStep(t);
    expect(await investor(t, id)).toMatchObject({ kyc_aml_status: "pending", status: "kyc_pending", reference_version: 2 });
    await runKycStep(t);
    const done = await socket.waitFor((f) => f.type === "investor_status" && (f.payload as { event?: string }).event === "kyc.completed");
    expect(done.payload).toEqual({ investor_id: id, status: "success", event: "kyc.completed" });
    const cleared = await investor(t, id);
    expect(cleared).toMatchObject({ kyc_aml_status: "clear", status: "active", reference_version: 3 });
    expect(cleared.kyc_aml_status_last_updated).not.toBe(body.kyc_aml_status_last_updated);
    const types = socket.frames.filter((f) => f.ch === "investors" && typeof f.seq === "number").map((f) => f.type);
    expect(types).toEqual(["investor_created", "investor_status", "investor_updated", "investor_updated", "investor_status"]);
    const seqs = socket.frames.filter((f) => f.ch === "investors" && typeof f.seq === "number").map((f) => f.seq as number);
    expect(seqs).toEqual([1, 2, 3, 4, 5]);
    // The check is over: nothing more is scheduled.
    const left = await runInDurableObject(env.TENANT.getByName(t.id), (_o, state) => state.storage.sql.exec("SELECT count(*) AS n FROM jobs WHERE kind = 'kyc.sandbox'").one().n);
    expect(left).toBe(0);
  });

  it("fails a last name starting with Fail, publishing status fail with an error", async () => {
    const t = await newTenant({ kyc_provider: "sandbox" });
    const { socket, body } = await start(t, "Failington");
    await runKycStep(t);
    await runKycStep(t);
    const failed = await socket.waitFor((f) => f.type === "investor_status" && (f.payload as { status: string }).status === "fail");
    expect(failed.payload).toEqual({ investor_id: body.investor_id, status: "fail", error: expect.stringContaining("Fail") });
    expect(await investor(t, body.investor_id)).toMatchObject({ kyc_aml_status: "kyc_failed_error", status: "kyc_failed", reference_version: 3 });
  });

  it("keeps a last name starting with Refer pending for three more steps, then clears", async () => {
    const t = await newTenant({ kyc_provider: "sandbox" });
    const { body } = await start(t, "Referral");
    for (let i = 0; i < 4; i++) {
      await runKycStep(t);
      expect(await investor(t, body.investor_id)).toMatchObject({ kyc_aml_status: "pending", reference_version: 2 });
    }
    await runKycStep(t);
    expect(await investor(t, body.investor_id)).toMatchObject({ kyc_aml_status: "clear", reference_version: 3 });
  });

  it("starts no check without the KYC details, ignores a caller's kyc_aml_status, and starts once an update completes the details", async () => {
    const t = await newTenant({ kyc_provider: "sandbox" });
    const socket = await openSocket(t);
    await subscribe(socket, "investors");
    const res = await t.fetch("/tenant/investors/v1", { method: "POST", json: { first_name: "Ada", last_name: "Lovelace", kyc_aml_status: "clear" } });
    const body = (await res.json()) as { investor_id: string };
    expect(body).toMatchObject({ kyc_aml_status: "not_started", status: "kyc_pending" });
    const patched = await t.fetch(`/tenant/investors/v1/${body.investor_id}`, {
      method: "PATCH",
      json: { reference_version: 1, kyc_aml_status: "clear", date_of_birth: "1980-01-01", address: KYC_DETAILS.address },
    });
    expect(await patched.json()).toMatchObject({ kyc_aml_status: "submitted", reference_version: 2 });
    const started = await socket.waitFor((f) => f.type === "investor_status");
    expect(started.payload).toEqual({ investor_id: body.investor_id, status: "success", event: "kyc.started" });
  });

  it("leaves statuses to the caller when the tenant has no provider", async () => {
    const t = await newTenant();
    const res = await t.fetch("/tenant/investors/v1", { method: "POST", json: { ...KYC_DETAILS, last_name: "Lovelace", kyc_aml_status: "clear", dealing_status: "active" } });
    expect(await res.json()).toMatchObject({ kyc_aml_status: "clear", status: "active" });
    const jobs = await runInDurableObject(env.TENANT.getByName(t.id), (_o, state) => state.storage.sql.exec("SELECT count(*) AS n FROM jobs WHERE kind = 'kyc.sandbox'").one().n);
    expect(jobs).toBe(0);
  });
});
