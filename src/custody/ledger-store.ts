/**
 * The tenant object's ledger: applies the pure engine's journals and locks (`src/ledger`) to
 * the object's `positions`, `journals` and `postings` tables inside the running command, then
 * mirrors every changed pot position into a `holding` entity (projected to D1 for the read
 * side) and publishes `holding_updated` on the `holdings` channel.
 */
import { DEFAULT_RULES, potAccount, type AccountId } from "../ledger/accounts";
import { assetKey, cashAsset, unitsAsset, type Asset } from "../ledger/assets";
import { applyJournal, lock, parsePositionKey, positionKey, positionKeysOf, unlock, type Applied, type Position, type PositionKey } from "../ledger/positions";
import type { Journal } from "../ledger/postings";
import type { LedgerResult } from "../ledger/result";
import { fromStorage, toStorage, type CurrencyCode } from "../money/money";
import type { CommandContext } from "../tenant/command-context";
import { toHolding, type HoldingRecord } from "./holdings";
import { POT, type PotData } from "./pots";
import { pricedProduct } from "./pricing";

/** Entity kind of a pot's holding (id `{pot_id}/{investment_product_id}`, `…/cash` for cash). */
export const HOLDING = "holding";

interface PositionRow extends Record<string, SqlStorageValue> {
  account: string;
  asset: string;
  total: string;
  locked: string;
  book_cost: string;
}

function loadPositions(ctx: CommandContext, keys: PositionKey[]): Map<PositionKey, Position> {
  const positions = new Map<PositionKey, Position>();
  for (const key of keys) {
    const bar = key.indexOf("|");
    const row = ctx.sql
      .exec<PositionRow>("SELECT * FROM positions WHERE account = ? AND asset = ?", key.slice(0, bar), key.slice(bar + 1))
      .toArray()[0];
    if (row) positions.set(key, { total: fromStorage(row.total), locked: fromStorage(row.locked), bookCost: fromStorage(row.book_cost) });
  }
  return positions;
}

/** The position of a pot in an asset (empty when never posted). */
export function potPosition(ctx: CommandContext, potId: string, asset: Asset): Position {
  return accountPosition(ctx, potAccount(potId), asset);
}

/** The position of any ledger account in an asset (empty when never posted). */
export function accountPosition(ctx: CommandContext, account: AccountId, asset: Asset): Position {
  const key = positionKey(account, asset);
  return loadPositions(ctx, [key]).get(key) ?? { total: 0n, locked: 0n, bookCost: 0n };
}

export interface PotPosition {
  asset: string;
  position: Position;
}

/** The non-empty positions among `rows` (ordered by asset), cash first. */
function nonEmptyCashFirst(rows: PositionRow[]): PotPosition[] {
  return rows
    .map((row) => ({ asset: row.asset, position: { total: fromStorage(row.total), locked: fromStorage(row.locked), bookCost: fromStorage(row.book_cost) } }))
    .filter((p) => p.position.total !== 0n || p.position.locked !== 0n)
    .sort((a, b) => Number(b.asset.startsWith("cash:")) - Number(a.asset.startsWith("cash:")));
}

/** Every non-empty position of a pot, cash first. */
export function potPositions(ctx: CommandContext, potId: string): PotPosition[] {
  return nonEmptyCashFirst(ctx.sql.exec<PositionRow>("SELECT * FROM positions WHERE account = ? ORDER BY asset", potAccount(potId)).toArray());
}

/** Every pot's non-empty positions, cash first, keyed by pot id: one ledger read for all pots. */
export function allPotPositions(ctx: CommandContext): Map<string, PotPosition[]> {
  const prefix = potAccount("");
  const byPot = new Map<string, PositionRow[]>();
  const rows = ctx.sql.exec<PositionRow>("SELECT * FROM positions WHERE account >= ? AND account < ? ORDER BY account, asset", prefix, `${prefix}\uffff`);
  for (const row of rows) {
    const potId = row.account.slice(prefix.length);
    const list = byPot.get(potId);
    if (list) list.push(row);
    else byPot.set(potId, [row]);
  }
  return new Map([...byPot].map(([potId, list]) => [potId, nonEmptyCashFirst(list)]));
}

function save(ctx: CommandContext, applied: Applied): void {
  for (const [key, position] of applied.changed) {
    const bar = key.indexOf("|");
    ctx.sql.exec(
      `INSERT INTO positions (account, asset, total, locked, book_cost) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (account, asset) DO UPDATE SET total = excluded.total, locked = excluded.locked, book_cost = excluded.book_cost`,
      key.slice(0, bar),
      key.slice(bar + 1),
      toStorage(position.total),
      toStorage(position.locked),
      toStorage(position.bookCost),
    );
    mirrorHolding(ctx, key, position);
  }
}

/** Updates the pot's holding entity for a changed position and publishes `holding_updated`. */
function mirrorHolding(ctx: CommandContext, key: PositionKey, position: Position): void {
  const parsed = parsePositionKey(key);
  if (!parsed || !parsed.account.startsWith("pot:")) return;
  const potId = parsed.account.slice("pot:".length);
  const productId = parsed.asset.kind === "cash" ? "cash" : parsed.asset.instrument;
  const product = productId === "cash" ? null : pricedProduct(ctx, productId, ctx.get<PotData>(POT, potId)?.data.pot_currency);
  const currency = parsed.asset.kind === "cash" ? parsed.asset.currency : (product?.currency ?? "GBP");
  const record: HoldingRecord = {
    pot_id: potId,
    investment_product_id: productId,
    currency,
    total: toStorage(position.total),
    locked: toStorage(position.locked),
    book_cost: toStorage(position.bookCost),
  };
  const id = `${potId}/${productId}`;
  const current = ctx.get<HoldingRecord>(HOLDING, id);
  if (current) ctx.update(current, record);
  else ctx.insert(HOLDING, id, record, potId);
  ctx.emit({ type: "holding_updated", ch: "holdings", payload: { ...toHolding(record, product) } });
}

/**
 * Applies a balanced journal and records it (journal + postings) under `journalId`. Returns the
 * engine's error value (e.g. `insufficient_free`) without writing anything when a rule breaks.
 */
export function postJournal(ctx: CommandContext, journalId: string, kind: string, journal: Journal, memo = ""): LedgerResult<null> {
  const keys = positionKeysOf(journal);
  const applied = applyJournal(loadPositions(ctx, keys), journal, DEFAULT_RULES);
  if (!applied.ok) return applied;
  ctx.sql.exec("INSERT INTO journals (id, kind, created_at, memo) VALUES (?, ?, ?, ?)", journalId, kind, ctx.now, memo);
  journal.forEach((posting, line) => {
    ctx.sql.exec(
      "INSERT INTO postings (journal_id, line, account, asset, amount) VALUES (?, ?, ?, ?, ?)",
      journalId,
      line,
      posting.account,
      assetKey(posting.asset),
      toStorage(posting.amount),
    );
  });
  save(ctx, applied.value);
  return { ok: true, value: null };
}

function changeLock(ctx: CommandContext, account: AccountId, asset: Asset, amount: bigint, how: typeof lock): LedgerResult<null> {
  if (amount === 0n) return { ok: true, value: null };
  const key = positionKey(account, asset);
  const applied = how(loadPositions(ctx, [key]), account, asset, amount);
  if (!applied.ok) return applied;
  save(ctx, applied.value);
  return { ok: true, value: null };
}

/** Ring-fences `amount` of a pot's free balance (cash for a buy or withdrawal, units for a sell). */
export function lockInPot(ctx: CommandContext, potId: string, asset: Asset, amount: bigint): LedgerResult<null> {
  return changeLock(ctx, potAccount(potId), asset, amount, lock);
}

/** Releases `amount` of a pot's locked balance back to free. */
export function unlockInPot(ctx: CommandContext, potId: string, asset: Asset, amount: bigint): LedgerResult<null> {
  return changeLock(ctx, potAccount(potId), asset, amount, unlock);
}

/** Ring-fences `amount` of any account's free balance (e.g. a pending-proceeds account). */
export function lockInAccount(ctx: CommandContext, account: AccountId, asset: Asset, amount: bigint): LedgerResult<null> {
  return changeLock(ctx, account, asset, amount, lock);
}

/** Releases `amount` of any account's locked balance back to free. */
export function unlockInAccount(ctx: CommandContext, account: AccountId, asset: Asset, amount: bigint): LedgerResult<null> {
  return changeLock(ctx, account, asset, amount, unlock);
}

/** The cash asset of a currency code already checked to be supported. */
export function cashOf(currency: string): Asset {
  return cashAsset(currency as CurrencyCode);
}

/** The units asset of an investment product. */
export function unitsOf(productId: string): Asset {
  return unitsAsset(productId);
}
