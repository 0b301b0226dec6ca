import { env, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { JOB_INPUTS, JOBS } from "../../../src/jobs";
import { loadSettings } from "../../../src/tenant/settings";
import { runTenantJob } from "../../../src/tenant/job-runner";
import { dueTenantJobs } from "../../../src/tenant/jobs";
import type { ReconciliationJob } from "../../../src/domains/reconciliation/model";
import { ROWS_PER_RUN } from "../../../src/domains/reconciliation/job";
import { advance, sandboxTenantAt } from "../../helpers/clock";
import { createInvestor } from "../../helpers/investors";
import { activeInvestor, createPot } from "../../helpers/money";
import { jobEvents, uploadCsv } from "./support";

/** Runs exactly one run of the tenant's next reconciliation job, its chunk read as the object reads it. */
async function runOneChunk(tenantId: string): Promise<ReconciliationJob> {
  return runInDurableObject(env.TENANT.getByName(tenantId), async (_obj, state) => {
    const settings = loadSettings(state.storage.sql)!;
    const [job] = dueTenantJobs(state.storage.sql, Number.MAX_SAFE_INTEGER, 1);
    if (!job || job.kind !== "reconciliation.run") throw new Error("no reconciliation job is due");
    const input = await JOB_INPUTS[job.kind]!(env, { kind: job.kind, key: job.key, data: JSON.parse(job.data) });
    runTenantJob(state.storage, JOBS, job, job.due_at, settings, input);
    const after = state.storage.sql.exec<{ data: string }>("SELECT data FROM jobs WHERE kind = 'reconciliation.run'").toArray()[0]!;
    return JSON.parse(after.data) as ReconciliationJob;
  });
}

describe("investor reconciliation", () => {
  it("reads a file larger than one chunk run by run, resumes where it stopped and reports every row once", async () => {
    const t = await sandboxTenantAt("2026-11-20T10:00:00.000Z");
    const a = (await createInvestor(t, { first_name: "Ada", last_name: "Lovelace" })).body.investor_id;
    const b = (await createInvestor(t, { first_name: "Grace", last_name: "Hopper" })).body.investor_id;
    await createInvestor(t, { first_name: "Alan", last_name: "Turing" });
    const unknown = Array.from({ length: 448 }, (_, i) => `inv-ZZZ${String(10000 + i)},Nobody,Known${i}`);
    const csv = ["investor_id,first_name,last_name", `${a},Ada,Lovelace`, `${b},Grace,Smith`, ...unknown].join("\n");
    const fileId = await uploadCsv(t, "investors.csv", csv, "reconciliation:investors");

    // One run: the header and the first ROWS_PER_RUN rows, its progress saved with its messages.
    const afterOne = await runOneChunk(t.id);
    expect(afterOne).toMatchObject({ phase: "rows", row: ROWS_PER_RUN, counts: { incoming: ROWS_PER_RUN, mismatched: ROWS_PER_RUN - 1 } });
    expect(afterOne.offset).toBe(new TextEncoder().encode(csv.split("\n").slice(0, ROWS_PER_RUN + 1).join("\n") + "\n").length);
    const committed = await runInDurableObject(env.TENANT.getByName(t.id), (_o, state) => state.storage.sql.exec("SELECT count(*) AS n FROM events WHERE ch = 'reconciliations'").one().n);
    expect(committed).toBe(ROWS_PER_RUN - 1);

    // Whatever runs the rest (here: the clock advance) starts from the saved offset.
    await advance(t, { by: "PT1M" });
    const events = await jobEvents(t, fileId);
    const mismatches = events.filter((e) => e.type === "investor_mismatch");
    // 450 rows: Ada matches, Grace's last name differs, 448 ids are unknown: 449 messages, each row once.
    expect(mismatches).toHaveLength(449);
    expect(new Set(mismatches.map((e) => e.payload.record_id)).size).toBe(449);
    expect(mismatches[0]!.payload).toEqual({
      job_id: `${t.id}-investor_reconciliations-${fileId}`,
      date: "2026-11-20T10:00:00.000Z",
      record_id: "2",
      investor_id: b,
      record_status: "unreconciled",
      fields: [{ field: "last_name", incoming_value: "Smith", available_value: "Hopper", status: "mismatched" }],
    });
    expect(mismatches[1]!.payload).toMatchObject({
      record_id: "3",
      investor_id: "inv-ZZZ10000",
      record_status: "not_found",
      fields: [
        { field: "first_name", incoming_value: "Nobody", status: "mismatched" },
        { field: "last_name", incoming_value: "Known0", status: "mismatched" },
      ],
    });
    // Turing has no row: 450 + 1 records.
    expect(events.at(-1)).toEqual({
      type: "investor_summary",
      payload: { job_id: `${t.id}-investor_reconciliations-${fileId}`, job_name: "Investor Details", date: "2026-11-20T10:00:00.000Z", total_records: 451, mismatched_records: 449, incoming_records: 450, no_incoming_records: 1 },
    });
    // The job is done and has forgotten the keys it saw.
    const left = await runInDurableObject(env.TENANT.getByName(t.id), (_o, state) => ({
      jobs: state.storage.sql.exec("SELECT count(*) AS n FROM jobs WHERE kind = 'reconciliation.run'").one().n,
      seen: state.storage.sql.exec("SELECT count(*) AS n FROM reconciliation_seen").one().n,
    }));
    expect(left).toEqual({ jobs: 0, seen: 0 });
  });
});

describe("pot reconciliation", () => {
  it("compares the pot's fields, reports a row without a pot id as key_unavailable", async () => {
    const t = await sandboxTenantAt("2026-11-20T10:00:00.000Z");
    const { investorId } = await activeInvestor(t);
    const pot = await createPot(t, investorId, { pot_name: "Growth" });
    const csv = ["record_id,pot_id,pot_name,pot_currency,status,investor_id", `P1,${pot},Income,GBP,active,${investorId}`, "P2,,Other,GBP,active,"].join("\n");
    const fileId = await uploadCsv(t, "pots.csv", csv, "reconciliation:pots");
    await advance(t, { by: "PT1M" });
    const jobId = `${t.id}-pot_reconciliations-${fileId}`;
    const date = "2026-11-20T10:00:00.000Z";
    expect(await jobEvents(t, fileId)).toEqual([
      {
        type: "pot_mismatch",
        payload: { job_id: jobId, date, record_id: "P1", pot_id: pot, record_status: "unreconciled", fields: [{ field: "pot_name", incoming_value: "Income", available_value: "Growth", status: "mismatched" }] },
      },
      { type: "pot_mismatch", payload: { job_id: jobId, date, record_id: "P2", record_status: "key_unavailable" } },
      { type: "pot_summary", payload: { job_id: jobId, job_name: "Pot Details", date, total_records: 2, mismatched_records: 2, incoming_records: 2, no_incoming_records: 0 } },
    ]);
  });
});
