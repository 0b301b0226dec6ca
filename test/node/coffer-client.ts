// A typed Coffer client for the node end-to-end tests: openapi-fetch over the types that
// openapi-typescript generated from /openapi.json (test/node/generated/coffer-api.d.ts). A field
// the tests use that the document does not declare is a type error in `npm test`.
import createClient from "openapi-fetch";
import { Agent, fetch as undiciFetch } from "undici";
import { lookup } from "../../scripts/local-http.mjs";
import type { paths } from "./generated/coffer-api";

// Node's resolver does not know `*.localhost`: connect every such name to 127.0.0.1.
const dispatcher = new Agent({ connect: { lookup } });

const NO_BODY = new Set([101, 204, 205, 304]);

async function localFetch(input: Request): Promise<Response> {
  const withBody = input.method !== "GET" && input.method !== "HEAD";
  const res = await undiciFetch(input.url, {
    method: input.method,
    headers: [...input.headers],
    body: withBody ? Buffer.from(await input.arrayBuffer()) : undefined,
    redirect: "manual",
    dispatcher,
  });
  const body = NO_BODY.has(res.status) ? null : await res.arrayBuffer();
  return new Response(body, { status: res.status, statusText: res.statusText, headers: [...res.headers] });
}

/** A client of one host (`localhost` for the admin API, `{tenant}.localhost` for a tenant). */
export function cofferClient(options: { host: string; port: number; headers: Record<string, string> }) {
  return createClient<paths>({ baseUrl: `http://${options.host}:${options.port}`, fetch: localFetch, headers: options.headers });
}

export type CofferClient = ReturnType<typeof cofferClient>;
