/**
 * Collection, a day-close step after the accrual: on the first business day of each month (or
 * of each quarter, a tenant setting), the uncollected accruals dated before that month (the
 * previous period and any older ones, e.g. of a setup that has since ended) are summed per pot
 * and sub transaction type with the carried remainder, rounded half-even to the penny once and
 * charged as one fee transaction dated that day (`origin: system`, `transaction_initiated`),
 * paid by the investor's nominee pot when one is nominated, with the usual sell-down when free
 * cash is short. The rounding remainder carries to the next collection. A charge the pot cannot
 * pay at all leaves its accruals uncollected for the next collection day.
 */
import type { DayCloseStep } from "../../clock/day-close";
import { rollToBusinessDay } from "../../clock/calendar";
import { chargeFee } from "../../custody/fees";
import { feePayerPot } from "../../custody/fee-nominations";
import { findPot } from "../../custody/pots";
import { currencyExponent, formatScaled, isCurrencyCode } from "../../money/money";
import { balanceKey, balanceOf, loadBalances, saveBalances, type FeeBalance } from "./balances";
import { collectionFrequency } from "./collection-settings";
import { collectionSplit } from "./maths";
import type { CollectionFrequency } from "./model";

const QUARTER_MONTHS = ["01", "04", "07", "10"];

/** True when `date` is the collection day of its month: its first business day, in a collecting month. */
export function isCollectionDay(date: string, frequency: CollectionFrequency): boolean {
  const first = `${date.slice(0, 8)}01`;
  if (frequency === "quarterly" && !QUARTER_MONTHS.includes(date.slice(5, 7))) return false;
  return rollToBusinessDay(first) === date;
}

interface OpenRow extends Record<string, SqlStorageValue> {
  pot_id: string;
  sub_transaction_type: string;
  amount: string;
}

/** Day-close step: collects the accrued fees of the periods before this one, on a collection day. */
export const collectFees: DayCloseStep = (ctx, date) => {
  if (!isCollectionDay(date, collectionFrequency(ctx.sql))) return;
  const periodStart = `${date.slice(0, 8)}01`;
  const sums = new Map<string, { potId: string; subType: string; sum: bigint }>();
  for (const row of ctx.sql.exec<OpenRow>("SELECT pot_id, sub_transaction_type, amount FROM fee_accruals WHERE collected_on IS NULL AND date < ?", periodStart)) {
    const key = balanceKey(row.pot_id, row.sub_transaction_type);
    const entry = sums.get(key) ?? { potId: row.pot_id, subType: row.sub_transaction_type, sum: 0n };
    entry.sum += BigInt(row.amount);
    sums.set(key, entry);
  }
  if (sums.size === 0) return;
  const balances = loadBalances(ctx);
  const changed: FeeBalance[] = [];
  for (const { potId, subType, sum } of [...sums.values()].sort((a, b) => (a.potId === b.potId ? (a.subType < b.subType ? -1 : 1) : a.potId < b.potId ? -1 : 1))) {
    const pot = findPot(ctx, potId);
    if (!pot || !isCurrencyCode(pot.data.pot_currency)) continue;
    const currency = pot.data.pot_currency;
    const balance = balanceOf(balances, potId, subType, currency);
    const { chargeMinor, carry } = collectionSplit(sum + balance.carried, currency);
    if (chargeMinor > 0n) {
      const payer = feePayerPot(ctx, pot, subType);
      const outcome = chargeFee(ctx, payer, subType, formatScaled(chargeMinor, currencyExponent(currency)), payer.id === pot.id ? null : pot.id, "system");
      if (!outcome.ok) continue;
    }
    ctx.sql.exec("UPDATE fee_accruals SET collected_on = ? WHERE pot_id = ? AND sub_transaction_type = ? AND collected_on IS NULL AND date < ?", date, potId, subType, periodStart);
    const next = ctx.sql
      .exec<{ first: string | null }>("SELECT min(date) AS first FROM fee_accruals WHERE pot_id = ? AND sub_transaction_type = ? AND collected_on IS NULL", potId, subType)
      .one().first;
    balance.accrued -= sum;
    balance.carried = carry;
    balance.first_accrual_date = next;
    balance.last_collection_date = date;
    changed.push(balance);
  }
  saveBalances(ctx, changed);
};
