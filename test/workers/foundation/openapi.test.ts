import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createApp } from "../../../src/app";
import { ERROR_CATALOG } from "../../../src/platform/errors/catalog";
import { expectProblem } from "../../helpers/problem";
import { BASE } from "../../helpers/tenant";

interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, { responses: Record<string, unknown>; security?: unknown[] }>>;
  components: { securitySchemes: Record<string, unknown>; schemas: Record<string, unknown> };
}

// The sandbox direct-debit mandate page is HTML for the payer's browser (reached from authorization_url), not an API operation.
const UNDOCUMENTED = new Set(["/openapi.json", "/docs", "/docs/init.js", "/docs/assets/*", "/docs/guides", "/docs/guides/*", "/problems/:code", "/sandbox/direct-debit/v1/mandates/:contribution_id/:token"]);

async function fetchDocument(): Promise<OpenApiDocument> {
  const res = await SELF.fetch(`http://${BASE}/openapi.json`);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  return res.json();
}

describe("GET /openapi.json", () => {
  it("is an OpenAPI 3.1.0 document", async () => {
    const doc = await fetchDocument();
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info).toMatchObject({ title: "Coffer", version: expect.any(String) });
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(["AdminToken", "ApiKey", "Bearer", "WsToken"]);
    expect(doc.components.schemas).toHaveProperty("Problem");
  });

  it("documents every route the app serves, with its method", async () => {
    const doc = await fetchDocument();
    // A zod-openapi route registers its validators and its handler as separate entries: dedupe.
    const served = new Set(
      createApp()
        .routes.filter((r) => r.method !== "ALL" && !UNDOCUMENTED.has(r.path))
        .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:([A-Za-z0-9_]+)/g, "{$1}")}`),
    );
    expect(served.size).toBeGreaterThan(0);
    for (const route of served) {
      const [method = "", path = ""] = route.split(" ");
      expect(doc.paths[path]?.[method], route).toBeDefined();
    }
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`));
    expect(documented.sort()).toEqual([...served].sort());
  });

  it("declares security and problem responses on every operation", async () => {
    const doc = await fetchDocument();
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        // REST routes authenticate by header; /ws takes its key as the x-token query parameter.
        if (/^\/(admin|tenant)\//.test(path)) expect(op.security, `${method} ${path}`).toBeDefined();
        expect(op.responses, `${method} ${path}`).toHaveProperty("500");
        expect(op.responses, `${method} ${path}`).toHaveProperty("401");
      }
    }
  });
});

describe("GET /problems/{code}", () => {
  it("describes every error code in the catalogue", async () => {
    for (const [code, entry] of Object.entries(ERROR_CATALOG)) {
      const res = await SELF.fetch(`http://${BASE}/problems/${code}`);
      expect(res.status, code).toBe(200);
      expect(await res.json()).toEqual({ type: `/problems/${code}`, error_code: code, title: entry.title, status: entry.status });
    }
  });

  it.each(["no_such_code", "toString", "constructor", "__proto__", "hasOwnProperty"])("answers 404 for %s", async (code) => {
    const res = await SELF.fetch(`http://${BASE}/problems/${code}`);
    await expectProblem(res, 404, "route_not_found");
  });
});
