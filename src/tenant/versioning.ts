import type { DomainError } from "../platform/errors/api-error";
import type { StoredEntity } from "./command-context";

/** A 409 problem when the client's `reference_version` is not the entity's current one. */
export function checkVersion(entity: StoredEntity<unknown>, sent: number | undefined): DomainError | null {
  if (sent === entity.version) return null;
  return {
    code: "version_conflict",
    detail: `reference_version ${sent ?? "(missing)"} does not match the current version ${entity.version}; fetch the resource and retry`,
    errors: [{ field: "reference_version", message: `current version is ${entity.version}` }],
    extra: { current_reference_version: entity.version },
  };
}

/** External references: at most 256 letters, digits, spaces, dashes and underscores. */
export const EXTERNAL_REFERENCE_PATTERN = /^[A-Za-z0-9 _-]{1,256}$/;

/** A 409 problem naming the resource that already holds a unique external reference. */
export function duplicateReference(field: string, value: string, existingId: string): DomainError {
  return {
    code: "duplicate_external_reference",
    detail: `${field} '${value}' is already used by ${existingId}`,
    errors: [{ field, message: `already used by ${existingId}` }],
    extra: { existing_id: existingId },
  };
}
