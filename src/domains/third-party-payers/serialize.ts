import type { FieldError } from "../../platform/errors/api-error";
import type { CheckSubject } from "../../platform/identity-checks/provider";
import { toWire } from "../../platform/wire-absent";
import { ThirdPartyPayer } from "./schema";

type WireFields = Omit<ThirdPartyPayer, "third_party_payer_id" | "reference_version" | "created_at" | "updated_at">;

/** What the write model keeps for a third-party payer: every wire field but id, version and timestamps; an absent one as `null`. */
export type ThirdPartyPayerData = { [K in keyof WireFields]-?: undefined extends WireFields[K] ? Exclude<WireFields[K], undefined> | null : WireFields[K] };

/**
 * Rules on the whole payer (after a create or a merged update): the fields its type requires,
 * `other` as the only relationship of an organisation, a birth date not in the future, and
 * `active` only once the AML check is `clear`.
 */
export function payerErrors(d: ThirdPartyPayerData, today: string): FieldError[] {
  const errors: FieldError[] = [];
  const required = d.type === "individual" ? (["first_name", "last_name", "date_of_birth"] as const) : (["organisation_name"] as const);
  for (const field of required) {
    if (!d[field]) errors.push({ field, message: `is required when type is ${d.type}` });
  }
  if (d.type === "organisation" && d.relationship_to_investor !== "other") {
    errors.push({ field: "relationship_to_investor", message: "must be \"other\" when type is organisation" });
  }
  if (d.date_of_birth && d.date_of_birth > today) errors.push({ field: "date_of_birth", message: "must not be in the future" });
  if (d.status === "active" && d.aml_status !== "clear") {
    errors.push({ field: "status", message: `can be active only when aml_status is clear (it is ${d.aml_status})` });
  }
  return errors;
}

/** What the AML check needs: for a person names, birth date and address; for an organisation its name and address. */
export function amlSubject(d: ThirdPartyPayerData): CheckSubject {
  if (d.type === "individual") {
    return { kind: "person", name: d.last_name ?? "", complete: Boolean(d.first_name && d.last_name && d.date_of_birth && d.address) };
  }
  return { kind: "organisation", name: d.organisation_name ?? "", complete: Boolean(d.organisation_name && d.address) };
}

/** A third-party payer as the wire shows it (field order as WealthOS samples it). */
export function toThirdPartyPayer(row: { id: string; version: number; data: ThirdPartyPayerData; createdAt: string; updatedAt: string }): ThirdPartyPayer {
  const d = row.data;
  return toWire(ThirdPartyPayer, {
    third_party_payer_id: row.id,
    type: d.type,
    title: d.title,
    first_name: d.first_name,
    last_name: d.last_name,
    organisation_name: d.organisation_name,
    representative: d.representative,
    phone_number: d.phone_number,
    email: d.email,
    investor_id: d.investor_id,
    date_of_birth: d.date_of_birth,
    relationship_to_investor: d.relationship_to_investor,
    aml_status: d.aml_status,
    address: d.address,
    status: d.status,
    created_at: row.createdAt,
    updated_at: row.updatedAt,
    reference_version: row.version,
  } as unknown as ThirdPartyPayer);
}
