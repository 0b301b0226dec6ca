import { formatScaled, isStorable } from "../money/money";
import { DEFAULT_RULES, isAccountId, type AccountId, type AccountRule, type LedgerRules } from "./accounts";
import { assetKey, assetScale, isValidAsset, parseAssetKey, type Asset, type AssetKey } from "./assets";
import { bookCostRemoved } from "./book-cost";
import { validateJournal, type Journal, type Posting } from "./postings";
import { fail, ok, type LedgerResult } from "./result";

/**
 * One account's holding of one asset, as stored integers (see money.ts). `locked` is the part
 * reserved by pending orders and withdrawals; free = total − locked. `bookCost` (minor units of
 * the instrument's currency) is kept for unit positions of accounts that track it, else 0.
 * Each field is an INTEGER column: write with `toStorage`, read with `fromStorage` (money.ts).
 */
export interface Position {
  readonly total: bigint;
  readonly locked: bigint;
  readonly bookCost: bigint;
}

/** The position of an (account, asset) pair that has never been posted to. */
export const EMPTY_POSITION: Position = Object.freeze({ total: 0n, locked: 0n, bookCost: 0n });

/** Key of a position: `pot:pot-ABC12345|cash:GBP`. */
export type PositionKey = `${AccountId}|${AssetKey}`;

/** Positions by key; a missing key is an empty position. Plain data, loaded from and saved to rows. */
export type Positions = ReadonlyMap<PositionKey, Position>;

/** The new state after an operation: every position, and just those that changed (to write back). */
export interface Applied {
  readonly positions: Map<PositionKey, Position>;
  readonly changed: ReadonlyMap<PositionKey, Position>;
}

/** The key of the (account, asset) position. */
export function positionKey(account: AccountId, asset: Asset): PositionKey {
  return `${account}|${assetKey(asset)}`;
}

/** Splits a position key into account and asset, or null when it is not a valid key. */
export function parsePositionKey(key: string): { account: AccountId; asset: Asset } | null {
  const bar = key.indexOf("|");
  if (bar < 0) return null;
  const account = key.slice(0, bar);
  const asset = parseAssetKey(key.slice(bar + 1));
  return isAccountId(account) && asset !== null ? { account, asset } : null;
}

/** The position of `account` in `asset` (empty when absent). */
export function getPosition(positions: Positions, account: AccountId, asset: Asset): Position {
  return positions.get(positionKey(account, asset)) ?? EMPTY_POSITION;
}

/** Free balance of a position: total − locked. */
export function freeOf(position: Position): bigint {
  return position.total - position.locked;
}

/** The keys a journal touches, without repeats: what to load before `applyJournal`. */
export function positionKeysOf(journal: Journal): PositionKey[] {
  return [...new Set(journal.map((p) => positionKey(p.account, p.asset)))];
}

type Part = "free" | "locked";

function shortfall<T>(part: Part, where: string, asset: Asset, have: bigint, need: bigint): LedgerResult<T> {
  const scale = assetScale(asset);
  const detail = `${where} has ${formatScaled(have, scale)} ${part}, needs ${formatScaled(need, scale)}`;
  return fail(part === "free" ? "insufficient_free" : "insufficient_locked", detail);
}

function post(before: Position, posting: Posting, rule: AccountRule): LedgerResult<Position> {
  const { amount, asset } = posting;
  const where = `${posting.account} ${assetKey(asset)}`;
  let locked = before.locked;
  if (posting.fromLocked === true) {
    if (before.locked < -amount) return shortfall("locked", where, asset, before.locked, -amount);
    locked += amount;
  }
  const total = before.total + amount;
  if (!isStorable(total)) return fail("out_of_range", `${where} total would leave the storage range`);
  if (!rule.mayGoNegative && total - locked < 0n) return shortfall("free", where, asset, freeOf(before), -amount);
  // Accounts allowed to go negative still may not spend what they have locked.
  if (locked > 0n && locked > total) {
    const shown = formatScaled(locked, assetScale(asset));
    return fail("insufficient_free", `${where} would hold less than its ${shown} locked`);
  }

  let bookCost = before.bookCost;
  if (asset.kind === "units" && rule.tracksBookCost) {
    if (amount > 0n) bookCost += posting.bookCost ?? 0n;
    else if (total <= 0n) bookCost = 0n;
    else bookCost -= bookCostRemoved(before.bookCost, before.total, -amount);
  }
  if (!isStorable(bookCost)) return fail("out_of_range", `${where} book cost would leave the storage range`);
  return ok({ total, locked, bookCost });
}

/**
 * Applies a journal atomically. It is validated first (`validateJournal`); then postings apply
 * in order and every intermediate state must satisfy the account's rule: free never below zero
 * unless the rule allows it, locked never negative nor above total. Unit credits add their
 * `bookCost`; unit debits remove book cost proportionally (average cost). Returns the new
 * positions (the input map is never modified) or the first broken rule as an error value.
 */
export function applyJournal(
  positions: Positions,
  journal: Journal,
  rules: LedgerRules = DEFAULT_RULES,
): LedgerResult<Applied> {
  const valid = validateJournal(journal);
  if (!valid.ok) return valid;
  const changed = new Map<PositionKey, Position>();
  for (const posting of journal) {
    const key = positionKey(posting.account, posting.asset);
    const before = changed.get(key) ?? positions.get(key) ?? EMPTY_POSITION;
    const after = post(before, posting, rules(posting.account));
    if (!after.ok) return after;
    changed.set(key, after.value);
  }
  return ok(withChanges(positions, changed));
}

function withChanges(positions: Positions, changed: ReadonlyMap<PositionKey, Position>): Applied {
  const next = new Map(positions);
  for (const [key, position] of changed) next.set(key, position);
  return { positions: next, changed };
}

function checkTarget(account: AccountId, asset: Asset, amount: bigint): LedgerResult<null> {
  if (typeof account !== "string" || !isAccountId(account)) return fail("invalid_input", "bad account id");
  if (typeof asset !== "object" || asset === null || !isValidAsset(asset)) return fail("invalid_input", "bad asset");
  if (typeof amount !== "bigint" || amount <= 0n) return fail("invalid_input", "amount must be a positive integer");
  if (!isStorable(amount)) return fail("out_of_range", "amount out of range");
  return ok(null);
}

/**
 * Reserves `amount` of the account's free balance (an accepted buy locks its cash, a sell its
 * units, a withdrawal its cash). No postings: total is unchanged. Needs free ≥ amount > 0.
 */
export function lock(positions: Positions, account: AccountId, asset: Asset, amount: bigint): LedgerResult<Applied> {
  const checked = checkTarget(account, asset, amount);
  if (!checked.ok) return checked;
  const key = positionKey(account, asset);
  const before = positions.get(key) ?? EMPTY_POSITION;
  if (freeOf(before) < amount) return shortfall("free", `${account} ${assetKey(asset)}`, asset, freeOf(before), amount);
  return ok(withChanges(positions, new Map([[key, { ...before, locked: before.locked + amount }]])));
}

/**
 * Releases `amount` of the account's locked balance back to free (a cancelled order, the unused
 * part of a lock). No postings. Needs locked ≥ amount > 0.
 */
export function unlock(positions: Positions, account: AccountId, asset: Asset, amount: bigint): LedgerResult<Applied> {
  const checked = checkTarget(account, asset, amount);
  if (!checked.ok) return checked;
  const key = positionKey(account, asset);
  const before = positions.get(key) ?? EMPTY_POSITION;
  if (before.locked < amount) return shortfall("locked", `${account} ${assetKey(asset)}`, asset, before.locked, amount);
  return ok(withChanges(positions, new Map([[key, { ...before, locked: before.locked - amount }]])));
}
