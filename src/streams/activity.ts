import { and, asc, count, eq, gt, lt, type SQL } from "drizzle-orm";
import { bookOf, eventInBook } from "../db/book";
import type { Database } from "../db/client";
import { events } from "../db/tables";

export interface ActivityQuery {
  afterMs?: number | undefined;
  beforeMs?: number | undefined;
  afterSeq?: number | undefined;
  limit: number;
  offset: number;
}

/** One event as the activity feed shows it: the socket message fields plus the feed's own names. */
export interface ActivityEvent {
  event_identification: string;
  event_date_time: string;
  id: string;
  seq: number;
  type: string;
  ch: string;
  ts: number;
  payload: unknown;
}

/** A page of the tenant's events in `seq` order, and how many match in all. */
export async function readActivity(db: Database, tenantId: string, query: ActivityQuery): Promise<{ events: ActivityEvent[]; total: number }> {
  const conditions: SQL[] = [eq(events.tenantId, tenantId)];
  if (query.afterMs !== undefined) conditions.push(gt(events.ts, query.afterMs));
  if (query.beforeMs !== undefined) conditions.push(lt(events.ts, query.beforeMs));
  if (query.afterSeq !== undefined) conditions.push(gt(events.seq, query.afterSeq));
  const book = bookOf(db);
  if (book !== undefined) conditions.push(eventInBook(book));
  const where = and(...conditions);
  const [rows, totals] = await db.batch([
    db.select().from(events).where(where).orderBy(asc(events.seq)).limit(query.limit).offset(query.offset),
    db.select({ n: count() }).from(events).where(where),
  ]);
  return {
    total: totals[0]?.n ?? 0,
    events: rows.map((row) => ({
      event_identification: row.id,
      event_date_time: new Date(row.ts).toISOString(),
      id: row.id,
      seq: row.seq,
      type: row.type,
      ch: row.ch,
      ts: row.ts,
      payload: JSON.parse(row.payload) as unknown,
    })),
  };
}

/** HATEOAS links of a feed page (`self`, `first`, `next`, `previous`, `last`). */
export function activityLinks(url: URL, query: ActivityQuery, page: ActivityEvent[], total: number) {
  const at = (changes: Record<string, string | undefined>) => {
    const next = new URL(url);
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined) next.searchParams.delete(k);
      else next.searchParams.set(k, v);
    }
    return next.pathname + next.search;
  };
  const link = (rel: string, href: string) => ({ href, rel, type: "GET" });
  const { limit, offset } = query;
  const links = [link("self", at({})), link("first", at({ offset: "0" }))];
  const lastSeq = page[page.length - 1]?.seq;
  if (query.afterSeq !== undefined) {
    // Cursor paging: the next page starts after the last event of this one.
    if (lastSeq !== undefined && offset + page.length < total) links.push(link("next", at({ after_seq: String(lastSeq), offset: undefined })));
  } else if (offset + limit < total) {
    links.push(link("next", at({ offset: String(offset + limit) })));
  }
  if (offset > 0) links.push(link("previous", at({ offset: String(Math.max(0, offset - limit)) })));
  const lastOffset = total === 0 ? 0 : Math.floor((total - 1) / limit) * limit;
  links.push(link("last", at({ offset: String(lastOffset) })));
  return links;
}
