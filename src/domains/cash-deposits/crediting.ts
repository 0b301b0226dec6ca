/**
 * Paying interest into the pot. Daily accruals are kept to 10 places; crediting adds the
 * carried remainder to the uncredited accruals, rounds half-even to the penny (the only rounding
 * of interest) and carries what rounding left over to the next credit.
 */
import { journalForContribution } from "../../ledger/journals";
import { potAccount } from "../../ledger/accounts";
import { add, currencyExponent, decimal, formatScaled, fromMinor, round, subtract, toMinor, toPlainString, type CurrencyCode } from "../../money/money";
import { postJournal } from "../../custody/ledger-store";
import { findPot } from "../../custody/pots";
import { openTransaction, today } from "../../custody/transactions";
import type { CommandContext, StoredEntity } from "../../tenant/command-context";
import { counterpartyAccount, saveDeposit, type CashDepositData } from "./deposits";

/** The accrual rows of a deposit after `after` up to `through` (inclusive), as stored amounts. */
function uncreditedAccruals(ctx: CommandContext, reference: string, after: string | null, through: string): string[] {
  return ctx.sql
    .exec<{ accrued: string }>(
      "SELECT json_extract(data, '$.accrued_interest') AS accrued FROM interest_daily WHERE deposit_reference = ? AND date > ? AND date <= ? ORDER BY date",
      reference,
      after ?? "",
      through,
    )
    .toArray()
    .map((r) => r.accrued);
}

/**
 * Credits the deposit's interest accrued through `through` (a date) to its pot as an `Interest`
 * transaction paid by the counterparty; returns the deposit and the amount credited (minor units).
 */
export function creditInterest(ctx: CommandContext, deposit: StoredEntity<CashDepositData>, through: string): { deposit: StoredEntity<CashDepositData>; credited: bigint } {
  const d = deposit.data;
  if (d.credited_through !== null && d.credited_through >= through) return { deposit, credited: 0n };
  const currency = d.currency as CurrencyCode;
  const owed = uncreditedAccruals(ctx, d.deposit_reference, d.credited_through, through).reduce((sum, v) => add(sum, decimal(v)), decimal(d.carry));
  const rounded = round(owed, 2, "halfEven");
  const minor = toMinor(rounded, currency);
  const pot = findPot(ctx, d.pot_id);
  if (minor > 0n && pot) {
    const id = crypto.randomUUID();
    const posted = postJournal(ctx, `interest-${id}`, "interest", journalForContribution({ pot: potAccount(d.pot_id), currency, amount: minor, from: counterpartyAccount(d.counterparty_id) }));
    if (!posted.ok) throw new Error(`interest on ${d.deposit_reference} broke a ledger rule: ${posted.error.detail}`);
    openTransaction(
      ctx,
      pot,
      {
        primary_transaction_type: "Interest",
        sub_transaction_type: "Interest",
        type: "archived",
        sub_type: "settled",
        direction: "in",
        investment_product_id: d.investment_product_id,
        transaction_value: formatMinor(minor, currency),
        trade_date: today(ctx),
        settlement_date: today(ctx),
        origin: "system",
        extra: { deposit_reference: d.deposit_reference },
        internal: { kind: "interest" },
      },
      "transaction_initiated",
      id,
    );
  }
  const credited = minor > 0n ? minor : 0n;
  const next = saveDeposit(ctx, deposit, {
    credited_through: through,
    carry: toPlainString(subtract(owed, fromMinor(credited, currency))),
    credited_total: (BigInt(d.credited_total) + credited).toString(),
  });
  return { deposit: next, credited };
}

/** Minor units as the currency's decimal string (`1050n` GBP is `10.50`). */
export function formatMinor(minor: bigint, currency: CurrencyCode): string {
  return formatScaled(minor, currencyExponent(currency));
}
