import type { FieldError } from "../../platform/errors/api-error";
import type { INVESTOR_STATUSES } from "./schema";

const NINO = /^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/;

/** Whole years between a YYYY-MM-DD birth date and `today` (YYYY-MM-DD). */
export function ageOn(dateOfBirth: string, today: string): number {
  const [by, bm, bd] = dateOfBirth.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = today.split("-").map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/**
 * The WealthOS tax_id rules: mandatory (for adults) when the tenant's tax ID uniqueness setting
 * is on; optional under 18 but NINO-formatted when given; rejected under 16.
 */
export function taxIdErrors(taxId: string | null | undefined, dateOfBirth: string | null | undefined, uniqueness: boolean, today: string): FieldError[] {
  const age = dateOfBirth ? ageOn(dateOfBirth, today) : null;
  if (age !== null && age < 16) {
    return taxId ? [{ field: "tax_id", message: "must not be given for investors under 16" }] : [];
  }
  if (age !== null && age < 18) {
    return taxId && !NINO.test(taxId) ? [{ field: "tax_id", message: "must be a National Insurance number (e.g. AB123456C) for investors under 18" }] : [];
  }
  if (uniqueness && !taxId) return [{ field: "tax_id", message: "is required (tax ID uniqueness validation is on)" }];
  return [];
}

/** Derived investor status: active only when KYC is clear and dealing is active. */
export function investorStatus(kyc: string, dealing: string): (typeof INVESTOR_STATUSES)[number] {
  if (kyc === "kyc_failed_error") return "kyc_failed";
  if (kyc !== "clear") return "kyc_pending";
  return dealing === "active" ? "active" : "inactive";
}
