import { describe, expect, it } from "vitest";
import { expectProblem, expectValidation } from "../../helpers/problem";
import { newTenant } from "../../helpers/tenant";
import { capturedQueue, createWebhook, RECEIVER, useQueue } from "../../helpers/webhooks";

const WEBHOOK_FIELDS = [
  "webhook_id", "url", "event_types", "channels", "description", "external_reference", "enabled",
  "disabled_reason", "disabled_at", "secret_rotated_at", "reference_version", "created_at", "updated_at",
].sort();

async function tenant() {
  const t = await newTenant();
  await useQueue(t, capturedQueue());
  return t;
}

describe("POST /tenant/webhooks/v1", () => {
  it("creates an endpoint and shows its whsec_ secret once; GET and the list never show it", async () => {
    const t = await tenant();
    const { res, body } = await createWebhook(t, {
      event_types: ["investor_created", "investor_created"],
      channels: ["investors"],
      description: "CRM sync",
      external_reference: "crm-hook_1",
    });
    expect(res.status).toBe(201);
    expect(body).toMatchObject({
      webhook_id: expect.stringMatching(/^wh-[A-Z]{3}\d{5}$/),
      url: RECEIVER,
      event_types: ["investor_created"],
      channels: ["investors"],
      description: "CRM sync",
      external_reference: "crm-hook_1",
      enabled: true,
      disabled_reason: null,
      reference_version: 1,
    });
    // Standard Webhooks: whsec_ and 24–64 random bytes in base64.
    expect(body.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);

    const one = await t.fetch(`/tenant/webhooks/v1/${body.webhook_id}`);
    expect(one.status).toBe(200);
    const fetched = (await one.json()) as Record<string, unknown>;
    expect(Object.keys(fetched).sort()).toEqual(WEBHOOK_FIELDS);
    expect(JSON.stringify(fetched)).not.toContain(body.secret.slice(6));

    const list = (await (await t.fetch("/tenant/webhooks/v1")).json()) as { webhooks: Array<Record<string, unknown>>; next_page_available: boolean };
    expect(list.webhooks).toHaveLength(1);
    expect(list.next_page_available).toBe(false);
    expect(list.webhooks[0]).toEqual(fetched);
  });

  it("treats omitted, null and empty filters as everything", async () => {
    const t = await tenant();
    for (const filters of [{}, { event_types: null, channels: null }, { event_types: [], channels: [] }]) {
      const { res, body } = await createWebhook(t, filters);
      expect(res.status).toBe(201);
      expect(body).toMatchObject({ event_types: null, channels: null, description: null, external_reference: null });
    }
  });

  it.each([
    [{ url: undefined }, ["url"]],
    [{ url: "not a url" }, ["url"]],
    [{ url: "http://example.com/hook" }, ["url"]],
    [{ url: "ftp://example.com/hook" }, ["url"]],
    [{ url: "https://user:pass@example.com/hook" }, ["url"]],
    [{ url: `https://example.com/${"x".repeat(2048)}` }, ["url"]],
    [{ event_types: ["Investor Created"] }, ["event_types.0"]],
    [{ event_types: "investor_created" }, ["event_types"]],
    [{ channels: ["system"] }, ["channels.0"]],
    [{ description: "d".repeat(501) }, ["description"]],
    [{ external_reference: "semi;colon" }, ["external_reference"]],
    [{ url: 42, channels: ["nope"] }, ["url", "channels.0"]],
  ])("refuses %j naming the fields, and writes nothing", async (fields, named) => {
    const t = await tenant();
    const res = await t.fetch("/tenant/webhooks/v1", { method: "POST", json: { url: RECEIVER, ...fields } });
    await expectValidation(res, named);
    const list = (await (await t.fetch("/tenant/webhooks/v1")).json()) as { webhooks: unknown[] };
    expect(list.webhooks).toEqual([]);
  });

  it("accepts plain http to the local machine in local development only for localhost addresses", async () => {
    const t = await tenant();
    for (const url of ["http://localhost:9999/hook", "http://127.0.0.1:9999/hook", "http://[::1]:9999/hook"]) {
      const { res } = await createWebhook(t, { url });
      expect(res.status, url).toBe(201);
    }
    await expectValidation(await t.fetch("/tenant/webhooks/v1", { method: "POST", json: { url: "http://10.0.0.1/hook" } }), ["url"]);
  });

  it("refuses a duplicate external_reference with 409 naming the holder", async () => {
    const t = await tenant();
    const first = await createWebhook(t, { external_reference: "ref-1" });
    const res = await t.fetch("/tenant/webhooks/v1", { method: "POST", json: { url: RECEIVER, external_reference: "ref-1" } });
    const problem = await expectProblem(res, 409, "duplicate_external_reference");
    expect(problem.existing_id).toBe(first.body.webhook_id);
  });

  it("replays an Idempotency-Key retry with the same endpoint and secret, creating one endpoint", async () => {
    const t = await tenant();
    const key = crypto.randomUUID();
    const first = await createWebhook(t, {}, { "idempotency-key": key });
    const again = await createWebhook(t, {}, { "idempotency-key": key });
    expect(again.res.status).toBe(201);
    expect(again.res.headers.get("idempotent-replayed")).toBe("true");
    expect(again.body).toEqual(first.body);
    const list = (await (await t.fetch("/tenant/webhooks/v1")).json()) as { webhooks: unknown[] };
    expect(list.webhooks).toHaveLength(1);
  });

  it("pages the list with page_size/page_number", async () => {
    const t = await tenant();
    for (let i = 0; i < 3; i++) await createWebhook(t, { description: `hook ${i}` });
    const page = async (q: string) => (await (await t.fetch(`/tenant/webhooks/v1?${q}`)).json()) as { webhooks: Array<{ description: string }>; next_page_available: boolean };
    const first = await page("page_size=2&page_number=1&sort=asc");
    expect(first.webhooks.map((w) => w.description)).toEqual(["hook 0", "hook 1"]);
    expect(first.next_page_available).toBe(true);
    const second = await page("page_size=2&page_number=2&sort=asc");
    expect(second.webhooks.map((w) => w.description)).toEqual(["hook 2"]);
    expect(second.next_page_available).toBe(false);
    await expectValidation(await t.fetch("/tenant/webhooks/v1?page_size=1001&page_number=1"), ["page_size"]);
  });
});

describe("PATCH and DELETE /tenant/webhooks/v1/{webhook_id}", () => {
  it("updates url, filters and enabled against reference_version; null clears a filter", async () => {
    const t = await tenant();
    const { body } = await createWebhook(t, { event_types: ["investor_created"], description: "old" });
    const res = await t.fetch(`/tenant/webhooks/v1/${body.webhook_id}`, {
      method: "PATCH",
      json: { reference_version: 1, url: "https://other.example.com/in", event_types: null, channels: ["investors"], description: "", enabled: false },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      url: "https://other.example.com/in",
      event_types: null,
      channels: ["investors"],
      description: "old",
      enabled: false,
      disabled_reason: "manual",
      disabled_at: expect.any(String),
      reference_version: 2,
    });
    const enabled = await t.fetch(`/tenant/webhooks/v1/${body.webhook_id}`, { method: "PATCH", json: { reference_version: 2, enabled: true, description: null } });
    expect(await enabled.json()).toMatchObject({ enabled: true, disabled_reason: null, disabled_at: null, description: null, reference_version: 3 });
    expect(await (await t.fetch(`/tenant/webhooks/v1/${body.webhook_id}`)).json()).toMatchObject({ enabled: true, reference_version: 3 });
  });

  it("answers a stale reference_version with 409 stating the current one", async () => {
    const t = await tenant();
    const { body } = await createWebhook(t);
    await t.fetch(`/tenant/webhooks/v1/${body.webhook_id}`, { method: "PATCH", json: { reference_version: 1, description: "a" } });
    const res = await t.fetch(`/tenant/webhooks/v1/${body.webhook_id}`, { method: "PATCH", json: { reference_version: 1, description: "b" } });
    const problem = await expectProblem(res, 409, "version_conflict");
    expect(problem.current_reference_version).toBe(2);
  });

  it.each([
    [{ description: "x" }, ["reference_version"]],
    [{ reference_version: 1, url: "http://example.com" }, ["url"]],
    [{ reference_version: 1, enabled: "yes" }, ["enabled"]],
    [{ reference_version: 1, channels: ["prices"] }, ["channels.0"]],
  ])("refuses %j naming the fields and leaves the endpoint unchanged", async (patch, named) => {
    const t = await tenant();
    const { body } = await createWebhook(t);
    await expectValidation(await t.fetch(`/tenant/webhooks/v1/${body.webhook_id}`, { method: "PATCH", json: patch }), named);
    expect(await (await t.fetch(`/tenant/webhooks/v1/${body.webhook_id}`)).json()).toMatchObject({ url: RECEIVER, reference_version: 1 });
  });

  it("moves an external_reference between endpoints only once it is released", async () => {
    const t = await tenant();
    const a = await createWebhook(t, { external_reference: "shared" });
    const b = await createWebhook(t);
    await expectProblem(await t.fetch(`/tenant/webhooks/v1/${b.body.webhook_id}`, { method: "PATCH", json: { reference_version: 1, external_reference: "shared" } }), 409, "duplicate_external_reference");
    await t.fetch(`/tenant/webhooks/v1/${a.body.webhook_id}`, { method: "PATCH", json: { reference_version: 1, external_reference: null } });
    const moved = await t.fetch(`/tenant/webhooks/v1/${b.body.webhook_id}`, { method: "PATCH", json: { reference_version: 1, external_reference: "shared" } });
    expect(await moved.json()).toMatchObject({ external_reference: "shared", reference_version: 2 });
  });

  it("deletes an endpoint; it is then unknown everywhere", async () => {
    const t = await tenant();
    const { body } = await createWebhook(t, { external_reference: "gone-ref" });
    const res = await t.fetch(`/tenant/webhooks/v1/${body.webhook_id}`, { method: "DELETE" });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ webhook_id: body.webhook_id, deleted: true });
    await expectProblem(await t.fetch(`/tenant/webhooks/v1/${body.webhook_id}`), 404, "resource_not_found");
    await expectProblem(await t.fetch(`/tenant/webhooks/v1/${body.webhook_id}/deliveries`), 404, "resource_not_found");
    await expectProblem(await t.fetch(`/tenant/webhooks/v1/${body.webhook_id}`, { method: "DELETE" }), 404, "resource_not_found");
    // Its external reference is free again.
    expect((await createWebhook(t, { external_reference: "gone-ref" })).res.status).toBe(201);
  });
});

describe("tenancy", () => {
  it("treats another tenant's webhook ids as unknown on every route", async () => {
    const owner = await tenant();
    const other = await tenant();
    const { body } = await createWebhook(owner);
    const id = body.webhook_id;
    const calls: Array<[string, RequestInit & { json?: unknown }]> = [
      [`/tenant/webhooks/v1/${id}`, {}],
      [`/tenant/webhooks/v1/${id}`, { method: "PATCH", json: { reference_version: 1, description: "x" } }],
      [`/tenant/webhooks/v1/${id}`, { method: "DELETE" }],
      [`/tenant/webhooks/v1/${id}/rotate-secret`, { method: "POST" }],
      [`/tenant/webhooks/v1/${id}/deliveries`, {}],
      [`/tenant/webhooks/v1/${id}/replay`, { method: "POST", json: { from_seq: 1 } }],
      [`/tenant/webhooks/v1/${id}/deliveries/whd-x/resend`, { method: "POST" }],
    ];
    for (const [path, init] of calls) {
      const problem = await expectProblem(await other.fetch(path, init), 404, "resource_not_found");
      expect(problem.errors?.[0]?.field, path).toBe("webhook_id");
    }
    expect((await other.fetch("/tenant/webhooks/v1").then((r) => r.json())) as unknown).toEqual({ webhooks: [], next_page_available: false });
    // The owner's endpoint is untouched.
    expect(await (await owner.fetch(`/tenant/webhooks/v1/${id}`)).json()).toMatchObject({ reference_version: 1 });
  });

  it("requires the tenant's API key", async () => {
    const t = await tenant();
    const res = await t.fetch("/tenant/webhooks/v1", { headers: { "x-api-key": "cof_sk_wrong" } });
    await expectProblem(res, 401, "unauthenticated");
  });
});
