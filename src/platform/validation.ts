import type { z } from "@hono/zod-openapi";
import { ApiError, type FieldError } from "./errors/api-error";

/** Turns zod issues into the `errors` list of a validation problem, one entry per field. */
export function fieldErrors(error: z.ZodError, prefix?: string): FieldError[] {
  const fieldName = (path: PropertyKey[]) => [prefix, path.map(String).join(".")].filter(Boolean).join(".") || "body";
  const seen = new Set<string>();
  return error.issues.flatMap((issue) => {
    // zod reports unknown keys once, at the enclosing object; name each unknown field instead.
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ field: fieldName([...issue.path, key]), message: "unknown field" }));
    }
    return [{ field: fieldName(issue.path), message: issue.message }];
  }).filter((e) => {
    // Two checks can fail for the same reason (an integer past 2^53 is neither safe nor in range).
    const key = `${e.field}\n${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The `defaultHook` of every OpenAPI route: a failed validation becomes a 400 problem. */
export function validationHook(result: { success: boolean; error?: z.ZodError; target: string }): void {
  if (!result.success && result.error) {
    throw ApiError.validation(fieldErrors(result.error));
  }
}
