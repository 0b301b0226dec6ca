/**
 * An investor account's `total_market_value`: the sum of its pots' `total_value` in the tenant's
 * base currency (pots in other currencies are not converted; a holding priced in another currency
 * than its pot is valued in the pot's currency at the published fx-spot rate). Two entry points over the same pure valuation: from D1 for GETs, from the ledger for commands.
 */
import type { Database } from "../db/client";
import { findResources } from "../db/resource-queries";
import { currencyExponent, formatScaled, isCurrencyCode } from "../money/money";
import type { CommandContext } from "../tenant/command-context";
import { holdingMinor, type HoldingMinor, type HoldingRecord } from "./holdings";
import { potPositions } from "./ledger-store";
import { findPot, POT, type PotData } from "./pots";
import { pricedProduct } from "./pricing";
import { valuePots } from "./valuation";

function total(minors: HoldingMinor[], currency: string): string {
  if (!isCurrencyCode(currency)) return "0.00";
  const sum = minors.filter((m) => m.currency === currency).reduce((acc, m) => acc + m.free + m.locked, 0n);
  return formatScaled(sum, currencyExponent(currency));
}

/** Market value of the account's pots, read from D1. */
export async function accountMarketValue(db: Database, tenantId: string, potIds: string[], baseCurrency: string): Promise<string> {
  return (await accountMarketValues(db, tenantId, [potIds], baseCurrency))[0] ?? "0.00";
}

/** Market values of several accounts (each given by its pot ids), with one valuation of all their pots. */
export async function accountMarketValues(db: Database, tenantId: string, potIdsPerAccount: string[][], baseCurrency: string): Promise<string[]> {
  const pots = await findResources<PotData>(db, tenantId, POT, [...new Set(potIdsPerAccount.flat())]);
  const valued = new Map((await valuePots(db, tenantId, pots)).map((v) => [v.pot.id, v.minors]));
  return potIdsPerAccount.map((ids) => total(ids.flatMap((id) => valued.get(id) ?? []), baseCurrency));
}

/** Market value of the account's pots, from the tenant object's ledger inside a command. */
export function accountMarketValueNow(ctx: CommandContext, potIds: string[]): string {
  const minors: HoldingMinor[] = [];
  for (const potId of potIds) {
    const pot = findPot(ctx, potId);
    if (!pot) continue;
    for (const { asset, position } of potPositions(ctx, potId)) {
      const productId = asset.startsWith("cash:") ? "cash" : asset.slice("units:".length);
      const product = productId === "cash" ? null : pricedProduct(ctx, productId, pot.data.pot_currency);
      const record: HoldingRecord = {
        pot_id: potId,
        investment_product_id: productId,
        currency: productId === "cash" ? asset.slice("cash:".length) : (product?.currency ?? pot.data.pot_currency),
        total: position.total.toString(),
        locked: position.locked.toString(),
        book_cost: position.bookCost.toString(),
      };
      minors.push(holdingMinor(record, product));
    }
  }
  return total(minors, ctx.config.base_currency);
}
