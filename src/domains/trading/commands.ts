import { findInvestmentProduct, quantityDecimals } from "../../catalogue/investment-products";
import { recordWithdrawal } from "../../custody/accounts";
import { chargeFee, PENSION_FEE_TYPES } from "../../custody/fees";
import { feeNomineePot } from "../../custody/fee-nominations";
import { conversionNow, FxRateMissing } from "../../custody/fx-rates";
import { postJournal } from "../../custody/ledger-store";
import { dealingProblem } from "../../custody/parties";
import { findPot, ISA_PRODUCTS, PENSION_PRODUCTS, type PotData } from "../../custody/pots";
import { instructBuy, instructSell, type TradeInstruction, type TradeOutcome } from "../../custody/trading";
import { openTransaction, today, toTransaction, TRANSACTION } from "../../custody/transactions";
import { potAccount } from "../../ledger/accounts";
import { journalForBuySettlement, journalForContribution, journalForSellSettlement, journalForWithdrawal } from "../../ledger/journals";
import { QUANTITY_SCALE, currencyExponent, parseScaled, type CurrencyCode } from "../../money/money";
import type { FieldError } from "../../platform/errors/api-error";
import type { CommandContext, StoredEntity } from "../../tenant/command-context";
import { defineCommand, fail, succeed, type CommandOutcome } from "../../tenant/commands";
import { duplicateReference } from "../../tenant/versioning";
import { fieldErrors } from "../../platform/validation";
import type { z } from "@hono/zod-openapi";
import { BuyBody, ExternalTransactionBody, FeeBody, SellBody } from "./schema";

function invalid(errors: FieldError[]) {
  return fail({ code: "validation_failed", detail: `Invalid fields: ${errors.map((e) => e.field).join(", ")}`, errors });
}

function potNotFound(potId: string) {
  return fail({ code: "resource_not_found", detail: `Pot '${potId}' does not exist`, errors: [{ field: "pot_id", message: "unknown pot" }] });
}

function tradingPot(ctx: CommandContext, potId: string): { ok: true; pot: StoredEntity<PotData> } | { ok: false; outcome: CommandOutcome } {
  const pot = findPot(ctx, potId);
  if (!pot) return { ok: false, outcome: potNotFound(potId) };
  if (pot.data.status !== "active") return { ok: false, outcome: invalid([{ field: "pot_id", message: "the pot is not active" }]) };
  const dealing = dealingProblem(ctx, pot.data);
  if (dealing) return { ok: false, outcome: invalid([dealing]) };
  return { ok: true, pot };
}

/**
 * Runs every instruction; per-instruction results, `partially_success` when some fail. When all
 * fail nothing is written: 422 `insufficient_funds` when every refusal is for lack of free cash
 * or units, else 400 `validation_failed`; either names `<field>.N.<instruction field>`.
 */
function trade(ctx: CommandContext, potId: string, field: string, instructions: TradeInstruction[], place: (pot: StoredEntity<PotData>, i: TradeInstruction) => TradeOutcome): CommandOutcome {
  const found = tradingPot(ctx, potId);
  if (!found.ok) return found.outcome;
  const outcomes = instructions.map((instruction) => place(found.pot, instruction));
  const refusals = outcomes.flatMap((o, i) => (o.ok ? [] : [{ i, ...o.refusal }]));
  if (refusals.length === outcomes.length) {
    const errors = refusals.map((r) => ({ field: `${field}.${r.i}.${r.field}`, message: r.message }));
    if (refusals.every((r) => r.funds)) return fail({ code: "insufficient_funds", detail: "No instruction could be accepted: not enough free cash or units", errors });
    return invalid(errors);
  }
  return succeed(201, {
    status: outcomes.every((o) => o.ok) ? "success" : "partially_success",
    pot_id: potId,
    results: outcomes.map((o) => (o.ok ? { ...toTransaction(o.transaction), success: true } : { success: false, message: o.refusal.message })),
  });
}

/** `trade.buy`: buy instructions (by quantity or by value) for one pot. */
export const buy = defineCommand({
  input: BuyBody,
  run: (ctx, body) => trade(ctx, body.pot_id, "investment_instructions", body.investment_instructions, (pot, i) => instructBuy(ctx, pot, i)),
});

/** `trade.sell`: sell instructions (by quantity or by value) for one pot. */
export const sell = defineCommand({
  input: SellBody,
  run: (ctx, body) => trade(ctx, body.pot_id, "sell_instructions", body.sell_instructions, (pot, i) => instructSell(ctx, pot, i)),
});

/** `fee.create`: an ad-hoc fee, paid by the investor's nominee pot when one is nominated. */
export const createFee = defineCommand({
  input: FeeBody,
  run(ctx, body) {
    const pot = findPot(ctx, body.pot_id);
    if (!pot) return potNotFound(body.pot_id);
    const errors: FieldError[] = [];
    if (body.currency !== pot.data.pot_currency) errors.push({ field: "currency", message: `the pot holds ${pot.data.pot_currency}` });
    if (PENSION_PRODUCTS.includes(pot.data.financial_product_id) && !PENSION_FEE_TYPES.includes(body.sub_transaction_type)) {
      errors.push({ field: "sub_transaction_type", message: `pension pots accept only ${PENSION_FEE_TYPES.join(", ")}` });
    }
    if (errors.length > 0) return invalid(errors);
    const nomineeId = feeNomineePot(ctx, pot.data.investor_id[0] ?? "");
    const nominee = nomineeId && nomineeId !== pot.id ? findPot(ctx, nomineeId) : null;
    const nomineeMayPay =
      nominee && nominee.data.status === "active" && nominee.data.pot_currency === pot.data.pot_currency &&
      (!PENSION_PRODUCTS.includes(nominee.data.financial_product_id) || PENSION_FEE_TYPES.includes(body.sub_transaction_type));
    const payer = nominee && nomineeMayPay ? nominee : pot;
    const outcome = chargeFee(ctx, payer, body.sub_transaction_type, body.transaction_value, payer.id === pot.id ? null : pot.id);
    if (!outcome.ok) return fail({ code: "insufficient_funds", detail: outcome.error.message, errors: [outcome.error] });
    return succeed(201, toTransaction(outcome.transaction));
  },
});

function hasConversion(ctx: CommandContext, from: string, to: string): boolean {
  try {
    return conversionNow(ctx, from, to) !== null;
  } catch (error) {
    if (error instanceof FxRateMissing) return false;
    throw error;
  }
}

function scaled(value: string, scale: number): bigint {
  const parsed = parseScaled(value, scale);
  if (!parsed.ok) throw new RangeError(parsed.error);
  return parsed.value;
}

/**
 * `transaction.create`: books a transaction executed outside Coffer (Buy, Sell, ISA Withdrawal,
 * Interest). Holdings change at once, through the same ledger rules (no overdrawn cash or units).
 */
export const createExternalTransaction = defineCommand({
  input: ExternalTransactionBody,
  run: (ctx, body) => bookExternalTransaction(ctx, body, "api"),
});

/** The booking of `transaction.create`, also used for transactions ingested from a reconciliation file (`origin: file_upload`). */
export function bookExternalTransaction(ctx: CommandContext, body: z.infer<typeof ExternalTransactionBody>, origin: "api" | "file_upload"): CommandOutcome {
  {
    const pot = findPot(ctx, body.pot_id);
    if (!pot) return potNotFound(body.pot_id);
    const errors: FieldError[] = [];
    const currency = pot.data.pot_currency as CurrencyCode;
    if (body.currency !== currency) errors.push({ field: "currency", message: `the pot holds ${currency}` });
    if (body.settlement_date > today(ctx)) errors.push({ field: "settlement_date", message: "must be today or in the past" });
    if (body.trade_date && body.trade_date > body.settlement_date) errors.push({ field: "trade_date", message: "must not be after settlement_date" });
    if (body.sub_transaction_type === "Withdrawal" && !ISA_PRODUCTS.includes(pot.data.financial_product_id)) errors.push({ field: "sub_transaction_type", message: "Withdrawal bookings are for ISA pots only" });
    const product = body.investment_product_id ? findInvestmentProduct(ctx, body.investment_product_id) : null;
    if (body.investment_product_id && !product) errors.push({ field: "investment_product_id", message: `investment product '${body.investment_product_id}' does not exist` });
    // A product priced in another currency may be booked when a rate values it in the pot's currency.
    if (product && product.currency !== currency && !hasConversion(ctx, product.currency, currency)) {
      errors.push({ field: "investment_product_id", message: `trades in ${product.currency}, the pot holds ${currency}, and no fx-spot rate converts them` });
    }
    if (product && body.transaction_quantity && scaled(body.transaction_quantity, QUANTITY_SCALE) % 10n ** BigInt(QUANTITY_SCALE - quantityDecimals(product)) !== 0n) {
      errors.push({ field: "transaction_quantity", message: `at most ${quantityDecimals(product)} decimal places for ${product.investment_product_id}` });
    }
    const reference = body.external_transaction_reference;
    const holder = reference ? ctx.findUnique(TRANSACTION, "external_transaction_reference", reference) : null;
    if (holder && reference) return fail(duplicateReference("external_transaction_reference", reference, holder));
    if (errors.length > 0) return invalid(errors);

    const id = crypto.randomUUID();
    const account = potAccount(pot.id);
    const exponent = currencyExponent(currency);
    const isTrade = body.sub_transaction_type === "Buy" || body.sub_transaction_type === "Sell";
    const cash = scaled((isTrade ? body.effective_transaction_value : body.transaction_value) as string, exponent);
    const journal = (() => {
      if (!isTrade) {
        return body.sub_transaction_type === "Interest"
          ? journalForContribution({ pot: account, currency, amount: cash, from: "external:interest" })
          : journalForWithdrawal({ pot: account, currency, amount: cash });
      }
      const trade = { pot: account, instrument: body.investment_product_id as string, units: scaled(body.transaction_quantity as string, QUANTITY_SCALE), currency, cash, fromLocked: false };
      return body.sub_transaction_type === "Buy" ? journalForBuySettlement(trade) : journalForSellSettlement(trade);
    })();
    const posted = postJournal(ctx, `external-${id}`, `external_${body.sub_transaction_type.toLowerCase()}`, journal);
    if (!posted.ok) {
      const field = body.sub_transaction_type === "Sell" ? "transaction_quantity" : isTrade ? "effective_transaction_value" : "transaction_value";
      return fail({ code: "insufficient_funds", detail: posted.error.detail, errors: [{ field, message: posted.error.detail }] });
    }
    // Paid out elsewhere: it was never among the account's pending withdrawals.
    if (body.sub_transaction_type === "Withdrawal") recordWithdrawal(ctx, pot.data.account_id, body.transaction_value as string, ctx.nowMs, false);
    const primary = { Buy: "Buy", Sell: "Sell", Withdrawal: "Withdrawal", Interest: "Income" }[body.sub_transaction_type];
    const transaction = openTransaction(
      ctx,
      pot,
      {
        primary_transaction_type: primary,
        sub_transaction_type: body.sub_transaction_type,
        type: "archived",
        sub_type: "settled",
        direction: body.sub_transaction_type === "Buy" || body.sub_transaction_type === "Interest" ? "in" : "out",
        investment_product_id: body.investment_product_id ?? "cash",
        transaction_quantity: body.transaction_quantity ?? null,
        transaction_value: isTrade ? (body.effective_transaction_value as string) : (body.transaction_value as string),
        execution_price: body.execution_price ?? null,
        trade_date: body.trade_date ?? body.settlement_date,
        settlement_date: body.settlement_date,
        external_transaction_reference: reference ?? null,
        extra: isTrade ? { effective_transaction_value: body.effective_transaction_value } : {},
        origin,
        internal: { kind: "external" },
      },
      "external_transaction_added",
      id,
    );
    if (reference) ctx.claimUnique(TRANSACTION, "external_transaction_reference", reference, id);
    return succeed(201, { ...toTransaction(transaction), request_id: body.request_id });
  }
}

/**
 * Books a transaction read from a reconciliation file (`origin: file_upload`): the same rules
 * as `transaction.create`, the row's fields validated by its schema first.
 */
export function bookIngestedTransaction(ctx: CommandContext, fields: Record<string, string>): CommandOutcome {
  const parsed = ExternalTransactionBody.safeParse(fields);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  return bookExternalTransaction(ctx, parsed.data, "file_upload");
}
