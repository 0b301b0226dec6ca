import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { AppEnv } from "../app-env";
import { ApiError } from "./api-error";
import type { ErrorCode } from "./catalog";
import { problemResponse } from "./problem";

function respond(c: Context<AppEnv>, error: ApiError): Response {
  return problemResponse(
    {
      code: error.code,
      detail: error.detail,
      instance: c.req.path,
      requestId: c.get("requestId") ?? "unknown",
      errors: error.errors,
      extra: error.extra,
    },
    error.headers,
  );
}

const HTTP_STATUS_CODES: Record<number, ErrorCode> = {
  400: "validation_failed",
  401: "unauthenticated",
  404: "route_not_found",
  405: "method_not_allowed",
  413: "payload_too_large",
  415: "unsupported_media_type",
  429: "rate_limited",
};

/** `app.onError`: the only place that turns a thrown error into a response. */
export function handleError(error: Error, c: Context<AppEnv>): Response {
  if (error instanceof ApiError) return respond(c, error);
  if (error instanceof HTTPException) {
    const code = HTTP_STATUS_CODES[error.status];
    const detail = error.message || "Request rejected";
    // A validation problem always names its fields; Hono's own 400s are about the body.
    if (code === "validation_failed") return respond(c, ApiError.validation([{ field: "body", message: detail }]));
    if (code) return respond(c, new ApiError(code, detail));
  }
  // Never echo an internal message: the details go to the log with the request id.
  console.error(`[${c.get("requestId")}] unhandled error`, error);
  return respond(c, new ApiError("internal_error", "An unexpected error occurred. Retry later; quote the request_id if it persists."));
}

/** `app.notFound`: an unknown path. */
export function handleNotFound(c: Context<AppEnv>): Response {
  return respond(c, new ApiError("route_not_found", `No route matches ${c.req.method} ${c.req.path}`));
}

/** Response for a path that exists with other methods. */
export function handleMethodNotAllowed(c: Context<AppEnv>, methods: string[]): Response {
  const error = new ApiError("method_not_allowed", `${c.req.method} is not allowed on ${c.req.path}`, {
    headers: { allow: methods.join(", ") },
  });
  return respond(c, error);
}
