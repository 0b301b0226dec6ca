import type { TestTenant } from "./tenant";

/** Creates an investor with a unique name; returns the parsed body. */
export async function createInvestor(t: TestTenant, fields: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const res = await t.fetch("/tenant/investors/v1", {
    method: "POST",
    headers,
    json: { first_name: "Ada", last_name: `Lovelace${crypto.randomUUID().slice(0, 6)}`, ...fields },
  });
  return { res, body: (await res.json()) as Record<string, unknown> & { investor_id: string; reference_version: number } };
}
