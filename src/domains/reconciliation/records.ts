/**
 * The Coffer side of investor, pot and holding reconciliation: each kind's key, its record in
 * wire shape, and the keys of its records (for the rows a file lacks). Holdings are compared,
 * never changed: a difference is reported, not "fixed".
 */
import { HOLDING } from "../../custody/ledger-store";
import { toHolding, type HoldingRecord } from "../../custody/holdings";
import { POT, toPot, type PotData } from "../../custody/pots";
import { pricedProduct } from "../../custody/pricing";
import type { CommandContext } from "../../tenant/command-context";
import type { RecordKind } from "./model";

/** The entity kind of an investor (individual). */
const INVESTOR = "investor";

export type Lookup =
  | { status: "key_unavailable" }
  | { status: "not_found"; key: string }
  | { status: "found"; key: string; record: Record<string, unknown> };

/** Columns that identify a row rather than describe the record (never compared). */
export const KEY_COLUMNS: Record<Exclude<RecordKind, "transactions">, ReadonlySet<string>> = {
  investors: new Set(["record_id", "investor_id"]),
  pots: new Set(["record_id", "pot_id"]),
  holdings: new Set(["record_id", "pot_id", "investment_product_id"]),
};

/** The record a row is about, by its key columns. */
export function lookup(ctx: CommandContext, kind: Exclude<RecordKind, "transactions">, row: ReadonlyMap<string, string>): Lookup {
  if (kind === "investors") {
    const id = row.get("investor_id") ?? "";
    if (id === "") return { status: "key_unavailable" };
    const entity = ctx.get<Record<string, unknown>>(INVESTOR, id);
    return entity ? { status: "found", key: id, record: { ...entity.data, investor_id: id } } : { status: "not_found", key: id };
  }
  if (kind === "pots") {
    const id = row.get("pot_id") ?? "";
    if (id === "") return { status: "key_unavailable" };
    const entity = ctx.get<PotData>(POT, id);
    return entity ? { status: "found", key: id, record: toPot(entity) as unknown as Record<string, unknown> } : { status: "not_found", key: id };
  }
  const potId = row.get("pot_id") ?? "";
  const productId = row.get("investment_product_id") ?? "";
  if (potId === "" || productId === "") return { status: "key_unavailable" };
  const key = `${potId}/${productId}`;
  const entity = ctx.get<HoldingRecord>(HOLDING, key);
  if (!entity) return { status: "not_found", key };
  const product = productId === "cash" ? null : pricedProduct(ctx, productId);
  return { status: "found", key, record: toHolding(entity.data, product) as unknown as Record<string, unknown> };
}

const KIND_OF: Record<Exclude<RecordKind, "transactions">, string> = { investors: INVESTOR, pots: POT, holdings: HOLDING };

/**
 * Up to `limit` keys of Coffer records of a kind after `cursor` (in key order) that no row of
 * the job named; holdings count only when they hold something.
 */
export function unseenKeys(ctx: CommandContext, kind: RecordKind, jobId: string, cursor: string, limit: number): Array<{ key: string; entityId: string }> {
  if (kind === "transactions") {
    return ctx.sql
      .exec<{ key: string; entityId: string }>(
        `SELECT value AS key, entity_id AS entityId FROM unique_keys AS u WHERE kind = 'transaction' AND name = 'external_transaction_reference' AND value > ?
         AND NOT EXISTS (SELECT 1 FROM reconciliation_seen AS s WHERE s.job_id = ? AND s.key = u.value) ORDER BY value LIMIT ?`,
        cursor,
        jobId,
        limit,
      )
      .toArray();
  }
  const holdingsOnly = kind === "holdings" ? "AND json_extract(e.data, '$.total') != '0'" : "";
  return ctx.sql
    .exec<{ key: string; entityId: string }>(
      `SELECT id AS key, id AS entityId FROM entities AS e WHERE kind = ? AND id > ? ${holdingsOnly}
       AND NOT EXISTS (SELECT 1 FROM reconciliation_seen AS s WHERE s.job_id = ? AND s.key = e.id) ORDER BY id LIMIT ?`,
      KIND_OF[kind],
      cursor,
      jobId,
      limit,
    )
    .toArray();
}

/** Notes that a row of the job named this key. */
export function markSeen(ctx: CommandContext, jobId: string, key: string): void {
  ctx.sql.exec("INSERT OR IGNORE INTO reconciliation_seen (job_id, key) VALUES (?, ?)", jobId, key);
}

/** Forgets up to `limit` keys of a finished job; answers how many went. */
export function forgetSeen(ctx: CommandContext, jobId: string, limit: number): number {
  return ctx.sql.exec("DELETE FROM reconciliation_seen WHERE job_id = ? AND key IN (SELECT key FROM reconciliation_seen WHERE job_id = ? LIMIT ?)", jobId, jobId, limit).rowsWritten;
}
