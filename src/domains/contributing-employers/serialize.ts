import { toWire } from "../../platform/wire-absent";
import { ContributingEmployer } from "./schema";

/** What the write model keeps for a contributing employer (its bank accounts are their own entities). */
export type ContributingEmployerData = Omit<ContributingEmployer, "contributing_employer_id" | "bank_accounts" | "reference_version" | "created_at" | "updated_at">;

/** The ids of the accounts among `accounts` that belong to the employer `employerId`. */
export function employerAccountIds(accounts: Array<{ id: string; data: unknown }>, employerId: string): string[] {
  return accounts.filter((a) => (a.data as { contributing_party_id?: string | null }).contributing_party_id === employerId).map((a) => a.id);
}

/**
 * A contributing employer as the wire shows it. Its bank accounts are owned by its investor
 * and carry the employer's id as `contributing_party_id`; `accounts` may hold all of them.
 */
export function toContributingEmployer(
  row: { id: string; version: number; data: ContributingEmployerData; createdAt: string; updatedAt: string },
  accounts: Array<{ id: string; data: unknown }>,
): ContributingEmployer {
  const d = row.data;
  return toWire(ContributingEmployer, {
    contributing_employer_id: row.id,
    name: d.name,
    investor_id: d.investor_id,
    registration_number: d.registration_number,
    address: d.address,
    status: d.status,
    bank_accounts: employerAccountIds(accounts, row.id),
    reference_version: row.version,
    created_at: row.createdAt,
    updated_at: row.updatedAt,
  } as ContributingEmployer);
}
