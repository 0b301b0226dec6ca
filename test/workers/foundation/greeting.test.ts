import { describe, expect, it } from "vitest";
import { newTenant } from "../../helpers/tenant";

describe("GET /tenant/test/hello-world-be", () => {
  it("greets the tenant with the WealthOS shape", async () => {
    const t = await newTenant();
    const res = await t.fetch("/tenant/test/hello-world-be");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toEqual({ tenant: t.id, members: [expect.any(String)], message: "Welcome to WOS world" });
  });
});
