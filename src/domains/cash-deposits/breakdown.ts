import { and, asc, desc, eq, gte, lte } from "drizzle-orm";
import type { Database } from "../../db/client";
import { pageOffset, type PageRequest } from "../../db/resource-lists";
import { interestDailyBreakdown } from "../../db/tables";

/**
 * One page of a deposit's daily interest rows between two dates (inclusive, either optional),
 * by interest calculation date: a range search of the table's key, no sort.
 */
export async function dailyBreakdownPage<T>(
  db: Database,
  tenantId: string,
  reference: string,
  range: { start?: string | undefined; end?: string | undefined },
  page: PageRequest,
): Promise<{ items: T[]; nextPageAvailable: boolean }> {
  const offset = pageOffset(page);
  if (offset === null) return { items: [], nextPageAvailable: false };
  const t = interestDailyBreakdown;
  const rows = await db
    .select({ data: t.data })
    .from(t)
    .where(and(eq(t.tenantId, tenantId), eq(t.depositReference, reference), range.start ? gte(t.date, range.start) : undefined, range.end ? lte(t.date, range.end) : undefined))
    .orderBy(page.sort === "asc" ? asc(t.date) : desc(t.date))
    .limit(page.pageSize + 1)
    .offset(offset);
  return { items: rows.slice(0, page.pageSize).map((r) => JSON.parse(r.data) as T), nextPageAvailable: rows.length > page.pageSize };
}
