import { describe, expect, it } from "vitest";
import { expectValidation } from "../../helpers/problem";
import { newTenant } from "../../helpers/tenant";

describe("GET /tenant/investors/v1/tax-codes", () => {
  it("is not shadowed by /{investor_id} and answers the WealthOS list envelope", async () => {
    const t = await newTenant();
    const res = await t.fetch("/tenant/investors/v1/tax-codes");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ tax_codes: [], next_page_available: false });
    const filtered = await t.fetch("/tenant/investors/v1/tax-codes?investor_id=inv-ABC12345&page_size=4000&page_number=1&sort=asc");
    expect(await filtered.json()).toEqual({ tax_codes: [], next_page_available: false });
  });

  it.each([
    [{ page_size: "4001", page_number: "1" }, ["page_size"]],
    [{ page_size: "0", page_number: "1" }, ["page_size"]],
    [{ page_size: "10", page_number: "x" }, ["page_number"]],
    [{ sort: "up" }, ["sort"]],
  ])("rejects paging %j", async (query, fields) => {
    const t = await newTenant();
    await expectValidation(await t.fetch(`/tenant/investors/v1/tax-codes?${new URLSearchParams(query)}`), fields);
  });
});
