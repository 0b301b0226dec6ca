import { describe, expect, it } from "vitest";
import { newTenant } from "../../helpers/tenant";

describe("investor write path", () => {
  it("creates, reads back from D1 and updates with reference_version", async () => {
    const t = await newTenant();
    const created = await t.fetch("/tenant/investors/v1", { method: "POST", json: { first_name: "Ada", last_name: "Lovelace" } });
    expect(created.status).toBe(201);
    const investor = (await created.json()) as { investor_id: string; reference_version: number; status: string };
    expect(investor.investor_id).toMatch(/^inv-[A-Z]{3}\d{5}$/);
    expect(investor.status).toBe("kyc_pending");
    const read = await t.fetch(`/tenant/investors/v1/${investor.investor_id}`);
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual(investor);
    const patched = await t.fetch(`/tenant/investors/v1/${investor.investor_id}`, {
      method: "PATCH",
      json: { reference_version: 1, kyc_aml_status: "clear", dealing_status: "active" },
    });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ reference_version: 2, status: "active" });
    const stale = await t.fetch(`/tenant/investors/v1/${investor.investor_id}`, { method: "PATCH", json: { reference_version: 1, title: "Ms" } });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ error_code: "version_conflict", current_reference_version: 2 });
  });
});
