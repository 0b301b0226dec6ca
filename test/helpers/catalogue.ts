import { env, runInDurableObject } from "cloudflare:test";
import { CommandContext } from "../../src/tenant/command-context";
import { loadSettings } from "../../src/tenant/settings";
import { admin, type TestTenant } from "./tenant";

/** A fund as the operator sends it when creating it. */
export const FUND = {
  name: "Vanguard FTSE U.K. All Share Index Unit Trust Acc",
  id_type: "ISIN",
  asset_type: "funds",
  asset_sub_type: "UK Equity",
  currency: "GBP",
  fund_code: "VANUKAS",
  close_price: "412.3456",
  close_price_on_date: "2026-11-20",
};

/** PUTs an investment product of the tenant through the admin API; returns the raw response. */
export function putInvestmentProduct(tenantId: string, id: string, body: Record<string, unknown> = FUND): Promise<Response> {
  return admin("PUT", `/admin/v1/tenants/${tenantId}/investment-products/${id}`, body);
}

/** Creates an investment product (failing the test setup otherwise); returns the product. */
export async function createInvestmentProduct(t: TestTenant, id: string, fields: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const res = await putInvestmentProduct(t.id, id, { ...FUND, ...fields });
  if (res.status !== 201) throw new Error(`product ${id}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
}

/** The tenant's events from the activity feed (oldest first). */
export async function activityEvents(t: TestTenant): Promise<Array<{ type: string; ch: string; payload: Record<string, unknown> }>> {
  const res = await t.fetch("/tenant/activity/v1?after_seq=0&limit=1000");
  if (res.status !== 200) throw new Error(`activity: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { events: Array<{ type: string; ch: string; payload: Record<string, unknown> }> }).events;
}

/** Runs `fn` with a command context inside the tenant's object (after at least one command ran there). */
export function inTenantObject<T>(t: TestTenant, fn: (ctx: CommandContext) => T): Promise<T> {
  return runInDurableObject(env.TENANT.getByName(t.id), (_obj, state) => {
    const settings = loadSettings(state.storage.sql);
    if (!settings) throw new Error("the tenant object has not run a command yet");
    return state.storage.transactionSync(() => fn(new CommandContext(state.storage.sql, Date.now(), settings.tenantId, settings.config)));
  });
}
