import { expect } from "vitest";
import type { ClockView } from "../../src/clock/view";
import { newTenant, type TestTenant } from "./tenant";

/** The clock as `GET /tenant/sandbox/v1/clock` answers it. */
export type Clock = ClockView;

/** A sandbox tenant whose test clock is frozen at `frozenAt` (attached before anything else happens). */
export async function sandboxTenantAt(frozenAt: string, config: Record<string, unknown> = {}): Promise<TestTenant> {
  const t = await newTenant({ environment: "sandbox", ...config });
  const res = await t.fetch("/tenant/sandbox/v1/clock", { method: "POST", json: { frozen_at: frozenAt } });
  expect(res.status, await res.clone().text()).toBe(201);
  return t;
}

/** The tenant's clock. */
export async function clockOf(t: TestTenant): Promise<Clock> {
  const res = await t.fetch("/tenant/sandbox/v1/clock");
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as Clock;
}

/** Advances the test clock (`{ to }` or `{ by }`) and expects it to finish within the request. */
export async function advance(t: TestTenant, body: { to?: string; by?: string }, headers: Record<string, string> = {}): Promise<Clock> {
  const res = await t.fetch("/tenant/sandbox/v1/clock/advance", { method: "POST", json: body, headers });
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as Clock;
}

/** Every event of the tenant's log (activity feed), oldest first. */
export async function eventsOf(t: TestTenant): Promise<Array<{ seq: number; type: string; ch: string; event_date_time: string; payload: any }>> {
  const out: Array<{ seq: number; type: string; ch: string; event_date_time: string; payload: any }> = [];
  for (let after = 0; ; ) {
    const res = await t.fetch(`/tenant/activity/v1?after_seq=${after}&limit=1000`);
    expect(res.status).toBe(200);
    const { events } = (await res.json()) as { events: Array<{ seq: number; type: string; ch: string; event_date_time: string; payload: any }> };
    out.push(...events);
    if (events.length < 1000) return out;
    after = events[events.length - 1]!.seq;
  }
}
