// Starts a real `wrangler dev` (through scripts/dev-server.mjs, as `npm run dev` does) and talks to
// it over HTTP: the admin API on the apex host, a tenant on its subdomain, and the OpenAPI document.
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import SwaggerParser from "@apidevtools/swagger-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DevServer, startDevServer } from "../../scripts/dev-server.mjs";
import { request } from "../../scripts/local-http.mjs";

const ADMIN_TOKEN = `dev-test-${randomUUID()}`;

let server: DevServer | undefined;
let persistTo: string | undefined;

function devServer(): DevServer {
  if (!server) throw new Error("wrangler dev did not start");
  return server;
}

beforeAll(async () => {
  persistTo = await mkdtemp(path.join(tmpdir(), "coffer-dev-test-"));
  server = await startDevServer({ persistTo, adminToken: ADMIN_TOKEN });
});

afterAll(async () => {
  await server?.stop();
  if (persistTo) await rm(persistTo, { recursive: true, force: true });
});

describe("wrangler dev", () => {
  it("serves a tenant created through the admin API on its subdomain", async () => {
    const { port } = devServer();
    const tenantId = `dev-${randomUUID().slice(0, 8)}`;
    const created = await request({
      method: "POST",
      host: "localhost",
      port,
      path: "/admin/v1/tenants",
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      body: { tenant_id: tenantId, name: "Dev Test Wealth" },
    });
    expect(created.status, created.body).toBe(201);
    expect(created.json.tenant.tenant_id).toBe(tenantId);
    const apiKey: string = created.json.api_key.api_key;
    expect(apiKey).toEqual(expect.any(String));

    const hello = await request({
      host: `${tenantId}.localhost`,
      port,
      path: "/tenant/test/hello-world-be",
      headers: { "x-api-key": apiKey },
    });
    expect(hello.status, hello.body).toBe(200);
    expect(hello.json).toEqual({ tenant: tenantId, members: ["Dev Test Wealth"], message: "Welcome to WOS world" });

    const wrongKey = await request({
      host: `${tenantId}.localhost`,
      port,
      path: "/tenant/test/hello-world-be",
      headers: { "x-api-key": `${apiKey.slice(0, -4)}XXXX` },
    });
    expect(wrongKey.status, wrongKey.body).toBe(401);
  });

  it("refuses the admin API without the right token", async () => {
    const res = await request({
      method: "POST",
      port: devServer().port,
      path: "/admin/v1/tenants",
      headers: { authorization: "Bearer not-the-token" },
      body: { tenant_id: "nope", name: "Nope" },
    });
    expect(res.status, res.body).toBe(401);
  });

  it("publishes a valid OpenAPI 3.1 document", async () => {
    const res = await request({ port: devServer().port, path: "/openapi.json" });
    expect(res.status, res.body.slice(0, 500)).toBe(200);
    const document = res.json;
    expect(document.openapi).toBe("3.1.0");
    // validate() dereferences in place: give it a copy.
    await expect(SwaggerParser.validate(structuredClone(document))).resolves.toBeTruthy();
  });
});
