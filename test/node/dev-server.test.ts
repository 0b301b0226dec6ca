// Starts a real `wrangler dev` (through scripts/dev-server.mjs, as `npm run dev` does) and follows
// the README's first steps through the typed client generated from /openapi.json: the admin API on
// the apex host, a tenant on its subdomain, the OpenAPI document, the committed client types, and
// the /docs page with the assets it loads.
import { randomUUID } from "node:crypto";
import { readFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import SwaggerParser from "@apidevtools/swagger-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLIENT_TYPES_FILE, clientTypes } from "../../scripts/client-types.mjs";
import { type DevServer, startDevServer } from "../../scripts/dev-server.mjs";
import { request } from "../../scripts/local-http.mjs";
import { cofferClient } from "./coffer-client";

const ADMIN_TOKEN = `dev-test-${randomUUID()}`;

let server: DevServer | undefined;
let persistTo: string | undefined;

function devServer(): DevServer {
  if (!server) throw new Error("wrangler dev did not start");
  return server;
}

beforeAll(async () => {
  persistTo = await mkdtemp(path.join(tmpdir(), "coffer-dev-test-"));
  // Every response is checked against the OpenAPI document by the server itself.
  server = await startDevServer({ persistTo, adminToken: ADMIN_TOKEN, validateResponses: true });
});

afterAll(async () => {
  await server?.stop();
  if (persistTo) await rm(persistTo, { recursive: true, force: true });
});

describe("wrangler dev, through the generated client", () => {
  it("serves a tenant created through the admin API on its subdomain, as the README shows", async () => {
    const { port } = devServer();
    const admin = cofferClient({ host: "localhost", port, headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    const tenantId = `dev-${randomUUID().slice(0, 8)}`;
    const created = await admin.POST("/admin/v1/tenants", { body: { tenant_id: tenantId, name: "Dev Test Wealth" } });
    expect(created.response.status, JSON.stringify(created.error)).toBe(201);
    expect(created.data?.tenant.tenant_id).toBe(tenantId);
    const apiKey = created.data?.api_key.api_key ?? "";
    expect(apiKey).toMatch(/^cof_sk_/);

    const tenant = cofferClient({ host: `${tenantId}.localhost`, port, headers: { "x-api-key": apiKey } });
    const hello = await tenant.GET("/tenant/test/hello-world-be");
    expect(hello.response.status).toBe(200);
    expect(hello.data).toEqual({ tenant: tenantId, members: ["Dev Test Wealth"], message: "Welcome to WOS world" });

    const investor = await tenant.POST("/tenant/investors/v1", {
      params: { header: { "idempotency-key": randomUUID() } },
      body: { first_name: "Ada", last_name: "Lovelace", nationality: "GBR", date_of_birth: "1990-12-20" },
    });
    expect(investor.response.status, JSON.stringify(investor.error)).toBe(201);
    const investorId = investor.data?.investor_id ?? "";
    expect(investorId).toMatch(/^inv-/);
    expect(investor.data).toMatchObject({ first_name: "Ada", last_name: "Lovelace", reference_version: 1 });

    const list = await tenant.GET("/tenant/investors/v1", { params: { query: { page_size: 10, page_number: 1 } } });
    expect(list.response.status).toBe(200);
    expect(list.data?.investors.map((i) => i.investor_id)).toEqual([investorId]);
    expect(list.data?.next_page_available).toBe(false);

    const patched = await tenant.PATCH("/tenant/investors/v1/{investor_id}", {
      params: { path: { investor_id: investorId } },
      body: { reference_version: 1, kyc_aml_status: "clear", dealing_status: "active" },
    });
    expect(patched.response.status, JSON.stringify(patched.error)).toBe(200);
    expect(patched.data).toMatchObject({ reference_version: 2, kyc_aml_status: "clear", dealing_status: "active", status: "active" });

    const activity = await tenant.GET("/tenant/activity/v1", { params: { query: { after_seq: 0, limit: 100 } } });
    expect(activity.response.status).toBe(200);
    expect(activity.data?.events.map((e) => e.type)).toEqual(["investor_created", "investor_updated"]);

    const wrongKey = cofferClient({ host: `${tenantId}.localhost`, port, headers: { "x-api-key": `${apiKey.slice(0, -4)}XXXX` } });
    const refused = await wrongKey.GET("/tenant/test/hello-world-be");
    expect(refused.response.status).toBe(401);
    expect(refused.error).toMatchObject({ status: 401, error_code: expect.any(String) });
  });

  it("refuses the admin API without the right token", async () => {
    const admin = cofferClient({ host: "localhost", port: devServer().port, headers: { authorization: "Bearer not-the-token" } });
    const res = await admin.POST("/admin/v1/tenants", { body: { tenant_id: "nope", name: "Nope" } });
    expect(res.response.status).toBe(401);
  });
});

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const res = await request({ port: devServer().port, path: "/openapi.json" });
    expect(res.status, res.body.slice(0, 500)).toBe(200);
    const document = res.json;
    expect(document.openapi).toBe("3.1.0");
    // validate() dereferences in place: give it a copy.
    await expect(SwaggerParser.validate(structuredClone(document))).resolves.toBeTruthy();
  });

  it("is what the committed client types were generated from (else: npm run client:generate)", async () => {
    const res = await request({ port: devServer().port, path: "/openapi.json" });
    expect(res.status).toBe(200);
    const committed = await readFile(CLIENT_TYPES_FILE, "utf8");
    const fresh = await clientTypes(res.json);
    expect(committed === fresh, "test/node/generated/coffer-api.d.ts is stale: run npm run client:generate").toBe(true);
  });
});

describe("GET /docs on wrangler dev", () => {
  it("loads only same-origin scripts and styles, each answering 200 with its content type, under a strict CSP", async () => {
    const { port } = devServer();
    const page = await request({ port, path: "/docs" });
    expect(page.status).toBe(200);
    expect(page.headers["content-type"]).toMatch(/^text\/html/);
    const csp = String(page.headers["content-security-policy"]);
    expect(csp).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(csp).toMatch(/(^|; )default-src 'none'(;|$)/);

    const origin = `http://localhost:${port}`;
    const scripts = [...page.body.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/gi)].map((m) => m[1] ?? "");
    const styles = [...page.body.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*\bhref="([^"]+)"/gi)].map((m) => m[1] ?? "");
    expect(scripts.length).toBeGreaterThanOrEqual(2);
    expect(page.body).not.toMatch(/<script\b[^>]*>[^<]+<\/script>/i);
    for (const [refs, type] of [[scripts, /^(text|application)\/javascript\b/], [styles, /^text\/css\b/]] as const) {
      for (const ref of refs) {
        const url = new URL(ref, `${origin}/docs`);
        expect(url.origin, ref).toBe(origin);
        const res = await request({ port, path: url.pathname });
        expect(res.status, ref).toBe(200);
        expect(res.headers["content-type"], ref).toMatch(type);
        expect(res.body.length, ref).toBeGreaterThan(0);
      }
    }
  });

  it("links the guides, each served from docs/", async () => {
    const { port } = devServer();
    const index = await request({ port, path: "/docs/guides/" });
    expect(index.status).toBe(200);
    expect(index.headers["content-type"]).toMatch(/^text\/html/);
    const links = [...index.body.matchAll(/<a href="([a-z0-9-]+\.md)">/g)].map((m) => m[1] ?? "");
    expect(links).toContain("events.md");
    for (const file of links) {
      const res = await request({ port, path: `/docs/guides/${file}` });
      expect(res.status, file).toBe(200);
      expect(res.body).toBe(await readFile(path.join(import.meta.dirname, "../../docs", file), "utf8"));
    }
  });
});
