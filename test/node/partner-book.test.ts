// Distribution-partner keys over every documented tenant operation, on a real `wrangler dev`: one
// tenant holds one of each resource for investor X (the seed of the cross-tenant test), whose
// investor and organisation are firm B's book; firm A's IFAs hold investors a1 and a2. With firm
// A's key (and its IFA's) every operation naming B's resources is a 404 (a 400 for a body naming
// them), every list shows only A's book, and the feed and the socket carry A's events only.
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DevServer, startDevServer } from "../../scripts/dev-server.mjs";
import { bodyFor, ID_PARAMS, idFor, seedTenant, type Seeded } from "./support/cross-tenant-seed";
import { tenantOperations } from "./support/openapi-operations";
import { activityFeed, adminApi, createTenant, socketReplay, tenantApi, type Answer, type TenantApi } from "./support/tenant-api";

const ADMIN_TOKEN = `partner-book-${randomUUID()}`;
/** Roles of the seed that belong to no investor: every key of the tenant reads them. */
const OPEN_ROLES = ["portfolio_template_id", "investment_product_id", "counterparty_id", "workplace_employer_id", "distribution_partner_id"];
const NON_RESOURCE_PATH_PARAMS = ["file_name", "rate_type", "action", "entity_type"];
/** Calculators: POSTs that read and write nothing (a projection of figures sent in the body). */
const CALCULATORS = ["/tenant/projections/"];
/** The sandbox-only operations answer a live tenant 403 before looking anything up, whoever asks. */
const sandboxOnly = (s: number, r: any) => s === 403 && r?.error_code === "sandbox_only";

let server: DevServer | undefined;
let persistTo: string | undefined;
let tenant: TenantApi;
let seeded: Seeded;
/** Ids of the seed A's keys must never see: B's book and the tenant-wide resources of no book. */
let outside: string[];
let firmA: TenantApi;
let ifaA1: TenantApi;
let firmB: TenantApi;
let a1: { investorId: string; potId: string };
let a2: { investorId: string; potId: string };

function must(what: string, answer: Answer): any {
  if (answer.status >= 300) throw new Error(`${what}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

async function investorWithPot(api: TenantApi): Promise<{ investorId: string; potId: string }> {
  const investor = must("investor", await api.call("POST", "/tenant/investors/v1", { first_name: "Book", last_name: "Holder", date_of_birth: "1985-03-03", kyc_aml_status: "clear", dealing_status: "active" }));
  const pots = must("pot", await api.call("POST", "/tenant/pots/v1", { request_id: randomUUID(), investor_id: [investor.investor_id], financial_product_id: "general_investment_product", pots: [{ pot_name: "A", status: "active" }] }));
  return { investorId: investor.investor_id, potId: pots.results[0].pot_id };
}

beforeAll(async () => {
  persistTo = await mkdtemp(path.join(tmpdir(), "coffer-partner-book-"));
  server = await startDevServer({ persistTo, adminToken: ADMIN_TOKEN });
  const { port } = server;
  tenant = await createTenant(port, ADMIN_TOKEN, `book-${randomUUID().slice(0, 8)}`);
  seeded = await seedTenant(tenant, port, ADMIN_TOKEN);
  const partner = async (fields: Record<string, unknown>) => must("partner", await tenant.call("POST", "/tenant/distribution-partners/v1", { request_id: randomUUID(), ...fields })).distribution_partner_id as string;
  const assign = async (partnerId: string, entityType: string, entityId: string) =>
    must("assignment", await tenant.call("POST", "/tenant/distribution-partner-assignments/v1/assign", { request_id: randomUUID(), distribution_partner_id: partnerId, entity_type: entityType, entity_id: entityId }));
  const firmAId = await partner({ partner_name: "Firm A", partner_type: "ifa_firm" });
  const ifaA1Id = await partner({ partner_name: "IFA A1", partner_type: "ifa", parent_partner_id: firmAId });
  const ifaA2Id = await partner({ partner_name: "IFA A2", partner_type: "ifa", parent_partner_id: firmAId });
  const firmBId = await partner({ partner_name: "Firm B", partner_type: "ifa_firm" });
  a1 = await investorWithPot(tenant);
  a2 = await investorWithPot(tenant);
  await assign(ifaA1Id, "investor", a1.investorId);
  await assign(ifaA2Id, "investor", a2.investorId);
  await assign(firmBId, "investor", seeded.byName.investor_id!);
  await assign(firmBId, "investor", seeded.byName.organisation_id!);
  const key = async (partnerId: string) => {
    const created = must("partner key", await adminApi(port, ADMIN_TOKEN)("POST", `/admin/v1/tenants/${tenant.id}/distribution-partners/${partnerId}/api-keys`));
    return tenantApi(port, tenant.id, created.api_key);
  };
  firmA = await key(firmAId);
  ifaA1 = await key(ifaA1Id);
  firmB = await key(firmBId);
  const open = new Set(OPEN_ROLES.map((r) => seeded.byName[r]));
  outside = seeded.ids.filter((id) => !open.has(id));
});

afterAll(async () => {
  await server?.stop();
  if (persistTo) await rm(persistTo, { recursive: true, force: true });
});

function leaked(answer: Answer, sent: string, hidden: string[]): string[] {
  const text = typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body);
  return [...seeded.secrets.slice(1).filter((s) => text.includes(s)), ...hidden.filter((id) => text.includes(id) && !sent.includes(id))];
}

function allListsEmpty(body: unknown): boolean {
  if (!body || typeof body !== "object") return true;
  return Object.values(body as Record<string, unknown>).every((v) => !Array.isArray(v) || v.length === 0);
}

function blamesOnly(problem: any, fields: string[]): boolean {
  const errors: Array<{ field: string }> = problem?.errors ?? [];
  return errors.length > 0 && errors.every((e) => fields.some((f) => e.field === f || e.field.startsWith(`${f}.`)));
}

describe("distribution-partner keys on wrangler dev", () => {
  const sweep = async (api: TenantApi, hidden: string[]) => {
    const ops = (await tenantOperations(server!.port)).filter((o) => o.path !== "/ws");
    expect(ops.length).toBeGreaterThan(60);
    const problems: string[] = [];
    const statuses = new Map<number, number>();
    const check = (op: string, answer: Answer, sent: string, expected: (s: number, body: any) => boolean) => {
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      const leaks = leaked(answer, sent, hidden);
      if (leaks.length > 0) problems.push(`${op}: leaks ${leaks.join(", ")}`);
      else if (!expected(answer.status, answer.body)) problems.push(`${op}: unexpected ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
    };
    for (const op of ops) {
      const name = `${op.method} ${op.path}`;
      let url = op.path;
      let namesOutside = false;
      for (const p of op.params.filter((q) => q.in === "path")) {
        const id = idFor(seeded, op.path, p.name);
        expect(id, `no id for path parameter ${p.name} of ${name}`).toBeDefined();
        url = url.replace(`{${p.name}}`, encodeURIComponent(id!));
        if (!NON_RESOURCE_PATH_PARAMS.includes(p.name) && outside.includes(id!)) namesOutside = true;
      }
      const query = new URLSearchParams();
      for (const q of op.params.filter((p) => p.in === "query" && p.required)) query.set(q.name, idFor(seeded, op.path, q.name)!);
      const queryNamesOutside = [...query.values()].some((v) => outside.includes(v));
      const body = op.hasBody ? bodyFor(name, seeded) : undefined;
      const bodyText = body === undefined ? "" : JSON.stringify(body);
      const bodyFields = body === undefined ? [] : Object.keys(body).filter((k) => outside.some((id) => JSON.stringify(body[k]).includes(id)));
      const target = query.size > 0 ? `${url}?${query}` : url;
      const answer = await api.call(op.method, target, body, op.method === "GET" ? {} : { "idempotency-key": randomUUID() });
      const sent = target + bodyText;
      if (namesOutside) check(name, answer, sent, (s, r) => s === 404 || sandboxOnly(s, r));
      else if (CALCULATORS.some((c) => op.path.startsWith(c))) check(name, answer, sent, (s) => s < 500);
      else if (op.method !== "GET") {
        // A write: outside the book (404 naming the field, or a 400 naming it), or not for a partner key at all.
        check(name, answer, sent, (s, r) => s === 404 || (s === 400 && (bodyFields.length === 0 || blamesOnly(r, bodyFields))) || sandboxOnly(s, r));
      } else if (queryNamesOutside) check(name, answer, sent, (s, r) => s === 404 || (s === 200 && allListsEmpty(r)));
      else check(name, answer, sent, (s, r) => (s >= 200 && s < 300) || s === 404 || sandboxOnly(s, r));

      const filters = op.params.filter((p) => p.in === "query" && !p.required && ID_PARAMS.includes(p.name));
      if (op.method === "GET" && !namesOutside && filters.length > 0) {
        const filtered = new URLSearchParams(query);
        for (const f of filters) filtered.set(f.name, idFor(seeded, op.path, f.name)!);
        const t = `${url}?${filtered}`;
        check(`${name}?${filters.map((f) => f.name).join("&")}`, await api.call("GET", t), t, (s, r) => s === 404 || (s === 200 && (allListsEmpty(r) || ![...filtered.values()].some((v) => outside.includes(v)))));
      }
    }
    console.info(`partner sweep: ${ops.length} operations; statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
    return problems;
  };

  it("answers firm A's key with 404s for B's resources and only A's book in lists, over every operation", async () => {
    expect(await sweep(firmA, outside)).toEqual([]);
  });

  it("answers an IFA's key the same, hiding its firm's other IFA's book as well", async () => {
    const account = must("a2's pot", await tenant.call("GET", `/tenant/pots/v1/${a2.potId}`)).account_id as string;
    expect(await sweep(ifaA1, [...outside, a2.investorId, a2.potId, account])).toEqual([]);
  });

  it("lists the firm's IFAs' books for the firm, only its own for an IFA, and B's for firm B", async () => {
    const investors = async (api: TenantApi) => (must("investors", await api.call("GET", "/tenant/investors/v1?page_size=100")).investors as Array<{ investor_id: string }>).map((i) => i.investor_id).sort();
    expect(await investors(firmA)).toEqual([a1.investorId, a2.investorId].sort());
    expect(await investors(ifaA1)).toEqual([a1.investorId]);
    expect(await investors(firmB)).toEqual([seeded.byName.investor_id]);
    expect((await ifaA1.call("GET", `/tenant/pots/v1/${a2.potId}`)).status).toBe(404);
    expect((await firmA.call("GET", `/tenant/pots/v1/${a2.potId}`)).status).toBe(200);
    expect((await firmB.call("GET", `/tenant/pots/v1/${seeded.byName.pot_id}`)).status).toBe(200);
    // The tenant's own key still sees everything.
    expect((await tenant.call("GET", `/tenant/pots/v1/${seeded.byName.pot_id}`)).status).toBe(200);
  });

  it("carries only the book's events on the activity feed and the socket", async () => {
    for (const api of [firmA, ifaA1]) {
      const feed = JSON.stringify(await activityFeed(api));
      const socket = JSON.stringify(await socketReplay(api));
      expect(outside.filter((id) => feed.includes(id))).toEqual([]);
      expect(outside.filter((id) => socket.includes(id))).toEqual([]);
      expect(feed).toContain(a1.potId);
      expect(socket).toContain(a1.potId);
    }
    expect(JSON.stringify(await activityFeed(ifaA1))).not.toContain(a2.potId);
    expect(JSON.stringify(await activityFeed(firmB))).toContain(seeded.byName.pot_id);
  });
});
