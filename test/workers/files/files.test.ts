import { env, SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { advance, sandboxTenantAt } from "../../helpers/clock";
import { expectProblem, expectValidation } from "../../helpers/problem";
import { admin, BASE, newTenant, type TestTenant } from "../../helpers/tenant";

const CSV = "record_id,pot_id\nR1,pot-ABC12345\n";

async function sha256(text: string | Uint8Array): Promise<string> {
  const bytes = typeof text === "string" ? new TextEncoder().encode(text) : text;
  return [...new Uint8Array(await crypto.subtle.digest("SHA-256", bytes))].map((b) => b.toString(16).padStart(2, "0")).join("");
}

function upload(t: TestTenant, name: string, body: BodyInit, contentType = "text/csv", tags?: string) {
  return t.fetch(`/tenant/files/v1/uploads/${encodeURIComponent(name)}${tags ? `?tags=${encodeURIComponent(tags)}` : ""}`, {
    method: "PUT",
    headers: { "content-type": contentType },
    body,
  });
}

async function uploaded(t: TestTenant, name: string, body: string, tags?: string): Promise<Record<string, any>> {
  const res = await upload(t, name, body, "text/csv", tags);
  const text = await res.text();
  expect(res.status, text).toBe(201);
  return JSON.parse(text) as Record<string, any>;
}

async function signedUrl(t: TestTenant, fileId: string): Promise<{ url: string; expires_at: string }> {
  const res = await t.fetch(`/tenant/files/v1/${fileId}/url`);
  const text = await res.text();
  expect(res.status, text).toBe(200);
  return JSON.parse(text) as { url: string; expires_at: string };
}

describe("direct upload and metadata", () => {
  it("stores the file with its tags, size, type and SHA-256, and serves its metadata and the tag list", async () => {
    const t = await newTenant();
    const file = await uploaded(t, "notes.csv", CSV, "statements,q4");
    expect(file).toEqual({
      file_id: expect.stringMatching(/^FILE-[A-Z]{3}\d{5}$/),
      file_name: "notes.csv",
      tags: ["statements", "q4"],
      uploaded_date: new Date().toISOString().slice(0, 10),
      // 16 + 17 bytes of ASCII.
      size: 33,
      content_type: "text/csv",
      sha256: await sha256(CSV),
    });
    const got = await t.fetch(`/tenant/files/v1/${file.file_id}`);
    expect(got.status).toBe(200);
    expect(await got.json()).toEqual(file);

    const other = await uploaded(t, "other.csv", "a\n1\n", "q4");
    const q4 = (await (await t.fetch("/tenant/files/v1?tag=q4&sort=asc")).json()) as { files: Array<{ file_id: string }>; next_page_available: boolean };
    expect(q4.files.map((f) => f.file_id)).toEqual([file.file_id, other.file_id]);
    const statements = (await (await t.fetch("/tenant/files/v1?tag=statements")).json()) as { files: Array<{ file_id: string }> };
    expect(statements.files.map((f) => f.file_id)).toEqual([file.file_id]);
    const paged = (await (await t.fetch("/tenant/files/v1?page_size=1&page_number=1")).json()) as { files: unknown[]; next_page_available: boolean };
    expect(paged.files).toHaveLength(1);
    expect(paged.next_page_available).toBe(true);
    // The bytes are in R2 under the tenant's key.
    const object = await env.FILES.get(`tenants/${t.id}/files/${file.file_id}`);
    expect(await object?.text()).toBe(CSV);
  });

  it("refuses types outside the list (415), bodies over 25 MiB (413) and bad tags (400)", async () => {
    const t = await newTenant();
    await expectProblem(await upload(t, "a.zip", "PK", "application/zip"), 415, "unsupported_media_type");
    await expectProblem(await upload(t, "big.csv", new Uint8Array(25 * 1024 * 1024 + 1)), 413, "payload_too_large");
    await expectValidation(await upload(t, "a.csv", "x", "text/csv", "bad tag!"), ["tags"]);
    // A tag that names an inherited member of an object is just a tag (it starts no job).
    const odd = await upload(t, "odd.csv", "x\n", "text/csv", "toString,constructor");
    expect(odd.status, await odd.clone().text()).toBe(201);
    expect(((await odd.json()) as { tags: string[] }).tags).toEqual(["toString", "constructor"]);
    // Exactly 25 MiB is accepted.
    const res = await upload(t, "max.txt", new Uint8Array(25 * 1024 * 1024), "text/plain");
    expect(res.status, await res.clone().text()).toBe(201);
    expect(((await res.json()) as { size: number }).size).toBe(25 * 1024 * 1024);
  });

  it("answers 404 for another tenant's file and for an unknown one", async () => {
    const [a, b] = [await newTenant(), await newTenant()];
    const file = await uploaded(a, "a.csv", CSV);
    await expectProblem(await b.fetch(`/tenant/files/v1/${file.file_id}`), 404, "resource_not_found");
    await expectProblem(await b.fetch(`/tenant/files/v1/${file.file_id}/url`), 404, "resource_not_found");
    await expectProblem(await a.fetch("/tenant/files/v1/FILE-ZZZ00000"), 404, "resource_not_found");
  });
});

describe("signed download URLs", () => {
  it("streams the file without an API key, and refuses altered, expired and other-tenant URLs", async () => {
    const t = await sandboxTenantAt("2026-11-20T10:00:00.000Z");
    const other = await newTenant();
    const file = await uploaded(t, "holdings.csv", CSV);
    const { url, expires_at } = await signedUrl(t, file.file_id);
    // 15 minutes on the tenant clock.
    expect(expires_at).toBe("2026-11-20T10:15:00.000Z");
    expect(url).toMatch(new RegExp(`^http://${t.id}\\.${BASE}/files/v1/${file.file_id}/content\\?expires=\\d+&signature=[A-Za-z0-9_-]{43}$`));

    const ok = await SELF.fetch(url);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("text/csv");
    expect(ok.headers.get("content-disposition")).toBe('attachment; filename="holdings.csv"');
    expect(await ok.text()).toBe(CSV);

    const parsed = new URL(url);
    const signature = parsed.searchParams.get("signature")!;
    const flipped = `${signature.slice(0, -1)}${signature.endsWith("A") ? "B" : "A"}`;
    await expectProblem(await SELF.fetch(url.replace(signature, flipped)), 401, "download_url_invalid");
    // The same 32 bytes under a non-canonical last character (it carries 4 bits; the 2 unused
    // ones changed) are refused too.
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const lastIndex = alphabet.indexOf(signature.at(-1)!);
    const sameBytes = `${signature.slice(0, -1)}${alphabet[lastIndex ^ 1]}`;
    await expectProblem(await SELF.fetch(url.replace(signature, sameBytes)), 401, "download_url_invalid");
    const later = url.replace(/expires=(\d+)/, (_m, e: string) => `expires=${Number(e) + 3600}`);
    await expectProblem(await SELF.fetch(later), 401, "download_url_invalid");
    await expectProblem(await SELF.fetch(url.replace(`${t.id}.${BASE}`, `${other.id}.${BASE}`)), 401, "download_url_invalid");
    const otherFile = await uploaded(t, "b.csv", "b\n");
    await expectProblem(await SELF.fetch(url.replace(`/files/v1/${file.file_id}/`, `/files/v1/${otherFile.file_id}/`)), 401, "download_url_invalid");

    // At 15 minutes it still works; a minute later it has expired.
    await advance(t, { by: "PT15M" });
    expect((await SELF.fetch(url)).status).toBe(200);
    await advance(t, { by: "PT1M" });
    await expectProblem(await SELF.fetch(url), 401, "download_url_invalid");
    // A fresh URL works again.
    expect((await SELF.fetch((await signedUrl(t, file.file_id)).url)).status).toBe(200);
  });
});

describe("upload from the inbound store", () => {
  it("copies every path from the tenant's prefix with the body's tags, and answers bucket and keys", async () => {
    const t = await newTenant();
    const store = await admin("PUT", `/admin/v1/tenants/${t.id}/inbound-store`, { prefix: `wm-${t.id}/daily/` });
    expect(await store.json()).toEqual({ tenant_id: t.id, bucket: "coffer-inbound", prefix: `wm-${t.id}/daily/` });
    for (const [key, text] of [["a.csv", "a\n1\n"], ["sub/b.json", '{"b":1}']] as const) {
      const put = await SELF.fetch(`http://${BASE}/admin/v1/tenants/${t.id}/inbound-store/objects/${encodeURIComponent(key)}`, {
        method: "PUT",
        headers: { authorization: "Bearer test-admin-token", "content-type": "text/plain" },
        body: text,
      });
      expect(put.status, await put.clone().text()).toBe(201);
      expect(await put.json()).toEqual({ tenant_id: t.id, bucket: "coffer-inbound", key: `wm-${t.id}/daily/${key}`, size: text.length });
    }
    const res = await t.fetch("/tenant/utility/v1/upload-a-file", { method: "POST", json: { file_paths: ["a.csv", "sub/b.json"], tags: ["daily"] } });
    const text = await res.text();
    expect(res.status, text).toBe(200);
    const body = JSON.parse(text) as { bucket: string; keys: string[]; file_ids: string[] };
    expect(body.bucket).toBe("coffer-files");
    expect(body.keys).toEqual(body.file_ids.map((id) => `tenants/${t.id}/files/${id}`));
    const files = await Promise.all(body.file_ids.map(async (id) => (await t.fetch(`/tenant/files/v1/${id}`)).json()));
    expect(files).toEqual([
      expect.objectContaining({ file_name: "a.csv", tags: ["daily"], size: 4, content_type: "text/plain", sha256: await sha256("a\n1\n") }),
      expect.objectContaining({ file_name: "b.json", tags: ["daily"], size: 7, sha256: await sha256('{"b":1}') }),
    ]);
    expect(await (await env.FILES.get(body.keys[1]!))?.text()).toBe('{"b":1}');
  });

  it("copies nothing when one path is missing, naming it (400)", async () => {
    const t = await newTenant();
    await env.INBOUND.put(`${t.id}/present.csv`, "x\n");
    const res = await t.fetch("/tenant/utility/v1/upload-a-file", { method: "POST", json: { file_paths: ["present.csv", "missing.csv"] } });
    await expectValidation(res, ["file_paths.1"]);
    const listed = await env.FILES.list({ prefix: `tenants/${t.id}/` });
    expect(listed.objects).toHaveLength(0);
    const list = (await (await t.fetch("/tenant/files/v1")).json()) as { files: unknown[] };
    expect(list.files).toHaveLength(0);
    // The default prefix is `{tenant_id}/`; with the missing path gone the upload goes through.
    const ok = await t.fetch("/tenant/utility/v1/upload-a-file", { method: "POST", json: { file_paths: [{ type: "dc", path: "present.csv" }] } });
    expect(ok.status, await ok.clone().text()).toBe(200);
    const { file_ids } = (await ok.json()) as { file_ids: string[] };
    expect(((await (await t.fetch(`/tenant/files/v1/${file_ids[0]}`)).json()) as { tags: string[] }).tags).toEqual(["type:dc"]);
  });

  it("rejects paths that leave the prefix", async () => {
    const t = await newTenant();
    const res = await t.fetch("/tenant/utility/v1/upload-a-file", { method: "POST", json: { file_paths: ["../other/x.csv", "/abs.csv"] } });
    await expectValidation(res, ["file_paths.0", "file_paths.1"]);
  });

  it("replays an Idempotency-Key with the original files and leaves no extra object", async () => {
    const t = await newTenant();
    await env.INBOUND.put(`${t.id}/r.csv`, "r\n");
    const key = crypto.randomUUID();
    const send = () => t.fetch("/tenant/utility/v1/upload-a-file", { method: "POST", json: { file_paths: ["r.csv"] }, headers: { "idempotency-key": key } });
    const first = (await (await send()).json()) as { file_ids: string[] };
    const again = await send();
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(((await again.json()) as { file_ids: string[] }).file_ids).toEqual(first.file_ids);
    expect((await env.FILES.list({ prefix: `tenants/${t.id}/` })).objects.map((o) => o.key)).toEqual([`tenants/${t.id}/files/${first.file_ids[0]}`]);
  });
});
