import { SELF } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { expectValidation } from "../../helpers/problem";
import { BASE, newTenant, type TestTenant } from "../../helpers/tenant";
import { createWebhook } from "../../helpers/webhooks";
import type { OpenApiDocument, Parameter } from "./schema-values";

/**
 * The input limits the fuzz test relies on, pinned one by one: the paging overflow that used to
 * be a 500, each list's documented maximum page size, integer bounds, and the document stating
 * the formats the server enforces.
 */

/** WealthOS's page-size maxima (webhooks are Coffer's own, 1000). */
const MAX_PAGE_SIZE: Record<string, number> = {
  "/tenant/investors/v1": 2000,
  "/tenant/investors/v1/tax-codes": 4000,
  "/tenant/investor-organisations/v1": 3000,
  "/tenant/workplace-employers/v1": 8000,
  "/tenant/investor-accounts/v1": 4000,
  "/tenant/investor-accounts/v2": 4000,
  "/tenant/pots/v1/values": 4000,
  "/tenant/pots/v1/{pot_id}/transactions": 8000,
  "/tenant/transactions/v1": 4000,
  "/tenant/transactions/v1/": 4000,
  "/tenant/payments/v1": 8000,
  "/tenant/payments/v1/": 8000,
  "/tenant/investment-products/v1": 3000,
  "/tenant/investment-products/v1/current-prices": 15000,
  "/tenant/cash-investment-products/v1": 3000,
  "/tenant/portfolio-templates/v1": 8000,
  "/tenant/portfolio-templates/v1/": 8000,
  "/tenant/webhooks/v1": 1000,
  "/tenant/webhooks/v1/{webhook_id}/deliveries": 1000,
  "/tenant/counterparties/v1": 8000,
  "/tenant/interests/v1/daily-breakdown": 8000,
  "/tenant/transfers/v1": 1000,
  "/tenant/recurring-contributions/v1": 8000,
  "/tenant/recurring-withdrawals/v1": 8000,
  "/tenant/pots/v1/inter-pot-transfer": 8000,
  "/tenant/files/v1": 1000,
  "/tenant/pots/v1/crystallisation": 8000,
};

let doc: OpenApiDocument;
let t: TestTenant;
let webhookId: string;

beforeAll(async () => {
  doc = (await (await SELF.fetch(`http://${BASE}/openapi.json`)).json()) as OpenApiDocument;
  t = await newTenant();
  webhookId = (await createWebhook(t)).body.webhook_id;
});

const param = (path: string, method: string, name: string) => doc.paths[path]?.[method]?.parameters?.find((p: Parameter) => p.name === name);

describe("paging", () => {
  it("answers the page_number that overflowed SQLite's OFFSET with a 400 naming page_number", async () => {
    const res = await t.fetch("/tenant/webhooks/v1?page_size=1000&page_number=9223372036854777");
    await expectValidation(res, ["page_number"]);
  });

  it("answers the largest page_number with an empty last page", async () => {
    const res = await t.fetch("/tenant/investment-products/v1/current-prices?page_size=15000&page_number=2147483647");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ investment_product_unit_prices: [], next_page_available: false });
  });

  it("documents each list's maximum page size, and enforces exactly that", async () => {
    const documented = Object.entries(doc.paths).filter(([, ops]) => ops.get?.parameters?.some((p) => p.name === "page_size"));
    expect(documented.map(([path]) => path).sort()).toEqual(Object.keys(MAX_PAGE_SIZE).sort());
    for (const [path, max] of Object.entries(MAX_PAGE_SIZE)) {
      expect(param(path, "get", "page_size")?.schema, path).toMatchObject({ type: "integer", minimum: 1, maximum: max });
      expect(param(path, "get", "page_number")?.schema, path).toMatchObject({ type: "integer", minimum: 1, maximum: 2147483647 });
      // The daily breakdown needs a deposit reference (an unknown one is a 404 once the query is valid).
      const breakdown = path === "/tenant/interests/v1/daily-breakdown";
      const url = `${path.replace("{webhook_id}", webhookId).replace("{pot_id}", "pot-ABC1234567")}?${breakdown ? "deposit_reference=CDR-ABC12345&" : ""}`;
      const required = path === "/tenant/pots/v1/{pot_id}/transactions" || breakdown ? [404] : [200];
      const atMax = await t.fetch(`${url}page_size=${max}&page_number=1`);
      expect(required, `${path} at ${max}`).toContain(atMax.status);
      await expectValidation(await t.fetch(`${url}page_size=${max + 1}&page_number=1`), ["page_size"]);
    }
  });
});

describe("integers", () => {
  it.each([
    [2 ** 53, "must be at most 9007199254740991"],
    [-(2 ** 53), "must be at least 1"],
    [2 ** 63, "must be at most 9007199254740991"],
    [1.5, "must be an integer"],
    ["3", "must be an integer"],
  ])("names reference_version with what is wrong: %s", async (value, message) => {
    const res = await t.fetch(`/tenant/webhooks/v1/${webhookId}`, { method: "PATCH", json: { reference_version: value, description: "x" } });
    const body = await expectValidation(res, ["reference_version"]);
    expect(body.errors).toEqual([{ field: "reference_version", message }]);
  });

  it("bounds webhook replay sequence numbers and the activity cursor", async () => {
    const replay = await t.fetch(`/tenant/webhooks/v1/${webhookId}/replay`, { method: "POST", json: { from_seq: 2 ** 63 } });
    await expectValidation(replay, ["from_seq"]);
    await expectValidation(await t.fetch("/tenant/activity/v1?after_seq=99999999999999999999"), ["after_seq"]);
    await expectValidation(await t.fetch("/tenant/activity/v1?offset=9223372036854775808"), ["offset"]);
    await expectValidation(await t.fetch("/tenant/activity/v1?after=9999-99-99T00:00:00Z"), ["after"]);
    const ok = await t.fetch(`/tenant/activity/v1?after_seq=${Number.MAX_SAFE_INTEGER}&offset=${Number.MAX_SAFE_INTEGER}`);
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { events: unknown[] }).events).toEqual([]);
  });
});

describe("the document states the formats the server enforces", () => {
  it("types Idempotency-Key as a UUID v4 and declares the x-token scheme on /ws", () => {
    const header = param("/tenant/investors/v1", "post", "idempotency-key");
    expect(header?.schema).toMatchObject({ type: "string", format: "uuid" });
    const pattern = new RegExp(header!.schema.pattern as string);
    expect(pattern.test("3f1c1a52-9d7e-4a4c-8c55-2b0b8f0de6a1")).toBe(true);
    expect(pattern.test("3f1c1a52-9d7e-1a4c-8c55-2b0b8f0de6a1")).toBe(false);
    expect(doc.components.securitySchemes.WsToken).toEqual(expect.objectContaining({ type: "apiKey", in: "query", name: "x-token" }));
    expect(doc.paths["/ws"]?.get?.security).toEqual([{ WsToken: [] }]);
  });

  it("gives decimal strings the pattern the server checks", async () => {
    const amount = doc.components.schemas.CreatePaymentBody?.properties.amount as { pattern: string };
    const pattern = new RegExp(amount.pattern);
    for (const ok of ["1", "1.00", "25.5", "999999999999.99"]) expect(pattern.test(ok), ok).toBe(true);
    for (const bad of ["0.99", "0", "01.00", "1.001", "1e3", "-1", "1000000000000"]) expect(pattern.test(bad), bad).toBe(false);
    const res = await t.fetch("/tenant/payments/v1", {
      method: "POST",
      json: { request_id: crypto.randomUUID(), amount: "01.00", pot_id: "pot-ABC1234567", payment_type: "manual", service_provider: "none", purpose: "cash" },
    });
    await expectValidation(res, ["amount"]);
  });

  it("marks real-calendar dates as format: date and refuses impossible ones", async () => {
    const dob = doc.components.schemas.CreateInvestorBody?.properties.date_of_birth;
    expect(dob).toMatchObject({ type: "string", format: "date" });
    for (const date of ["9999-99-99", "2023-02-29", "0000-00-00"]) {
      const res = await t.fetch("/tenant/investors/v1", { method: "POST", json: { first_name: "Ada", last_name: "Lovelace", date_of_birth: date } });
      await expectValidation(res, ["date_of_birth"]);
    }
  });
});
