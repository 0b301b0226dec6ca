/**
 * Daily pot-value snapshots (WealthOS "Calculate daily holding snapshot"). At 24:00 UTC the
 * tenant object's alarm values every pot from its ledger positions at the then current prices
 * and stores one `pot_value_snapshot` entity per pot, projected to D1, where
 * `GET /tenant/pots/v1/values?date=` reads it. The job reschedules itself for the next midnight.
 */
import { parseAssetKey } from "../ledger/assets";
import { isCurrencyCode, toStorage } from "../money/money";
import type { CommandContext } from "../tenant/command-context";
import type { JobHandler } from "../tenant/commands";
import { holdingMinor, sumHoldings, type HoldingMinor, type HoldingRecord, type PotTotals } from "./holdings";
import { potPositions } from "./ledger-store";
import { POT, type PotData } from "./pots";
import { pricedProduct } from "./pricing";

/** Job kind of the daily snapshot (one job per tenant, key `daily`). */
export const SNAPSHOT_JOB = "pots.snapshot";
const SNAPSHOT_KEY = "daily";
/** Entity kind of a stored snapshot (id `{date}/{pot_id}`; owner: the pot). */
export const POT_VALUE_SNAPSHOT = "pot_value_snapshot";

const DAY_MS = 86_400_000;

/**
 * One item of `pots_values[]`: the pot-value figures of `GET /tenant/pots/v1/{pot_id}/value`
 * plus `date`, the day the figures are for (today for current values; the snapshot's day,
 * valued at its 24:00 UTC, otherwise).
 */
export interface PotsValuesItem extends PotTotals {
  pot_id: string;
  pot_currency: string;
  date: string;
}

/** A stored snapshot: the wire item plus the pot's creation time, which orders the pages. */
export interface PotValueSnapshot extends PotsValuesItem {
  pot_created_at: string;
}

/** The `pots_values[]` item of a pot's figures on a date. */
export function toPotsValuesItem(potId: string, potCurrency: string, date: string, totals: PotTotals): PotsValuesItem {
  return { pot_id: potId, pot_currency: potCurrency, date, ...totals };
}

/** The wire item of a stored snapshot. */
export function snapshotItem(snapshot: PotValueSnapshot): PotsValuesItem {
  const { pot_created_at: _created, ...item } = snapshot;
  return item;
}

/** The id of a pot's snapshot for a date; all snapshots of a date share the prefix `{date}/`. */
export function snapshotId(date: string, potId: string): string {
  return `${date}/${potId}`;
}

/** The first UTC midnight strictly after `ms`. */
export function nextMidnightUtc(ms: number): number {
  return (Math.floor(ms / DAY_MS) + 1) * DAY_MS;
}

/** Schedules the daily snapshot at the next UTC midnight unless it is already scheduled. */
export function ensureDailySnapshot(ctx: CommandContext): void {
  const scheduled = ctx.sql.exec("SELECT 1 FROM jobs WHERE kind = ? AND key = ?", SNAPSHOT_JOB, SNAPSHOT_KEY).toArray().length > 0;
  if (!scheduled) ctx.schedule(SNAPSHOT_JOB, SNAPSHOT_KEY, nextMidnightUtc(ctx.nowMs));
}

/** A pot's holdings in minor units, valued now, straight from its ledger positions. */
function potMinors(ctx: CommandContext, potId: string): HoldingMinor[] {
  return potPositions(ctx, potId).flatMap(({ asset, position }) => {
    const parsed = parseAssetKey(asset);
    if (!parsed) return [];
    const productId = parsed.kind === "cash" ? "cash" : parsed.instrument;
    const product = parsed.kind === "cash" ? null : pricedProduct(ctx, productId);
    const record: HoldingRecord = {
      pot_id: potId,
      investment_product_id: productId,
      currency: parsed.kind === "cash" ? parsed.currency : (product?.currency ?? "GBP"),
      total: toStorage(position.total),
      locked: toStorage(position.locked),
      book_cost: toStorage(position.bookCost),
    };
    return [holdingMinor(record, product)];
  });
}

interface PotRow extends Record<string, SqlStorageValue> {
  id: string;
  data: string;
  created_at: string;
}

/**
 * The snapshot job: stores the value of every pot that existed when the day ended, for the UTC
 * day that ended most recently before the run (a run at 00:00 on the 2nd stores the 1st). A
 * snapshot already stored for that day is kept. Returns the next midnight (reschedules itself).
 */
export const takeDailySnapshot: JobHandler = (ctx) => {
  const dayEnd = Math.floor(ctx.nowMs / DAY_MS) * DAY_MS;
  const dayEndIso = new Date(dayEnd).toISOString();
  const date = new Date(dayEnd - DAY_MS).toISOString().slice(0, 10);
  const pots = ctx.sql
    .exec<PotRow>("SELECT id, data, created_at FROM entities WHERE kind = ? AND created_at < ? ORDER BY created_at, id", POT, dayEndIso)
    .toArray();
  for (const pot of pots) {
    const id = snapshotId(date, pot.id);
    if (ctx.get(POT_VALUE_SNAPSHOT, id)) continue;
    const { pot_currency } = JSON.parse(pot.data) as PotData;
    if (!isCurrencyCode(pot_currency)) continue;
    const totals = sumHoldings(pot_currency, potMinors(ctx, pot.id));
    const snapshot: PotValueSnapshot = { ...toPotsValuesItem(pot.id, pot_currency, date, totals), pot_created_at: pot.created_at };
    ctx.insert(POT_VALUE_SNAPSHOT, id, snapshot, pot.id);
  }
  return nextMidnightUtc(ctx.nowMs);
};
