/**
 * PAYE on a pension payment leaving a pot (drawdown income, the taxed part of an UFPLS): the
 * tax is computed under the investor's tax code, leaves the withdrawal's locked cash for HMRC
 * as a settled `PAYE Tax` transaction, and the account's pension counters and the investor's
 * MPAA move with it.
 */
import { EXTERNAL_HMRC, potAccount } from "../ledger/accounts";
import { journalForWithdrawal } from "../ledger/journals";
import { currencyExponent, formatScaled, fromMinor, parseDecimal, parseScaled, type CurrencyCode } from "../money/money";
import type { CommandContext, StoredEntity } from "../tenant/command-context";
import { deductPaye } from "../tax/paye-records";
import { postJournal } from "./ledger-store";
import { flexibleAccess, recordPensionWithdrawal } from "./pensions";
import type { PotData } from "./pots";
import { openTransaction, today } from "./transactions";

/** A taxed pension payment: the part of the value PAYE applies to, and the tax-free part (UFPLS). */
export interface PensionTax {
  kind: "drawdown" | "ufpls";
  taxable: string;
  taxFree: string;
}

function minor(value: string, currency: CurrencyCode): bigint {
  const parsed = parseScaled(value, currencyExponent(currency));
  if (!parsed.ok) throw new RangeError(`amount ${value}: ${parsed.error}`);
  return parsed.value;
}

/**
 * Deducts PAYE from a payment of `gross` (minor units, already locked) by withdrawal
 * `withdrawalId`; returns the tax taken (minor units) and the withdrawal's PAYE wire fields.
 */
export function taxPensionPayment(ctx: CommandContext, pot: StoredEntity<PotData>, withdrawalId: string, gross: bigint, taxed: PensionTax): { tax: bigint; extra: Record<string, unknown> } {
  const currency = pot.data.pot_currency as CurrencyCode;
  const exponent = currencyExponent(currency);
  const investorId = pot.data.investor_id[0] ?? "";
  const date = today(ctx);
  const deduction = deductPaye(ctx, investorId, date, taxed.taxable);
  const tax = minor(deduction.tax, currency);
  const extra: Record<string, unknown> = { ...deduction.fields, net_transaction_value: formatScaled(gross - tax, exponent) };
  if (taxed.kind === "ufpls") extra.tax_free_amount = formatScaled(minor(taxed.taxFree, currency), exponent);
  if (tax > 0n) {
    const posted = postJournal(ctx, `paye-${withdrawalId}`, "paye", journalForWithdrawal({ pot: potAccount(pot.id), currency, amount: tax, fromLocked: true, to: EXTERNAL_HMRC }));
    if (!posted.ok) throw new Error(`PAYE of ${withdrawalId} broke a ledger rule: ${posted.error.detail}`);
    const taxTransaction = openTransaction(ctx, pot, {
      primary_transaction_type: "Withdrawal",
      sub_transaction_type: "PAYE Tax",
      type: "archived",
      sub_type: "settled",
      direction: "out",
      investment_product_id: "cash",
      transaction_value: deduction.tax,
      parent_transaction_id: withdrawalId,
      trade_date: date,
      settlement_date: date,
      origin: "system",
      internal: { kind: "tax" },
    });
    extra.tax_transaction_id = taxTransaction.id;
  }
  const taxFree = parseDecimal(taxed.taxFree, { maxDecimals: 2 });
  if (!taxFree.ok) throw new RangeError(`tax-free amount ${taxed.taxFree}: ${taxFree.error}`);
  recordPensionWithdrawal(ctx, pot.data.account_id, taxed.kind, { gross: fromMinor(gross, currency), tax: fromMinor(tax, currency), taxFree: taxFree.value });
  flexibleAccess(ctx, investorId, date);
  return { tax, extra };
}
