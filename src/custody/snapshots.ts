/**
 * Daily pot-value snapshots (WealthOS "Calculate daily holding snapshot"), a step of the
 * tenant's day-close (`src/clock/day-close.ts`): every pot valued from its ledger positions at
 * the then current prices, stored in the object's `pot_value_snapshots` table (one row per
 * operational date, stamped at its close, holding every pot's snapshot) and projected to D1 as
 * one outbox row per date, where `GET /tenant/pots/v1/values?date=` reads it. Snapshots
 * publish no events.
 */
import { ensureDayClose, type DayCloseStep } from "../clock/day-close";
import { parseAssetKey } from "../ledger/assets";
import { isCurrencyCode, toStorage } from "../money/money";
import type { CommandContext } from "../tenant/command-context";
import type { JobHandler } from "../tenant/commands";
import { enqueueOutboxJson } from "../tenant/outbox";
import { holdingMinor, sumHoldings, type HoldingMinor, type HoldingRecord, type PotTotals } from "./holdings";
import { allPotPositions, type PotPosition } from "./ledger-store";
import { POT, type PotData } from "./pots";
import { pricedProduct } from "./pricing";

/** Job kind of the former midnight snapshot job (objects created before the day-close may still hold one). */
export const SNAPSHOT_JOB = "pots.snapshot";

/**
 * One item of `pots_values[]`: the pot-value figures of `GET /tenant/pots/v1/{pot_id}/value`
 * plus `date`, the day the figures are for (today for current values; the snapshot's
 * operational date, valued at its day-close, otherwise).
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

type Prices = Map<string, ReturnType<typeof pricedProduct>>;

/** A pot's holdings in minor units, valued now from its ledger positions (`prices` caches product lookups). */
function potMinors(ctx: CommandContext, potId: string, potCurrency: string, positions: PotPosition[], prices: Prices): HoldingMinor[] {
  return positions.flatMap(({ asset, position }) => {
    const parsed = parseAssetKey(asset);
    if (!parsed) return [];
    const productId = parsed.kind === "cash" ? "cash" : parsed.instrument;
    let product = null;
    if (parsed.kind !== "cash") {
      const key = `${productId}|${potCurrency}`;
      if (!prices.has(key)) prices.set(key, pricedProduct(ctx, productId, potCurrency));
      product = prices.get(key) ?? null;
    }
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

interface DateRow extends Record<string, SqlStorageValue> {
  taken_at: string;
  data: string;
}

/**
 * Day-close step: stores the value of every pot that existed at the close of `date`, valued at
 * the then current prices, as one row for the date (a JSON array, one snapshot per pot), and
 * queues the same array for D1 as one outbox row. A snapshot already stored for that date is
 * kept. Cost: one read of the pots, one of the ledger, one write.
 */
export const snapshotPots: DayCloseStep = (ctx, date, closeMs) => {
  const closeIso = new Date(closeMs).toISOString();
  const pots = ctx.sql
    .exec<PotRow>("SELECT id, data, created_at FROM entities WHERE kind = ? AND created_at <= ? ORDER BY created_at, id", POT, closeIso)
    .toArray();
  const stored = ctx.sql.exec<DateRow>("SELECT taken_at, data FROM pot_value_snapshots WHERE date = ?", date).toArray()[0];
  const kept = stored ? (JSON.parse(stored.data) as PotValueSnapshot[]) : [];
  const taken = new Set(kept.map((s) => s.pot_id));
  const positions = allPotPositions(ctx);
  const prices: Prices = new Map();
  const snapshots: PotValueSnapshot[] = [];
  for (const pot of pots) {
    if (taken.has(pot.id)) continue;
    const { pot_currency } = JSON.parse(pot.data) as PotData;
    if (!isCurrencyCode(pot_currency)) continue;
    const totals = sumHoldings(pot_currency, potMinors(ctx, pot.id, pot_currency, positions.get(pot.id) ?? [], prices));
    snapshots.push({ ...toPotsValuesItem(pot.id, pot_currency, date, totals), pot_created_at: pot.created_at });
  }
  if (snapshots.length === 0) return;
  const json = JSON.stringify(snapshots);
  ctx.sql.exec(
    "INSERT INTO pot_value_snapshots (date, taken_at, data) VALUES (?, ?, ?) ON CONFLICT (date) DO UPDATE SET data = excluded.data",
    date,
    stored?.taken_at ?? ctx.now,
    stored ? JSON.stringify([...kept, ...snapshots]) : json,
  );
  enqueueOutboxJson(ctx.sql, "snapshots", `{"date":${JSON.stringify(date)},"snapshots":${json}}`);
};

/** The former midnight snapshot job, still stored by older objects: hands over to the day-close. */
export const legacySnapshotJob: JobHandler = (ctx) => {
  ensureDayClose(ctx);
  return undefined;
};
