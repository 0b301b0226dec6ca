import { and, desc, eq } from "drizzle-orm";
import type { Database } from "./client";
import { pageOffset } from "./resource-lists";
import { potValueSnapshots } from "./tables";

/**
 * One page of a tenant's pot-value snapshots for an operational date, newest pot first (then
 * pot id descending), served by the table's key.
 */
export async function pagePotValueSnapshots<T>(
  db: Database,
  tenantId: string,
  date: string,
  page: { pageSize: number; pageNumber: number },
): Promise<{ items: T[]; nextPageAvailable: boolean }> {
  const offset = pageOffset(page);
  if (offset === null) return { items: [], nextPageAvailable: false };
  const rows = await db
    .select({ data: potValueSnapshots.data })
    .from(potValueSnapshots)
    .where(and(eq(potValueSnapshots.tenantId, tenantId), eq(potValueSnapshots.date, date)))
    .orderBy(desc(potValueSnapshots.potCreatedAt), desc(potValueSnapshots.potId))
    .limit(page.pageSize + 1)
    .offset(offset);
  return { items: rows.slice(0, page.pageSize).map((r) => JSON.parse(r.data) as T), nextPageAvailable: rows.length > page.pageSize };
}
