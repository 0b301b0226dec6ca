import { toWire } from "../../platform/wire-absent";
import { DistributionPartner, type EntityType, type PartnerType } from "./schema";

/** Entity kinds: a partner (`ifa-`/`iff-`/`wlp-`; owner: its parent) and an assignment (owner: the partner). */
export const PARTNER = "distribution_partner";
export const ASSIGNMENT = "distribution_partner_assignment";

/** The id prefix of each partner type (WealthOS samples `ifa-` and `iff-`; `wlp-` is Coffer's). */
export const ID_PREFIX: Record<PartnerType, string> = { ifa: "ifa-", ifa_firm: "iff-", white_label: "wlp-" };

/** The parent type each partner type takes (null: none). */
export const PARENT_TYPE: Record<PartnerType, PartnerType | null> = { ifa: "ifa_firm", ifa_firm: "white_label", white_label: null };

export interface PartnerData {
  partner_name: string;
  partner_type: PartnerType;
  parent_partner_id: string | null;
  contact_name: string | null;
  contact_details: DistributionPartner["contact_details"] | null;
  regulatory_details: DistributionPartner["regulatory_details"] | null;
}

export interface AssignmentData {
  distribution_partner_id: string;
  entity_type: EntityType;
  entity_id: string;
}

/** The assignment entity's id: one per partner and entity. */
export function assignmentId(a: AssignmentData): string {
  return `${a.distribution_partner_id}|${a.entity_type}|${a.entity_id}`;
}

/** A partner as the wire shows it. */
export function toPartner(row: { id: string; version: number; data: PartnerData; createdAt: string; updatedAt: string }): DistributionPartner {
  const d = row.data;
  return toWire(DistributionPartner, {
    distribution_partner_id: row.id,
    partner_name: d.partner_name,
    partner_type: d.partner_type,
    parent_partner_id: d.parent_partner_id,
    contact_name: d.contact_name,
    contact_details: d.contact_details,
    regulatory_details: d.regulatory_details,
    reference_version: row.version,
    created_at: row.createdAt,
    updated_at: row.updatedAt,
  });
}
