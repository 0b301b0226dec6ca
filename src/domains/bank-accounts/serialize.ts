import { toWire } from "../../platform/wire-absent";
import { BankAccount } from "./schema";

/** What the write model keeps for a bank account (numbers unmasked; masking happens on output). */
export interface BankAccountData {
  investor_id: string;
  contributing_party_id: string | null;
  account_name: string;
  bank_account_type: BankAccount["bank_account_type"];
  default_account: BankAccount["default_account"];
  bank_account_number: string;
  account_status: BankAccount["account_status"];
  sort_code: string | null;
  building_society_roll_number: string | null;
}

/** Masks all but the last `keep` characters, as WealthOS shows numbers (`****5678`). */
export function mask(value: string | null, keep: number): string | null {
  if (value === null) return null;
  return "*".repeat(Math.max(0, value.length - keep)) + value.slice(-keep);
}

/** A bank account as the wire shows it: account number, sort code and roll number masked. */
export function toBankAccount(row: { id: string; version: number; data: BankAccountData; createdAt: string; updatedAt: string }): BankAccount {
  const d = row.data;
  return toWire(BankAccount, {
    bank_account_id: row.id,
    investor_id: d.investor_id,
    contributing_party_id: d.contributing_party_id,
    account_name: d.account_name,
    bank_account_type: d.bank_account_type,
    default_account: d.default_account,
    bank_account_number: mask(d.bank_account_number, 4)!,
    account_status: d.account_status,
    sort_code: mask(d.sort_code, 2),
    building_society_roll_number: mask(d.building_society_roll_number, 2),
    reference_version: row.version,
    created_at: row.createdAt,
    updated_at: row.updatedAt,
  } as BankAccount);
}
