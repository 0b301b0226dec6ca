import { z } from "@hono/zod-openapi";
import { wireDateTime } from "../../platform/wire-resources";
import { emailAddress, immutableField, PartyAddress, phoneNumber, referenceVersion } from "../../platform/wire-fields";

export const PARTNER_TYPES = ["white_label", "ifa_firm", "ifa"] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];

/** How to reach a partner (the shape is not in the WealthOS reference; Coffer's design). */
export const PartnerContactDetails = z
  .object({ email: emailAddress.optional(), phone_number: phoneNumber.optional(), address: PartyAddress.optional() })
  .strict()
  .openapi("DistributionPartnerContactDetails");

/** A partner's regulatory standing (the shape is not in the WealthOS reference; Coffer's design). */
export const PartnerRegulatoryDetails = z
  .object({
    regulator: z.enum(["FCA"]).optional(),
    firm_reference_number: z.string().regex(/^\d{6,7}$/, "must be a 6 or 7 digit FCA firm reference number").optional(),
    individual_reference_number: z.string().regex(/^[A-Z]{3}\d{5}$/, "must be an FCA individual reference number such as ABC01234").optional(),
    appointed_representative: z.boolean().optional(),
  })
  .strict()
  .openapi("DistributionPartnerRegulatoryDetails");

const partnerName = z.string().min(1).max(100);
const contactName = z.string().min(1).max(100);
const partnerId = (example: string) => z.string().min(1).max(64).openapi({ example });

export const CreatePartnerBody = z
  .object({
    request_id: z.string().min(1).max(64),
    partner_name: partnerName,
    partner_type: z.enum(PARTNER_TYPES),
    parent_partner_id: partnerId("iff-gfv35697").optional().openapi({ description: "Required for an ifa (its ifa_firm); optional for an ifa_firm (its white_label); never for a white_label" }),
    contact_name: contactName.optional(),
    contact_details: PartnerContactDetails.optional(),
    regulatory_details: PartnerRegulatoryDetails.optional(),
  })
  .openapi("CreateDistributionPartnerBody");

const updateFields = {
  request_id: z.string().min(1).max(64),
  reference_version: referenceVersion,
  partner_name: partnerName.optional(),
  contact_name: contactName.nullable().optional(),
  contact_details: PartnerContactDetails.nullable().optional(),
  regulatory_details: PartnerRegulatoryDetails.nullable().optional(),
  // Known but immutable: refused by name rather than silently dropped.
  partner_type: immutableField,
  parent_partner_id: immutableField,
};

function rejectImmutable(v: Record<string, unknown>, ctx: z.RefinementCtx): void {
  for (const field of ["partner_type", "parent_partner_id"]) {
    if (v[field] !== undefined) ctx.addIssue({ code: "custom", path: [field], message: "is immutable and cannot be updated" });
  }
}

export const UpdatePartnerBody = z.object(updateFields).superRefine(rejectImmutable).openapi("UpdateDistributionPartnerBody");
export const UpdatePartnerInput = z.object({ ...updateFields, distribution_partner_id: z.string().min(1).max(64) }).superRefine(rejectImmutable);

export const DistributionPartner = z
  .object({
    distribution_partner_id: z.string().openapi({ example: "ifa-gfv35697" }),
    partner_name: z.string(),
    partner_type: z.enum(PARTNER_TYPES),
    parent_partner_id: z.string().optional(),
    contact_name: z.string().optional(),
    contact_details: PartnerContactDetails.optional(),
    regulatory_details: PartnerRegulatoryDetails.optional(),
    reference_version: z.number().int(),
    created_at: wireDateTime,
    updated_at: wireDateTime,
  })
  .openapi("DistributionPartner");

export type DistributionPartner = z.infer<typeof DistributionPartner>;

export const PartnerHierarchies = z
  .object({
    parents: z.array(DistributionPartner).openapi({ description: "The parent, then its parent (nearest first)" }),
    children: z.array(DistributionPartner).openapi({ description: "The partners whose parent this partner is" }),
  })
  .openapi("DistributionPartnerHierarchies");

export const DistributionPartnerWithHierarchies = DistributionPartner.extend({ hierarchies: PartnerHierarchies.optional().openapi({ description: "With include_hierarchies=true" }) }).openapi(
  "DistributionPartnerWithHierarchies",
);

export const PartnerParams = z.object({
  distribution_partner_id: z.string().min(1).max(64).openapi({ param: { name: "distribution_partner_id", in: "path" }, example: "ifa-gfv35697" }),
});

export const GetPartnerQuery = z.object({
  include_hierarchies: z.enum(["true", "false"]).optional().openapi({ type: "boolean", description: "Include parent and child partner details" }),
});

/** Entity types WealthOS names; assignments support `account` and `investor` at present. */
export const ENTITY_TYPES = ["investor", "account"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

const entityType = z.enum(ENTITY_TYPES, { error: (issue) => (issue.input === "pot" ? "pot assignments are not supported yet; account and investor are" : undefined) }).openapi({
  description: "WealthOS also names `pot`, which is not supported yet",
});

export const AssignmentParams = z.object({
  action: z
    .enum(["assign"], { error: (issue) => (issue.input === "de-assign" ? "de-assign is not supported yet; only assign is" : undefined) })
    .openapi({ param: { name: "action", in: "path" }, description: "WealthOS also names `de-assign`, which is not supported yet" }),
});

export const AssignmentBody = z
  .object({ request_id: z.string().min(1).max(64), distribution_partner_id: z.string().min(1).max(64), entity_type: entityType, entity_id: z.string().min(1).max(64) })
  .openapi("DistributionPartnerAssignmentBody");

export const Assignment = z
  .object({ distribution_partner_id: z.string(), entity_type: z.enum(ENTITY_TYPES), entity_id: z.string() })
  .openapi("DistributionPartnerAssignment");

export type Assignment = z.infer<typeof Assignment>;

export const PartnersOfEntityQuery = z.object({ entity_id: z.string().min(1).max(64), entity_type: entityType });
export const PartnersOfEntity = z.object({ distribution_partners: z.array(DistributionPartner) }).openapi("DistributionPartnersOfEntity");

export const EntitiesOfPartnerQuery = z.object({ distribution_partner_id: z.string().min(1).max(64), entity_type: entityType.optional() });
export const EntitiesOfPartner = z
  .object({
    distribution_partner_id: z.string(),
    partner_name: z.string(),
    partner_type: z.enum(PARTNER_TYPES),
    assigned_entities: z.array(z.object({ entity_type: z.enum(ENTITY_TYPES), entity_id: z.string() }).openapi("AssignedEntity")),
  })
  .openapi("EntitiesOfDistributionPartner");
