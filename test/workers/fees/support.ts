import { expect } from "vitest";
import { admin, type TestTenant } from "../../helpers/tenant";

/** PUTs a fee configuration item through the admin API and expects `status`. */
export async function putFee(t: TestTenant, path: string, body: Record<string, unknown>, status = 201): Promise<any> {
  const res = await admin("PUT", `/admin/v1/tenants/${t.id}/${path}`, body);
  expect(res.status, await res.clone().text()).toBe(status);
  return res.json();
}

/** A fee code with `rate` basis points. */
export const feeCode = (t: TestTenant, code: string, rate: string) => putFee(t, `fee-codes/${code}`, { fee_rate: rate });

/** A fee setup of `code` as `subType` for the entity's instances (default: All investors, from 2025-01-01). */
export function feeSetup(t: TestTenant, id: string, code: string, fields: Record<string, unknown> = {}) {
  return putFee(t, `fee-setups/${id}`, {
    fee_calculation_entity: "Investor",
    sub_transaction_type: "Platform fees",
    fee_code: code,
    assigned_to: "All",
    start_date: "2025-01-01",
    ...fields,
  });
}

/** A GET of a tenant path: status and body. */
export async function read(t: TestTenant, path: string): Promise<{ status: number; body: any }> {
  const res = await t.fetch(path);
  return { status: res.status, body: await res.json() };
}
