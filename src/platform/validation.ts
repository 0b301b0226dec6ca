import type { z } from "@hono/zod-openapi";
import { ApiError, type FieldError } from "./errors/api-error";

/** Turns zod issues into the `errors` list of a validation problem, one entry per field. */
export function fieldErrors(error: z.ZodError, prefix?: string): FieldError[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join(".");
    const field = [prefix, path].filter(Boolean).join(".") || "body";
    return { field, message: issue.message };
  });
}

/** The `defaultHook` of every OpenAPI route: a failed validation becomes a 400 problem. */
export function validationHook(result: { success: boolean; error?: z.ZodError; target: string }): void {
  if (!result.success && result.error) {
    throw ApiError.validation(fieldErrors(result.error));
  }
}
