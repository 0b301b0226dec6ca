import type { z } from "@hono/zod-openapi";
import { ApiError, type FieldError } from "./errors/api-error";

/** Turns zod issues into the `errors` list of a validation problem, one entry per field. */
export function fieldErrors(error: z.ZodError, prefix?: string): FieldError[] {
  const fieldName = (path: PropertyKey[]) => [prefix, path.map(String).join(".")].filter(Boolean).join(".") || "body";
  return error.issues.flatMap((issue) => {
    // zod reports unknown keys once, at the enclosing object; name each unknown field instead.
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ field: fieldName([...issue.path, key]), message: "unknown field" }));
    }
    return [{ field: fieldName(issue.path), message: issue.message }];
  });
}

/** The `defaultHook` of every OpenAPI route: a failed validation becomes a 400 problem. */
export function validationHook(result: { success: boolean; error?: z.ZodError; target: string }): void {
  if (!result.success && result.error) {
    throw ApiError.validation(fieldErrors(result.error));
  }
}
