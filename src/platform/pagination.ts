import { z } from "@hono/zod-openapi";
import type { PageRequest } from "../db/resources";
import { ApiError } from "./errors/api-error";

/** A list endpoint's paging: its default page size and the largest page size it accepts. */
export interface Paging {
  readonly pageSize: number;
  readonly maxPageSize: number;
}

/**
 * Largest `page_number` accepted (2^31 − 1). With the largest page size of any list (15,000) the
 * row offset `(page_number − 1) × page_size` stays far inside the safe-integer range and SQLite's
 * 64-bit OFFSET; a page past the last row is simply empty.
 */
export const MAX_PAGE_NUMBER = 2_147_483_647;

const POSITIVE_INTEGER = /^[1-9]\d*$/;
const NON_NEGATIVE_INTEGER = /^(0|[1-9]\d*)$/;

/**
 * An integer query parameter from `min` (0 or 1) to `max`, sent as its decimal digits. The
 * document types it as an integer with `minimum`/`maximum`; the server reads the string, so an
 * out-of-range value is a 400 naming the parameter instead of an overflow further down.
 */
export function integerParam(min: 0 | 1, max: number, description?: string) {
  const kind = min === 1 ? "a positive integer" : "a non-negative integer";
  return z
    .string({ error: `must be ${kind}` })
    .regex(min === 1 ? POSITIVE_INTEGER : NON_NEGATIVE_INTEGER, `must be ${kind}`)
    .refine((v) => Number(v) <= max, `must be at most ${max}`)
    .optional()
    .openapi({ type: "integer", minimum: min, maximum: max, ...(description !== undefined && { description }) });
}

/** A positive integer query parameter at most `max` (see `integerParam`). */
export function positiveIntegerParam(max: number, description?: string) {
  return integerParam(1, max, description);
}

/** The `page_size` and `page_number` query fields of a list with the given paging. */
export function pageFields(paging: Paging) {
  return {
    page_size: positiveIntegerParam(
      paging.maxPageSize,
      `Items per page, at most ${paging.maxPageSize} (default ${paging.pageSize}); sent with page_number or both are ignored`,
    ),
    page_number: positiveIntegerParam(MAX_PAGE_NUMBER, "1-based page number (default 1); a page past the last item is empty"),
  };
}

/**
 * The query schema of a list route with its own paging: `page_size` and `page_number` of `schema`
 * are replaced by fields bounded by `paging`, so the document states the route's maximum.
 */
export function paged<Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape>, paging: Paging) {
  return schema.extend(pageFields(paging));
}

/**
 * WealthOS paging: `page_size` and `page_number` are positive integers; when either is
 * missing both take the endpoint's defaults. `sort` is `asc` or `desc` (default `desc`).
 * Out-of-range values are a 400 naming the field (also when the route's schema let them through).
 */
export function pageRequest(
  query: { page_size?: string | undefined; page_number?: string | undefined; sort?: "asc" | "desc" | undefined },
  defaults: Paging,
): PageRequest {
  const sort = query.sort ?? "desc";
  if (query.page_size === undefined || query.page_number === undefined) {
    return { pageSize: defaults.pageSize, pageNumber: 1, sort };
  }
  const pageSize = Number(query.page_size);
  const pageNumber = Number(query.page_number);
  const errors = [];
  if (!POSITIVE_INTEGER.test(query.page_size) || pageSize > defaults.maxPageSize) {
    errors.push({ field: "page_size", message: `must be a positive integer at most ${defaults.maxPageSize}` });
  }
  if (!POSITIVE_INTEGER.test(query.page_number) || pageNumber > MAX_PAGE_NUMBER) {
    errors.push({ field: "page_number", message: `must be a positive integer at most ${MAX_PAGE_NUMBER}` });
  }
  if (errors.length > 0) throw ApiError.validation(errors);
  return { pageSize, pageNumber, sort };
}
