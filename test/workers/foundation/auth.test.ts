import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { hashApiKey, matchingKey } from "../../../src/platform/api-keys";
import { expectProblem } from "../../helpers/problem";
import { admin, BASE, newTenant, uniqueTenantId } from "../../helpers/tenant";

const HELLO = "/tenant/test/hello-world-be";

function hello(host: string, headers: Record<string, string> = {}): Promise<Response> {
  return SELF.fetch(`http://${host}${HELLO}`, { headers });
}

async function addKey(tenantId: string): Promise<{ api_key: string; key_id: string }> {
  const res = await admin("POST", `/admin/v1/tenants/${tenantId}/api-keys`);
  expect(res.status).toBe(201);
  return res.json();
}

describe("tenant authentication", () => {
  it("accepts the key in x-api-key", async () => {
    const t = await newTenant();
    const res = await hello(`${t.id}.${BASE}`, { "x-api-key": t.apiKey });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ tenant: t.id });
  });

  it("accepts the key as Authorization: Bearer", async () => {
    const t = await newTenant();
    const res = await hello(`${t.id}.${BASE}`, { authorization: `Bearer ${t.apiKey}` });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ tenant: t.id });
  });

  it("rejects a request without a key", async () => {
    const t = await newTenant();
    const body = await expectProblem(await hello(`${t.id}.${BASE}`), 401, "unauthenticated");
    expect(body.instance).toBe(HELLO);
  });

  it.each([
    ["a wrong x-api-key", { "x-api-key": "cof_sk_not-a-real-key" }],
    ["a wrong bearer token", { authorization: "Bearer cof_sk_not-a-real-key" }],
    ["an empty bearer token", { authorization: "Bearer " }],
    ["a Basic authorization", { authorization: "Basic dXNlcjpwYXNz" }],
    ["the admin token", { authorization: "Bearer test-admin-token" }],
  ])("rejects %s", async (_label, headers) => {
    const t = await newTenant();
    await expectProblem(await hello(`${t.id}.${BASE}`, headers), 401, "unauthenticated");
  });

  it("rejects another tenant's key on this tenant's host", async () => {
    const mine = await newTenant();
    const theirs = await newTenant();
    await expectProblem(await hello(`${mine.id}.${BASE}`, { "x-api-key": theirs.apiKey }), 401, "unauthenticated");
    await expectProblem(
      await hello(`${mine.id}.${BASE}`, { authorization: `Bearer ${theirs.apiKey}` }),
      401,
      "unauthenticated",
    );
  });

  it("accepts x-token on /ws, keeping the upgraded socket", async () => {
    const t = await newTenant();
    const res = await SELF.fetch(`http://${t.id}-ws.${BASE}/ws?x-token=${t.apiKey}`, {
      headers: { upgrade: "websocket", "x-request-id": "ws-trace-1" },
    });
    expect(res.status).toBe(101);
    expect(res.headers.get("x-request-id")).toBe("ws-trace-1");
    expect(res.headers.get("ratelimit-policy")).toMatch(/^"burst";/);
    const socket = res.webSocket;
    expect(socket).not.toBeNull();
    socket?.accept();
    socket?.close(1000, "done");
  });

  it("rejects a wrong x-token on /ws", async () => {
    const t = await newTenant();
    const res = await SELF.fetch(`http://${t.id}.${BASE}/ws?x-token=cof_sk_wrong`, { headers: { upgrade: "websocket" } });
    await expectProblem(res, 401, "unauthenticated");
  });

  it("accepts x-token only on /ws, never on REST routes", async () => {
    const t = await newTenant();
    const res = await SELF.fetch(`http://${t.id}.${BASE}${HELLO}?x-token=${t.apiKey}`);
    await expectProblem(res, 401, "unauthenticated");
  });

  it("rejects a revoked key afterwards", async () => {
    const t = await newTenant();
    expect((await t.fetch(HELLO)).status).toBe(200);
    const revoked = await admin("DELETE", `/admin/v1/tenants/${t.id}/api-keys/${t.keyId}`);
    expect(revoked.status).toBe(200);
    await expectProblem(await t.fetch(HELLO), 401, "unauthenticated");
    await expectProblem(
      await hello(`${t.id}.${BASE}`, { authorization: `Bearer ${t.apiKey}` }),
      401,
      "unauthenticated",
    );
  });

  it("rotates keys: two active keys both work until the old one is revoked", async () => {
    const t = await newTenant();
    const second = await addKey(t.id);
    expect(second.api_key).not.toBe(t.apiKey);
    expect((await hello(`${t.id}.${BASE}`, { "x-api-key": t.apiKey })).status).toBe(200);
    expect((await hello(`${t.id}.${BASE}`, { "x-api-key": second.api_key })).status).toBe(200);

    expect((await admin("DELETE", `/admin/v1/tenants/${t.id}/api-keys/${t.keyId}`)).status).toBe(200);
    await expectProblem(await hello(`${t.id}.${BASE}`, { "x-api-key": t.apiKey }), 401, "unauthenticated");
    expect((await hello(`${t.id}.${BASE}`, { "x-api-key": second.api_key })).status).toBe(200);
  });

  it("a key added to one tenant does not open another", async () => {
    const a = await newTenant();
    const b = await newTenant();
    const extra = await addKey(a.id);
    await expectProblem(await hello(`${b.id}.${BASE}`, { "x-api-key": extra.api_key }), 401, "unauthenticated");
  });
});

describe("tenant resolution by host", () => {
  it("answers 404 for an unknown tenant host, with or without a key", async () => {
    const t = await newTenant();
    const ghost = uniqueTenantId("ghost");
    const body = await expectProblem(await hello(`${ghost}.${BASE}`), 404, "tenant_not_found");
    expect(body.detail).toContain(ghost);
    await expectProblem(await hello(`${ghost}.${BASE}`, { "x-api-key": t.apiKey }), 404, "tenant_not_found");
  });

  it("resolves {tenant}-ws.{BASE_DOMAIN} to the same tenant", async () => {
    const t = await newTenant();
    const res = await hello(`${t.id}-ws.${BASE}`, { "x-api-key": t.apiKey });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ tenant: t.id });
  });

  it("checks the key against the tenant of the -ws host too", async () => {
    const mine = await newTenant();
    const theirs = await newTenant();
    await expectProblem(await hello(`${mine.id}-ws.${BASE}`, { "x-api-key": theirs.apiKey }), 401, "unauthenticated");
  });

  it("ignores the port and the case of the host", async () => {
    const t = await newTenant();
    const res = await hello(`${t.id.toUpperCase()}.${BASE}:8787`, { "x-api-key": t.apiKey });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ tenant: t.id });
  });

  it.each([
    ["the apex host", BASE],
    ["a host outside BASE_DOMAIN", "example.com"],
    ["a nested subdomain", `a.b.${BASE}`],
    ["a bare -ws label", `-ws.${BASE}`],
  ])("does not serve tenant routes on %s", async (_label, host) => {
    const t = await newTenant();
    await expectProblem(await hello(host, { "x-api-key": t.apiKey }), 404, "tenant_not_found");
  });
});

describe("matching a presented key against stored hashes", () => {
  it("finds the hash of the presented key among several, and no other", async () => {
    const keys = ["cof_sk_first", "cof_sk_second", "cof_sk_third"];
    const hashes = await Promise.all(keys.map((k) => hashApiKey(k)));
    // The hex SHA-256 of "cof_sk_first", computed independently.
    const expected = [...new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode("cof_sk_first")))].map((b) => b.toString(16).padStart(2, "0")).join("");
    expect(hashes[0]).toBe(expected);
    expect(await matchingKey("cof_sk_second", hashes)).toBe(1);
    expect(await matchingKey("cof_sk_third", hashes)).toBe(2);
    expect(await matchingKey("cof_sk_fourth", hashes)).toBe(-1);
    expect(await matchingKey("cof_sk_first", [])).toBe(-1);
  });

  it("never matches a malformed stored hash", async () => {
    const good = await hashApiKey("cof_sk_key");
    expect(await matchingKey("cof_sk_key", ["not-a-hash", good.toUpperCase(), good.slice(0, 62)])).toBe(-1);
    expect(await matchingKey("cof_sk_key", ["not-a-hash", good])).toBe(1);
  });
});
