/**
 * The money purchase annual allowance trigger: the first flexible withdrawal from a pension
 * (UFPLS, or income from flexi-access drawdown) sets `mpaa_triggered` and
 * `mpaa_triggered_date` on the investor, once; the pension flows call it through the hook
 * `src/commands.ts` registers.
 */
import type { CommandContext } from "../../tenant/command-context";
import { INVESTOR } from "./commands";
import { toInvestor, type InvestorData } from "./serialize";

/** Marks the investor's MPAA as triggered on `date` unless it already is. */
export function markMpaaTriggered(ctx: CommandContext, investorId: string, date: string): void {
  const current = ctx.get<InvestorData>(INVESTOR, investorId);
  if (!current || current.data.mpaa_triggered === true) return;
  const updated = ctx.update(current, { ...current.data, mpaa_triggered: true, mpaa_triggered_date: date });
  const accounts = ctx.listOwned<{ bank_account_type: string }>("bank_account", investorId);
  ctx.emit({ type: "investor_updated", ch: "investors", payload: toInvestor(updated, accounts) });
}
