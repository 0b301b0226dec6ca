import { z } from "@hono/zod-openapi";
import { ERROR_CATALOG, problemTypeUri, type ErrorCode } from "./catalog";
import type { FieldError } from "./api-error";

/** RFC 9457 problem document, with WealthOS's `message` and `error_code`. */
export const Problem = z
  .object({
    type: z.string().openapi({ example: "/problems/validation_failed" }),
    title: z.string(),
    status: z.union([z.number().int(), z.enum(["COMPLETE", "PROCESSING"])]).openapi({
      description: "The HTTP status; for a WealthOS duplicate request_id, COMPLETE or PROCESSING",
    }),
    detail: z.string(),
    instance: z.string(),
    message: z.string(),
    error_code: z.string(),
    request_id: z.string(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    response: z.string().optional().openapi({ description: "A WealthOS duplicate request_id: the original answer, as a JSON string" }),
    current_reference_version: z.number().int().optional().openapi({ description: "version_conflict: the resource's current reference_version" }),
    existing_id: z.string().optional().openapi({ description: "already_exists / duplicate_external_reference: the resource that holds the value" }),
    current_price_on_date: z.string().optional().openapi({ description: "A price older than the current one: the current price's date" }),
  })
  .openapi("Problem");

export type Problem = z.infer<typeof Problem>;

interface ProblemInput {
  code: ErrorCode;
  detail: string;
  instance: string;
  requestId: string;
  errors?: FieldError[] | undefined;
  extra?: Record<string, unknown> | undefined;
}

/** Builds the body of every error response. */
export function buildProblem(input: ProblemInput): Problem {
  const { status, title } = ERROR_CATALOG[input.code];
  return {
    type: problemTypeUri(input.code),
    title,
    status,
    detail: input.detail,
    instance: input.instance,
    message: input.detail,
    error_code: input.code,
    request_id: input.requestId,
    ...(input.errors ? { errors: input.errors } : {}),
    // Extra members come last: WealthOS's duplicate-request body defines its own `status`
    // ("COMPLETE" | "PROCESSING"), which wins over the RFC 9457 number there.
    ...input.extra,
  } as Problem;
}

/** A `Response` carrying a problem document. */
export function problemResponse(input: ProblemInput, headers: Record<string, string> = {}): Response {
  const body = buildProblem(input);
  return new Response(JSON.stringify(body), {
    status: ERROR_CATALOG[input.code].status,
    headers: { "content-type": "application/problem+json", "x-request-id": input.requestId, ...headers },
  });
}
