/**
 * Fee nominations: an investor may nominate one of their pots to pay every fee of all their
 * pots. Stored as one entity per investor (id and owner = the investor id).
 */
import type { CommandContext, StoredEntity } from "../tenant/command-context";
import { PENSION_FEE_TYPES } from "./fees";
import { findPot, PENSION_PRODUCTS, type PotData } from "./pots";

/** Entity kind of a fee nomination; the entity id is the investor id. */
export const FEE_NOMINATION = "fee_nomination";

/** What the write model keeps for a fee nomination. */
export interface FeeNominationData {
  nominations: Array<{ nominee_pot_id: string }>;
}

/**
 * The pot that pays the investor's fees, or `null` when there is no nomination or the nominated
 * pot no longer exists or is inactive (fees are then taken from each pot itself).
 */
export function feeNomineePot(ctx: CommandContext, investorId: string): string | null {
  const nomination = ctx.get<FeeNominationData>(FEE_NOMINATION, investorId);
  const potId = nomination?.data.nominations[0]?.nominee_pot_id;
  if (!potId) return null;
  const pot = findPot(ctx, potId);
  return pot && pot.data.status === "active" ? potId : null;
}

/**
 * The pot that pays a fee of `subType` charged for `pot`: the investor's nominee pot when there
 * is one that is active, in the pot's currency and (for a pension nominee) allowed the sub
 * type; otherwise the pot itself.
 */
export function feePayerPot(ctx: CommandContext, pot: StoredEntity<PotData>, subType: string): StoredEntity<PotData> {
  const nomineeId = feeNomineePot(ctx, pot.data.investor_id[0] ?? "");
  const nominee = nomineeId && nomineeId !== pot.id ? findPot(ctx, nomineeId) : null;
  if (!nominee || nominee.data.status !== "active" || nominee.data.pot_currency !== pot.data.pot_currency) return pot;
  if (PENSION_PRODUCTS.includes(nominee.data.financial_product_id) && !PENSION_FEE_TYPES.includes(subType)) return pot;
  return nominee;
}
