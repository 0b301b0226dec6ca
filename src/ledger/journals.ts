/**
 * Builders for the common money moves. Each returns a balanced journal for `applyJournal`.
 * Amounts are stored integers (minor units for cash, `QUANTITY_SCALE` for units) and must be
 * positive: the wire layer has already refused anything else, so a non-positive amount here is
 * a programming error and throws a RangeError.
 */
import type { CurrencyCode } from "../money/money";
import { EXTERNAL_BANK, EXTERNAL_VENUE, FEES_TENANT, type AccountId } from "./accounts";
import { cashAsset, unitsAsset } from "./assets";
import type { Journal, Posting } from "./postings";

function positive(name: string, value: bigint): bigint {
  if (value <= 0n) throw new RangeError(`${name} must be positive, got ${value}`);
  return value;
}

function notNegative(name: string, value: bigint): bigint {
  if (value < 0n) throw new RangeError(`${name} must not be negative, got ${value}`);
  return value;
}

/** A cash movement between a pot and one counterparty account. */
export interface CashMove {
  readonly pot: AccountId;
  readonly currency: CurrencyCode;
  readonly amount: bigint;
}

/** Money arriving in a pot from the bank: bank −amount, pot +amount. */
export function journalForContribution(move: CashMove & { readonly from?: AccountId }): Journal {
  const cash = cashAsset(move.currency);
  const amount = positive("contribution", move.amount);
  return [
    { account: move.from ?? EXTERNAL_BANK, asset: cash, amount: -amount },
    { account: move.pot, asset: cash, amount },
  ];
}

/**
 * Money leaving a pot for the bank: pot −amount, bank +amount. With `fromLocked`, the cash
 * comes out of what was locked when the withdrawal was accepted.
 */
export function journalForWithdrawal(
  move: CashMove & { readonly fromLocked?: boolean; readonly to?: AccountId },
): Journal {
  const cash = cashAsset(move.currency);
  const amount = positive("withdrawal", move.amount);
  return [
    { account: move.pot, asset: cash, amount: -amount, fromLocked: move.fromLocked ?? false },
    { account: move.to ?? EXTERNAL_BANK, asset: cash, amount },
  ];
}

/** A fee charged to a pot: pot −amount, fee account (default `fees:tenant`) +amount. */
export function journalForFee(
  move: CashMove & { readonly fromLocked?: boolean; readonly feeAccount?: AccountId },
): Journal {
  const cash = cashAsset(move.currency);
  const amount = positive("fee", move.amount);
  return [
    { account: move.pot, asset: cash, amount: -amount, fromLocked: move.fromLocked ?? false },
    { account: move.feeAccount ?? FEES_TENANT, asset: cash, amount },
  ];
}

/** A settled trade of `units` of `instrument` for `cash` minor units of `currency`. */
export interface Trade {
  readonly pot: AccountId;
  readonly instrument: string;
  readonly units: bigint;
  readonly currency: CurrencyCode;
  readonly cash: bigint;
  /** Whether the pot's side comes out of its locked balance (default true: orders lock first). */
  readonly fromLocked?: boolean;
  /** The counterparty (default `external:venue`). */
  readonly venue?: AccountId;
  /**
   * Only for a sell whose proceeds were booked when it was priced (`journalForPricedSale`): the
   * cash comes from that pending-proceeds account instead of the venue, `reserved` of it out of
   * the part locked there (by buys funded from it).
   */
  readonly proceeds?: { readonly account: AccountId; readonly reserved: bigint };
}

/**
 * A sell is priced and its proceeds are due to the pot: the venue owes `amount` to the
 * pending-proceeds account (`proceeds:<switch id>`) until the sell settles. Venue −amount, proceeds +amount.
 */
export function journalForPricedSale(move: { readonly account: AccountId; readonly currency: CurrencyCode; readonly amount: bigint; readonly venue?: AccountId }): Journal {
  const cash = cashAsset(move.currency);
  const amount = positive("proceeds", move.amount);
  return [
    { account: move.venue ?? EXTERNAL_VENUE, asset: cash, amount: -amount },
    { account: move.account, asset: cash, amount },
  ];
}

/**
 * A buy settles: the pot pays `cash` to the venue and receives `units`, whose book cost grows
 * by the cash paid. A zero-cash trade (units received for nothing) has no cash legs.
 */
export function journalForBuySettlement(trade: Trade): Journal {
  const units = positive("units bought", trade.units);
  const cash = notNegative("cash paid", trade.cash);
  const venue = trade.venue ?? EXTERNAL_VENUE;
  const postings: Posting[] = [];
  if (cash > 0n) {
    const asset = cashAsset(trade.currency);
    postings.push({ account: trade.pot, asset, amount: -cash, fromLocked: trade.fromLocked ?? true });
    postings.push({ account: venue, asset, amount: cash });
  }
  const asset = unitsAsset(trade.instrument);
  postings.push({ account: venue, asset, amount: -units });
  postings.push({ account: trade.pot, asset, amount: units, bookCost: cash });
  return postings;
}

/**
 * A sell settles: the pot delivers `units` to the venue (its book cost falls proportionally)
 * and receives `cash`, from the venue or, when the proceeds were booked at pricing, from the
 * pending-proceeds account (its `reserved` part from the locked balance). A zero-cash trade has
 * no cash legs.
 */
export function journalForSellSettlement(trade: Trade): Journal {
  const units = positive("units sold", trade.units);
  const cash = notNegative("cash received", trade.cash);
  const venue = trade.venue ?? EXTERNAL_VENUE;
  const asset = unitsAsset(trade.instrument);
  const postings: Posting[] = [
    { account: trade.pot, asset, amount: -units, fromLocked: trade.fromLocked ?? true },
    { account: venue, asset, amount: units },
  ];
  if (cash > 0n) {
    const cashLeg = cashAsset(trade.currency);
    const proceeds = trade.proceeds;
    if (proceeds === undefined) postings.push({ account: venue, asset: cashLeg, amount: -cash });
    else {
      const reserved = notNegative("reserved proceeds", proceeds.reserved);
      if (reserved > cash) throw new RangeError(`reserved proceeds ${reserved} exceed the ${cash} received`);
      if (reserved > 0n) postings.push({ account: proceeds.account, asset: cashLeg, amount: -reserved, fromLocked: true });
      if (cash > reserved) postings.push({ account: proceeds.account, asset: cashLeg, amount: reserved - cash });
    }
    postings.push({ account: trade.pot, asset: cashLeg, amount: cash });
  }
  return postings;
}
