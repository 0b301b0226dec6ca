import { env, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import type { TestTenant } from "./tenant";

export const ADDRESS = { postal_code: "EC1A 1BB", address_line: "1 High Street", city: "London", country: "GBR" };

/** Sends a JSON request and returns the status, headers and parsed body. */
export async function send(t: TestTenant, method: string, path: string, json?: unknown, headers: Record<string, string> = {}) {
  const res = await t.fetch(path, { method, headers, ...(json !== undefined && { json }) });
  return { res, body: (await res.clone().json()) as Record<string, any> };
}

/** Every event of the tenant so far, from the activity feed (seq order). */
export async function activity(t: TestTenant): Promise<Array<{ seq: number; type: string; ch: string; payload: Record<string, any> }>> {
  const res = await t.fetch("/tenant/activity/v1?after_seq=0&limit=1000");
  return ((await res.json()) as { events: Array<{ seq: number; type: string; ch: string; payload: Record<string, any> }> }).events;
}

/** Makes the jobs of `kind` due now and runs the tenant object's alarm once. */
export async function runJobStep(t: TestTenant, kind: string): Promise<void> {
  const stub = env.TENANT.getByName(t.id);
  await runInDurableObject(stub, (_o, state) => state.storage.sql.exec("UPDATE jobs SET due_at = 0 WHERE kind = ?", kind));
  await runDurableObjectAlarm(stub);
}

/** How many jobs of `kind` the tenant object has scheduled. */
export async function jobCount(t: TestTenant, kind: string): Promise<number> {
  return runInDurableObject(env.TENANT.getByName(t.id), (_o, state) => Number(state.storage.sql.exec("SELECT count(*) AS n FROM jobs WHERE kind = ?", kind).one().n));
}
