/**
 * Pending proceeds: how a switch buys with the proceeds of sells that are priced but not settled.
 *
 * - A switch sell, when the venue prices it, books its proceeds to the switch's pending-proceeds
 *   account (`proceeds:<switch id>`, `journalForPricedSale`): what the venue owes the pot.
 * - The switch's buys lock what they spend against that account first, then against the pot's
 *   free cash (the cash the switch set aside). The ledger never lets the account's locks exceed
 *   its balance, as for any account that may not go negative.
 * - When a sell settles, its proceeds move from the account into the pot's cash; the part of the
 *   buys' locks that the account's remaining balance can no longer cover moves with them, as a
 *   lock on the pot's cash (`reservedAtSettlement`). The cash is never free in between.
 * - A funded buy settles no earlier than every sell that funds it (its settlement date is at least
 *   theirs, and settling it settles them first), so by then the account is empty and every lock of
 *   the switch's buys is on the pot's cash, which the buy's settlement spends.
 *
 * Locks taken by a switch's buys are pooled per switch: releasing one (a fill's change, a
 * rejection) takes from the account's locks first, then from the pot's cash. Ordinary buys have no
 * funding account and lock free cash only.
 */
import type { AccountId } from "../ledger/accounts";
import { journalForPricedSale } from "../ledger/journals";
import type { LedgerResult } from "../ledger/result";
import type { CurrencyCode } from "../money/money";
import type { CommandContext } from "../tenant/command-context";
import { accountPosition, cashOf, lockInAccount, lockInPot, postJournal, potPosition, unlockInAccount, unlockInPot } from "./ledger-store";

/** Where a buy takes its cash from: the pot, and the pending-proceeds account it may lock against first. */
export interface BuyFunding {
  potId: string;
  currency: string;
  /** `proceeds:<switch id>` for a switch buy placed from priced proceeds. */
  account?: string | undefined;
}

const free = (p: { total: bigint; locked: bigint }) => p.total - p.locked;

/**
 * Locks `amount` for a buy: from the funding account's free balance first, the rest from the
 * pot's free cash. All or nothing: when the two together fall short nothing is locked.
 */
export function lockBuyFunds(ctx: CommandContext, funding: BuyFunding, amount: bigint): LedgerResult<null> {
  const cash = cashOf(funding.currency);
  if (funding.account === undefined) return lockInPot(ctx, funding.potId, cash, amount);
  const account = funding.account as AccountId;
  const fromProceeds = min(amount, free(accountPosition(ctx, account, cash)));
  const fromPot = amount - fromProceeds;
  const potFree = free(potPosition(ctx, funding.potId, cash));
  // Short: let the ledger refuse the pot's part (its error names the shortfall) before anything is locked.
  if (fromPot > potFree) return lockInPot(ctx, funding.potId, cash, fromPot);
  if (fromProceeds > 0n) {
    const locked = lockInAccount(ctx, account, cash, fromProceeds);
    if (!locked.ok) return locked;
  }
  return fromPot > 0n ? lockInPot(ctx, funding.potId, cash, fromPot) : { ok: true, value: null };
}

/** Releases `amount` of a buy's lock: from the funding account's locks first, the rest from the pot's cash. */
export function unlockBuyFunds(ctx: CommandContext, funding: BuyFunding, amount: bigint): void {
  if (amount <= 0n) return;
  const cash = cashOf(funding.currency);
  let fromProceeds = 0n;
  if (funding.account !== undefined) {
    fromProceeds = min(amount, accountPosition(ctx, funding.account as AccountId, cash).locked);
    if (fromProceeds > 0n) mustHold(unlockInAccount(ctx, funding.account as AccountId, cash, fromProceeds), "pending proceeds");
  }
  if (amount > fromProceeds) mustHold(unlockInPot(ctx, funding.potId, cash, amount - fromProceeds), "pot cash");
}

/** A priced switch sell: books its `amount` of proceeds (minor units) as due to the pending-proceeds account. */
export function bookPricedProceeds(ctx: CommandContext, orderId: string, account: string, currency: CurrencyCode, amount: bigint): void {
  if (amount <= 0n) return;
  const posted = postJournal(ctx, `priced-${orderId}`, "sell_pricing", journalForPricedSale({ account: account as AccountId, currency, amount }));
  if (!posted.ok) throw new Error(`booking the proceeds of ${orderId} broke a ledger rule: ${posted.error.detail}`);
}

/**
 * How much of the buys' locks on the pending-proceeds account move to the pot's cash when a sell
 * paying `proceeds` out of it settles: whatever the balance left behind cannot cover.
 */
export function reservedAtSettlement(ctx: CommandContext, account: string, currency: string, proceeds: bigint): bigint {
  const position = accountPosition(ctx, account as AccountId, cashOf(currency));
  const left = position.total - proceeds;
  return position.locked > left ? position.locked - (left > 0n ? left : 0n) : 0n;
}

/** Locks on the pot's cash what a settled sell carried over from its pending-proceeds account. */
export function carryReservedToPot(ctx: CommandContext, potId: string, currency: string, reserved: bigint): void {
  if (reserved > 0n) mustHold(lockInPot(ctx, potId, cashOf(currency), reserved), "pot cash");
}

function min(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}

function mustHold(result: LedgerResult<null>, what: string): void {
  if (!result.ok) throw new Error(`pending proceeds: ${what} broke a ledger rule: ${result.error.detail}`);
}
