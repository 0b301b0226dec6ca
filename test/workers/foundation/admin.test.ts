import { env, SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createApp } from "../../../src/app";
import { expectProblem, expectValidation } from "../../helpers/problem";
import { admin, BASE, newTenant, uniqueTenantId } from "../../helpers/tenant";

interface KeyResource {
  key_id: string;
  prefix: string;
  created_at: string;
  revoked_at: string | null;
  api_key?: string;
}

interface TenantResource {
  tenant_id: string;
  name: string;
  created_at: string;
  updated_at: string;
  config: Record<string, unknown>;
  api_keys: KeyResource[];
}

const DEFAULT_CONFIG = {
  rate_limit_per_second: 500,
  rate_limit_burst: 1000,
  daily_quota: null,
  idempotency_retention_hours: 72,
  event_retention_days: 30,
  tax_id_uniqueness: false,
  base_currency: "GBP",
  kyc_provider: "none",
  environment: "live",
  time_zone: "Europe/London",
  dealing_cut_off: "14:00",
  rebalance_threshold: "5.00",
  rebalance_minimum_trade_value: "1.00",
};

async function getTenant(id: string): Promise<TenantResource> {
  const res = await admin("GET", `/admin/v1/tenants/${id}`);
  expect(res.status).toBe(200);
  return res.json();
}

describe("admin authentication", () => {
  it("rejects a request without a token", async () => {
    const res = await SELF.fetch(`http://${BASE}/admin/v1/tenants`);
    await expectProblem(res, 401, "admin_unauthenticated");
  });

  it("rejects a wrong token", async () => {
    await expectProblem(await admin("GET", "/admin/v1/tenants", undefined, "wrong-token"), 401, "admin_unauthenticated");
    await expectProblem(
      await admin("POST", "/admin/v1/tenants", { tenant_id: uniqueTenantId(), name: "X" }, "test-admin-tokenX"),
      401,
      "admin_unauthenticated",
    );
  });

  it("rejects a tenant API key as the admin token", async () => {
    const t = await newTenant();
    await expectProblem(await admin("GET", "/admin/v1/tenants", undefined, t.apiKey), 401, "admin_unauthenticated");
  });

  it("is not reachable on a tenant host, even with the admin token", async () => {
    const t = await newTenant();
    const res = await SELF.fetch(`http://${t.id}.${BASE}/admin/v1/tenants`, {
      headers: { authorization: "Bearer test-admin-token" },
    });
    await expectProblem(res, 404, "route_not_found");
    const ws = await SELF.fetch(`http://${t.id}-ws.${BASE}/admin/v1/tenants/${t.id}`, {
      headers: { authorization: "Bearer test-admin-token" },
    });
    await expectProblem(ws, 404, "route_not_found");
  });

  it.each([undefined, ""])("is off when ADMIN_TOKEN is %j", async (token) => {
    const app = createApp();
    const res = await app.fetch(
      new Request(`http://${BASE}/admin/v1/tenants`, { headers: { authorization: "Bearer test-admin-token" } }),
      { ...env, ADMIN_TOKEN: token },
    );
    await expectProblem(res, 404, "admin_disabled");
  });
});

describe("POST /admin/v1/tenants", () => {
  it("creates a tenant and shows its API key once", async () => {
    const id = uniqueTenantId();
    const res = await admin("POST", "/admin/v1/tenants", { tenant_id: id, name: "Acme Wealth" });
    expect(res.status).toBe(201);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const body = (await res.json()) as { tenant: TenantResource; api_key: KeyResource & { api_key: string } };
    expect(body.tenant).toMatchObject({ tenant_id: id, name: "Acme Wealth", config: DEFAULT_CONFIG });
    expect(body.api_key.api_key).toMatch(/^cof_sk_[1-9A-HJ-NP-Za-km-z]{40}$/);
    expect(body.api_key.api_key.startsWith(body.api_key.prefix)).toBe(true);
    expect(body.api_key.revoked_at).toBeNull();
    expect(body.tenant.api_keys).toEqual([
      { key_id: body.api_key.key_id, prefix: body.api_key.prefix, created_at: expect.any(String), revoked_at: null },
    ]);

    const fetched = await admin("GET", `/admin/v1/tenants/${id}`);
    const text = await fetched.text();
    expect(fetched.status).toBe(200);
    expect(text).not.toContain(body.api_key.api_key);
    const tenant = JSON.parse(text) as TenantResource;
    expect(tenant.api_keys).toEqual([body.tenant.api_keys[0]]);
    expect(tenant.api_keys[0]).not.toHaveProperty("api_key");
  });

  it("applies the configuration sent with the tenant", async () => {
    const t = await newTenant({ rate_limit_burst: 20, kyc_provider: "sandbox", daily_quota: 100, environment: "sandbox" });
    const tenant = await getTenant(t.id);
    expect(tenant.config).toEqual({ ...DEFAULT_CONFIG, rate_limit_burst: 20, kyc_provider: "sandbox", daily_quota: 100, environment: "sandbox" });
  });

  it("answers 409 for an existing tenant id", async () => {
    const t = await newTenant();
    const res = await admin("POST", "/admin/v1/tenants", { tenant_id: t.id, name: "Again" });
    const body = await expectProblem(res, 409, "already_exists");
    expect(body.errors?.map((e) => e.field)).toEqual(["tenant_id"]);
  });

  it("creates a tenant exactly once under concurrent requests", async () => {
    const id = uniqueTenantId();
    const results = await Promise.all(
      [1, 2, 3].map(() => admin("POST", "/admin/v1/tenants", { tenant_id: id, name: "Race" })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect((await getTenant(id)).api_keys).toHaveLength(1);
  });

  it.each([
    ["uppercase", "Acme"],
    ["an underscore", "acme_wealth"],
    ["64 characters", "a".repeat(64)],
    ["the -ws suffix", "acme-ws"],
    ["a leading hyphen", "-acme"],
    ["a trailing hyphen", "acme-"],
    ["a dot", "acme.co"],
    ["nothing", ""],
    ["a number", 42],
  ])("rejects a tenant id with %s", async (_label, tenantId) => {
    const res = await admin("POST", "/admin/v1/tenants", { tenant_id: tenantId, name: "X" });
    await expectValidation(res, ["tenant_id"]);
  });

  it("accepts a 63-character tenant id", async () => {
    const id = `${uniqueTenantId()}-`.padEnd(63, "x");
    const res = await admin("POST", "/admin/v1/tenants", { tenant_id: id, name: "Long" });
    expect(res.status).toBe(201);
  });

  it.each([
    ["a missing name", { tenant_id: "ok-name" }, ["name"]],
    ["an empty name", { tenant_id: "ok-name", name: "" }, ["name"]],
    ["an unknown field", { tenant_id: "ok-name", name: "X", plan: "gold" }, ["plan"]],
    ["an invalid config", { tenant_id: "ok-name", name: "X", config: { event_retention_days: 1 } }, ["config.event_retention_days"]],
    ["an empty body", {}, ["tenant_id", "name"]],
  ])("rejects %s, naming the fields", async (_label, body, fields) => {
    await expectValidation(await admin("POST", "/admin/v1/tenants", body), fields);
  });

  it("rejects a body that is not an object", async () => {
    await expectValidation(await admin("POST", "/admin/v1/tenants", ["acme"]), ["body"]);
  });
});

describe("GET /admin/v1/tenants", () => {
  it("lists tenants without their keys", async () => {
    const a = await newTenant();
    const b = await newTenant();
    const res = await admin("GET", "/admin/v1/tenants");
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toContain(a.apiKey);
    expect(text).not.toContain(b.apiKey);
    const { tenants } = JSON.parse(text) as { tenants: TenantResource[] };
    const ids = tenants.map((t) => t.tenant_id);
    expect(ids).toContain(a.id);
    expect(ids).toContain(b.id);
    expect(tenants.find((t) => t.tenant_id === a.id)?.api_keys).toEqual([
      { key_id: a.keyId, prefix: expect.any(String), created_at: expect.any(String), revoked_at: null },
    ]);
  });

  it("answers 404 for an unknown tenant", async () => {
    const res = await admin("GET", `/admin/v1/tenants/${uniqueTenantId("ghost")}`);
    await expectProblem(res, 404, "resource_not_found");
  });
});

describe("PATCH /admin/v1/tenants/{tenant_id}", () => {
  it("changes only the fields sent", async () => {
    const t = await newTenant();
    const before = await getTenant(t.id);
    const change = {
      rate_limit_per_second: 7,
      rate_limit_burst: 14,
      daily_quota: 5000,
      idempotency_retention_hours: 1,
      event_retention_days: 30,
      tax_id_uniqueness: true,
      base_currency: "EUR",
      kyc_provider: "sandbox",
      environment: "sandbox",
      time_zone: "Europe/Paris",
      dealing_cut_off: "15:30",
      rebalance_threshold: "2.50",
      rebalance_minimum_trade_value: "25.00",
    };
    const res = await admin("PATCH", `/admin/v1/tenants/${t.id}`, change);
    expect(res.status).toBe(200);
    const patched = (await res.json()) as TenantResource;
    expect(patched.config).toEqual(change);
    expect(patched.name).toBe(before.name);
    expect(patched.updated_at >= before.updated_at).toBe(true);
    expect((await getTenant(t.id)).config).toEqual(change);

    const renamed = await admin("PATCH", `/admin/v1/tenants/${t.id}`, { name: "Renamed", daily_quota: null });
    expect(renamed.status).toBe(200);
    expect(await renamed.json()).toMatchObject({ name: "Renamed", config: { ...change, daily_quota: null } });
  });

  it.each([
    [{ rate_limit_per_second: 0 }, ["rate_limit_per_second"]],
    [{ rate_limit_per_second: 2.5 }, ["rate_limit_per_second"]],
    [{ rate_limit_burst: "10" }, ["rate_limit_burst"]],
    [{ daily_quota: 0 }, ["daily_quota"]],
    [{ idempotency_retention_hours: 0 }, ["idempotency_retention_hours"]],
    [{ event_retention_days: 29 }, ["event_retention_days"]],
    [{ tax_id_uniqueness: "yes" }, ["tax_id_uniqueness"]],
    [{ base_currency: "gbp" }, ["base_currency"]],
    [{ base_currency: "POUND" }, ["base_currency"]],
    [{ kyc_provider: "onfido" }, ["kyc_provider"]],
    [{ sandbox_day_seconds: 10 }, ["sandbox_day_seconds"]],
    [{ environment: "test" }, ["environment"]],
    [{ time_zone: "Mars/Olympus" }, ["time_zone"]],
    [{ dealing_cut_off: "24:00" }, ["dealing_cut_off"]],
    [{ rebalance_threshold: "100.01" }, ["rebalance_threshold"]],
    [{ rebalance_threshold: 5 }, ["rebalance_threshold"]],
    [{ rebalance_minimum_trade_value: "1.005" }, ["rebalance_minimum_trade_value"]],
    [{ name: "" }, ["name"]],
    [{ tenant_id: "other" }, ["tenant_id"]],
    [{ event_retention_days: 7, kyc_provider: "x" }, ["event_retention_days", "kyc_provider"]],
  ])("rejects %j, naming the fields", async (change, fields) => {
    const t = await newTenant();
    await expectValidation(await admin("PATCH", `/admin/v1/tenants/${t.id}`, change), fields);
    expect((await getTenant(t.id)).config).toEqual(DEFAULT_CONFIG);
  });

  it("answers 404 for an unknown tenant", async () => {
    const res = await admin("PATCH", `/admin/v1/tenants/${uniqueTenantId("ghost")}`, { name: "X" });
    await expectProblem(res, 404, "resource_not_found");
  });
});

describe("one configuration shape: GET's `config` on POST and PATCH", () => {
  it("PATCH takes `config` as GET shows it, changing only the fields sent", async () => {
    const t = await newTenant({ rate_limit_burst: 40 });
    const shown = await getTenant(t.id);
    const res = await admin("PATCH", `/admin/v1/tenants/${t.id}`, {
      name: "Nested",
      config: { daily_quota: 250, kyc_provider: "sandbox" },
    });
    expect(res.status).toBe(200);
    const expected = { ...shown.config, daily_quota: 250, kyc_provider: "sandbox" };
    expect(await res.json()).toMatchObject({ name: "Nested", config: expected });
    expect((await getTenant(t.id)).config).toEqual(expected);
    expect((await getTenant(t.id)).config.rate_limit_burst).toBe(40);
  });

  it("takes back the whole `config` a GET returned, on PATCH and on POST", async () => {
    const source = await newTenant({ base_currency: "EUR", tax_id_uniqueness: true, event_retention_days: 45 });
    const { config } = await getTenant(source.id);

    const target = await newTenant();
    const patched = await admin("PATCH", `/admin/v1/tenants/${target.id}`, { config });
    expect(patched.status).toBe(200);
    expect((await getTenant(target.id)).config).toEqual(config);

    const id = uniqueTenantId();
    const created = await admin("POST", "/admin/v1/tenants", { tenant_id: id, name: "Copy", config });
    expect(created.status).toBe(201);
    expect((await getTenant(id)).config).toEqual(config);
    expect(config).toMatchObject({ base_currency: "EUR", tax_id_uniqueness: true, event_retention_days: 45 });
  });

  it("still takes the fields flat, and both ways in one PATCH", async () => {
    const t = await newTenant();
    const before = (await getTenant(t.id)).config;
    const res = await admin("PATCH", `/admin/v1/tenants/${t.id}`, { rate_limit_per_second: 9, config: { rate_limit_burst: 18 } });
    expect(res.status).toBe(200);
    expect((await getTenant(t.id)).config).toEqual({ ...before, rate_limit_per_second: 9, rate_limit_burst: 18 });
  });

  it.each([
    [{ config: { event_retention_days: 1 } }, ["config.event_retention_days"]],
    [{ config: { kyc_provider: "onfido", plan: "gold" } }, ["config.kyc_provider", "config.plan"]],
    [{ config: "sandbox" }, ["config"]],
    [{ daily_quota: 10, config: { daily_quota: 20 } }, ["config.daily_quota"]],
  ])("PATCH rejects %j, naming the fields, and changes nothing", async (change, fields) => {
    const t = await newTenant();
    const before = await getTenant(t.id);
    await expectValidation(await admin("PATCH", `/admin/v1/tenants/${t.id}`, change), fields);
    const after = await getTenant(t.id);
    expect(after.config).toEqual(before.config);
    expect(after.updated_at).toBe(before.updated_at);
  });
});

describe("API keys", () => {
  it("POST adds a key that is shown once", async () => {
    const t = await newTenant();
    const res = await admin("POST", `/admin/v1/tenants/${t.id}/api-keys`);
    expect(res.status).toBe(201);
    const key = (await res.json()) as KeyResource;
    expect(key).toEqual({
      key_id: expect.stringMatching(/^key_/),
      prefix: expect.any(String),
      created_at: expect.any(String),
      revoked_at: null,
      api_key: expect.stringMatching(/^cof_sk_/),
    });
    expect(key.key_id).not.toBe(t.keyId);
    const fetched = await admin("GET", `/admin/v1/tenants/${t.id}`);
    const text = await fetched.text();
    expect(text).not.toContain(key.api_key);
    expect((JSON.parse(text) as TenantResource).api_keys.map((k) => k.key_id).sort()).toEqual([t.keyId, key.key_id].sort());
  });

  it("POST answers 404 for an unknown tenant", async () => {
    const res = await admin("POST", `/admin/v1/tenants/${uniqueTenantId("ghost")}/api-keys`);
    await expectProblem(res, 404, "resource_not_found");
  });

  it("DELETE revokes a key, once", async () => {
    const t = await newTenant();
    const res = await admin("DELETE", `/admin/v1/tenants/${t.id}/api-keys/${t.keyId}`);
    expect(res.status).toBe(200);
    const revoked = (await res.json()) as KeyResource;
    expect(revoked).toMatchObject({ key_id: t.keyId, revoked_at: expect.any(String) });
    expect(revoked).not.toHaveProperty("api_key");
    expect((await getTenant(t.id)).api_keys).toEqual([revoked]);

    const again = await admin("DELETE", `/admin/v1/tenants/${t.id}/api-keys/${t.keyId}`);
    const body = await expectProblem(again, 404, "resource_not_found");
    expect(body.errors?.map((e) => e.field)).toEqual(["key_id"]);
  });

  it("DELETE cannot revoke another tenant's key", async () => {
    const a = await newTenant();
    const b = await newTenant();
    await expectProblem(await admin("DELETE", `/admin/v1/tenants/${a.id}/api-keys/${b.keyId}`), 404, "resource_not_found");
    expect((await b.fetch("/tenant/test/hello-world-be")).status).toBe(200);
  });
});
