/**
 * Cash arriving in a pot from a payment, and what happens next: the contribution posts to the
 * ledger (bank → pot, free at once) and, for purpose `invest`, buys follow — the payment's
 * instructions first, else the pot's portfolio template, the remainder staying as cash.
 */
import { findPortfolioTemplate } from "../catalogue/portfolio-templates";
import { potAccount } from "../ledger/accounts";
import { journalForContribution } from "../ledger/journals";
import { ROUNDING, currencyExponent, divideRounded, formatScaled, parseScaled, type CurrencyCode } from "../money/money";
import type { CommandContext, StoredEntity } from "../tenant/command-context";
import { recordContribution } from "./accounts";
import { claimOnContribution } from "./hmrc-claims";
import { postJournal } from "./ledger-store";
import type { PotData } from "./pots";
import { instructBuy, type TradeInstruction } from "./trading";
import type { TransactionData } from "./transactions";

function minor(value: string, currency: CurrencyCode): bigint {
  const parsed = parseScaled(value, currencyExponent(currency));
  if (!parsed.ok) throw new RangeError(`amount ${value} ${parsed.error}`);
  return parsed.value;
}

/** Posts a contribution's cash into its pot and updates the account's counters. */
export function bookContribution(ctx: CommandContext, pot: StoredEntity<PotData>, transaction: StoredEntity<TransactionData>): void {
  const currency = pot.data.pot_currency as CurrencyCode;
  const amount = minor(transaction.data.transaction_value as string, currency);
  const posted = postJournal(ctx, `contribution-${transaction.id}`, "contribution", journalForContribution({ pot: potAccount(pot.id), currency, amount }));
  if (!posted.ok) throw new Error(`contribution ${transaction.id} broke a ledger rule: ${posted.error.detail}`);
  recordContribution(ctx, pot.data.account_id, transaction.data.transaction_value as string, ctx.nowMs);
  claimOnContribution(ctx, pot, transaction);
}

/**
 * The buys a contribution of `amount` turns into: the payment's own instructions when it has
 * some, else one value order per product of the pot's template (amount × ratio ÷ 100, rounded
 * down to the penny; `cash` ratios and every leftover penny stay cash).
 */
export function investmentOrders(ctx: CommandContext, pot: StoredEntity<PotData>, amount: string, instructions: TradeInstruction[] | null): TradeInstruction[] {
  if (instructions && instructions.length > 0) return instructions;
  const template = pot.data.portfolio_template_id ? findPortfolioTemplate(ctx, pot.data.portfolio_template_id) : null;
  if (!template) return [];
  const currency = pot.data.pot_currency as CurrencyCode;
  const exponent = currencyExponent(currency);
  const total = minor(amount, currency);
  const orders: TradeInstruction[] = [];
  for (const { investment_product_id, ratio } of template.ratios) {
    if (investment_product_id === "cash") continue;
    const hundredths = parseScaled(ratio, 2);
    if (!hundredths.ok) continue;
    const value = divideRounded(total * hundredths.value, 10_000n, ROUNDING.unitsBought);
    if (value > 0n) orders.push({ investment_product_id, value: formatScaled(value, exponent) });
  }
  return orders;
}

/** Places the buys of an `invest` contribution (origin `system`, parent = the contribution). */
export function investContribution(ctx: CommandContext, pot: StoredEntity<PotData>, contribution: StoredEntity<TransactionData>, instructions: TradeInstruction[] | null): void {
  const orders = investmentOrders(ctx, pot, contribution.data.transaction_value as string, instructions);
  for (const order of orders) {
    instructBuy(ctx, pot, order, { origin: "system", parentTransactionId: contribution.id });
  }
}
