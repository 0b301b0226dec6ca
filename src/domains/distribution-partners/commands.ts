import { findAccount } from "../../custody/accounts";
import type { FieldError } from "../../platform/errors/api-error";
import { patternedId } from "../../platform/ids";
import type { CommandContext } from "../../tenant/command-context";
import { defineCommand, fail, succeed } from "../../tenant/commands";
import { checkVersion } from "../../tenant/versioning";
import { AssignmentBody, CreatePartnerBody, UpdatePartnerInput } from "./schema";
import { ASSIGNMENT, assignmentId, ID_PREFIX, PARENT_TYPE, PARTNER, toPartner, type AssignmentData, type PartnerData } from "./serialize";

function invalid(errors: FieldError[]) {
  return fail({ code: "validation_failed", detail: `Invalid fields: ${errors.map((e) => e.field).join(", ")}`, errors });
}

function newPartnerId(ctx: CommandContext, prefix: string): string {
  for (;;) {
    const id = patternedId(prefix, 3, 5, "lower");
    if (!ctx.get(PARTNER, id)) return id;
  }
}

/** The hierarchy rule: an ifa needs an ifa_firm parent; an ifa_firm may have a white_label parent; a white_label none. */
function parentProblem(ctx: CommandContext, type: PartnerData["partner_type"], parentId: string | undefined): FieldError | null {
  const field = "parent_partner_id";
  const wanted = PARENT_TYPE[type];
  if (parentId === undefined) return type === "ifa" ? { field, message: "required for partner_type ifa (its ifa_firm)" } : null;
  if (wanted === null) return { field, message: "not allowed for partner_type white_label (the top of a hierarchy)" };
  const parent = ctx.get<PartnerData>(PARTNER, parentId);
  if (!parent) return { field, message: `distribution partner '${parentId}' does not exist` };
  if (parent.data.partner_type !== wanted) return { field, message: `must be "${wanted}" for partner_type ${type} (it is ${parent.data.partner_type})` };
  return null;
}

/** `distribution_partner.create`: a white label, IFA firm or IFA in its hierarchy; emits `distribution_partner_created`. */
export const createPartner = defineCommand({
  input: CreatePartnerBody,
  run(ctx, body) {
    const problem = parentProblem(ctx, body.partner_type, body.parent_partner_id);
    if (problem) return invalid([problem]);
    const data: PartnerData = {
      partner_name: body.partner_name,
      partner_type: body.partner_type,
      parent_partner_id: body.parent_partner_id ?? null,
      contact_name: body.contact_name ?? null,
      contact_details: body.contact_details ?? null,
      regulatory_details: body.regulatory_details ?? null,
    };
    const id = newPartnerId(ctx, ID_PREFIX[body.partner_type]);
    const partner = toPartner(ctx.insert(PARTNER, id, data, data.parent_partner_id));
    ctx.emit({ type: "distribution_partner_created", ch: "notifications", payload: partner });
    return succeed(201, partner);
  },
});

/** `distribution_partner.update`: name, contact and regulatory details (type and parent are immutable); versioned. */
export const updatePartner = defineCommand({
  input: UpdatePartnerInput,
  run(ctx, input) {
    const current = ctx.get<PartnerData>(PARTNER, input.distribution_partner_id);
    if (!current) {
      return fail({ code: "resource_not_found", detail: `Distribution partner '${input.distribution_partner_id}' does not exist`, errors: [{ field: "distribution_partner_id", message: "unknown distribution partner" }] });
    }
    const conflict = checkVersion(current, input.reference_version);
    if (conflict) return fail(conflict);
    const data: PartnerData = { ...current.data };
    if (input.partner_name !== undefined) data.partner_name = input.partner_name;
    if (input.contact_name !== undefined) data.contact_name = input.contact_name;
    if (input.contact_details !== undefined) data.contact_details = input.contact_details;
    if (input.regulatory_details !== undefined) data.regulatory_details = input.regulatory_details;
    const partner = toPartner(ctx.update(current, data));
    ctx.emit({ type: "distribution_partner_updated", ch: "notifications", payload: partner });
    return succeed(200, partner);
  },
});

const INVESTOR_KINDS = ["investor", "investor_organisation"] as const;

function entityExists(ctx: CommandContext, type: AssignmentData["entity_type"], id: string): boolean {
  if (type === "account") return findAccount(ctx, id) !== null;
  return INVESTOR_KINDS.some((kind) => ctx.get(kind, id) !== null);
}

/**
 * `distribution_partner.assign`: assigns a partner to an investor or an account. Assigning the
 * same pair again changes nothing and answers the same. Emits `distribution_partner_assigned`.
 */
export const assignPartner = defineCommand({
  input: AssignmentBody,
  run(ctx, body) {
    if (!ctx.get<PartnerData>(PARTNER, body.distribution_partner_id)) {
      return fail({ code: "resource_not_found", detail: `Distribution partner '${body.distribution_partner_id}' does not exist`, errors: [{ field: "distribution_partner_id", message: "unknown distribution partner" }] });
    }
    if (!entityExists(ctx, body.entity_type, body.entity_id)) {
      return fail({ code: "resource_not_found", detail: `${body.entity_type === "account" ? "Investor account" : "Investor"} '${body.entity_id}' does not exist`, errors: [{ field: "entity_id", message: `unknown ${body.entity_type}` }] });
    }
    const data: AssignmentData = { distribution_partner_id: body.distribution_partner_id, entity_type: body.entity_type, entity_id: body.entity_id };
    const id = assignmentId(data);
    if (!ctx.get(ASSIGNMENT, id)) {
      ctx.insert(ASSIGNMENT, id, data, data.distribution_partner_id);
      ctx.emit({ type: "distribution_partner_assigned", ch: "notifications", payload: { ...data } });
    }
    return succeed(200, data);
  },
});
