#!/usr/bin/env node
// `npm run client:generate`: starts Coffer on `wrangler dev` (a throw-away local database), reads
// its /openapi.json and writes the TypeScript types of the API to test/node/generated/coffer-api.d.ts
// (see scripts/client-types.mjs). Run it after changing a route or a schema and commit the result.

import { randomUUID } from "node:crypto";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CLIENT_TYPES_FILE, clientTypes } from "./client-types.mjs";
import { startDevServer } from "./dev-server.mjs";
import { request } from "./local-http.mjs";

const persistTo = mkdtempSync(path.join(tmpdir(), "coffer-client-generate-"));
let server;
try {
  server = await startDevServer({ persistTo, adminToken: randomUUID() });
  const res = await request({ port: server.port, path: "/openapi.json" });
  if (res.status !== 200) throw new Error(`GET /openapi.json answered ${res.status}: ${res.body.slice(0, 500)}`);
  mkdirSync(path.dirname(CLIENT_TYPES_FILE), { recursive: true });
  writeFileSync(CLIENT_TYPES_FILE, await clientTypes(res.json));
  console.log(`[coffer] wrote ${path.relative(process.cwd(), CLIENT_TYPES_FILE)}`);
} finally {
  await server?.stop();
  rmSync(persistTo, { recursive: true, force: true });
}
