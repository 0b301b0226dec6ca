/**
 * Paying interest into the pot. Daily accruals are kept to 10 places; crediting adds the
 * carried remainder to the uncredited accruals, rounds half-even to the penny (the only rounding
 * of interest) and carries what rounding left over to the next credit. A capitalised credit
 * pays the same cash in and at once buys that many units of the deposit at 1.00 from the
 * counterparty: the pot's cash is unchanged, the deposit's balance (its accrual base from the
 * next day) and the holding's book cost grow by it.
 */
import { journalForBuySettlement, journalForContribution } from "../../ledger/journals";
import { potAccount } from "../../ledger/accounts";
import { add, currencyExponent, decimal, formatScaled, fromMinor, round, subtract, toMinor, toPlainString, type CurrencyCode } from "../../money/money";
import { postJournal } from "../../custody/ledger-store";
import { findPot } from "../../custody/pots";
import { openTransaction, today } from "../../custody/transactions";
import type { CommandContext, StoredEntity } from "../../tenant/command-context";
import { counterpartyAccount, saveDeposit, unitsForMinor, type CashDepositData } from "./deposits";

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
 * transaction paid by the counterparty; with `capitalise`, as a `Capitalised interest` one that
 * adds it to the deposit's balance instead. Returns the deposit and the amount credited (minor units).
 */
export function creditInterest(
  ctx: CommandContext,
  deposit: StoredEntity<CashDepositData>,
  through: string,
  capitalise = false,
): { deposit: StoredEntity<CashDepositData>; credited: bigint } {
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
    if (capitalise) capitaliseInto(ctx, d, minor, id);
    openTransaction(
      ctx,
      pot,
      {
        primary_transaction_type: "Interest",
        sub_transaction_type: capitalise ? "Capitalised interest" : "Interest",
        type: "archived",
        sub_type: "settled",
        direction: "in",
        investment_product_id: d.investment_product_id,
        transaction_value: formatMinor(minor, currency),
        ...(capitalise && { transaction_quantity: formatMinor(minor, currency), execution_price: "1.00" }),
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
    ...(capitalise && { balance: (BigInt(d.balance) + credited).toString() }),
  });
  return { deposit: next, credited };
}

/** The credited cash buys `minor` worth of the deposit's units at 1.00 from its counterparty. */
function capitaliseInto(ctx: CommandContext, d: CashDepositData, minor: bigint, id: string): void {
  const currency = d.currency as CurrencyCode;
  const journal = journalForBuySettlement({
    pot: potAccount(d.pot_id),
    instrument: d.investment_product_id,
    units: unitsForMinor(minor, currency),
    currency,
    cash: minor,
    fromLocked: false,
    venue: counterpartyAccount(d.counterparty_id),
  });
  const posted = postJournal(ctx, `capitalise-${id}`, "interest_capitalised", journal);
  if (!posted.ok) throw new Error(`capitalising interest on ${d.deposit_reference} broke a ledger rule: ${posted.error.detail}`);
}

/** Minor units as the currency's decimal string (`1050n` GBP is `10.50`). */
export function formatMinor(minor: bigint, currency: CurrencyCode): string {
  return formatScaled(minor, currencyExponent(currency));
}
