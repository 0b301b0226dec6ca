import { sql } from "drizzle-orm";
import { term, type ListFilter, type Term } from "../../db/resources";
import { resources } from "../../db/tables";
import type { ListAccountsQuery } from "./schema";

const csv = (value: string) => [...new Set(value.split(",").map((x) => x.trim()))];

const TERM_FILTERS = ["investor_id", "financial_product_id", "isa_account_type", "account_sub_type", "account_type", "status"] as const;

/**
 * The filters of an account list: every filter is a comma-separated list (any value matches),
 * filters combine with AND. `investor_id` matches accounts held by any listed investor. Account
 * ids are primary-key lookups (one JSON parameter); the other filters are indexed terms.
 */
export function accountFilter(query: ListAccountsQuery): ListFilter {
  const terms: Term[] = [];
  for (const field of TERM_FILTERS) {
    const value = query[field];
    if (value) terms.push(term(field, csv(value)));
  }
  const ids = query.account_id ? sql`${resources.id} IN (SELECT value FROM json_each(${JSON.stringify(csv(query.account_id))}))` : undefined;
  return { terms, ...(ids ? { where: ids } : {}) };
}
