import type { FeeNominationData } from "../../custody/fee-nominations";
import { toWire } from "../../platform/wire-absent";
import { FeeNomination } from "./schema";

/** A fee nomination as the wire shows it, from either store. */
export function toFeeNomination(row: { id: string; version: number; data: FeeNominationData; createdAt: string; updatedAt: string }): FeeNomination {
  return toWire(FeeNomination, {
    nominations: row.data.nominations,
    reference_version: row.version,
    investor_id: row.id,
    created_at: row.createdAt,
    updated_at: row.updatedAt,
  });
}
