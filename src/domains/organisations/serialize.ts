import type { CheckSubject } from "../../platform/identity-checks/provider";
import type { PartyAddress } from "../../platform/wire-fields";
import { toWire } from "../../platform/wire-absent";
import { Organisation, type CorporateOfficer } from "./schema";

/** What the write model keeps for an organisational investor (bank accounts are their own entities). */
export interface OrganisationData {
  organisation_name: string;
  status: Organisation["status"];
  kyb_status: Organisation["kyb_status"];
  dealing_status: Organisation["dealing_status"];
  corporate_officers: CorporateOfficer[];
  address: PartyAddress;
}

/** Derived status, as for individual investors: active only when KYB is clear and dealing is active. */
export function organisationStatus(kyb: string, dealing: string): Organisation["status"] {
  if (kyb === "kyb_failed_error") return "kyb_failed";
  if (kyb !== "clear") return "kyb_pending";
  return dealing === "active" ? "active" : "inactive";
}

/** What KYB needs: the organisation's name, its address and at least one corporate officer. */
export function kybSubject(data: { organisation_name?: string | null; address?: unknown; corporate_officers?: unknown[] | null }): CheckSubject {
  return {
    kind: "organisation",
    name: data.organisation_name ?? "",
    complete: Boolean(data.organisation_name && data.address && (data.corporate_officers?.length ?? 0) > 0),
  };
}

/** An organisational investor as the wire shows it; `bank_accounts` are the ids of the accounts it owns. */
export function toOrganisation(
  row: { id: string; version: number; data: OrganisationData; createdAt: string; updatedAt: string },
  bankAccounts: Array<{ id: string }>,
): Organisation {
  const d = row.data;
  return toWire(Organisation, {
    investor_id: row.id,
    investor_type: "organisation",
    organisation_name: d.organisation_name,
    status: d.status,
    kyb_status: d.kyb_status,
    dealing_status: d.dealing_status,
    corporate_officers: d.corporate_officers,
    address: d.address,
    bank_accounts: bankAccounts.map((a) => a.id),
    reference_version: row.version,
    created_at: row.createdAt,
    updated_at: row.updatedAt,
  } as Organisation);
}
