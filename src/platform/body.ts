import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./app-env";
import { ApiError } from "./errors/api-error";

/** Largest request body accepted, in bytes. */
export const MAX_BODY_BYTES = 1024 * 1024;

const WITH_BODY = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * The two routes whose body is a file, not JSON (their handlers check type and size): the direct
 * file upload and the operator's inbound-store object upload.
 */
const RAW_BODY_ROUTES = [/^\/tenant\/files\/v1\/uploads\/[^/]+$/, /^\/admin\/v1\/tenants\/[^/]+\/inbound-store\/objects\/[^/]+$/];

/** Bytes of a stream, or `null` once more than `max` arrived (the rest is not read). */
export async function readUpTo(stream: ReadableStream<Uint8Array> | null, max: number): Promise<Uint8Array | null> {
  if (!stream) return new Uint8Array(0);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return all;
}

async function readLimited(request: Request): Promise<string> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > MAX_BODY_BYTES) throw tooLarge();
  // A declared length frames the body (the runtime never delivers more): read it in one go.
  if (declared !== null && /^\d+$/.test(declared)) return request.text();
  // Without one (chunked uploads): count what actually arrives.
  const bytes = await readUpTo(request.body, MAX_BODY_BYTES);
  if (bytes === null) throw tooLarge();
  return new TextDecoder().decode(bytes);
}

/**
 * Hono's request keeps body promises in `bodyCache` (its type says strings); validators read from
 * it. The parsed value is kept too: without it every `c.req.json()` (the route's validator, the
 * command's fingerprint) would parse the text again through a new Response. Nothing mutates it.
 */
function cacheBody(cache: object, text: string, parsed?: unknown): void {
  const entries = cache as Record<string, unknown>;
  entries.text = Promise.resolve(text);
  if (parsed !== undefined) entries.json = Promise.resolve(parsed);
}

function tooLarge(): ApiError {
  return new ApiError("payload_too_large", `Request bodies are limited to ${MAX_BODY_BYTES} bytes`);
}

function isJson(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const mediaType = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  return mediaType === "application/json" || mediaType.endsWith("+json");
}

/**
 * Checks the body of state-changing requests before any route sees it: at most 1 MiB (413),
 * JSON content type when a body is present (415), well-formed JSON (400). The body text is
 * left in Hono's body cache for the route's validator.
 */
export const jsonBody: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!WITH_BODY.has(c.req.method)) return next();
  if (c.req.method === "PUT" && RAW_BODY_ROUTES.some((r) => r.test(c.req.path))) return next();
  const text = await readLimited(c.req.raw);
  if (text.length === 0) {
    cacheBody(c.req.bodyCache, "{}");
    return next();
  }
  if (!isJson(c.req.header("content-type"))) {
    throw new ApiError("unsupported_media_type", "Request bodies must be sent as application/json");
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ApiError("malformed_json", "The request body is not valid JSON");
  }
  cacheBody(c.req.bodyCache, text, parsed);
  return next();
};
