import { expect } from "vitest";
import { eventsOf } from "../../helpers/clock";
import type { TestTenant } from "../../helpers/tenant";

/** Uploads a CSV straight in with one tag; returns the file id. */
export async function uploadCsv(t: TestTenant, name: string, csv: string, tag: string): Promise<string> {
  const res = await t.fetch(`/tenant/files/v1/uploads/${name}?tags=${encodeURIComponent(tag)}`, { method: "PUT", headers: { "content-type": "text/csv" }, body: csv });
  const text = await res.text();
  expect(res.status, text).toBe(201);
  return (JSON.parse(text) as { file_id: string }).file_id;
}

/** The `reconciliations` events of one job, in order. */
export async function jobEvents(t: TestTenant, fileId: string): Promise<Array<{ type: string; payload: any }>> {
  const events = await eventsOf(t);
  return events.filter((e) => e.ch === "reconciliations" && String(e.payload.job_id).endsWith(`-${fileId}`)).map((e) => ({ type: e.type, payload: e.payload }));
}
