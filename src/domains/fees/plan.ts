/**
 * The fee configuration in force on one date, prepared once per day-close for lookups by pot:
 * setups indexed by (entity, instance) with their rate, exemptions by sub transaction type.
 */
import type { PotData } from "../../custody/pots";
import type { CommandContext } from "../../tenant/command-context";
import { rateHundredths } from "./maths";
import { assignedInstances, FEE_CODE, FEE_EXEMPTION, FEE_SETUP, inForce, type FeeCodeData, type FeeExemptionData, type FeeSetupData } from "./model";

export interface SetupRule {
  setup: FeeSetupData;
  /** Hundredths of a basis point. */
  rate: bigint;
}

export interface FeePlan {
  /** The setups applying to a pot, each once. */
  setupsFor(pot: PotData): SetupRule[];
  /** The assets exempted from a pot's fee of `subType`. */
  exemptedFor(pot: PotData, subType: string): Set<string>;
}

const key = (entity: string, id: string) => `${entity}|${id}`;

/** The pot's instance keys for each entity a setup or exemption may name. */
function potKeys(pot: PotData): string[] {
  const keys = pot.investor_id.map((id) => key("Investor", id));
  keys.push(key("Financial Product", pot.financial_product_id), key("Investor Account", pot.account_id));
  if (pot.portfolio_template_id) keys.push(key("Portfolio", pot.portfolio_template_id));
  return keys;
}

function entityData<T>(ctx: CommandContext, kind: string): T[] {
  return ctx.sql
    .exec<{ data: string }>("SELECT data FROM entities WHERE kind = ?", kind)
    .toArray()
    .map((row) => JSON.parse(row.data) as T);
}

/** The plan for `date`, or null when no setup with an active fee code is in force. */
export function feePlanOn(ctx: CommandContext, date: string): FeePlan | null {
  const codes = new Map(entityData<FeeCodeData>(ctx, FEE_CODE).filter((c) => c.status === "Active").map((c) => [c.fee_code, c]));
  const rules = entityData<FeeSetupData>(ctx, FEE_SETUP)
    .filter((s) => inForce(s, date) && codes.has(s.fee_code))
    .map((setup) => ({ setup, rate: rateHundredths(codes.get(setup.fee_code)!.fee_rate) }))
    .filter((r) => r.rate > 0n)
    .sort((a, b) => (a.setup.fee_setup_id < b.setup.fee_setup_id ? -1 : 1));
  if (rules.length === 0) return null;
  const forAll: SetupRule[] = [];
  const byInstance = new Map<string, SetupRule[]>();
  for (const rule of rules) {
    const instances = assignedInstances(rule.setup.assigned_to);
    if (instances === null) forAll.push(rule);
    else for (const id of instances) byInstance.set(key(rule.setup.fee_calculation_entity, id), [...(byInstance.get(key(rule.setup.fee_calculation_entity, id)) ?? []), rule]);
  }
  const exemptions = entityData<FeeExemptionData>(ctx, FEE_EXEMPTION).filter((e) => inForce(e, date));
  return {
    setupsFor(pot) {
      const found = [...forAll];
      for (const k of potKeys(pot)) for (const rule of byInstance.get(k) ?? []) if (!found.includes(rule)) found.push(rule);
      return found;
    },
    exemptedFor(pot, subType) {
      const out = new Set<string>();
      if (exemptions.length === 0) return out;
      const keys = potKeys(pot);
      for (const e of exemptions) {
        if (e.sub_transaction_type !== subType) continue;
        const instances = assignedInstances(e.assigned_to);
        if (instances === null || instances.some((id) => keys.includes(key(e.fee_exemption_entity, id)))) for (const a of e.exempted_assets) out.add(a);
      }
      return out;
    },
  };
}
