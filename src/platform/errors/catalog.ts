/**
 * The one catalogue of error codes. Every problem response Coffer sends names one of these as
 * its `error_code`; the status and title come from here.
 */
export const ERROR_CATALOG = {
  validation_failed: { status: 400, title: "Request validation failed" },
  malformed_json: { status: 400, title: "Malformed JSON body" },
  invalid_idempotency_key: { status: 400, title: "Invalid Idempotency-Key header" },
  duplicate_request: { status: 400, title: "Duplicate request" },
  unauthenticated: { status: 401, title: "Missing or invalid API key" },
  admin_unauthenticated: { status: 401, title: "Missing or invalid admin token" },
  sandbox_only: { status: 403, title: "Only sandbox tenants have a test clock" },
  tenant_not_found: { status: 404, title: "Unknown tenant" },
  resource_not_found: { status: 404, title: "Resource not found" },
  route_not_found: { status: 404, title: "No such route" },
  admin_disabled: { status: 404, title: "The admin API is not enabled" },
  method_not_allowed: { status: 405, title: "Method not allowed" },
  already_exists: { status: 409, title: "Resource already exists" },
  version_conflict: { status: 409, title: "reference_version does not match" },
  duplicate_external_reference: { status: 409, title: "External reference already used" },
  idempotency_key_in_use: { status: 409, title: "A request with this Idempotency-Key is still executing" },
  state_conflict: { status: 409, title: "Request conflicts with the current state" },
  payload_too_large: { status: 413, title: "Request body too large" },
  unsupported_media_type: { status: 415, title: "Unsupported content type" },
  upgrade_required: { status: 426, title: "WebSocket upgrade required" },
  idempotency_key_reused: { status: 422, title: "Idempotency-Key reused with a different request" },
  insufficient_funds: { status: 422, title: "Not enough free cash or units in the pot" },
  rate_limited: { status: 429, title: "Too many requests" },
  quota_exceeded: { status: 429, title: "Daily request quota exceeded" },
  internal_error: { status: 500, title: "Internal server error" },
  service_unavailable: { status: 503, title: "Service temporarily unavailable" },
  download_url_invalid: { status: 401, title: "Download URL altered, expired or for another tenant" },
} as const satisfies Record<string, { status: number; title: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOG;

/** The `type` URI of a problem document: a relative reference served by `GET /problems/{code}`. */
export function problemTypeUri(code: ErrorCode): string {
  return `/problems/${code}`;
}
