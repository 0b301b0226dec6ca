/**
 * Daily accrual, a day-close step after the snapshot: for every active pot and every fee setup
 * in force that applies to it, `value of the holdings not exempted × fee_rate / 10,000 / days
 * in the year` from the same closing valuation as the day's snapshot, one `fee_accruals` row
 * per pot, setup and date (a re-run inserts nothing and changes no balance). Pension pots
 * accrue only the sub types they may be charged. Cost: one read of the pots, one of the ledger,
 * one of the balances, then a row per accrual; no D1 access.
 */
import type { DayCloseStep } from "../../clock/day-close";
import { PENSION_FEE_TYPES } from "../../custody/fees";
import { holdingMinor } from "../../custody/holdings";
import { allPotPositions, type PotPosition } from "../../custody/ledger-store";
import { PENSION_PRODUCTS, POT, type PotData } from "../../custody/pots";
import { pricedProduct } from "../../custody/pricing";
import { parseAssetKey } from "../../ledger/assets";
import { isCurrencyCode, type CurrencyCode } from "../../money/money";
import type { CommandContext } from "../../tenant/command-context";
import { balanceOf, loadBalances, saveBalances, type FeeBalance } from "./balances";
import { dailyAccrual, daysInYear } from "./maths";
import { feePlanOn } from "./plan";

type Prices = Map<string, ReturnType<typeof pricedProduct>>;

/** Value (minor units of the pot's currency) of each asset the pot holds: `cash` or a product id. */
function assetValues(ctx: CommandContext, currency: CurrencyCode, positions: PotPosition[], prices: Prices): Map<string, bigint> {
  const values = new Map<string, bigint>();
  for (const { asset, position } of positions) {
    const parsed = parseAssetKey(asset);
    if (!parsed) continue;
    const productId = parsed.kind === "cash" ? "cash" : parsed.instrument;
    let product = null;
    if (parsed.kind !== "cash") {
      if (!prices.has(productId)) prices.set(productId, pricedProduct(ctx, productId));
      product = prices.get(productId) ?? null;
    }
    const holdingCurrency = parsed.kind === "cash" ? parsed.currency : (product?.currency ?? currency);
    if (holdingCurrency !== currency) continue;
    const minor = holdingMinor({ pot_id: "", investment_product_id: productId, currency: holdingCurrency, total: position.total.toString(), locked: position.locked.toString(), book_cost: "0" }, product);
    values.set(productId, (values.get(productId) ?? 0n) + minor.free + minor.locked);
  }
  return values;
}

interface PotRow extends Record<string, SqlStorageValue> {
  id: string;
  data: string;
}

const INSERT_ACCRUAL =
  "INSERT OR IGNORE INTO fee_accruals (pot_id, setup_id, date, sub_transaction_type, base, amount, collected_on) VALUES (?, ?, ?, ?, ?, ?, NULL)";

/** Day-close step: the day's fee accruals of every pot. */
export const accrueFees: DayCloseStep = (ctx, date, closeMs) => {
  const plan = feePlanOn(ctx, date);
  if (!plan) return;
  const pots = ctx.sql.exec<PotRow>("SELECT id, data FROM entities WHERE kind = ? AND created_at <= ? ORDER BY id", POT, new Date(closeMs).toISOString()).toArray();
  const positions = allPotPositions(ctx);
  const prices: Prices = new Map();
  const balances = loadBalances(ctx);
  const changed = new Set<FeeBalance>();
  const days = daysInYear(date);
  for (const row of pots) {
    const pot = JSON.parse(row.data) as PotData;
    if (pot.status !== "active" || !isCurrencyCode(pot.pot_currency)) continue;
    const rules = plan.setupsFor(pot);
    if (rules.length === 0) continue;
    const pension = PENSION_PRODUCTS.includes(pot.financial_product_id);
    const values = assetValues(ctx, pot.pot_currency, positions.get(row.id) ?? [], prices);
    let total = 0n;
    for (const v of values.values()) total += v;
    for (const { setup, rate } of rules) {
      if (pension && !PENSION_FEE_TYPES.includes(setup.sub_transaction_type)) continue;
      let base = total;
      for (const asset of plan.exemptedFor(pot, setup.sub_transaction_type)) base -= values.get(asset) ?? 0n;
      if (base <= 0n) continue;
      const amount = dailyAccrual(base, rate, pot.pot_currency, days);
      const written = ctx.sql.exec(INSERT_ACCRUAL, row.id, setup.fee_setup_id, date, setup.sub_transaction_type, base.toString(), amount.toString()).rowsWritten;
      if (written === 0) continue;
      const balance = balanceOf(balances, row.id, setup.sub_transaction_type, pot.pot_currency);
      balance.accrued += amount;
      balance.first_accrual_date ??= date;
      balance.last_accrual_date = date;
      changed.add(balance);
    }
  }
  saveBalances(ctx, changed);
};
