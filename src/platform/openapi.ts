import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "./app-env";
import { Problem } from "./errors/problem";
import { UUID_V4 } from "./idempotency";
import { validationHook } from "./validation";

/** A router whose routes land in the OpenAPI document and validate with the shared hook. */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
}

const DESCRIPTIONS: Record<number, string> = {
  400: "Invalid request (problem document naming the fields)",
  401: "Missing or invalid credentials",
  403: "Not allowed for this tenant",
  404: "Not found",
  405: "Method not allowed",
  409: "Conflict with the current state",
  413: "Body larger than 1 MiB",
  415: "Body is not application/json",
  422: "Idempotency-Key reused with a different request",
  426: "Not a WebSocket upgrade",
  429: "Rate limit or daily quota exceeded",
  500: "Unexpected error",
};

/** Problem responses for an OpenAPI route, by status code. */
export function problemResponses(...statuses: number[]) {
  const out: Record<string, { description: string; content: { "application/problem+json": { schema: typeof Problem } } }> = {};
  for (const status of [...statuses, 500]) {
    out[String(status)] = {
      description: DESCRIPTIONS[status] ?? "Error",
      content: { "application/problem+json": { schema: Problem } },
    };
  }
  return out;
}

/** Problems every authenticated tenant route can answer with. */
export const TENANT_PROBLEMS = [400, 401, 404, 429] as const;
/** Problems every state-changing tenant route can answer with as well. */
export const TENANT_WRITE_PROBLEMS = [400, 401, 404, 409, 413, 415, 422, 429] as const;

/** Security requirement of tenant routes (either header works). */
export const TENANT_SECURITY: Array<Record<string, string[]>> = [{ ApiKey: [] }, { Bearer: [] }];
/** Security requirement of the WebSocket route: the tenant API key as the `x-token` query parameter. */
export const WS_SECURITY: Array<Record<string, string[]>> = [{ WsToken: [] }];
/** Security requirement of admin routes. */
export const ADMIN_SECURITY: Array<Record<string, string[]>> = [{ AdminToken: [] }];

/** Registers the security schemes that routes refer to. */
export function registerSecuritySchemes(app: OpenAPIHono<AppEnv>): void {
  app.openAPIRegistry.registerComponent("securitySchemes", "ApiKey", {
    type: "apiKey",
    in: "header",
    name: "x-api-key",
    description: "Tenant API key (WealthOS style)",
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "Bearer", {
    type: "http",
    scheme: "bearer",
    description: "Tenant API key as a bearer token",
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "WsToken", {
    type: "apiKey",
    in: "query",
    name: "x-token",
    description: "Tenant API key as the x-token query parameter (WebSocket upgrade)",
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "AdminToken", {
    type: "http",
    scheme: "bearer",
    description: "ADMIN_TOKEN secret (apex host only)",
  });
}

/** A JSON request or response body for an OpenAPI route. */
export function jsonContent<T>(schema: T) {
  return { "application/json": { schema } };
}

/**
 * The optional `Idempotency-Key` header of state-changing tenant routes: a UUID v4 (the document
 * states the format and the pattern the `idempotencyKeyHeader` middleware enforces).
 */
export const IdempotencyHeader = z.object({
  "idempotency-key": z
    .string()
    .regex(UUID_V4, "must be a UUID v4")
    .optional()
    .openapi({ format: "uuid", description: "UUID v4; a repeat replays the original answer" }),
});
