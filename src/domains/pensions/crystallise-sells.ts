/**
 * Before crystallising by value, a pot whose free cash falls short sells units for the
 * difference (with 1 % to spare for units rounded down), one holding after the other, as
 * `system` sell orders; the crystallisation waits until they are settled or rejected.
 */
import { pricedProduct } from "../../custody/pricing";
import { findPot } from "../../custody/pots";
import { instructSell } from "../../custody/trading";
import { cashOf, potPosition, potPositions } from "../../custody/ledger-store";
import { currencyExponent, decimal, formatScaled, fromScaled, multiply, parseScaled, QUANTITY_SCALE, round, toScaled, ROUNDING, type CurrencyCode } from "../../money/money";
import type { CommandContext } from "../../tenant/command-context";
import type { CrystallisationData } from "./crystallisation-schema";

/** Places the sells the request's by-value instructions need; returns the order ids. */
export function sellForShortfalls(ctx: CommandContext, d: CrystallisationData): string[] {
  const orders: string[] = [];
  for (const instruction of d.crystallisation_instructions) {
    if (instruction.value === undefined) continue;
    const pot = findPot(ctx, instruction.pot_id);
    if (!pot || pot.data.status !== "active") continue;
    const currency = pot.data.pot_currency as CurrencyCode;
    const exponent = currencyExponent(currency);
    const wanted = parseScaled(instruction.value, exponent);
    if (!wanted.ok) continue;
    const cash = potPosition(ctx, pot.id, cashOf(currency));
    const short = wanted.value - (cash.total - cash.locked);
    if (short <= 0n) continue;
    let target = short + (short + 99n) / 100n;
    for (const { asset, position } of potPositions(ctx, pot.id)) {
      if (!asset.startsWith("units:") || target <= 0n) continue;
      const productId = asset.slice("units:".length);
      const priced = pricedProduct(ctx, productId);
      const free = position.total - position.locked;
      if (!priced || free <= 0n) continue;
      const worth = toScaled(round(multiply(fromScaled(free, QUANTITY_SCALE), decimal(priced.close_price)), exponent, ROUNDING.unitsBought), exponent);
      const sell = worth < target ? worth : target;
      if (sell <= 0n) continue;
      const outcome = instructSell(ctx, pot, { investment_product_id: productId, value: formatScaled(sell, exponent) }, { origin: "system" });
      if (!outcome.ok) continue;
      orders.push(outcome.transaction.id);
      target -= sell;
    }
  }
  return orders;
}
