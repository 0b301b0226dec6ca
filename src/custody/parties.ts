/**
 * The parties behind a pot, as the money path needs them: whether its investors may deal,
 * their ages, and the payers (contributing employers, third-party payers) that may fund it.
 * Reads the entities the parties domains write (by kind), inside the running command.
 */
import type { FieldError } from "../platform/errors/api-error";
import type { CommandContext } from "../tenant/command-context";
import type { PotData } from "./pots";

const INVESTOR_KINDS = ["investor", "investor_organisation"] as const;

interface PartyData {
  status?: string;
  date_of_birth?: string | null;
  investor_id?: string;
}

/** An individual or organisational investor's stored data, or `null`. */
export function findInvestor(ctx: CommandContext, id: string): PartyData | null {
  for (const kind of INVESTOR_KINDS) {
    const found = ctx.get<PartyData>(kind, id);
    if (found) return found.data;
  }
  return null;
}

/**
 * A problem naming `field` when some investor of the pot may not deal: dealing needs the
 * investor's derived `status` to be `active` (KYC/KYB `clear` and `dealing_status` `active`).
 */
export function dealingProblem(ctx: CommandContext, pot: PotData, field = "pot_id"): FieldError | null {
  for (const id of pot.investor_id) {
    const investor = findInvestor(ctx, id);
    if (!investor || investor.status !== "active") {
      return { field, message: `investor '${id}' is not active for dealing (status ${investor?.status ?? "unknown"}; needs KYC clear and dealing_status active)` };
    }
  }
  return null;
}

/** Whole years between `dateOfBirth` (YYYY-MM-DD) and `today` (YYYY-MM-DD). */
export function ageOn(dateOfBirth: string, today: string): number {
  const [by, bm, bd] = dateOfBirth.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = today.split("-").map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/** A payer of the pot's investors: an active contributing employer or third-party payer with that id. */
export function payerProblem(ctx: CommandContext, pot: PotData, kind: "contributing_employer" | "third_party_payer", id: string | undefined, field = "source_id"): FieldError | null {
  const label = kind === "contributing_employer" ? "contributing employer" : "third-party payer";
  if (!id) return { field, message: `required: the ${label} paying` };
  const payer = ctx.get<PartyData>(kind, id);
  if (!payer || !pot.investor_id.includes(payer.data.investor_id ?? "")) return { field, message: `${label} '${id}' does not exist for this pot's investor` };
  if (payer.data.status !== "active") return { field, message: `${label} '${id}' is not active` };
  return null;
}
