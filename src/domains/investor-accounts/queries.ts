import { and, sql, type SQL } from "drizzle-orm";
import { resources } from "../../db/tables";
import type { ListAccountsQuery } from "./schema";

const csv = (value: string) => JSON.stringify([...new Set(value.split(",").map((x) => x.trim()))]);

/** `data.<field>` is one of the listed values (bound as one JSON array parameter). */
function fieldIn(field: string, values: string): SQL {
  return sql`json_extract(${resources.data}, ${`$.${field}`}) IN (SELECT value FROM json_each(${csv(values)}))`;
}

const SCALAR_FILTERS = ["financial_product_id", "account_type", "account_sub_type", "status", "isa_account_type"] as const;

/**
 * The WHERE clause of an account list: every filter is a comma-separated list (any value
 * matches), filters combine with AND. `investor_id` matches accounts held by any listed investor.
 */
export function accountFilter(query: ListAccountsQuery): SQL | undefined {
  const conditions: SQL[] = [];
  if (query.account_id) conditions.push(sql`${resources.id} IN (SELECT value FROM json_each(${csv(query.account_id)}))`);
  if (query.investor_id) {
    conditions.push(
      sql`EXISTS (SELECT 1 FROM json_each(${resources.data}, '$.investor_id') AS holder WHERE holder.value IN (SELECT value FROM json_each(${csv(query.investor_id)})))`,
    );
  }
  for (const field of SCALAR_FILTERS) {
    const value = query[field];
    if (value) conditions.push(fieldIn(field, value));
  }
  return conditions.length > 0 ? and(...conditions) : undefined;
}
