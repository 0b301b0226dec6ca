/**
 * Buying and selling through the execution venue. An accepted instruction locks what it will
 * spend (cash for a buy, units for a sell) and opens a `pending/instructed` transaction; the
 * venue's fill step (on the alarm) prices it (`pending/priced`, unused cash unlocked); the
 * settlement step at trade date + the product's `settlement_date_offset` business days posts
 * the balanced journal (`archived/settled`).
 *
 * Rounding: units for a value order round down to the product's quantity decimals, so cash is
 * never overdrawn and a sell by value never raises more than asked; trade values (units ×
 * price) round half-even to the currency's minor unit.
 */
import type { FinancialProductId } from "../catalogue/financial-products";
import { findInvestmentProduct, isApplicableTo, quantityDecimals, type InvestmentProductData } from "../catalogue/investment-products";
import { marketValue, unitsForCash } from "../ledger/book-cost";
import { potAccount, type AccountId } from "../ledger/accounts";
import { journalForBuySettlement, journalForSellSettlement } from "../ledger/journals";
import { QUANTITY_SCALE, currencyExponent, formatScaled, fromStorage, parseScaled, pow10, toStorage, type CurrencyCode } from "../money/money";
import { executionVenue } from "../platform/execution-venues/venue";
import type { CommandContext, StoredEntity } from "../tenant/command-context";
import { addBusinessDays, dayCloseMs } from "../clock/calendar";
import { clockSettings, tradeDateFor } from "../clock/tenant-clock";
import { formatQuantity } from "./holdings";
import { cashOf, lockInPot, postJournal, unitsOf, unlockInPot } from "./ledger-store";
import { bookPricedProceeds, carryReservedToPot, lockBuyFunds, reservedAtSettlement, unlockBuyFunds, type BuyFunding } from "./pending-proceeds";
import type { PotData } from "./pots";
import { changeTransaction, findTransaction, openTransaction, type TransactionData } from "./transactions";

export const TRADE_FILL_JOB = "trade.fill";
export const TRADE_SETTLE_JOB = "trade.settle";

/** One buy or sell instruction, already shape-checked (decimal strings). */
export interface TradeInstruction {
  investment_product_id: string;
  quantity?: string | undefined;
  value?: string | undefined;
  client_order_id?: string | undefined;
}

export interface TradeOptions {
  origin?: TransactionData["origin"];
  subTransactionType?: string;
  parentTransactionId?: string | null;
  internal?: Partial<TransactionData["internal"]>;
}

/**
 * Why one instruction was refused: the field, a message for the per-instruction result, and
 * whether the pot lacked free cash or units (`funds`) or the instruction itself was invalid.
 */
export interface TradeRefusal {
  field: string;
  message: string;
  funds: boolean;
}

export type TradeOutcome = { ok: true; transaction: StoredEntity<TransactionData> } | { ok: false; refusal: TradeRefusal };

function refuse(field: string, message: string, funds = false): { ok: false; refusal: TradeRefusal } {
  return { ok: false, refusal: { field, message, funds } };
}

function scaledPrice(product: InvestmentProductData): bigint {
  const parsed = parseScaled(product.close_price, QUANTITY_SCALE);
  if (!parsed.ok) throw new RangeError(`stored price of ${product.investment_product_id} ${parsed.error}`);
  return parsed.value;
}

/** Truncates units (10^-6) to the product's quantity decimals. */
function toProductGrid(units: bigint, decimals: number): bigint {
  const step = pow10(QUANTITY_SCALE - decimals);
  return units - (units % step);
}

/** Checks product and amount of an instruction; returns the product or a refusal. */
function checkInstruction(ctx: CommandContext, pot: StoredEntity<PotData>, instruction: TradeInstruction): { ok: true; product: InvestmentProductData } | { ok: false; refusal: TradeRefusal } {
  const product = findInvestmentProduct(ctx, instruction.investment_product_id);
  if (!product) return refuse("investment_product_id", `Investment product '${instruction.investment_product_id}' does not exist`);
  if (product.status !== "active") return refuse("investment_product_id", `Investment product '${product.investment_product_id}' is not active`);
  if (product.currency !== pot.data.pot_currency) {
    return refuse("investment_product_id", `Investment product '${product.investment_product_id}' trades in ${product.currency}, the pot holds ${pot.data.pot_currency}`);
  }
  if (instruction.quantity !== undefined) {
    const decimals = quantityDecimals(product);
    const parsed = parseScaled(instruction.quantity, QUANTITY_SCALE);
    if (!parsed.ok || parsed.value <= 0n || toProductGrid(parsed.value, decimals) !== parsed.value) {
      return refuse("quantity", `quantity must be a positive number with at most ${decimals} decimal places for ${product.investment_product_id}`);
    }
  }
  return { ok: true, product };
}

function cashMinor(value: string, currency: CurrencyCode): bigint {
  const parsed = parseScaled(value, currencyExponent(currency));
  if (!parsed.ok) throw new RangeError(`value ${value} ${parsed.error}`);
  return parsed.value;
}

function unitsScaled(quantity: string): bigint {
  const parsed = parseScaled(quantity, QUANTITY_SCALE);
  if (!parsed.ok) throw new RangeError(`quantity ${quantity} ${parsed.error}`);
  return parsed.value;
}

/**
 * Accepts a buy: locks its cash (the value, or quantity × current price) and opens the order.
 * The product must be one the pot's wrapper may hold (`applicable_financial_products`).
 */
export function instructBuy(ctx: CommandContext, pot: StoredEntity<PotData>, instruction: TradeInstruction, options: TradeOptions = {}): TradeOutcome {
  const checked = checkInstruction(ctx, pot, instruction);
  if (!checked.ok) return checked;
  if (!isApplicableTo(checked.product, pot.data.financial_product_id as FinancialProductId)) {
    return refuse("investment_product_id", `Investment product '${checked.product.investment_product_id}' cannot be held in a ${pot.data.financial_product_id} pot`);
  }
  const currency = pot.data.pot_currency as CurrencyCode;
  const byValue = instruction.value !== undefined;
  const toLock = byValue ? cashMinor(instruction.value as string, currency) : marketValue(unitsScaled(instruction.quantity as string), scaledPrice(checked.product), currency);
  if (toLock <= 0n) return refuse("quantity", "the order is worth less than the currency's smallest unit");
  // A switch buy placed from priced proceeds locks against them first (`pending-proceeds.ts`).
  const locked = lockBuyFunds(ctx, { potId: pot.id, currency, account: options.internal?.funding_account }, toLock);
  if (!locked.ok) return refuse(byValue ? "value" : "quantity", `Insufficient free cash in the pot: ${locked.error.detail}`, true);
  return { ok: true, transaction: openOrder(ctx, pot, "buy", instruction, { locked_cash: toStorage(toLock) }, options) };
}

/** Accepts a sell: locks its units (the quantity, or value ÷ current price rounded down) and opens the order. */
export function instructSell(ctx: CommandContext, pot: StoredEntity<PotData>, instruction: TradeInstruction, options: TradeOptions = {}): TradeOutcome {
  const checked = checkInstruction(ctx, pot, instruction);
  if (!checked.ok) return checked;
  const currency = pot.data.pot_currency as CurrencyCode;
  const byValue = instruction.value !== undefined;
  const units = byValue
    ? toProductGrid(unitsForCash(cashMinor(instruction.value as string, currency), scaledPrice(checked.product), currency), quantityDecimals(checked.product))
    : unitsScaled(instruction.quantity as string);
  if (units <= 0n) return refuse("value", `value buys less than the smallest quantity of ${checked.product.investment_product_id}`);
  const locked = lockInPot(ctx, pot.id, unitsOf(checked.product.investment_product_id), units);
  if (!locked.ok) return refuse(byValue ? "value" : "quantity", `Insufficient free units of ${checked.product.investment_product_id}: ${locked.error.detail}`, true);
  return { ok: true, transaction: openOrder(ctx, pot, "sell", instruction, { locked_units: toStorage(units) }, options) };
}

function openOrder(
  ctx: CommandContext,
  pot: StoredEntity<PotData>,
  side: "buy" | "sell",
  instruction: TradeInstruction,
  locks: Partial<TransactionData["internal"]>,
  options: TradeOptions,
): StoredEntity<TransactionData> {
  const byValue = instruction.value !== undefined;
  const transaction = openTransaction(ctx, pot, {
    primary_transaction_type: side === "buy" ? "Buy" : "Sell",
    sub_transaction_type: options.subTransactionType ?? (side === "buy" ? "Buy" : "Sell"),
    type: "pending",
    sub_type: "instructed",
    direction: side === "buy" ? "in" : "out",
    investment_product_id: instruction.investment_product_id,
    client_order_id: instruction.client_order_id ?? null,
    transaction_quantity: byValue ? null : (instruction.quantity as string),
    transaction_value: byValue ? (instruction.value as string) : null,
    parent_transaction_id: options.parentTransactionId ?? null,
    origin: options.origin ?? "api",
    internal: { kind: side, order: byValue ? "value" : "quantity", instructed: byValue ? instruction.value : instruction.quantity, ...locks, ...options.internal },
  });
  ctx.schedule(TRADE_FILL_JOB, transaction.id, ctx.nowMs + executionVenue().fillDelayMs, { transaction_id: transaction.id });
  return transaction;
}

/** Where a buy order's locked cash sits: the pot, and its pending-proceeds account if it has one. */
function fundingOf(order: StoredEntity<TransactionData>): BuyFunding {
  return { potId: order.data.pot_id, currency: order.data.currency, account: order.data.internal.funding_account };
}

/** Releases an order's locks and archives it as rejected, publishing `transaction_failed`. */
export function rejectOrder(ctx: CommandContext, order: StoredEntity<TransactionData>, reason: string): StoredEntity<TransactionData> {
  const { internal } = order.data;
  if (internal.locked_cash) unlockBuyFunds(ctx, fundingOf(order), fromStorage(internal.locked_cash));
  if (internal.locked_units) unlockInPot(ctx, order.data.pot_id, unitsOf(order.data.investment_product_id), fromStorage(internal.locked_units));
  return changeTransaction(ctx, order, { type: "archived", sub_type: "rejected", reason, internal: { ...internal, locked_cash: undefined, locked_units: undefined } }, "transaction_failed");
}

/** When a settlement step is due: the day-close of the settlement date (it settles before the snapshot). */
function settlementDueMs(ctx: CommandContext, settlementDate: string): number {
  return Math.max(ctx.nowMs, dayCloseMs(settlementDate, clockSettings(ctx.config).timeZone));
}

/**
 * The venue's fill step (job `trade.fill`): prices the order at the venue's fill price. A
 * value buy gets the units its locked cash buys (rounded down) and unlocks the change; a
 * quantity buy whose price rose locks the difference, or is rejected when the pot cannot pay.
 */
export function fillOrder(ctx: CommandContext, order: StoredEntity<TransactionData>): void {
  if (order.data.type !== "pending" || order.data.sub_type !== "instructed") return;
  const product = findInvestmentProduct(ctx, order.data.investment_product_id);
  // A product withdrawn (or made inactive) since the instruction cannot be dealt: the venue rejects.
  if (!product || product.status !== "active") {
    rejectOrder(ctx, order, `Investment product ${order.data.investment_product_id} is no longer available`);
    return;
  }
  const currency = order.data.currency as CurrencyCode;
  const side = order.data.internal.kind === "buy" ? "buy" : "sell";
  const priceText = executionVenue().fillPrice({ side, investmentProductId: product.investment_product_id, currentPrice: product.close_price });
  const price = parseScaled(priceText, QUANTITY_SCALE);
  if (!price.ok) throw new RangeError(`fill price ${priceText} ${price.error}`);
  const decimals = quantityDecimals(product);
  const internal = { ...order.data.internal };
  let units: bigint;
  let cash: bigint;
  if (side === "buy") {
    const locked = fromStorage(internal.locked_cash ?? "0");
    units = internal.order === "value" ? toProductGrid(unitsForCash(locked, price.value, currency), decimals) : unitsScaled(internal.instructed as string);
    if (units <= 0n) {
      rejectOrder(ctx, order, `The order buys less than the smallest quantity of ${product.investment_product_id} at ${priceText}`);
      return;
    }
    cash = marketValue(units, price.value, currency);
    if (cash > locked && !lockInPot(ctx, order.data.pot_id, cashOf(currency), cash - locked).ok) {
      rejectOrder(ctx, order, `Insufficient free cash at the fill price ${priceText}`);
      return;
    }
    if (cash < locked) unlockBuyFunds(ctx, fundingOf(order), locked - cash);
    internal.locked_cash = toStorage(cash);
  } else {
    units = fromStorage(internal.locked_units ?? "0");
    cash = marketValue(units, price.value, currency);
    // A switch sell: the proceeds are due to the switch from now on, so its buys can be placed.
    if (internal.proceeds_account) bookPricedProceeds(ctx, order.id, internal.proceeds_account, currency, cash);
  }
  const tradeDate = tradeDateFor(Date.parse(order.createdAt), ctx.config);
  const offset = product.settlement_date_offset;
  const own = addBusinessDays(tradeDate, offset);
  // A buy funded by pending proceeds never settles before the sells that fund it.
  const floor = internal.settle_not_before;
  const settlementDate = floor !== undefined && floor > own ? floor : own;
  changeTransaction(ctx, order, {
    sub_type: "priced",
    execution_price: priceText,
    transaction_quantity: formatQuantity(units, decimals),
    transaction_value: formatScaled(cash, currencyExponent(currency)),
    trade_date: tradeDate,
    settlement_date: settlementDate,
    internal,
  });
  ctx.schedule(TRADE_SETTLE_JOB, order.id, settlementDueMs(ctx, settlementDate), { transaction_id: order.id });
}

/** The settlement step (job `trade.settle`): posts the trade's journal from the locked balances. */
export function settleOrder(ctx: CommandContext, order: StoredEntity<TransactionData>): StoredEntity<TransactionData> | null {
  if (order.data.type !== "pending" || order.data.sub_type !== "priced") return null;
  const currency = order.data.currency as CurrencyCode;
  const units = unitsScaled(order.data.transaction_quantity as string);
  const cash = cashMinor(order.data.transaction_value as string, currency);
  const trade = { pot: potAccount(order.data.pot_id), instrument: order.data.investment_product_id, units, currency, cash, fromLocked: true };
  const account = order.data.internal.kind === "sell" ? order.data.internal.proceeds_account : undefined;
  // Proceeds booked at pricing come out of the pending-proceeds account; what buys hold of them stays locked, now on the pot's cash.
  const reserved = account !== undefined && cash > 0n ? reservedAtSettlement(ctx, account, currency, cash) : 0n;
  const journal =
    order.data.internal.kind === "buy"
      ? journalForBuySettlement(trade)
      : journalForSellSettlement(account !== undefined ? { ...trade, proceeds: { account: account as AccountId, reserved } } : trade);
  const posted = postJournal(ctx, `settle-${order.id}`, `${order.data.internal.kind}_settlement`, journal);
  if (!posted.ok) throw new Error(`settlement of ${order.id} broke a ledger rule: ${posted.error.detail}`);
  carryReservedToPot(ctx, order.data.pot_id, currency, reserved);
  const internal = { ...order.data.internal, locked_cash: undefined, locked_units: undefined };
  return changeTransaction(ctx, order, { type: "archived", sub_type: "settled", internal });
}

/** Finds an order by id for a job (null when it is gone). */
export function orderFor(ctx: CommandContext, job: { data: unknown }): StoredEntity<TransactionData> | null {
  const { transaction_id } = job.data as { transaction_id: string };
  return findTransaction(ctx, transaction_id);
}
