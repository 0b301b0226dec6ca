/**
 * The LISA withdrawal charge: a withdrawal from a Lifetime ISA before the investor turns 60,
 * other than for a first home, pays 25 % of the amount withdrawn to HMRC; the rest is paid out.
 * The charge leaves the withdrawal's locked cash at acceptance and moves the account's
 * withdrawal-charge counters.
 */
import { EXTERNAL_HMRC, potAccount } from "../ledger/accounts";
import { journalForWithdrawal } from "../ledger/journals";
import { add, currencyExponent, divideRounded, formatScaled, fromMinor, parseScaled, ROUNDING, type CurrencyCode } from "../money/money";
import type { CommandContext, StoredEntity } from "../tenant/command-context";
import { taxTableFor } from "../tax/uk-tax-2025";
import { changeCounters } from "./accounts";
import { postJournal } from "./ledger-store";
import { ageOn } from "./parties";
import type { PotData } from "./pots";
import { formatCounter, parseAmount, taxYearOf } from "./tax-year";
import { today } from "./transactions";

export const LISA_PRODUCTS = ["lisa_cash", "lisa_stocks"];

/** Whether the pot's investor is charged on a withdrawal today (under 60 and not for a first home). */
function charged(ctx: CommandContext, pot: StoredEntity<PotData>, firstHome: boolean): boolean {
  if (firstHome) return false;
  const investor = ctx.get<{ date_of_birth?: string | null }>("investor", pot.data.investor_id[0] ?? "");
  const dob = investor?.data.date_of_birth;
  return !dob || ageOn(dob, today(ctx)) < taxTableFor(taxYearOf(ctx.now)).lisaChargeFreeAge;
}

/**
 * Charges a LISA withdrawal of `gross` (minor units, locked) when due; returns the charge
 * (minor units) and the withdrawal's charge fields. Other products: no charge.
 */
export function chargeLisaWithdrawal(ctx: CommandContext, pot: StoredEntity<PotData>, withdrawalId: string, gross: bigint, firstHome: boolean): { charge: bigint; extra: Record<string, unknown> } {
  const currency = pot.data.pot_currency as CurrencyCode;
  const exponent = currencyExponent(currency);
  if (!LISA_PRODUCTS.includes(pot.data.financial_product_id) || !charged(ctx, pot, firstHome)) {
    return { charge: 0n, extra: { withdrawal_charge_applicable: false, withdrawal_charge: formatScaled(0n, exponent) } };
  }
  const rate = parseScaled(taxTableFor(taxYearOf(ctx.now)).lisaWithdrawalChargeRate, 4);
  if (!rate.ok) throw new RangeError(rate.error);
  const charge = divideRounded(gross * rate.value, 10_000n, ROUNDING.taxShare);
  if (charge > 0n) {
    const posted = postJournal(ctx, `lisa-charge-${withdrawalId}`, "lisa_charge", journalForWithdrawal({ pot: potAccount(pot.id), currency, amount: charge, fromLocked: true, to: EXTERNAL_HMRC }));
    if (!posted.ok) throw new Error(`LISA charge of ${withdrawalId} broke a ledger rule: ${posted.error.detail}`);
    const value = fromMinor(charge, currency);
    changeCounters(ctx, pot.data.account_id, ctx.nowMs, (d) => ({
      current_year_withdrawal_charges: formatCounter(add(parseAmount(d.current_year_withdrawal_charges), value)),
      total_withdrawal_charges: formatCounter(add(parseAmount(d.total_withdrawal_charges), value)),
    }));
  }
  return { charge, extra: { withdrawal_charge_applicable: true, withdrawal_charge: formatScaled(charge, exponent), net_transaction_value: formatScaled(gross - charge, exponent) } };
}

