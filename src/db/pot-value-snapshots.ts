import { and, desc, eq, sql } from "drizzle-orm";
import { bookFor, bookIds } from "./book";
import type { Database } from "./client";
import { pageOffset } from "./resource-lists";
import { potValueSnapshots } from "./tables";

/**
 * `limit` snapshots of a tenant's operational date from `offset`, newest pot first (then pot
 * id descending): a search of the table's key, no sort.
 */
export function potValueSnapshotsPage(db: Database, tenantId: string, date: string, limit: number, offset: number) {
  // A partner-scoped handle sees the snapshots of the pots in its book only (`book.ts`).
  const book = bookFor(db, "pot");
  return db
    .select({ data: potValueSnapshots.data })
    .from(potValueSnapshots)
    .where(and(eq(potValueSnapshots.tenantId, tenantId), eq(potValueSnapshots.date, date), book === undefined ? undefined : sql`${potValueSnapshots.potId} IN (${bookIds(tenantId, "pot", book)})`))
    .orderBy(desc(potValueSnapshots.potCreatedAt), desc(potValueSnapshots.potId))
    .limit(limit)
    .offset(offset);
}

/** One page of a tenant's pot-value snapshots for an operational date (the stored snapshots). */
export async function pagePotValueSnapshots<T>(
  db: Database,
  tenantId: string,
  date: string,
  page: { pageSize: number; pageNumber: number },
): Promise<{ items: T[]; nextPageAvailable: boolean }> {
  const offset = pageOffset(page);
  if (offset === null) return { items: [], nextPageAvailable: false };
  const rows = await potValueSnapshotsPage(db, tenantId, date, page.pageSize + 1, offset);
  return { items: rows.slice(0, page.pageSize).map((r) => JSON.parse(r.data) as T), nextPageAvailable: rows.length > page.pageSize };
}
