import { formatScaled, isStorable } from "../money/money";
import { isAccountId, type AccountId } from "./accounts";
import { assetKey, assetScale, isValidAsset, type Asset, type AssetKey } from "./assets";
import { fail, ok, type LedgerResult } from "./result";

/** One leg of a journal: a signed change to one account's holding of one asset. */
export interface Posting {
  readonly account: AccountId;
  readonly asset: Asset;
  /** Signed integer at the asset's storage scale (minor units for cash, 10^-6 for units). Never zero. */
  readonly amount: bigint;
  /**
   * Only on a debit (amount < 0): the debit consumes part of the locked balance instead of the
   * free one, as a settlement does with the amount locked when its order was accepted.
   */
  readonly fromLocked?: boolean;
  /**
   * Only on a unit credit (amount > 0): the book cost, in minor units of the instrument's
   * currency, that these units add to the position (the cash paid for a buy). Absent means 0;
   * ignored for accounts whose rule does not track book cost.
   */
  readonly bookCost?: bigint;
}

/** A set of postings applied atomically. Valid only when it sums to zero per asset. */
export type Journal = readonly Posting[];

function describe(posting: Posting, index: number): string {
  return `posting ${index} (${String(posting.account)} ${isValidAsset(posting.asset) ? assetKey(posting.asset) : "?"})`;
}

function checkPosting(posting: Posting, index: number): LedgerResult<null> {
  const where = describe(posting, index);
  if (typeof posting.account !== "string" || !isAccountId(posting.account)) {
    return fail("invalid_input", `${where}: bad account id`);
  }
  if (typeof posting.asset !== "object" || posting.asset === null || !isValidAsset(posting.asset)) {
    return fail("invalid_input", `${where}: bad asset`);
  }
  if (typeof posting.amount !== "bigint" || posting.amount === 0n) {
    return fail("invalid_input", `${where}: amount must be a non-zero integer`);
  }
  if (!isStorable(posting.amount)) return fail("out_of_range", `${where}: amount out of range`);
  if (posting.fromLocked === true && posting.amount > 0n) {
    return fail("invalid_input", `${where}: only a debit can come from the locked balance`);
  }
  if (posting.bookCost !== undefined) {
    if (posting.asset.kind !== "units" || posting.amount < 0n) {
      return fail("invalid_input", `${where}: book cost belongs on a unit credit`);
    }
    if (typeof posting.bookCost !== "bigint" || posting.bookCost < 0n) {
      return fail("invalid_input", `${where}: book cost must be a non-negative integer`);
    }
    if (!isStorable(posting.bookCost)) return fail("out_of_range", `${where}: book cost out of range`);
  }
  return ok(null);
}

/** The net of a journal's postings per asset (zero for every asset when it balances). */
export function netByAsset(journal: Journal): Map<AssetKey, bigint> {
  const net = new Map<AssetKey, bigint>();
  for (const posting of journal) {
    const key = assetKey(posting.asset);
    net.set(key, (net.get(key) ?? 0n) + posting.amount);
  }
  return net;
}

/**
 * Checks that a journal can be applied: at least one posting, every posting well formed (valid
 * account and asset, non-zero amount in the storage range, `fromLocked` only on debits,
 * `bookCost` only on unit credits), and the postings of each asset summing to exactly zero.
 * Returns the journal, or an `invalid_input`, `out_of_range` or `unbalanced` error.
 */
export function validateJournal(journal: Journal): LedgerResult<Journal> {
  if (!Array.isArray(journal) || journal.length === 0) {
    return fail("invalid_input", "a journal needs at least one posting");
  }
  for (const [index, posting] of journal.entries()) {
    const checked = checkPosting(posting, index);
    if (!checked.ok) return checked;
  }
  for (const [key, net] of netByAsset(journal)) {
    if (net !== 0n) {
      const asset = journal.find((p) => assetKey(p.asset) === key)?.asset;
      const shown = asset === undefined ? net.toString() : formatScaled(net, assetScale(asset));
      return fail("unbalanced", `${key} postings sum to ${shown}, not zero`);
    }
  }
  return ok(journal);
}
