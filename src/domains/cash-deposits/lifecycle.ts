/**
 * A cash-deposit instruction's way through the counterparty bank, on the tenant clock: the job
 * `cash_deposit.send` runs at the counterparty's next instruction window (`pending/submitted`),
 * then `cash_deposit.confirm` runs when the bank confirms a deposit or pays a redemption
 * (`archived/settled`, the ledger moves). Term deposits mature at the day-close (see interest.ts).
 */
import { findCashInvestmentProduct, type CashInvestmentProductData } from "../../catalogue/cash-investment-products";
import { findCounterparty } from "../../catalogue/counterparties";
import { rollToBusinessDay } from "../../clock/calendar";
import { clockSettings } from "../../clock/tenant-clock";
import { addDays, zonedInstant } from "../../clock/zones";
import { lockInPot, postJournal, unitsOf } from "../../custody/ledger-store";
import { findPot } from "../../custody/pots";
import { changeTransaction, findTransaction, openTransaction, today, type TransactionData } from "../../custody/transactions";
import { potAccount } from "../../ledger/accounts";
import { journalForBuySettlement, journalForSellSettlement } from "../../ledger/journals";
import { fromStorage, type CurrencyCode } from "../../money/money";
import { counterpartyBank } from "../../platform/counterparty-banks/banks";
import type { CommandContext, StoredEntity } from "../../tenant/command-context";
import type { JobHandler } from "../../tenant/commands";
import { creditInterest, formatMinor } from "./crediting";
import { counterpartyAccount, findDeposit, minorForUnits, saveDeposit, unitsForMinor, type CashDepositData } from "./deposits";
import { nextWindowMs } from "./windows";

export const CASH_SEND_JOB = "cash_deposit.send";
export const CASH_CONFIRM_JOB = "cash_deposit.confirm";

/** Schedules the instruction's send at the counterparty's next window (buy or sell schedule). */
export function scheduleSend(ctx: CommandContext, transaction: StoredEntity<TransactionData>, counterpartyId: string, side: "buy" | "sell"): void {
  const counterparty = findCounterparty(ctx, counterpartyId);
  const schedule = counterparty ? (side === "buy" ? counterparty.instruction_schedule : counterparty.sell_instruction_schedule) : null;
  const at = schedule ? nextWindowMs(schedule, ctx.nowMs, clockSettings(ctx.config).timeZone) : null;
  ctx.schedule(CASH_SEND_JOB, transaction.id, at ?? ctx.nowMs, { transaction_id: transaction.id });
}

/** `date` plus a term (days, months or years; a month end stays within its month). */
export function addTerm(date: string, term: { value: number; unit: "days" | "months" | "years" }): string {
  if (term.unit === "days") return addDays(date, term.value);
  const months = term.unit === "months" ? term.value : term.value * 12;
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

/** The date a redemption sent today pays out: after the notice (calendar days) on a business day; instant and matured deposits the same day. */
function payoutDate(ctx: CommandContext, product: CashInvestmentProductData | null): string {
  const sent = today(ctx);
  if (product?.asset_sub_type === "notice_deposit") return rollToBusinessDay(addDays(sent, product.notice_period ?? 0));
  return sent;
}

function sendInstruction(ctx: CommandContext, transaction: StoredEntity<TransactionData>): void {
  const side = transaction.data.internal.kind === "cash_deposit" ? "buy" : "sell";
  const bank = counterpartyBank().confirm(side, transaction.data.transaction_value ?? "0");
  if (side === "buy") {
    changeTransaction(ctx, transaction, { sub_type: "submitted", trade_date: today(ctx) });
    ctx.schedule(CASH_CONFIRM_JOB, transaction.id, ctx.nowMs + bank.depositConfirmedInMs, { transaction_id: transaction.id });
    return;
  }
  const date = payoutDate(ctx, findCashInvestmentProduct(ctx, transaction.data.investment_product_id));
  changeTransaction(ctx, transaction, { sub_type: "submitted", trade_date: today(ctx), settlement_date: date });
  const at = Math.max(ctx.nowMs, zonedInstant(date, bank.payoutAtMsOfDay, clockSettings(ctx.config).timeZone));
  ctx.schedule(CASH_CONFIRM_JOB, transaction.id, at, { transaction_id: transaction.id });
}

/** The bank confirmed a deposit buy: the locked cash goes to the counterparty, the pot holds the deposit. */
function settleBuy(ctx: CommandContext, buy: StoredEntity<TransactionData>): void {
  const deposit = findDeposit(ctx, String(buy.data.extra.deposit_reference));
  if (!deposit) throw new Error(`deposit of ${buy.id} is gone`);
  const currency = buy.data.currency as CurrencyCode;
  const cash = fromStorage(buy.data.internal.locked_cash ?? "0");
  const journal = journalForBuySettlement({
    pot: potAccount(buy.data.pot_id),
    instrument: buy.data.investment_product_id,
    units: unitsForMinor(cash, currency),
    currency,
    cash,
    venue: counterpartyAccount(deposit.data.counterparty_id),
  });
  const posted = postJournal(ctx, `deposit-${buy.id}`, "cash_deposit", journal);
  if (!posted.ok) throw new Error(`deposit ${buy.id} broke a ledger rule: ${posted.error.detail}`);
  const product = findCashInvestmentProduct(ctx, deposit.data.investment_product_id);
  const openedOn = deposit.data.opened_on ?? today(ctx);
  saveDeposit(ctx, deposit, {
    status: "open",
    balance: (fromStorage(deposit.data.balance) + cash).toString(),
    pending_in: (fromStorage(deposit.data.pending_in) - cash).toString(),
    opened_on: openedOn,
    maturity_date: product?.asset_sub_type === "term_deposit" && product.maturity_period ? addTerm(openedOn, product.maturity_period) : deposit.data.maturity_date,
  });
  changeTransaction(ctx, buy, { type: "archived", sub_type: "settled", settlement_date: today(ctx), internal: { ...buy.data.internal, locked_cash: undefined } });
}

/**
 * Pays a redemption: the locked deposit units go back to the counterparty and their cash into
 * the pot. A full redemption also credits every uncredited accrual and closes the deposit.
 */
export function payRedemption(ctx: CommandContext, redemption: StoredEntity<TransactionData>): StoredEntity<CashDepositData> {
  const deposit = findDeposit(ctx, String(redemption.data.extra.deposit_reference));
  if (!deposit) throw new Error(`deposit of ${redemption.id} is gone`);
  const currency = redemption.data.currency as CurrencyCode;
  const units = fromStorage(redemption.data.internal.locked_units ?? "0");
  const cash = minorForUnits(units, currency);
  const journal = journalForSellSettlement({
    pot: potAccount(redemption.data.pot_id),
    instrument: redemption.data.investment_product_id,
    units,
    currency,
    cash,
    venue: counterpartyAccount(deposit.data.counterparty_id),
  });
  const posted = postJournal(ctx, `redemption-${redemption.id}`, "cash_redemption", journal);
  if (!posted.ok) throw new Error(`redemption ${redemption.id} broke a ledger rule: ${posted.error.detail}`);
  changeTransaction(ctx, redemption, {
    type: "archived",
    sub_type: "settled",
    transaction_value: formatMinor(cash, currency),
    settlement_date: today(ctx),
    internal: { ...redemption.data.internal, locked_units: undefined },
  });
  let current = saveDeposit(ctx, deposit, { balance: (fromStorage(deposit.data.balance) - cash).toString(), pending_redemption: null });
  if (redemption.data.extra.redemption_type === "full") {
    current = creditInterest(ctx, current, "9999-12-31").deposit;
    current = saveDeposit(ctx, current, { status: "closed" });
  }
  return current;
}

/** A term deposit reached maturity: principal and every uncredited accrual go back to the pot. */
export function matureDeposit(ctx: CommandContext, deposit: StoredEntity<CashDepositData>): void {
  const pot = findPot(ctx, deposit.data.pot_id);
  if (!pot || deposit.data.pending_redemption !== null) return;
  const currency = deposit.data.currency as CurrencyCode;
  const balance = fromStorage(deposit.data.balance);
  if (balance === 0n) {
    saveDeposit(ctx, creditInterest(ctx, deposit, "9999-12-31").deposit, { status: "closed" });
    return;
  }
  const units = unitsForMinor(balance, currency);
  if (!lockInPot(ctx, pot.id, unitsOf(deposit.data.investment_product_id), units).ok) throw new Error(`deposit ${deposit.id} units are not free at maturity`);
  const redemption = openTransaction(ctx, pot, {
    primary_transaction_type: "Sell",
    sub_transaction_type: "Cash deposit - full redemption",
    type: "pending",
    sub_type: "submitted",
    direction: "out",
    investment_product_id: deposit.data.investment_product_id,
    aggregated_transaction_id: crypto.randomUUID(),
    transaction_value: formatMinor(balance, currency),
    trade_date: today(ctx),
    settlement_date: today(ctx),
    origin: "system",
    reason: `matured on ${deposit.data.maturity_date}`,
    extra: { deposit_reference: deposit.data.deposit_reference, redemption_type: "full" },
    internal: { kind: "cash_redemption", locked_units: units.toString() },
  });
  payRedemption(ctx, redemption);
}

/** Job `cash_deposit.send`: the instruction goes to the counterparty (unless cancelled meanwhile). */
export const sendJob: JobHandler = (ctx, job) => {
  const transaction = findTransaction(ctx, (job.data as { transaction_id: string }).transaction_id);
  if (!transaction || transaction.data.type !== "pending" || transaction.data.sub_type === "submitted") return undefined;
  sendInstruction(ctx, transaction);
  return undefined;
};

/** Job `cash_deposit.confirm`: the bank confirms a deposit or pays a redemption. */
export const confirmJob: JobHandler = (ctx, job) => {
  const transaction = findTransaction(ctx, (job.data as { transaction_id: string }).transaction_id);
  if (!transaction || transaction.data.type !== "pending" || transaction.data.sub_type !== "submitted") return undefined;
  if (transaction.data.internal.kind === "cash_deposit") settleBuy(ctx, transaction);
  else payRedemption(ctx, transaction);
  return undefined;
};
