/**
 * Rebalancing maths and planning: how far a pot has drifted from its portfolio template, and the
 * switch that brings it back. Deviation is half the sum over assets of |actual − target weight|,
 * in percentage points (the share of the pot that would have to move), from current holdings at
 * current prices; cash counts as an asset when the template holds cash. A rebalance sells the
 * over-weight assets, then buys the under-weight ones with the proceeds and any surplus cash,
 * skipping trades worth less than the tenant's minimum trade value.
 */
import { findInvestmentProduct } from "../catalogue/investment-products";
import { findPortfolioTemplate } from "../catalogue/portfolio-templates";
import { QUANTITY_SCALE, ROUNDING, currencyExponent, divideRounded, formatScaled, parseScaled, type CurrencyCode } from "../money/money";
import type { CommandContext, StoredEntity } from "../tenant/command-context";
import { holdingMinor, type HoldingRecord } from "./holdings";
import { potPositions } from "./ledger-store";
import type { PotData } from "./pots";
import { pricedProduct } from "./pricing";
import type { SwitchBuy, SwitchInstruction, SwitchSell } from "./switches";

export type Eligibility = "eligible" | "ineligible" | "no_portfolio_attached" | "negative_holdings" | "no_holdings";

/** The trades that rebalance a pot (a switch plan without its origins). */
export interface RebalancePlan {
  sells: SwitchSell[];
  buys: SwitchBuy[];
  sellInstructions: SwitchInstruction[];
  buyInstructions: SwitchInstruction[];
  cashMinor: bigint;
}

export interface PotAssessment {
  eligibility: Eligibility;
  /** Percentage points with 2 decimals, or null when no deviation can be computed. */
  deviation: string | null;
  /** Why the pot is not eligible (for the results' `reason`). */
  reason: string | null;
  plan: RebalancePlan | null;
}

function percentToHundredths(text: string): bigint {
  const parsed = parseScaled(text, 2);
  if (!parsed.ok) throw new RangeError(`percentage ${text} ${parsed.error}`);
  return parsed.value;
}

interface Valued {
  /** Value in minor units of the pot's currency, by product id (`cash` for the pot's cash). */
  values: Map<string, bigint>;
  units: Map<string, bigint>;
  negative: boolean;
  inFlight: boolean;
}

function valuePositions(ctx: CommandContext, pot: StoredEntity<PotData>): Valued {
  const out: Valued = { values: new Map(), units: new Map(), negative: false, inFlight: false };
  for (const { asset, position } of potPositions(ctx, pot.id)) {
    if (position.total < 0n) out.negative = true;
    if (position.locked !== 0n) out.inFlight = true;
    if (asset.startsWith("cash:")) {
      if (asset === `cash:${pot.data.pot_currency}`) out.values.set("cash", position.total);
      continue;
    }
    const productId = asset.slice("units:".length);
    const product = pricedProduct(ctx, productId, pot.data.pot_currency);
    const record: HoldingRecord = { pot_id: pot.id, investment_product_id: productId, currency: product?.currency ?? pot.data.pot_currency, total: position.total.toString(), locked: "0", book_cost: "0" };
    const minor = holdingMinor(record, product);
    out.values.set(productId, minor.free + minor.locked);
    out.units.set(productId, position.total);
  }
  return out;
}

/**
 * Assesses a pot against its template: eligibility and deviation, and with `plan` the trades of
 * its rebalance. `thresholdHundredths` is the tenant's threshold in hundredths of a point.
 */
export function assessPot(ctx: CommandContext, pot: StoredEntity<PotData>, thresholdHundredths: bigint, minTradeMinor: bigint, plan: boolean): PotAssessment {
  const templateId = pot.data.portfolio_template_id;
  const template = templateId ? findPortfolioTemplate(ctx, templateId) : null;
  if (!template) return { eligibility: "no_portfolio_attached", deviation: null, reason: "The pot has no portfolio template", plan: null };
  const valued = valuePositions(ctx, pot);
  if (valued.negative) return { eligibility: "negative_holdings", deviation: null, reason: "The pot holds a negative position", plan: null };
  const cash = valued.values.get("cash") ?? 0n;
  const invested = [...valued.values].filter(([id]) => id !== "cash").reduce((sum, [, v]) => sum + v, 0n);
  if (invested + cash <= 0n) return { eligibility: "no_holdings", deviation: null, reason: "The pot holds nothing", plan: null };

  const targets = new Map(template.ratios.map((r) => [r.investment_product_id, percentToHundredths(r.ratio)]));
  const cashCounts = targets.has("cash");
  // Deviation ×100 = Σ |10000·v − R·T| / (2T), R in hundredths of a percent, T the weighed total.
  const weighed = cashCounts ? invested + cash : invested;
  const assets = new Set([...targets.keys(), ...[...valued.values.keys()].filter((id) => cashCounts || id !== "cash")]);
  let deviationHundredths: bigint;
  if (weighed === 0n) {
    deviationHundredths = 10_000n;
  } else {
    let sum = 0n;
    for (const id of assets) {
      const diff = 10_000n * (valued.values.get(id) ?? 0n) - (targets.get(id) ?? 0n) * weighed;
      sum += diff < 0n ? -diff : diff;
    }
    deviationHundredths = divideRounded(sum, 2n * weighed, ROUNDING.valuation);
  }
  const deviation = formatScaled(deviationHundredths, 2);
  if (pot.data.status !== "active") return { eligibility: "ineligible", deviation, reason: "The pot is not active", plan: null };
  if (valued.inFlight) return { eligibility: "ineligible", deviation, reason: "The pot has a trade or withdrawal in flight", plan: null };
  if (deviationHundredths <= thresholdHundredths) {
    return { eligibility: "ineligible", deviation, reason: `Deviation ${deviation} is within the threshold ${formatScaled(thresholdHundredths, 2)}`, plan: null };
  }
  return { eligibility: "eligible", deviation, reason: null, plan: plan ? planTrades(ctx, pot, valued, targets, invested + cash, minTradeMinor) : null };
}

function planTrades(ctx: CommandContext, pot: StoredEntity<PotData>, valued: Valued, targets: Map<string, bigint>, total: bigint, minTradeMinor: bigint): RebalancePlan {
  const currency = pot.data.pot_currency as CurrencyCode;
  const exponent = currencyExponent(currency);
  const money = (v: bigint) => formatScaled(v, exponent);
  const target = (id: string) => ((targets.get(id) ?? 0n) * total) / 10_000n;
  const out: RebalancePlan = { sells: [], buys: [], sellInstructions: [], buyInstructions: [], cashMinor: 0n };
  // Sells first: every over-weight product (all of it when the template no longer holds it).
  for (const [id, value] of [...valued.values].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (id === "cash") continue;
    const excess = value - target(id);
    if (excess < minTradeMinor || excess <= 0n) continue;
    if (!targets.has(id)) {
      const quantity = formatScaled(valued.units.get(id) ?? 0n, QUANTITY_SCALE);
      out.sells.push({ investment_product_id: id, quantity });
      out.sellInstructions.push({ investment_product_id: id, mode: "unit", value: quantity });
    } else {
      out.sells.push({ investment_product_id: id, value: money(excess) });
      out.sellInstructions.push({ investment_product_id: id, mode: "value", value: money(excess) });
    }
  }
  // Cash above the template's cash share funds the buys too.
  const surplus = (valued.values.get("cash") ?? 0n) - target("cash");
  if (surplus > 0n) {
    out.cashMinor = surplus;
    out.sellInstructions.push({ investment_product_id: "cash", mode: "value", value: money(surplus) });
  }
  for (const [id] of [...targets].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (id === "cash") continue;
    const shortfall = target(id) - (valued.values.get(id) ?? 0n);
    if (shortfall < minTradeMinor || shortfall <= 0n) continue;
    out.buys.push({ investment_product_id: id, value: money(shortfall) });
    out.buyInstructions.push({ investment_product_id: id, mode: "value", value: money(shortfall) });
  }
  return out;
}

/** Why a planned sell cannot be placed through the venue (the pot then fails alone), or null. */
export function unsellable(ctx: CommandContext, pot: StoredEntity<PotData>, plan: RebalancePlan): string | null {
  for (const sell of plan.sells) {
    const product = findInvestmentProduct(ctx, sell.investment_product_id);
    if (!product || product.status !== "active") return `Investment product ${sell.investment_product_id} is not available to sell`;
    if (product.currency !== pot.data.pot_currency) return `Investment product ${sell.investment_product_id} trades in ${product.currency}, the pot holds ${pot.data.pot_currency}`;
  }
  return null;
}
