import { findCashInvestmentProduct } from "../../catalogue/cash-investment-products";
import { findCounterparty } from "../../catalogue/counterparties";
import { findAccount } from "../../custody/accounts";
import { cashOf, lockInPot, unitsOf, unlockInPot } from "../../custody/ledger-store";
import { dealingProblem } from "../../custody/parties";
import { findPot } from "../../custody/pots";
import { changeTransaction, findTransaction, openTransaction, today } from "../../custody/transactions";
import { add, compare, currencyExponent, formatScaled, fromMinor, fromStorage, parseDecimal, parseScaled, type Amount, type CurrencyCode } from "../../money/money";
import type { DomainError, FieldError } from "../../platform/errors/api-error";
import { defineCommand, fail, succeed } from "../../tenant/commands";
import { completeJob } from "../../tenant/jobs";
import { findDeposit, liveDeposit, newDeposit, saveDeposit, unitsForMinor } from "./deposits";
import { CASH_SEND_JOB, scheduleSend } from "./lifecycle";
import { CreateDepositBody, CreateRedemptionBody, UpdateCashTransactionInput } from "./schema";
import { toCashTransaction } from "./serialize";

const amount = (value: string): Amount => {
  const parsed = parseDecimal(value, { maxDecimals: 40 });
  if (!parsed.ok) throw new RangeError(parsed.error);
  return parsed.value;
};

function invalid(errors: FieldError[]) {
  return fail({ code: "validation_failed", detail: `Invalid fields: ${errors.map((e) => e.field).join(", ")}`, errors });
}

function notFound(what: string, id: string, field: string) {
  return fail({ code: "resource_not_found", detail: `${what} '${id}' does not exist`, errors: [{ field, message: `unknown ${what.toLowerCase()}` }] });
}

function conflict(detail: string, field: string): ReturnType<typeof fail> {
  const error: DomainError = { code: "state_conflict", detail, errors: [{ field, message: detail }] };
  return fail(error);
}

const F = "investment_instructions";

/**
 * `cash_deposit.create` (#95): moves free cash of a pot into a cash investment product. Checks
 * the product (active, currency, the account type, the thresholds; a deposit into a product the
 * pot already holds is a top-up, checked against the top-up rules), locks the cash and opens a
 * `Cash deposit buy` (`pending/scheduled`) sent at the counterparty's next instruction window.
 */
export const createDeposit = defineCommand({
  input: CreateDepositBody,
  run(ctx, body) {
    const i = body.investment_instructions;
    const pot = findPot(ctx, i.pot_id);
    if (!pot) return notFound("Pot", i.pot_id, `${F}.pot_id`);
    const product = findCashInvestmentProduct(ctx, i.investment_product_id);
    if (!product) return notFound("Cash investment product", i.investment_product_id, `${F}.investment_product_id`);
    const errors: FieldError[] = [];
    if (pot.data.status !== "active") errors.push({ field: `${F}.pot_id`, message: "the pot is not active" });
    const dealing = dealingProblem(ctx, pot.data, `${F}.pot_id`);
    if (dealing) errors.push(dealing);
    if (product.status !== "active") errors.push({ field: `${F}.investment_product_id`, message: `the product is ${product.status}` });
    if (product.currency !== pot.data.pot_currency) errors.push({ field: `${F}.investment_product_id`, message: `the product is in ${product.currency}, the pot holds ${pot.data.pot_currency}` });
    if (i.currency !== undefined && i.currency !== product.currency) errors.push({ field: `${F}.currency`, message: `the product is in ${product.currency}` });
    const account = findAccount(ctx, pot.data.account_id);
    const accountType = account?.data.account_sub_type ?? account?.data.account_type ?? "individual";
    if (!(product.enabled_account_types as string[]).includes(accountType)) {
      errors.push({ field: `${F}.pot_id`, message: `the pot's account type ${accountType} is not enabled for the product (${product.enabled_account_types.join(", ")})` });
    }
    const value = amount(i.transaction_value);
    const existing = liveDeposit(ctx, pot.id, product.investment_product_id);
    const field = `${F}.transaction_value`;
    if (existing) {
      const topUps = product.top_up_configurations;
      if (!topUps.allowed) errors.push({ field: `${F}.investment_product_id`, message: `the pot already holds deposit ${existing.id} and the product takes no top-ups` });
      else {
        if (topUps.minimum_top_up !== null && compare(value, amount(topUps.minimum_top_up)) < 0) errors.push({ field, message: `a top-up must be at least ${topUps.minimum_top_up}` });
        if (topUps.maximum_top_ups !== null && existing.data.top_ups >= topUps.maximum_top_ups) errors.push({ field: `${F}.investment_product_id`, message: `deposit ${existing.id} already had its ${topUps.maximum_top_ups} top-ups` });
        if (existing.data.pending_redemption !== null) return conflict(`deposit ${existing.id} has a redemption under way`, `${F}.investment_product_id`);
      }
    } else {
      if (compare(value, amount(product.minimum_investment)) < 0) errors.push({ field, message: `must be at least the minimum investment ${product.minimum_investment}` });
      if (product.minimum_balance !== null && compare(value, amount(product.minimum_balance)) < 0) errors.push({ field, message: `must be at least the minimum balance ${product.minimum_balance}` });
    }
    if (product.maximum_investment !== null) {
      const held = existing ? fromMinor(fromStorage(existing.data.balance) + fromStorage(existing.data.pending_in), product.currency as CurrencyCode) : amount("0");
      if (compare(add(held, value), amount(product.maximum_investment)) > 0) errors.push({ field, message: `the deposit would exceed the maximum investment ${product.maximum_investment}` });
    }
    if (errors.length > 0) return invalid(errors);
    const counterparty = findCounterparty(ctx, product.counterparty);
    if (!counterparty || counterparty.status !== "active") return conflict(`the product's counterparty ${product.counterparty} is not taking deposits`, `${F}.investment_product_id`);
    const currency = product.currency as CurrencyCode;
    const parsed = parseScaled(i.transaction_value, currencyExponent(currency));
    if (!parsed.ok) return invalid([{ field, message: parsed.error }]);
    const locked = lockInPot(ctx, pot.id, cashOf(currency), parsed.value);
    if (!locked.ok) return fail({ code: "insufficient_funds", detail: `Insufficient free cash in the pot: ${locked.error.detail}`, errors: [{ field, message: "more than the pot's free cash" }] });
    const deposit = existing ?? newDeposit(ctx, { pot_id: pot.id, investment_product_id: product.investment_product_id, counterparty_id: product.counterparty, currency, asset_sub_type: product.asset_sub_type });
    saveDeposit(ctx, deposit, {
      pending_in: (fromStorage(deposit.data.pending_in) + parsed.value).toString(),
      top_ups: deposit.data.top_ups + (existing ? 1 : 0),
    });
    const transaction = openTransaction(ctx, pot, {
      primary_transaction_type: "Buy",
      sub_transaction_type: "Cash deposit buy",
      type: "pending",
      sub_type: "scheduled",
      direction: "in",
      investment_product_id: product.investment_product_id,
      aggregated_transaction_id: crypto.randomUUID(),
      transaction_value: i.transaction_value,
      origin: "api",
      extra: { deposit_reference: deposit.id, counterparty_id: product.counterparty, is_a_topup: existing !== null },
      internal: { kind: "cash_deposit", locked_cash: parsed.value.toString() },
    });
    scheduleSend(ctx, transaction, product.counterparty, "buy");
    return succeed(201, toCashTransaction(transaction));
  },
});

/**
 * `cash_deposit.redeem` (#96): a partial (value) or full redemption of an open deposit. Locks
 * the deposit units it redeems and opens a `pending/pending` Sell sent at the counterparty's next
 * sell window; a notice deposit pays when its notice has passed, a term deposit only at
 * maturity (an earlier request is refused), an instant one on the day it is sent.
 */
export const createRedemption = defineCommand({
  input: CreateRedemptionBody,
  run(ctx, body) {
    const pot = findPot(ctx, body.pot_id);
    if (!pot) return notFound("Pot", body.pot_id, "pot_id");
    const product = findCashInvestmentProduct(ctx, body.investment_product_id);
    if (!product) return notFound("Cash investment product", body.investment_product_id, "investment_product_id");
    const deposit = findDeposit(ctx, body.deposit_reference);
    if (!deposit || deposit.data.pot_id !== pot.id) return notFound("Deposit", body.deposit_reference, "deposit_reference");
    if (deposit.data.investment_product_id !== product.investment_product_id) return invalid([{ field: "investment_product_id", message: `deposit ${deposit.id} is in ${deposit.data.investment_product_id}` }]);
    if (body.currency !== deposit.data.currency) return invalid([{ field: "currency", message: `the deposit is in ${deposit.data.currency}` }]);
    if (deposit.data.status !== "open") return conflict(`deposit ${deposit.id} is ${deposit.data.status}`, "deposit_reference");
    if (deposit.data.pending_redemption !== null) return conflict(`deposit ${deposit.id} already has redemption ${deposit.data.pending_redemption} under way`, "deposit_reference");
    if (deposit.data.maturity_date !== null && today(ctx) < deposit.data.maturity_date) {
      return conflict(`deposit ${deposit.id} is a term deposit maturing on ${deposit.data.maturity_date}; it cannot be redeemed before then`, "deposit_reference");
    }
    const currency = deposit.data.currency as CurrencyCode;
    const balance = fromStorage(deposit.data.balance);
    let cash = balance;
    if (body.redemption_type === "full") {
      if (fromStorage(deposit.data.pending_in) > 0n) return conflict(`deposit ${deposit.id} has a top-up under way`, "deposit_reference");
    } else {
      const parsed = parseScaled(body.transaction_value as string, currencyExponent(currency));
      if (!parsed.ok) return invalid([{ field: "transaction_value", message: parsed.error }]);
      cash = parsed.value;
      if (cash > balance) return fail({ code: "insufficient_funds", detail: `deposit ${deposit.id} holds ${fromMinor(balance, currency)}`, errors: [{ field: "transaction_value", message: "more than the deposit's balance" }] });
      if (product.minimum_balance !== null && balance - cash > 0n && compare(fromMinor(balance - cash, currency), amount(product.minimum_balance)) < 0) {
        return invalid([{ field: "transaction_value", message: `the deposit would fall below the minimum balance ${product.minimum_balance}; redeem in full instead` }]);
      }
    }
    const units = unitsForMinor(cash, currency);
    const locked = lockInPot(ctx, pot.id, unitsOf(product.investment_product_id), units);
    if (!locked.ok) return fail({ code: "insufficient_funds", detail: `the deposit's units are not free: ${locked.error.detail}`, errors: [{ field: "transaction_value", message: "more than the deposit's free balance" }] });
    const transaction = openTransaction(ctx, pot, {
      primary_transaction_type: "Sell",
      sub_transaction_type: body.redemption_type === "full" ? "Cash deposit - full redemption" : "Cash deposit - partial redemption",
      type: "pending",
      sub_type: "pending",
      direction: "out",
      investment_product_id: product.investment_product_id,
      aggregated_transaction_id: crypto.randomUUID(),
      transaction_value: formatValue(cash, currency),
      origin: "api",
      extra: { deposit_reference: deposit.id, redemption_type: body.redemption_type },
      internal: { kind: "cash_redemption", locked_units: units.toString() },
    });
    saveDeposit(ctx, deposit, { pending_redemption: transaction.id });
    scheduleSend(ctx, transaction, deposit.data.counterparty_id, "sell");
    return succeed(201, toCashTransaction(transaction));
  },
});

function formatValue(minor: bigint, currency: CurrencyCode): string {
  return formatScaled(minor, currencyExponent(currency));
}

/**
 * `cash_deposit.update_status` (#97): cancels a deposit buy or redemption not yet sent to the
 * counterparty (`archived/cancelled`, its cash or units unlocked). Sent or finished ones are a 409.
 */
export const updateCashTransactionStatus = defineCommand({
  input: UpdateCashTransactionInput,
  run(ctx, input) {
    const transaction = findTransaction(ctx, input.transaction_id);
    const kind = transaction?.data.internal.kind;
    if (!transaction || (kind !== "cash_deposit" && kind !== "cash_redemption")) return notFound("Cash investment transaction", input.transaction_id, "transaction_id");
    const waiting = kind === "cash_deposit" ? "scheduled" : "pending";
    if (transaction.data.type !== "pending" || transaction.data.sub_type !== waiting) {
      const state = transaction.data.type === "pending" ? "already sent to the counterparty" : `${transaction.data.type}/${transaction.data.sub_type}`;
      return conflict(`transaction ${transaction.id} is ${state} and can no longer be cancelled`, "status");
    }
    const deposit = findDeposit(ctx, String(transaction.data.extra.deposit_reference));
    if (!deposit) throw new Error(`deposit of ${transaction.id} is gone`);
    const { internal } = transaction.data;
    if (kind === "cash_deposit") {
      const cash = fromStorage(internal.locked_cash ?? "0");
      unlockInPot(ctx, transaction.data.pot_id, cashOf(transaction.data.currency), cash);
      const pendingIn = fromStorage(deposit.data.pending_in) - cash;
      const emptied = deposit.data.status === "pending" && pendingIn === 0n;
      saveDeposit(ctx, deposit, {
        pending_in: pendingIn.toString(),
        top_ups: deposit.data.top_ups - (transaction.data.extra.is_a_topup === true ? 1 : 0),
        ...(emptied && { status: "cancelled" as const }),
      });
    } else {
      unlockInPot(ctx, transaction.data.pot_id, unitsOf(transaction.data.investment_product_id), fromStorage(internal.locked_units ?? "0"));
      saveDeposit(ctx, deposit, { pending_redemption: null });
    }
    completeJob(ctx.sql, CASH_SEND_JOB, transaction.id);
    const cancelled = changeTransaction(ctx, transaction, {
      type: "archived",
      sub_type: "cancelled",
      reason: input.reason ?? null,
      internal: { ...internal, locked_cash: undefined, locked_units: undefined },
    });
    return succeed(200, toCashTransaction(cancelled));
  },
});
