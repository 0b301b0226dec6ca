import { env, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { CommandResponse } from "../../../src/tenant/commands";
import { webhookUrlProblem } from "../../../src/webhooks/url-policy";
import { admin, newTenant } from "../../helpers/tenant";
import { createWebhook } from "../../helpers/webhooks";

describe("webhook URL policy outside local development (no server-side request forgery)", () => {
  it.each([
    ["http://example.com/hook", "must use https"],
    ["http://localhost:8080/hook", "must use https"],
    ["ftp://example.com/hook", "must use https"],
    ["https://localhost/hook", "local or internal"],
    ["https://api.localhost/hook", "local or internal"],
    ["https://printer.local/hook", "local or internal"],
    ["https://db.internal/hook", "local or internal"],
    ["https://intranet/hook", "fully qualified"],
    ["https://127.0.0.1/hook", "loopback"],
    ["https://127.8.9.10/hook", "loopback"],
    ["https://0x7f.0.0.1/hook", "loopback"],
    ["https://2130706433/hook", "loopback"],
    ["https://0.0.0.0/hook", "unspecified"],
    ["https://10.20.30.40/hook", "private"],
    ["https://172.16.0.1/hook", "private"],
    ["https://172.31.255.255/hook", "private"],
    ["https://192.168.1.10/hook", "private"],
    ["https://100.64.0.1/hook", "shared"],
    ["https://169.254.169.254/latest/meta-data", "link-local"],
    ["https://224.0.0.1/hook", "multicast"],
    ["https://[::1]/hook", "loopback"],
    ["https://[::]/hook", "unspecified"],
    ["https://[fc00::1]/hook", "unique local"],
    ["https://[fd12:3456:789a::1]/hook", "unique local"],
    ["https://[fe80::1%25eth0]/hook", "absolute URL"],
    ["https://[fe80::abcd]/hook", "link-local"],
    ["https://[::ffff:127.0.0.1]/hook", "loopback"],
    ["https://[::ffff:10.0.0.1]/hook", "private"],
    ["https://[64:ff9b::a9fe:a9fe]/hook", "link-local"],
    ["https://user:secret@example.com/hook", "credentials"],
    ["/relative/path", "absolute URL"],
  ])("refuses %s", (url, reason) => {
    expect(webhookUrlProblem(url, false)).toContain(reason);
  });

  it.each([
    "https://example.com/hook",
    "https://hooks.partner.example.co.uk:8443/in?tenant=1",
    "https://8.8.8.8/hook",
    "https://172.32.0.1/hook",
    "https://[2606:4700:4700::1111]/hook",
  ])("accepts %s", (url) => {
    expect(webhookUrlProblem(url, false)).toBeNull();
  });

  it("in local development accepts http only to the loopback host, and https anywhere", () => {
    expect(webhookUrlProblem("http://localhost:3000/hook", true)).toBeNull();
    expect(webhookUrlProblem("http://127.0.0.1:3000/hook", true)).toBeNull();
    expect(webhookUrlProblem("http://[::1]:3000/hook", true)).toBeNull();
    expect(webhookUrlProblem("https://192.168.1.10/hook", true)).toBeNull();
    expect(webhookUrlProblem("http://192.168.1.10/hook", true)).toContain("https");
  });

  it("is enforced by the tenant object: a production Worker's create is refused naming url, and nothing is written", async () => {
    const t = await newTenant();
    const config = ((await (await admin("GET", `/admin/v1/tenants/${t.id}`)).json()) as { config: Record<string, unknown> }).config;
    const stub = env.TENANT.getByName(t.id);
    const answer = (await stub.execute({
      name: "webhook.create",
      input: { url: "https://169.254.169.254/latest/meta-data", local_development: false },
      meta: { tenantId: t.id, config: config as never, requestId: "req-ssrf", method: "POST", path: "/tenant/webhooks/v1" },
    })) as unknown as CommandResponse;
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error_code: "validation_failed", errors: [{ field: "url", message: expect.stringContaining("link-local") }] });
    const rows = await runInDurableObject(stub, (_o, state) => state.storage.sql.exec("SELECT count(*) AS n FROM entities WHERE kind = 'webhook'").one().n);
    expect(rows).toBe(0);
    expect(await (await t.fetch("/tenant/webhooks/v1")).json()).toEqual({ webhooks: [], next_page_available: false });
  });

  it("applies the deployment's rule through the API (this test Worker runs as local development)", async () => {
    const t = await newTenant();
    expect((await createWebhook(t, { url: "http://127.0.0.1:4000/hook" })).res.status).toBe(201);
    const refused = await t.fetch("/tenant/webhooks/v1", { method: "POST", json: { url: "http://example.com/hook" } });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { errors: unknown[] }).errors).toEqual([{ field: "url", message: expect.stringContaining("https") }]);
  });
});
