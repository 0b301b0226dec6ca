// Cross-tenant isolation over every documented tenant operation, on a real `wrangler dev`: tenant A
// holds one of each resource; tenant B calls every operation of /openapi.json with A's ids in its
// path, query and body. B gets 404s (400s for a body naming A's ids, empty lists for filters by A's
// ids) and never A's data; B's lists and B's socket never show A's data either.
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DevServer, startDevServer } from "../../scripts/dev-server.mjs";
import { request } from "../../scripts/local-http.mjs";
import { bodyFor, ID_PARAMS, idFor, seedTenant, type Seeded } from "./support/cross-tenant-seed";
import { tenantOperations } from "./support/openapi-operations";
import { createTenant, openSocket, until, CHANNELS, type Answer, type TenantApi } from "./support/tenant-api";

const ADMIN_TOKEN = `isolation-${randomUUID()}`;
/** Path parameters that name no resource of A's (a file name to upload under): the request is B's own. */
const NON_RESOURCE_PATH_PARAMS = ["file_name"];
let server: DevServer | undefined;
let persistTo: string | undefined;
let a: TenantApi;
let b: TenantApi;
let seeded: Seeded;

beforeAll(async () => {
  persistTo = await mkdtemp(path.join(tmpdir(), "coffer-isolation-"));
  server = await startDevServer({ persistTo, adminToken: ADMIN_TOKEN });
  const suffix = randomUUID().slice(0, 8);
  a = await createTenant(server.port, ADMIN_TOKEN, `iso-a-${suffix}`);
  // A sandbox tenant, so that B can call the sandbox-only operations too.
  b = await createTenant(server.port, ADMIN_TOKEN, `iso-b-${suffix}`, { environment: "sandbox" });
  seeded = await seedTenant(a, server.port, ADMIN_TOKEN);
});

afterAll(async () => {
  await server?.stop();
  if (persistTo) await rm(persistTo, { recursive: true, force: true });
});

/** The A ids (and secrets) a B answer shows although B's request did not send them. */
function leaked(answer: Answer, sent: string): string[] {
  const text = typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body);
  const found = seeded.secrets.filter((s) => text.includes(s));
  return [...found, ...seeded.ids.filter((id) => text.includes(id) && !sent.includes(id))];
}

/** True when every list in a JSON answer is empty. */
function allListsEmpty(body: unknown): boolean {
  if (!body || typeof body !== "object") return true;
  return Object.values(body as Record<string, unknown>).every((v) => !Array.isArray(v) || v.length === 0);
}

/** The top-level body fields that carry one of A's ids. */
function fieldsNamingA(body: Record<string, unknown>): string[] {
  return Object.keys(body).filter((k) => seeded.ids.some((id) => JSON.stringify(body[k]).includes(id)));
}

/** True when a 400 problem names fields and every one of them is (inside) one of `fields`. */
function blamesOnly(problem: any, fields: string[]): boolean {
  const errors: Array<{ field: string }> = problem?.errors ?? [];
  return errors.length > 0 && errors.every((e) => fields.some((f) => e.field === f || e.field.startsWith(`${f}.`) || e.field.startsWith(`${f}[`)));
}

interface Outcome {
  op: string;
  status: number;
  problem: string | null;
}

describe("cross-tenant isolation on wrangler dev", () => {
  it("answers tenant B with 404/400 or empty lists for every operation that names A's resources, and never with A's data", async () => {
    const ops = await tenantOperations(server!.port);
    expect(ops.length).toBeGreaterThan(60);
    expect(ops.map((o) => `${o.method} ${o.path}`)).toContain("GET /ws");
    const outcomes: Outcome[] = [];
    const check = (op: string, answer: Answer, sent: string, expected: (s: number, body: any) => boolean) => {
      const leaks = leaked(answer, sent);
      const ok = expected(answer.status, answer.body);
      outcomes.push({ op, status: answer.status, problem: leaks.length > 0 ? `leaks ${leaks.join(", ")}` : ok ? null : `unexpected ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}` });
    };

    for (const op of ops) {
      if (op.path === "/ws") continue; // the socket is checked below
      const name = `${op.method} ${op.path}`;
      let usesA = false;
      const pathParams = op.params.filter((p) => p.in === "path");
      let url = op.path;
      for (const p of pathParams) {
        const id = idFor(seeded, op.path, p.name);
        expect(id, `no id of tenant A for path parameter ${p.name} of ${name}`).toBeDefined();
        url = url.replace(`{${p.name}}`, encodeURIComponent(id!));
        // A path parameter that names no resource (a file name to upload under) is B's own.
        if (!NON_RESOURCE_PATH_PARAMS.includes(p.name)) usesA = true;
      }
      const required = op.params.filter((p) => p.in === "query" && p.required).map((p) => p.name);
      const query = new URLSearchParams();
      for (const q of required) {
        const id = idFor(seeded, op.path, q);
        expect(id, `no value for required query parameter ${q} of ${name}`).toBeDefined();
        query.set(q, id!);
      }
      const body = op.hasBody ? bodyFor(name, seeded) : undefined;
      expect(!op.hasBody || body !== undefined, `no cross-tenant body for ${name}: add one in support/cross-tenant-seed.ts`).toBe(true);
      const bodyText = body === undefined ? "" : JSON.stringify(body);
      const bodyNamesA = seeded.ids.some((id) => bodyText.includes(id));
      const target = query.size > 0 ? `${url}?${query}` : url;
      const answer = await b.call(op.method, target, body, op.method === "GET" ? {} : { "idempotency-key": randomUUID() });
      const sent = target + bodyText;
      if (usesA) check(name, answer, sent, (s) => s === 404);
      else if (bodyNamesA) check(name, answer, sent, (s, r) => s === 404 || (s === 400 && blamesOnly(r, fieldsNamingA(body!))));
      else if (required.length > 0) check(name, answer, sent, (s, r) => s === 404 || (s === 200 && allListsEmpty(r)));
      else if (op.method === "GET") check(name, answer, sent, (s) => s >= 200 && s < 300);
      // B's own writes naming nothing of A's: whatever B's state allows, never a 5xx.
      else check(name, answer, sent, (s) => s < 500);

      // Every optional filter that names a resource, set to A's id: an empty page (or a 404).
      const filters = op.params.filter((p) => p.in === "query" && !p.required && ID_PARAMS.includes(p.name));
      if (op.method === "GET" && !usesA && filters.length > 0) {
        const filtered = new URLSearchParams(query);
        for (const f of filters) filtered.set(f.name, idFor(seeded, op.path, f.name)!);
        const t = `${url}?${filtered}`;
        check(`${name}?${filters.map((f) => f.name).join("&")}`, await b.call("GET", t), t, (s, r) => s === 404 || (s === 200 && allListsEmpty(r)));
      }
    }
    const byStatus = new Map<number, number>();
    for (const o of outcomes) byStatus.set(o.status, (byStatus.get(o.status) ?? 0) + 1);
    console.info(`cross-tenant sweep: ${ops.length} operations, ${outcomes.length} requests as tenant B; statuses ${JSON.stringify(Object.fromEntries(byStatus))}`);
    expect(outcomes.filter((o) => o.problem !== null)).toEqual([]);
    expect(outcomes.length).toBeGreaterThan(ops.length);
  });

  it("refuses B's own requests that point at one of A's resources, naming the field", async () => {
    const investor = await b.call("POST", "/tenant/investors/v1", {
      first_name: "Mixed", last_name: "Refs", date_of_birth: "1990-12-20", kyc_aml_status: "clear", dealing_status: "active",
      bank_accounts: [{ account_name: "Main", default_account: "yes", bank_account_number: "12345678", sort_code: "12-34-56", account_status: "active" }],
    });
    expect(investor.status, JSON.stringify(investor.body)).toBe(201);
    const investorId: string = investor.body.investor_id;
    const pots = await b.call("POST", "/tenant/pots/v1", { request_id: randomUUID(), investor_id: [investorId], financial_product_id: "general_investment_product", pots: [{ pot_name: "Mine", status: "active" }] });
    expect(pots.status, JSON.stringify(pots.body)).toBe(201);
    const potId: string = pots.body.results[0].pot_id;
    const pot = await b.call("GET", `/tenant/pots/v1/${potId}`);
    const A = seeded.byName;
    const cases: Array<[string, string, string, Record<string, unknown>]> = [
      ["POST", "/tenant/pots/v1", "pots", { request_id: randomUUID(), investor_id: [investorId], financial_product_id: "general_investment_product", pots: [{ pot_name: "Theirs", portfolio_template_id: A.portfolio_template_id, status: "active" }] }],
      ["PATCH", `/tenant/pots/v1/${potId}`, "portfolio_template_id", { reference_version: pot.body.reference_version, portfolio_template_id: A.portfolio_template_id }],
      ["POST", `/tenant/investors/v1/${investorId}/fee-nominations`, "nominations", { nominations: [{ nominee_pot_id: A.pot_id }] }],
      ["POST", "/tenant/withdrawals/v1", "bank_account_id", { request_id: randomUUID(), pot_id: potId, currency: "GBP", transaction_value: "1.00", sub_transaction_type: "Withdrawal", bank_account_id: A.bank_account_id }],
      ["POST", "/tenant/investor-accounts/v2", "investor_id", { request_id: randomUUID(), investor_id: [investorId, A.investor_id], financial_product_id: "treasury_management" }],
      ["POST", "/tenant/third-party-payers/v1", "investor_id", { type: "individual", first_name: "Bee", last_name: "Payer", date_of_birth: "1980-01-01", relationship_to_investor: "parent", aml_status: "clear", investor_id: A.investor_id }],
    ];
    for (const [method, target, field, body] of cases) {
      const answer = await b.call(method, target, body, { "idempotency-key": randomUUID() });
      const sent = target + JSON.stringify(body);
      expect(leaked(answer, sent), `${method} ${target}`).toEqual([]);
      expect(answer.status === 400 && blamesOnly(answer.body, [field]), `${method} ${target}: ${answer.status} ${JSON.stringify(answer.body)}`).toBe(true);
    }
  });

  it("shows A its own data through the same requests (the sweep could see a leak)", async () => {
    for (const p of ["/tenant/financial-products/v1", `/tenant/investors/v1/${seeded.byName.investor_id}`, `/tenant/pots/v1/${seeded.byName.pot_id}`, `/tenant/webhooks/v1/${seeded.byName.webhook_id}/deliveries`]) {
      const answer = await a.call("GET", p);
      expect(answer.status, p).toBe(200);
      expect(JSON.stringify(answer.body), p).toContain(p.includes("deliveries") ? seeded.byName.delivery_id! : seeded.marker);
    }
    expect((await request({ method: "GET", host: `${b.id}.localhost`, port: server!.port, path: "/tenant/investors/v1", headers: { "x-api-key": a.key } })).status).toBe(401);
  });

  it("never shows A's events on B's socket, replayed or live", async () => {
    const watchB = await openSocket(server!.port, b.id, b.key);
    const watchA = await openSocket(server!.port, a.id, a.key);
    for (const ch of CHANNELS) {
      watchB.send({ type: "subscription", ch, req_id: ch, from_ts: -1 });
      watchA.send({ type: "subscription", ch, req_id: ch, from_ts: -1 });
    }
    await until("the ACKs", async () => (watchB.frames.filter((f) => f.status === "ACK").length === CHANNELS.length ? true : undefined), 10_000, 50);
    const investor = seeded.byName.investor_id!;
    const current = await a.call("GET", `/tenant/investors/v1/${investor}`);
    const patched = await a.call("PATCH", `/tenant/investors/v1/${investor}`, { reference_version: current.body.reference_version, last_name: `Live${seeded.marker}` });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    await until("A's live event on A's socket", async () => (watchA.frames.some((f) => f.type === "investor_updated" && JSON.stringify(f).includes(`Live${seeded.marker}`)) ? true : undefined), 10_000, 50);
    await new Promise((r) => setTimeout(r, 500));
    watchA.close();
    watchB.close();
    const seenByB = JSON.stringify(watchB.frames);
    expect(seeded.ids.filter((id) => seenByB.includes(id))).toEqual([]);
    expect(seenByB).not.toContain(seeded.marker);
    expect(watchB.frames.filter((f) => typeof f.seq === "number").length).toBeLessThan(watchA.frames.filter((f) => typeof f.seq === "number").length);
  });
});
