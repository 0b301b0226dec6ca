import { env, SELF } from "cloudflare:test";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { ADMIN_TOKEN, BASE } from "../../helpers/tenant";
import { DocumentCheck } from "./document-check";
import { requestsFor, type FuzzRequest, type Target } from "./requests";
import { documentAgrees, namesTheField, noServerError, problemShape, type Answer } from "./response-checks";
import type { OpenApiDocument, Operation } from "./schema-values";
import { seedWorld, type FuzzWorld } from "./seed";

/**
 * Property-based fuzzing of every documented operation, driven by the OpenAPI document the
 * worker serves: requests generated from each operation's own schemas, then one thing broken on
 * purpose (a boundary or hostile value, a missing, duplicated or unknown field, a body that is
 * not JSON). The suite runs a bounded number per operation with a fixed seed; `npm run fuzz`
 * (FUZZ_RUNS, FUZZ_SEED) runs longer, with a new seed each time unless one is given.
 */

const RUNS = Number(env.FUZZ_RUNS || "") || 30;
// The suite replays one fixed sequence (a test must not pass or fail by chance); a long run
// (FUZZ_RUNS) explores new ones unless FUZZ_SEED pins it.
const SUITE_SEED = 20261201;
const SEED = env.FUZZ_SEED ? Number(env.FUZZ_SEED) : env.FUZZ_RUNS ? undefined : SUITE_SEED;

const docResponse = await SELF.fetch(`http://${BASE}/openapi.json`);
const doc = (await docResponse.json()) as OpenApiDocument;
const operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method, op: op as Operation })));

let world: FuzzWorld;
let check: DocumentCheck;

beforeAll(async () => {
  world = await seedWorld();
  check = new DocumentCheck(doc);
}, 60_000);

function targetOf(path: string): Target {
  if (path.startsWith("/admin/")) return { origin: `http://${BASE}`, headers: { authorization: `Bearer ${ADMIN_TOKEN}` } };
  const origin = `http://${world.tenant.id}.${BASE}`;
  return path === "/ws" ? { origin, headers: {} } : { origin, headers: { "x-api-key": world.tenant.apiKey } };
}

async function send(request: FuzzRequest): Promise<Answer> {
  if (env.FUZZ_TRACE) console.log("FUZZ>", request.method, request.url.slice(0, 200), request.body?.length);
  const res = await SELF.fetch(request.url, { method: request.method, headers: request.headers, ...(request.body !== undefined && { body: request.body }) });
  return { status: res.status, contentType: res.headers.get("content-type"), text: await res.text() };
}

const tally = { requests: 0, docValid: 0, accepted: 0 };

describe("fuzzing every documented operation", () => {
  it("covers the tenant and admin API", () => {
    expect(operations.some((o) => o.path.startsWith("/tenant/"))).toBe(true);
    expect(operations.some((o) => o.path.startsWith("/admin/"))).toBe(true);
    expect(operations.length).toBeGreaterThan(50);
  });

  for (const { path, method, op } of operations) {
    it(`${method.toUpperCase()} ${path}`, async () => {
      const requests = requestsFor(doc, check, path, method, op, targetOf(path), world.hints);
      await fc.assert(
        fc.asyncProperty(requests, async (request) => {
          const answer = await send(request);
          tally.requests += 1;
          if (request.docValid) tally.docValid += 1;
          if (answer.status < 400) tally.accepted += 1;
          const failures = [...noServerError(answer), ...problemShape(answer), ...namesTheField(request, answer), ...documentAgrees(request, answer)];
          if (failures.length > 0) {
            const sent = `${request.method} ${request.url}${request.body !== undefined ? ` ${request.body.slice(0, 400)}` : ""}`;
            throw new Error(`${failures.join("; ")}\n  request: ${sent}\n  mutation: ${request.mutation ?? "none"}`);
          }
        }),
        { numRuns: RUNS, ...(SEED !== undefined && { seed: SEED }), endOnFailure: true },
      );
    }, 120_000);
  }

  it("sent document-valid requests and had some accepted", () => {
    console.log(`fuzz: ${tally.requests} requests over ${operations.length} operations, ${tally.docValid} document-valid, ${tally.accepted} accepted`);
    expect(tally.requests).toBe(operations.length * RUNS);
    expect(tally.docValid).toBeGreaterThan(tally.requests / 5);
    expect(tally.accepted).toBeGreaterThan(tally.requests / 10);
  });
});
