/**
 * Ad-hoc fees (`POST /tenant/transactions/v1/fee`). A charge settles at once from free cash
 * (`archived/settled`). When free cash is short, the free cash is ring-fenced and a sell-down
 * is placed (`Fee Sell` orders of the largest free holdings first, each rounded up to the
 * product's quantity step so the proceeds cover the shortfall at the current price); the fee
 * stays `pending` with `selldown_triggered: true` and settles once every sell-down has
 * settled. Credits and rebates add cash at once.
 */
import { findInvestmentProduct, quantityDecimals } from "../catalogue/investment-products";
import { marketValue, unitsForCash } from "../ledger/book-cost";
import { potAccount } from "../ledger/accounts";
import { journalForContribution, journalForFee } from "../ledger/journals";
import { freeOf } from "../ledger/positions";
import { QUANTITY_SCALE, currencyExponent, fromStorage, parseScaled, pow10, toStorage, type CurrencyCode } from "../money/money";
import type { FieldError } from "../platform/errors/api-error";
import type { CommandContext, StoredEntity } from "../tenant/command-context";
import { formatQuantity } from "./holdings";
import { cashOf, lockInPot, potPosition, potPositions, postJournal, unlockInPot } from "./ledger-store";
import type { PotData } from "./pots";
import { instructSell } from "./trading";
import { changeTransaction, findTransaction, openTransaction, today, type TransactionData } from "./transactions";

/** Fee sub types that pay cash into the pot instead of taking it out. */
export const FEE_CREDIT_TYPES = ["Fee credit", "Fee rebate", "Commission rebate"];
/** The only fee sub types pension pots accept. */
export const PENSION_FEE_TYPES = ["Ancillary fee", "Advisor ongoing fee", "One-off advisor fee", "Custody fees", "Commission"];
const FEE_CREDITS_ACCOUNT = "external:fee-credits" as const;

export type FeeOutcome = { ok: true; transaction: StoredEntity<TransactionData> } | { ok: false; error: FieldError };

interface PlannedSell {
  productId: string;
  units: bigint;
}

/**
 * Sells of free holdings of active products (largest value first; an inactive product cannot
 * be sold) whose proceeds cover `shortfall` minor units, or null when they can't.
 */
function planSellDown(ctx: CommandContext, pot: StoredEntity<PotData>, shortfall: bigint): PlannedSell[] | null {
  const currency = pot.data.pot_currency as CurrencyCode;
  const candidates = potPositions(ctx, pot.id)
    .filter((p) => p.asset.startsWith("units:") && freeOf(p.position) > 0n)
    .map((p) => {
      const productId = p.asset.slice("units:".length);
      const product = findInvestmentProduct(ctx, productId);
      const price = product ? parseScaled(product.close_price, QUANTITY_SCALE) : null;
      const free = freeOf(p.position);
      return product && product.status === "active" && price?.ok ? { productId, free, price: price.value, step: pow10(QUANTITY_SCALE - quantityDecimals(product)), value: marketValue(free, price.value, currency) } : null;
    })
    .filter((c): c is NonNullable<typeof c> => c !== null)
    .sort((a, b) => (a.value === b.value ? 0 : a.value > b.value ? -1 : 1));
  const sells: PlannedSell[] = [];
  let remaining = shortfall;
  for (const c of candidates) {
    if (remaining <= 0n) break;
    let units = unitsForCash(remaining, c.price, currency);
    units -= units % c.step;
    while (marketValue(units, c.price, currency) < remaining && units < c.free) units += c.step;
    if (units > c.free) units = c.free - (c.free % c.step);
    if (units <= 0n) continue;
    sells.push({ productId: c.productId, units });
    remaining -= marketValue(units, c.price, currency);
  }
  return remaining > 0n ? null : sells;
}

/**
 * Charges (or credits) a fee to `pot`; `originPotId` is the pot the fee is for when a nominee pot
 * pays it; `origin` is `system` for fees Coffer charges itself (recurring-fee collection).
 */
export function chargeFee(ctx: CommandContext, pot: StoredEntity<PotData>, subType: string, value: string, originPotId: string | null, origin: TransactionData["origin"] = "api"): FeeOutcome {
  const currency = pot.data.pot_currency as CurrencyCode;
  const parsed = parseScaled(value, currencyExponent(currency));
  if (!parsed.ok) return { ok: false, error: { field: "transaction_value", message: parsed.error } };
  const amount = parsed.value;
  const base = {
    primary_transaction_type: "Fees",
    sub_transaction_type: subType,
    origin,
    investment_product_id: "cash",
    transaction_value: value,
    trade_date: today(ctx),
    settlement_date: today(ctx),
  };
  const feeOrigin = { fee_origin_pot: originPotId };
  const id = crypto.randomUUID();
  if (FEE_CREDIT_TYPES.includes(subType)) {
    const posted = postJournal(ctx, `fee-${id}`, "fee_credit", journalForContribution({ pot: potAccount(pot.id), currency, amount, from: FEE_CREDITS_ACCOUNT }));
    if (!posted.ok) throw new Error(posted.error.detail);
    const transaction = openTransaction(ctx, pot, { ...base, type: "archived", sub_type: "settled", direction: "in", extra: { ...feeOrigin, selldown_triggered: false, selldown_transaction_details: [] }, internal: { kind: "fee" } }, "transaction_initiated", id);
    return { ok: true, transaction };
  }
  const free = freeOf(potPosition(ctx, pot.id, cashOf(currency)));
  if (free >= amount) {
    const posted = postJournal(ctx, `fee-${id}`, "fee", journalForFee({ pot: potAccount(pot.id), currency, amount }));
    if (!posted.ok) throw new Error(posted.error.detail);
    const transaction = openTransaction(ctx, pot, { ...base, type: "archived", sub_type: "settled", direction: "out", extra: { ...feeOrigin, selldown_triggered: false, selldown_transaction_details: [] }, internal: { kind: "fee" } }, "transaction_initiated", id);
    return { ok: true, transaction };
  }
  const plan = planSellDown(ctx, pot, amount - free);
  if (!plan) return { ok: false, error: { field: "transaction_value", message: `the pot's free cash and free holdings are worth less than ${value}` } };
  if (free > 0n) lockInPot(ctx, pot.id, cashOf(currency), free);
  const sells = plan.map((sell) => {
    const product = findInvestmentProduct(ctx, sell.productId);
    const outcome = instructSell(ctx, pot, { investment_product_id: sell.productId, quantity: formatQuantity(sell.units, product ? quantityDecimals(product) : QUANTITY_SCALE) }, {
      origin: "system",
      subTransactionType: "Fee Sell",
      parentTransactionId: id,
      internal: { fee_transaction_id: id },
    });
    if (!outcome.ok) throw new Error(`planned sell-down refused: ${outcome.refusal.message}`);
    return outcome.transaction;
  });
  const transaction = openTransaction(
    ctx,
    pot,
    {
      ...base,
      settlement_date: null,
      type: "pending",
      sub_type: "instructed",
      direction: "out",
      extra: {
        ...feeOrigin,
        selldown_triggered: true,
        selldown_transaction_details: sells.map((s) => ({ transaction_id: s.id, investment_product_id: s.data.investment_product_id, transaction_quantity: s.data.transaction_quantity })),
      },
      internal: { kind: "fee", locked_cash: toStorage(free), waiting_on: sells.map((s) => s.id) },
    },
    "transaction_initiated",
    id,
  );
  return { ok: true, transaction };
}

/**
 * Called when a `Fee Sell` order settles or is rejected: once every sell-down of the fee has
 * settled, the fee takes its cash (ring-fenced cash + proceeds) and settles; if a sell-down
 * failed, or the proceeds fell short at the fill price, the fee fails and its cash is released.
 */
export function continueFee(ctx: CommandContext, feeTransactionId: string): void {
  const fee = findTransaction(ctx, feeTransactionId);
  if (!fee || fee.data.type !== "pending") return;
  const sells = (fee.data.internal.waiting_on ?? []).map((id) => findTransaction(ctx, id));
  const failed = sells.some((s) => !s || (s.data.type === "archived" && s.data.sub_type !== "settled"));
  const done = sells.every((s) => s && s.data.type === "archived" && s.data.sub_type === "settled");
  if (!failed && !done) return;
  const currency = fee.data.currency as CurrencyCode;
  const locked = fromStorage(fee.data.internal.locked_cash ?? "0");
  const amount = parseScaled(fee.data.transaction_value as string, currencyExponent(currency));
  if (!amount.ok) throw new Error(amount.error);
  const release = (reason: string) => {
    if (locked > 0n) unlockInPot(ctx, fee.data.pot_id, cashOf(currency), locked);
    changeTransaction(ctx, fee, { type: "archived", sub_type: "failed", reason, internal: { ...fee.data.internal, locked_cash: undefined } }, "transaction_failed");
  };
  if (failed) return release("a sell-down for this fee failed");
  if (!lockInPot(ctx, fee.data.pot_id, cashOf(currency), amount.value - locked).ok) return release("the sell-down raised less cash than the fee at the fill price");
  const posted = postJournal(ctx, `fee-${fee.id}`, "fee", journalForFee({ pot: potAccount(fee.data.pot_id), currency, amount: amount.value, fromLocked: true }));
  if (!posted.ok) throw new Error(posted.error.detail);
  changeTransaction(ctx, fee, { type: "archived", sub_type: "settled", settlement_date: today(ctx), internal: { ...fee.data.internal, locked_cash: undefined } });
}
