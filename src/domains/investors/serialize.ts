import type { Investor } from "./schema";

/** What the write model keeps for an investor: every wire field except id, version and timestamps. */
export interface InvestorData {
  status: Investor["status"];
  kyc_aml_status: Investor["kyc_aml_status"];
  dealing_status: Investor["dealing_status"];
  kyc_aml_status_last_updated: string;
  [field: string]: unknown;
}

/** An investor as the wire shows it, from either the write model or the D1 read model. */
export function toInvestor(row: { id: string; version: number; data: InvestorData; createdAt: string; updatedAt: string }): Investor {
  return {
    investor_id: row.id,
    ...row.data,
    reference_version: row.version,
    created_at: row.createdAt,
    updated_at: row.updatedAt,
  };
}
