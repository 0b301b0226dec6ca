import type { PageRequest } from "../db/resources";
import { ApiError } from "./errors/api-error";

/**
 * WealthOS paging: `page_size` and `page_number` are positive integers; when either is
 * missing both take the endpoint's defaults. `sort` is `asc` or `desc` (default `desc`).
 */
export function pageRequest(
  query: { page_size?: string | undefined; page_number?: string | undefined; sort?: "asc" | "desc" | undefined },
  defaults: { pageSize: number; maxPageSize: number },
): PageRequest {
  const sort = query.sort ?? "desc";
  if (query.page_size === undefined || query.page_number === undefined) {
    return { pageSize: defaults.pageSize, pageNumber: 1, sort };
  }
  const pageSize = Number(query.page_size);
  if (pageSize > defaults.maxPageSize) {
    throw ApiError.validation([{ field: "page_size", message: `must be at most ${defaults.maxPageSize}` }]);
  }
  return { pageSize, pageNumber: Number(query.page_number), sort };
}
