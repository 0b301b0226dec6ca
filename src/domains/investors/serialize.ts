import { toWire } from "../../platform/wire-absent";
import { Investor } from "./schema";

/** What the write model keeps for an investor: every wire field except id, version and timestamps. */
export interface InvestorData {
  status: Investor["status"];
  kyc_aml_status: Investor["kyc_aml_status"];
  dealing_status: Investor["dealing_status"];
  kyc_aml_status_last_updated: string;
  [field: string]: unknown;
}

/** The investor's own bank accounts (not those of its contributing employers), from either store. */
export function ownBankAccountIds(accounts: Array<{ id: string; data: { bank_account_type: string } }>): string[] {
  return accounts.filter((a) => a.data.bank_account_type === "investor").map((a) => a.id);
}

/**
 * An investor as the wire shows it, from either the write model or the D1 read model.
 * `bank_accounts` (ids) is derived from the bank accounts the investor owns.
 */
export function toInvestor(
  row: { id: string; version: number; data: InvestorData; createdAt: string; updatedAt: string },
  bankAccounts: Array<{ id: string; data: { bank_account_type: string } }>,
): Investor {
  // One copy (the wire cleaning), not three: the stored fields, then the derived ones over them.
  return toWire(Investor, {
    investor_id: row.id,
    ...row.data,
    bank_accounts: ownBankAccountIds(bankAccounts),
    reference_version: row.version,
    created_at: row.createdAt,
    updated_at: row.updatedAt,
  } as Investor);
}
