import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./app-env";
import { ApiError } from "./errors/api-error";

/** A UUID v4 in its canonical text form (either case): what an `Idempotency-Key` must be. */
export const UUID_V4 = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$/;
const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** Rejects a malformed `Idempotency-Key` on state-changing tenant requests (it must be a UUID v4). */
export const idempotencyKeyHeader: MiddlewareHandler<AppEnv> = async (c, next) => {
  const key = c.req.header("idempotency-key");
  if (key !== undefined && WRITES.has(c.req.method) && !UUID_V4.test(key)) {
    throw new ApiError("invalid_idempotency_key", "Idempotency-Key must be a UUID v4", {
      errors: [{ field: "Idempotency-Key", message: "must be a UUID v4" }],
    });
  }
  await next();
};

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value as Record<string, unknown>)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** SHA-256 of method, path and the canonical JSON body: what an `Idempotency-Key` is bound to. */
export async function requestFingerprint(method: string, path: string, body: unknown): Promise<string> {
  const text = `${method.toUpperCase()} ${path}\n${JSON.stringify(canonical(body ?? null))}`;
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}
