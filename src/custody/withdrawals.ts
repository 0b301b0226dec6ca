/**
 * Withdrawals to an investor's bank account. Accepting one locks its cash and opens a
 * `pending/scheduled` transaction; the payout provider's steps (on the alarm) submit it
 * (`pending/submitted`) and pay it (`archived/settled`, cash leaves the pot from the locked
 * balance), or the bank rejects it (`archived/rejected`, cash released).
 */
import { potAccount } from "../ledger/accounts";
import { journalForWithdrawal } from "../ledger/journals";
import { currencyExponent, fromStorage, parseScaled, toStorage, type CurrencyCode } from "../money/money";
import type { FieldError } from "../platform/errors/api-error";
import { payoutProvider } from "../platform/payouts/payouts";
import type { CommandContext, StoredEntity } from "../tenant/command-context";
import type { JobHandler } from "../tenant/commands";
import { chargeLisaWithdrawal } from "./lisa-charge";
import { taxPensionPayment, type PensionTax } from "./pension-tax";
import { recordPendingWithdrawal, recordWithdrawal, releasePendingWithdrawal } from "./accounts";
import { addBusinessDays } from "../clock/calendar";
import { cashOf, lockInPot, postJournal, unlockInPot } from "./ledger-store";
import type { PotData } from "./pots";
import { changeTransaction, findTransaction, openTransaction, today, type TransactionData } from "./transactions";

export const PAYOUT_JOB = "withdrawal.payout";

export type WithdrawalOutcome = { ok: true; transaction: StoredEntity<TransactionData> } | { ok: false; error: FieldError };

/** How a withdrawal is taxed or charged beyond the defaults of its pot and sub type. */
export interface WithdrawalOptions {
  /** A pension payment taxed through PAYE (UFPLS); an `Income Withdrawal` is taxed without it. */
  pensionTax?: PensionTax;
  /** A LISA withdrawal for a first home carries no withdrawal charge. */
  firstHomePurchase?: boolean;
  /** Who raised it: `api` (the default, a partner's request) or `system` (a recurring withdrawal's run). */
  origin?: TransactionData["origin"];
}

/**
 * Accepts a withdrawal of `value` from the pot's free cash to `bankAccountId`. An `Income
 * Withdrawal` (or a payment given `pensionTax`) is taxed through PAYE at once: the tax leaves
 * the locked cash as a settled `PAYE Tax` transaction and the net is what the payout pays. A
 * LISA withdrawal before 60 (not for a first home) leaves its 25 % charge to HMRC the same way.
 */
export function requestWithdrawal(
  ctx: CommandContext,
  pot: StoredEntity<PotData>,
  subType: string,
  value: string,
  bankAccountId: string,
  options: WithdrawalOptions = {},
): WithdrawalOutcome {
  const currency = pot.data.pot_currency as CurrencyCode;
  const amount = parseScaled(value, currencyExponent(currency));
  if (!amount.ok) return { ok: false, error: { field: "transaction_value", message: amount.error } };
  const locked = lockInPot(ctx, pot.id, cashOf(currency), amount.value);
  if (!locked.ok) return { ok: false, error: { field: "transaction_value", message: `insufficient free cash: ${locked.error.detail}` } };
  recordPendingWithdrawal(ctx, pot.data.account_id, value, ctx.nowMs);
  const id = crypto.randomUUID();
  const taxed = options.pensionTax ?? (subType === "Income Withdrawal" ? { kind: "drawdown" as const, taxable: value, taxFree: "0" } : null);
  const paye = taxed ? taxPensionPayment(ctx, pot, id, amount.value, taxed) : null;
  const lisa = chargeLisaWithdrawal(ctx, pot, id, amount.value, options.firstHomePurchase === true);
  const transaction = openTransaction(ctx, pot, {
    primary_transaction_type: "Withdrawal",
    sub_transaction_type: subType,
    type: "pending",
    sub_type: "scheduled",
    direction: "out",
    investment_product_id: "cash",
    transaction_value: value,
    trade_date: today(ctx),
    settlement_date: addBusinessDays(today(ctx), 1),
    extra: { ...lisa.extra, ...(paye?.extra ?? {}) },
    origin: options.origin ?? "api",
    internal: { kind: "withdrawal", locked_cash: toStorage(amount.value - (paye?.tax ?? 0n) - lisa.charge), bank_account_id: bankAccountId },
  }, "transaction_initiated", id);
  ctx.schedule(PAYOUT_JOB, transaction.id, ctx.nowMs + payoutProvider().firstStepInMs, { transaction_id: transaction.id });
  return { ok: true, transaction };
}

/** Job `withdrawal.payout`: one payout step (`attempts` is the step number). */
export const payoutJob: JobHandler = (ctx, job) => {
  const { transaction_id } = job.data as { transaction_id: string };
  const withdrawal = findTransaction(ctx, transaction_id);
  if (!withdrawal || withdrawal.data.type !== "pending") return undefined;
  const step = payoutProvider().advance(withdrawal.data.transaction_value as string, job.attempts);
  if (step.outcome === "submitted") {
    if (withdrawal.data.sub_type !== "submitted") changeTransaction(ctx, withdrawal, { sub_type: "submitted" });
    return ctx.nowMs + step.nextInMs;
  }
  const currency = withdrawal.data.currency as CurrencyCode;
  const locked = fromStorage(withdrawal.data.internal.locked_cash ?? "0");
  const internal = { ...withdrawal.data.internal, locked_cash: undefined };
  if (step.outcome === "rejected") {
    unlockInPot(ctx, withdrawal.data.pot_id, cashOf(currency), locked);
    releasePendingWithdrawal(ctx, withdrawal.data.account_id, withdrawal.data.transaction_value as string, ctx.nowMs);
    changeTransaction(ctx, withdrawal, { type: "archived", sub_type: "rejected", reason: step.reason, internal }, "transaction_failed");
    return undefined;
  }
  const posted = postJournal(ctx, `withdrawal-${withdrawal.id}`, "withdrawal", journalForWithdrawal({ pot: potAccount(withdrawal.data.pot_id), currency, amount: locked, fromLocked: true }));
  if (!posted.ok) throw new Error(`payout of ${withdrawal.id} broke a ledger rule: ${posted.error.detail}`);
  recordWithdrawal(ctx, withdrawal.data.account_id, withdrawal.data.transaction_value as string, ctx.nowMs);
  changeTransaction(ctx, withdrawal, { type: "archived", sub_type: "settled", settlement_date: today(ctx), internal });
  return undefined;
};
