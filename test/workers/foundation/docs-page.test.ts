import { SELF, env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createApp } from "../../../src/app";
import webhooksGuide from "../../../docs/webhooks.md?raw";
import { API_REFERENCE_PATH } from "../../../scripts/docs-assets.mjs";
import { BASE } from "../../helpers/tenant";

const API_REFERENCE_SCRIPT = API_REFERENCE_PATH;

const ORIGIN = `http://${BASE}`;

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name = "", ...values]) => [name, values]),
  );
}

/** Every script and stylesheet the page references, with whether the script is inline. */
function references(html: string) {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map((m) => ({
    src: /\bsrc="([^"]+)"/.exec(m[1] ?? "")?.[1],
    inline: (m[2] ?? "").trim(),
  }));
  const styles = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/gi)].map((m) => /\bhref="([^"]+)"/.exec(m[0])?.[1]);
  return { scripts, styles, inlineStyles: /<style\b/i.test(html) };
}

describe("GET /docs", () => {
  it("is an HTML page under a CSP that allows only same-origin scripts", async () => {
    const res = await SELF.fetch(`${ORIGIN}/docs`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    const csp = directives(res.headers.get("content-security-policy") ?? "");
    expect(csp.get("default-src")).toEqual(["'none'"]);
    expect(csp.get("script-src")).toEqual(["'self'"]);
    expect(csp.get("connect-src")).toEqual(["'self'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    for (const [name, values] of csp) {
      for (const value of values) expect(value, `${name} ${value}`).toMatch(/^('self'|'none'|'unsafe-inline'|data:)$/);
    }
    expect(csp.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  // test/node/dev-server.test.ts also fetches every reference from a real `wrangler dev`.
  it("references only same-origin scripts and styles, no inline script", async () => {
    const html = await (await SELF.fetch(`${ORIGIN}/docs`)).text();
    const { scripts, styles } = references(html);
    expect(scripts.map((s) => s.src)).toEqual([API_REFERENCE_SCRIPT, "/docs/init.js"]);
    for (const script of scripts) {
      expect(script.inline, "inline script").toBe("");
      expect(new URL(script.src ?? "", `${ORIGIN}/docs`).origin, script.src).toBe(ORIGIN);
    }
    for (const href of styles) expect(new URL(href ?? "", `${ORIGIN}/docs`).origin, href).toBe(ORIGIN);
  });

  it("serves its start-up script as JavaScript", async () => {
    const res = await SELF.fetch(`${ORIGIN}/docs/init.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/javascript\b/);
  });

  it("starts the reference UI on /openapi.json, with every third-party service off", async () => {
    const res = await SELF.fetch(`${ORIGIN}/docs/init.js`);
    expect(res.status).toBe(200);
    const script = await res.text();
    expect(script).toContain('url: "/openapi.json"');
    expect(script).toContain("withDefaultFonts: false");
    expect(script).toContain("telemetry: false");
    expect(script).toContain("agent: { disabled: true }");
    expect(script).toContain("mcp: { disabled: true }");
    expect(script).not.toMatch(/https?:\/\//);
  });

  it("links the guides from the document the page shows", async () => {
    const doc = (await (await SELF.fetch(`${ORIGIN}/openapi.json`)).json()) as { info: { description: string } };
    expect(doc.info.description).toContain("](/docs/guides/)");
  });
});

// The bundle and the guides are the coffer-docs Worker's static assets, reached through DOCS.
describe("the /docs files", () => {
  it("are answered by the docs Worker with the headers of its _headers file, plus x-request-id", async () => {
    const guide = await SELF.fetch(`${ORIGIN}/docs/guides/webhooks.md`);
    expect(guide.status).toBe(200);
    expect(await guide.text()).toBe(webhooksGuide);
    expect(guide.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(guide.headers.get("x-content-type-options")).toBe("nosniff");
    expect(guide.headers.get("x-request-id")).toMatch(/^req_/);

    const index = await SELF.fetch(`${ORIGIN}/docs/guides/`);
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('href="webhooks.md"');

    const bundle = await SELF.fetch(`${ORIGIN}${API_REFERENCE_SCRIPT}`, { method: "HEAD" });
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get("content-type")).toMatch(/javascript/);
  });

  it("are a 404 when the docs Worker has no such file", async () => {
    const res = await SELF.fetch(`${ORIGIN}/docs/guides/no-such-guide.md`);
    expect(res.status).toBe(404);
  });

  it("are a 503 problem when the deployment has no DOCS binding", async () => {
    const res = await createApp().fetch(new Request(`${ORIGIN}/docs/guides/`), { ...env, DOCS: undefined });
    expect(res.status).toBe(503);
    const problem = (await res.json()) as { error_code: string };
    expect(problem.error_code).toBe("service_unavailable");
  });
});
