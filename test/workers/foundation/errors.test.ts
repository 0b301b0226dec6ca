import { env, SELF } from "cloudflare:test";
import { HTTPException } from "hono/http-exception";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createApp } from "../../../src/app";
import { MAX_BODY_BYTES } from "../../../src/platform/body";
import { expectProblem, expectValidation } from "../../helpers/problem";
import { ADMIN_TOKEN, BASE, newTenant } from "../../helpers/tenant";

const TENANTS = `http://${BASE}/admin/v1/tenants`;

function post(body: BodyInit, headers: Record<string, string> = {}): Promise<Response> {
  return SELF.fetch(TENANTS, {
    method: "POST",
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json", ...headers },
    body,
  });
}

/** A body streamed in chunks, so no content-length is sent. */
function streamOf(totalBytes: number, chunkBytes = 64 * 1024): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= totalBytes) {
        controller.close();
        return;
      }
      const size = Math.min(chunkBytes, totalBytes - sent);
      controller.enqueue(new Uint8Array(size).fill(0x20));
      sent += size;
    },
  });
}

describe("request bodies", () => {
  it.each(["{", '{"tenant_id": "x",}', "not json", '{"a":1}}'])("answers 400 malformed_json for %j", async (text) => {
    const body = await expectProblem(await post(text), 400, "malformed_json");
    expect(body.instance).toBe("/admin/v1/tenants");
  });

  it.each(["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"])(
    "answers 415 for content type %s",
    async (contentType) => {
      await expectProblem(await post('{"tenant_id":"x","name":"X"}', { "content-type": contentType }), 415, "unsupported_media_type");
    },
  );

  it("answers 415 for a body without a content type", async () => {
    const res = await SELF.fetch(TENANTS, {
      method: "POST",
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      body: new TextEncoder().encode('{"tenant_id":"x","name":"X"}'),
    });
    await expectProblem(res, 415, "unsupported_media_type");
  });

  it("accepts application/json with a charset", async () => {
    const res = await post('{"tenant_id":"","name":"X"}', { "content-type": "application/json; charset=utf-8" });
    await expectValidation(res, ["tenant_id"]);
  });

  it("answers 413 for a body over 1 MiB with a content-length", async () => {
    const res = await post(" ".repeat(MAX_BODY_BYTES + 1));
    await expectProblem(res, 413, "payload_too_large");
  });

  it("answers 413 for a streamed body over 1 MiB without a content-length", async () => {
    const res = await post(streamOf(MAX_BODY_BYTES + 1));
    await expectProblem(res, 413, "payload_too_large");
  });

  it("accepts a body of exactly 1 MiB", async () => {
    const json = '{"tenant_id":"","name":"X"}';
    const res = await post(json + " ".repeat(MAX_BODY_BYTES - json.length));
    await expectValidation(res, ["tenant_id"]);
  });

  it("applies the same checks on tenant hosts", async () => {
    const t = await newTenant();
    await expectProblem(await t.fetch("/tenant/anything", { method: "POST", body: "{", headers: { "content-type": "application/json" } }), 400, "malformed_json");
    await expectProblem(await t.fetch("/tenant/anything", { method: "POST", body: "x", headers: { "content-type": "text/plain" } }), 415, "unsupported_media_type");
  });
});

describe("routing errors", () => {
  it("answers 404 for an unknown path", async () => {
    const body = await expectProblem(await SELF.fetch(`http://${BASE}/nope`), 404, "route_not_found");
    expect(body.instance).toBe("/nope");
    const t = await newTenant();
    await expectProblem(await t.fetch("/tenant/nope/v1/things"), 404, "route_not_found");
    await expectProblem(await SELF.fetch(`http://${BASE}/admin/v1/nope`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } }), 404, "route_not_found");
  });

  it("answers 405 with Allow for a known path and a wrong method", async () => {
    const res = await SELF.fetch(TENANTS, { method: "PUT", headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    const allow = res.headers.get("allow");
    await expectProblem(res, 405, "method_not_allowed");
    expect(allow?.split(", ").sort()).toEqual(["GET", "HEAD", "POST"]);

    const t = await newTenant();
    const tenantRes = await t.fetch("/tenant/test/hello-world-be", { method: "DELETE" });
    const tenantAllow = tenantRes.headers.get("allow");
    await expectProblem(tenantRes, 405, "method_not_allowed");
    expect(tenantAllow?.split(", ").sort()).toEqual(["GET", "HEAD"]);

    const keyRes = await SELF.fetch(`${TENANTS}/${t.id}/api-keys/${t.keyId}`, {
      method: "GET",
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    const keyAllow = keyRes.headers.get("allow");
    await expectProblem(keyRes, 405, "method_not_allowed");
    expect(keyAllow).toBe("DELETE");
  });

  it("still authenticates before answering 405", async () => {
    await expectProblem(await SELF.fetch(TENANTS, { method: "PUT" }), 401, "admin_unauthenticated");
  });
});

describe("unexpected errors", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("answers 500 with a generic message and no internal detail", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const app = createApp();
    app.get("/boom", () => {
      throw new Error("db password is hunter2 at src/secret.ts:42");
    });
    app.get("/teapot", () => {
      throw new HTTPException(418, { message: "internal teapot state hunter2" });
    });
    for (const path of ["/boom", "/teapot"]) {
      const res = await app.fetch(new Request(`http://${BASE}${path}`, { headers: { "x-request-id": "trace-500" } }), env);
      const text = await res.clone().text();
      const body = await expectProblem(res, 500, "internal_error");
      expect(body.request_id).toBe("trace-500");
      expect(body.instance).toBe(path);
      expect(text).not.toContain("hunter2");
      expect(text).not.toContain("secret.ts");
      expect(body.errors).toBeUndefined();
    }
    expect(log).toHaveBeenCalled();
  });
});

describe("framework errors", () => {
  it("turns Hono's 400 into a validation problem naming the body", async () => {
    const app = createApp();
    app.get("/hono-400", () => {
      throw new HTTPException(400, { message: "Malformed JSON in request body" });
    });
    const res = await app.fetch(new Request(`http://${BASE}/hono-400`), env);
    const body = await expectValidation(res, ["body"]);
    expect(body.errors?.[0]?.message).toBe("Malformed JSON in request body");
  });

  it("keeps the status of other known HTTP errors", async () => {
    const app = createApp();
    app.get("/hono-415", () => {
      throw new HTTPException(415, { message: "Unsupported" });
    });
    await expectProblem(await app.fetch(new Request(`http://${BASE}/hono-415`), env), 415, "unsupported_media_type");
  });
});

describe("x-request-id", () => {
  it("is on every response, success or problem", async () => {
    const t = await newTenant();
    const responses = [
      await t.fetch("/tenant/test/hello-world-be"),
      await SELF.fetch(`http://${t.id}.${BASE}/tenant/test/hello-world-be`),
      await SELF.fetch(`http://${BASE}/nope`),
      await SELF.fetch(`http://${BASE}/openapi.json`),
      await SELF.fetch(TENANTS, { method: "PUT", headers: { authorization: `Bearer ${ADMIN_TOKEN}` } }),
    ];
    const ids = responses.map((r) => r.headers.get("x-request-id"));
    for (const id of ids) expect(id).toMatch(/^req_[1-9A-HJ-NP-Za-km-z]{20}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("echoes a well-formed incoming id", async () => {
    const t = await newTenant();
    const ok = await t.fetch("/tenant/test/hello-world-be", { headers: { "x-request-id": "partner-trace_1.2:3" } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("x-request-id")).toBe("partner-trace_1.2:3");
    const problem = await SELF.fetch(`http://${BASE}/nope`, { headers: { "x-request-id": "abc-123" } });
    expect((await expectProblem(problem, 404, "route_not_found")).request_id).toBe("abc-123");
  });

  it("is added to responses whose headers are immutable", async () => {
    const app = createApp();
    app.get("/moved", () => Response.redirect(`http://${BASE}/docs`, 302));
    app.get("/proxied", () => SELF.fetch(`http://${BASE}/docs`));
    const moved = await app.fetch(new Request(`http://${BASE}/moved`, { headers: { "x-request-id": "imm-1" } }), env);
    expect(moved.status).toBe(302);
    expect(moved.headers.get("location")).toBe(`http://${BASE}/docs`);
    expect(moved.headers.get("x-request-id")).toBe("imm-1");
    const proxied = await app.fetch(new Request(`http://${BASE}/proxied`, { headers: { "x-request-id": "imm-2" } }), env);
    expect(proxied.status).toBe(200);
    expect(proxied.headers.get("x-request-id")).toBe("imm-2");
    expect(await proxied.text()).toContain("/openapi.json");
  });

  it.each([
    ["spaces", "has spaces"],
    ["a newline-like character", "abc\tdef"],
    ["quotes", '"quoted"'],
    ["129 characters", "a".repeat(129)],
    ["a slash", "a/b"],
  ])("replaces an incoming id with %s", async (_label, incoming) => {
    const res = await SELF.fetch(`http://${BASE}/nope`, { headers: { "x-request-id": incoming } });
    const body = await expectProblem(res, 404, "route_not_found");
    expect(body.request_id).not.toBe(incoming);
    expect(body.request_id).toMatch(/^req_/);
  });
});
