/**
 * Interest on cash deposits, a day-close step (after the holding snapshot). For each open
 * deposit at the close of `date`: first the credit that falls due that day (monthly: the first
 * business day of a month credits every accrual up to the month before; quarterly and annually
 * likewise at the first business day of January/April/July/October and of January), then a term
 * deposit that has reached maturity pays out (on a business day; it accrues nothing from its
 * maturity date), else the day's accrual: balance × the rate in force that date ÷ 100 ÷ 365,
 * half-even to 10 places. A product with `interest_credit_instruction: capitalise` adds each
 * credit to the balance instead of paying it out, so from that day the credit earns interest
 * too (it compounds on the credit dates). Each accrual is a row of the object's `interest_daily` table; a
 * day-close projects its rows to D1 as one outbox row.
 */
import { findCashInvestmentProduct, type CashInvestmentProductData } from "../../catalogue/cash-investment-products";
import type { DayCloseStep } from "../../clock/day-close";
import { isBusinessDay, rollToBusinessDay } from "../../clock/calendar";
import { addDays } from "../../clock/zones";
import { add, decimal, divide, format, fromMinor, fromStorage, multiply, round, toPlainString, type CurrencyCode } from "../../money/money";
import type { CommandContext, StoredEntity } from "../../tenant/command-context";
import { enqueueOutboxJson } from "../../tenant/outbox";
import { creditInterest, formatMinor } from "./crediting";
import { openDeposits, saveDeposit, type CashDepositData } from "./deposits";
import { matureDeposit } from "./lifecycle";
import type { DailyBreakdownItem } from "./schema";

const CREDIT_MONTHS: Record<CashInvestmentProductData["interest_credit_frequency"], number[]> = {
  monthly: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  quarterly: [1, 4, 7, 10],
  annually: [1],
  on_maturity: [],
};

/** The annual rate (percent) in force on `date`: the latest with an effective date on or before it, else 0. */
export function rateOn(product: CashInvestmentProductData, date: string): string {
  let rate = "0.00";
  let from = "";
  for (const r of product.interest_rates) {
    if (r.effective_date <= date && r.effective_date >= from) {
      rate = r.rate;
      from = r.effective_date;
    }
  }
  return rate;
}

/** One day's interest on `balanceMinor` at `ratePercent`, actual/365, half-even to 10 places. */
export function dailyInterest(balanceMinor: bigint, currency: CurrencyCode, ratePercent: string): string {
  const yearly = multiply(fromMinor(balanceMinor, currency), decimal(ratePercent));
  return format(round(divide(yearly, decimal("36500")), 10, "halfEven"), 10);
}

/** The last accrual date a credit on `date` covers, or null when no credit falls due that day. */
export function creditThrough(product: CashInvestmentProductData, date: string): string | null {
  const month = Number(date.slice(5, 7));
  if (!CREDIT_MONTHS[product.interest_credit_frequency].includes(month)) return null;
  const first = `${date.slice(0, 8)}01`;
  return rollToBusinessDay(first) === date ? addDays(first, -1) : null;
}

interface DailyRow {
  deposit_reference: string;
  date: string;
  data: DailyBreakdownItem;
}

function accrue(ctx: CommandContext, deposit: StoredEntity<CashDepositData>, product: CashInvestmentProductData, date: string, creditedToday: bigint): DailyRow {
  const d = deposit.data;
  const currency = d.currency as CurrencyCode;
  const balance = fromStorage(d.balance);
  const rate = rateOn(product, date);
  const accrued = dailyInterest(balance, currency, rate);
  const cumulative = add(decimal(d.accrued_total), decimal(accrued));
  const item: DailyBreakdownItem = {
    interest_calculation_date: date,
    balance: formatMinor(balance, currency),
    interest_rate: rate,
    accrued_interest: accrued,
    cumulative_accrued_interest: format(cumulative, 10),
    credited_interest: formatMinor(creditedToday, currency),
    cumulative_credited_interest: formatMinor(BigInt(d.credited_total), currency),
    currency: d.currency,
  };
  ctx.sql.exec(
    "INSERT INTO interest_daily (deposit_reference, date, data) VALUES (?, ?, ?) ON CONFLICT (deposit_reference, date) DO NOTHING",
    d.deposit_reference,
    date,
    JSON.stringify(item),
  );
  saveDeposit(ctx, deposit, { accrued_total: toPlainString(cumulative) });
  return { deposit_reference: d.deposit_reference, date, data: item };
}

/** Day-close step: credits due interest, matures term deposits, accrues the day's interest. */
export const accrueInterest: DayCloseStep = (ctx, date) => {
  const rows: DailyRow[] = [];
  for (const found of openDeposits(ctx)) {
    let deposit = found;
    if (deposit.data.opened_on === null || deposit.data.opened_on > date) continue;
    const product = findCashInvestmentProduct(ctx, deposit.data.investment_product_id);
    if (!product) continue;
    const through = creditThrough(product, date);
    let credited = 0n;
    // Capitalised only while no redemption is under way (its units are already locked); else paid to the pot.
    const capitalise = product.interest_credit_instruction === "capitalise" && deposit.data.pending_redemption === null;
    if (through !== null) ({ deposit, credited } = creditInterest(ctx, deposit, through, capitalise));
    if (deposit.data.maturity_date !== null && date >= deposit.data.maturity_date) {
      if (isBusinessDay(date)) matureDeposit(ctx, deposit);
      continue;
    }
    rows.push(accrue(ctx, deposit, product, date, credited));
  }
  if (rows.length > 0) enqueueOutboxJson(ctx.sql, "interest_days", JSON.stringify({ rows }));
};
