/**
 * Switches: sell some holdings (and set aside some free cash), then buy others with the proceeds.
 * A switch is a parent record with child Switch Sell / Switch Buy orders placed through the
 * execution venue (`parent_transaction_id` = the switch id). The sells are placed at once; once
 * every sell is priced (its value known), the buys are placed from the proceeds plus the cash set
 * aside: a priced sell books its proceeds to the switch's pending-proceeds account and the buys
 * lock against it (`pending-proceeds.ts`). Each buy settles on its own T+n, but never before the
 * sells that fund it; the switch completes when every buy has settled. A rejected sell (the venue
 * rejects before pricing) fails the switch: unplaced buys are dropped, unpriced sibling sells are
 * cancelled and the cash is released. The pot's cash and units never go below zero: every order
 * locks what it spends, and leftover cash stays free in the pot.
 */
import { findInvestmentProduct, quantityDecimals } from "../catalogue/investment-products";
import { proceedsAccount } from "../ledger/accounts";
import { QUANTITY_SCALE, currencyExponent, formatScaled, fromStorage, parseScaled, pow10, toStorage, type CurrencyCode } from "../money/money";
import type { CommandContext, StoredEntity } from "../tenant/command-context";
import { cashOf, lockInPot, potPosition, unitsOf, unlockInPot } from "./ledger-store";
import { findPot, type PotData } from "./pots";
import { instructBuy, instructSell, rejectOrder, type TradeInstruction } from "./trading";
import { findTransaction, type TransactionData } from "./transactions";

/** Entity kind of a switch (id: UUID v4; owner: its pot). */
export const SWITCH = "switch";

export type SwitchStatus = "initiated" | "sell_in_progress" | "buy_in_progress" | "completed" | "failed";

/** A switch instruction as sent (`mode` unit / value / percentage; `value` a decimal string). */
export interface SwitchInstruction {
  investment_product_id: string;
  mode: "unit" | "value" | "percentage";
  value: string;
}

export interface SwitchData {
  switch_transaction_id: string;
  pot_id: string;
  origin: "api" | "rebalance";
  status: SwitchStatus;
  reason: string | null;
  sell_instructions: SwitchInstruction[];
  buy_instructions: SwitchInstruction[];
  internal: {
    child_origin: TransactionData["origin"];
    /** Child order ids, in instruction order. */
    sells: string[];
    buys: string[];
    /** Free cash set aside for the buys (stored minor units), locked until they are placed. */
    cash_minor: string;
    /** Buys worth less than this (stored minor units) are skipped. */
    min_trade_minor: string;
    /** The buys to place once the sells are priced. */
    planned: SwitchBuy[];
    /** Buys that were not placed, with why (`minimum`: worth less than the minimum trade). */
    skipped: Array<{ investment_product_id: string; reason: string; minimum: boolean }>;
    rebalance_request_id?: string;
  };
}

/** A sell the engine places: a quantity, or a value the venue turns into units (rounded down). */
export type SwitchSell = TradeInstruction;

/** A buy the engine places: a share of the funds (`percentage`, up to 2 decimals) or a fixed `value`. */
export interface SwitchBuy {
  investment_product_id: string;
  percentage?: string;
  value?: string;
}

/** Why a switch could not start: the index of the refused instruction and its field. */
export interface SwitchRefusal {
  list: "sell_instructions" | "buy_instructions";
  index: number;
  field: string;
  message: string;
  funds: boolean;
}

export interface SwitchPlan {
  origin: SwitchData["origin"];
  childOrigin: TransactionData["origin"];
  sellInstructions: SwitchInstruction[];
  buyInstructions: SwitchInstruction[];
  sells: SwitchSell[];
  buys: SwitchBuy[];
  /** Free cash (minor units) set aside for the buys now. */
  cashMinor: bigint;
  minTradeMinor: bigint;
  rebalanceRequestId?: string;
}

/** Something that wants to know when a switch reaches `completed` or `failed` (e.g. its rebalance). */
export type SwitchListener = (ctx: CommandContext, finished: StoredEntity<SwitchData>) => void;
const listeners: SwitchListener[] = [];

/** Registers a listener of finished switches (features register at the top, in `src/jobs.ts`). */
export function onSwitchFinished(listener: SwitchListener): void {
  if (!listeners.includes(listener)) listeners.push(listener);
}

/** The free units of a product in a pot (stored integer). */
export function freeUnits(ctx: CommandContext, potId: string, productId: string): bigint {
  const position = potPosition(ctx, potId, unitsOf(productId));
  return position.total - position.locked;
}

/** The free cash of a pot (minor units). */
export function freeCash(ctx: CommandContext, potId: string, currency: string): bigint {
  const position = potPosition(ctx, potId, cashOf(currency));
  return position.total - position.locked;
}

/** `share` percent (a decimal string, up to 2 decimals) of `amount`, rounded down. */
export function percentOf(amount: bigint, share: string): bigint {
  const parsed = parseScaled(share, 2);
  if (!parsed.ok) throw new RangeError(`percentage ${share} ${parsed.error}`);
  return (amount * parsed.value) / 10_000n;
}

/** Truncates units to the product's quantity grid. */
export function toGrid(units: bigint, decimals: number): bigint {
  const step = pow10(QUANTITY_SCALE - decimals);
  return units - (units % step);
}

/**
 * Starts a switch inside the running command: sets the cash aside, places every sell (or, with
 * no sells, the buys at once). Returns the stored switch, or the first refusal (the command then
 * fails and nothing is written).
 */
export function startSwitch(ctx: CommandContext, pot: StoredEntity<PotData>, plan: SwitchPlan): { ok: true; value: StoredEntity<SwitchData> } | { ok: false; refusal: SwitchRefusal } {
  const id = crypto.randomUUID();
  if (plan.cashMinor > 0n && !lockInPot(ctx, pot.id, cashOf(pot.data.pot_currency), plan.cashMinor).ok) {
    const index = plan.sellInstructions.findIndex((i) => i.investment_product_id === "cash");
    return { ok: false, refusal: { list: "sell_instructions", index: Math.max(index, 0), field: "value", message: "more than the pot's free cash", funds: true } };
  }
  const sells: string[] = [];
  for (const [index, sell] of plan.sells.entries()) {
    const placed = instructSell(ctx, pot, sell, { origin: plan.childOrigin, subTransactionType: "Switch Sell", parentTransactionId: id, internal: { proceeds_account: proceedsAccount(id) } });
    if (!placed.ok) {
      const at = plan.sellInstructions.findIndex((i) => i.investment_product_id === sell.investment_product_id);
      return { ok: false, refusal: { list: "sell_instructions", index: at >= 0 ? at : index, field: "value", message: placed.refusal.message, funds: placed.refusal.funds } };
    }
    sells.push(placed.transaction.id);
  }
  const data: SwitchData = {
    switch_transaction_id: id,
    pot_id: pot.id,
    origin: plan.origin,
    status: sells.length > 0 ? "sell_in_progress" : "initiated",
    reason: null,
    sell_instructions: plan.sellInstructions,
    buy_instructions: plan.buyInstructions,
    internal: {
      child_origin: plan.childOrigin,
      sells,
      buys: [],
      cash_minor: toStorage(plan.cashMinor),
      min_trade_minor: toStorage(plan.minTradeMinor),
      planned: plan.buys,
      skipped: [],
      ...(plan.rebalanceRequestId !== undefined && { rebalance_request_id: plan.rebalanceRequestId }),
    },
  };
  let stored = ctx.insert(SWITCH, id, data, pot.id);
  if (sells.length === 0) stored = placeBuys(ctx, stored, 0n, []);
  return { ok: true, value: stored };
}

function finish(ctx: CommandContext, current: StoredEntity<SwitchData>, status: "completed" | "failed", reason: string | null): StoredEntity<SwitchData> {
  const done = ctx.update<SwitchData>(current, { ...current.data, status, reason });
  for (const listener of listeners) listener(ctx, done);
  return done;
}

/**
 * Places the buys from the sells' proceeds plus the cash set aside (released first). `funders`
 * are the priced sells whose proceeds are still pending: the buys lock against the switch's
 * pending-proceeds account first and settle no earlier than those sells.
 */
function placeBuys(ctx: CommandContext, current: StoredEntity<SwitchData>, proceeds: bigint, funders: StoredEntity<TransactionData>[]): StoredEntity<SwitchData> {
  const pot = findPot(ctx, current.data.pot_id);
  const internal = { ...current.data.internal, skipped: [...current.data.internal.skipped] };
  const cash = fromStorage(internal.cash_minor);
  if (!pot) return finish(ctx, current, "failed", "the pot no longer exists");
  const currency = pot.data.pot_currency as CurrencyCode;
  if (cash > 0n) unlockInPot(ctx, pot.id, cashOf(currency), cash);
  internal.cash_minor = "0";
  const funds = proceeds + cash;
  let left = funds;
  const floor = funders.reduce<string | undefined>((latest, t) => (t.data.settlement_date !== null && (latest === undefined || t.data.settlement_date > latest) ? t.data.settlement_date : latest), undefined);
  const funding: Partial<TransactionData["internal"]> =
    funders.length === 0 ? {} : { funding_account: proceedsAccount(current.id), funded_by: funders.map((t) => t.id), ...(floor !== undefined && { settle_not_before: floor }) };
  const buys: string[] = [];
  for (const buy of internal.planned) {
    const wanted = buy.percentage !== undefined ? percentOf(funds, buy.percentage) : (parseScaled(buy.value ?? "0", currencyExponent(currency)) as { ok: true; value: bigint }).value;
    const amount = wanted < left ? wanted : left;
    if (amount <= 0n || amount < fromStorage(internal.min_trade_minor)) {
      internal.skipped.push({ investment_product_id: buy.investment_product_id, reason: `worth ${formatScaled(amount, currencyExponent(currency))}, below the minimum trade`, minimum: true });
      continue;
    }
    const placed = instructBuy(ctx, pot, { investment_product_id: buy.investment_product_id, value: formatScaled(amount, currencyExponent(currency)) }, {
      origin: internal.child_origin,
      subTransactionType: "Switch Buy",
      parentTransactionId: current.id,
      internal: funding,
    });
    if (!placed.ok) {
      internal.skipped.push({ investment_product_id: buy.investment_product_id, reason: placed.refusal.message, minimum: false });
      continue;
    }
    left -= amount;
    buys.push(placed.transaction.id);
  }
  internal.buys = buys;
  const updated = ctx.update<SwitchData>(current, { ...current.data, status: "buy_in_progress", internal });
  if (buys.length > 0) return updated;
  // Nothing to buy: done, unless a buy was refused (below-minimum buys are simply skipped).
  const refused = internal.skipped.filter((s) => !s.minimum);
  return refused.length > 0
    ? finish(ctx, updated, "failed", `No buy could be placed: ${refused.map((s) => `${s.investment_product_id}: ${s.reason}`).join("; ")}`)
    : finish(ctx, updated, "completed", null);
}

/** Fails the switch: cancels sells not yet priced, releases the cash set aside, drops the buys. */
function failSwitch(ctx: CommandContext, current: StoredEntity<SwitchData>, reason: string): void {
  for (const id of current.data.internal.sells) {
    const sibling = findTransaction(ctx, id);
    if (sibling && sibling.data.type === "pending" && sibling.data.sub_type === "instructed") rejectOrder(ctx, sibling, `Switch ${current.id} failed: ${reason}`);
  }
  const cash = fromStorage(current.data.internal.cash_minor);
  const pot = findPot(ctx, current.data.pot_id);
  if (cash > 0n && pot) unlockInPot(ctx, pot.id, cashOf(pot.data.pot_currency), cash);
  finish(ctx, ctx.update<SwitchData>(current, { ...current.data, internal: { ...current.data.internal, cash_minor: "0" } }), "failed", reason);
}

const isPriced = (t: StoredEntity<TransactionData> | null) => t !== null && t.data.type === "pending" && t.data.sub_type === "priced";
const isSettled = (t: StoredEntity<TransactionData> | null) => t !== null && t.data.type === "archived" && t.data.sub_type === "settled";
const isRejected = (t: StoredEntity<TransactionData> | null) => t !== null && t.data.type === "archived" && t.data.sub_type === "rejected";

/**
 * Order follower (`followOrders` in `src/jobs.ts`): moves a switch on when one of its children
 * is priced, rejected or settled.
 */
export function followSwitchOrder(ctx: CommandContext, order: StoredEntity<TransactionData>): void {
  const parentId = order.data.parent_transaction_id;
  if (!parentId) return;
  const current = ctx.get<SwitchData>(SWITCH, parentId);
  if (!current || current.data.status === "completed" || current.data.status === "failed") return;
  const { sells, buys } = current.data.internal;
  if (current.data.status === "sell_in_progress" && sells.includes(order.id)) {
    if (isRejected(order)) return failSwitch(ctx, current, `Sell of ${order.data.investment_product_id} rejected: ${order.data.reason ?? "by the venue"}`);
    // The buys go in as soon as every sell is priced (or, had one settled already, settled). A sell
    // placed before sells booked their proceeds at pricing (no `proceeds_account`) is waited for until it settles.
    const children = sells.map((id) => findTransaction(ctx, id));
    if (!children.every((t) => isSettled(t) || (isPriced(t) && t?.data.internal.proceeds_account !== undefined))) return;
    const currency = order.data.currency as CurrencyCode;
    const proceeds = children.reduce((sum, t) => sum + (parseScaled(t?.data.transaction_value ?? "0", currencyExponent(currency)) as { ok: true; value: bigint }).value, 0n);
    placeBuys(ctx, current, proceeds, children.filter((t): t is StoredEntity<TransactionData> => isPriced(t)));
    return;
  }
  if (current.data.status === "buy_in_progress" && buys.includes(order.id)) {
    const children = buys.map((id) => findTransaction(ctx, id));
    if (!children.every((t) => isSettled(t) || isRejected(t))) return;
    const rejected = children.filter(isRejected);
    if (rejected.length > 0) finish(ctx, current, "failed", `Buy of ${rejected.map((t) => t?.data.investment_product_id).join(", ")} rejected`);
    else finish(ctx, current, "completed", null);
  }
}

/** Units for a sell instruction by mode (`unit` exact, `percentage` of free units rounded down to the grid). */
export function unitsForSell(ctx: CommandContext, potId: string, instruction: SwitchInstruction): bigint | null {
  const product = findInvestmentProduct(ctx, instruction.investment_product_id);
  if (!product) return null;
  const decimals = quantityDecimals(product);
  if (instruction.mode === "percentage") return toGrid(percentOf(freeUnits(ctx, potId, product.investment_product_id), instruction.value), decimals);
  const parsed = parseScaled(instruction.value, QUANTITY_SCALE);
  return parsed.ok ? parsed.value : null;
}
