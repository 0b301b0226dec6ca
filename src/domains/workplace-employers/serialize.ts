import type { CheckSubject } from "../../platform/identity-checks/provider";
import { toWire } from "../../platform/wire-absent";
import { WorkplaceEmployer } from "./schema";

/** What the write model keeps for a workplace employer: every wire field but id, version and timestamps (a cleared field as `null`). */
export type WorkplaceEmployerData = Omit<WorkplaceEmployer, "workplace_employer_id" | "reference_version" | "created_at" | "updated_at" | "company_structure" | "contact_details"> & {
  company_structure?: WorkplaceEmployer["company_structure"] | null;
  contact_details?: WorkplaceEmployer["contact_details"] | null;
};

/** What KYB needs: the name, registration number and both addresses (all required at creation). */
export function kybSubject(data: Partial<WorkplaceEmployerData>): CheckSubject {
  return {
    kind: "organisation",
    name: data.name ?? "",
    complete: Boolean(data.name && data.registration_number && data.registered_address && data.correspondence_address),
  };
}

/** A workplace employer as the wire shows it (field order as WealthOS samples it). */
export function toWorkplaceEmployer(row: { id: string; version: number; data: WorkplaceEmployerData; createdAt: string; updatedAt: string }): WorkplaceEmployer {
  const d = row.data;
  return toWire(WorkplaceEmployer, {
    name: d.name,
    registration_number: d.registration_number,
    registered_address: d.registered_address,
    correspondence_address: d.correspondence_address,
    company_structure: d.company_structure ?? undefined,
    contact_details: d.contact_details ?? undefined,
    kyb_aml_status: d.kyb_aml_status,
    status: d.status,
    workplace_employer_id: row.id,
    reference_version: row.version,
    created_at: row.createdAt,
    updated_at: row.updatedAt,
  } as WorkplaceEmployer);
}
