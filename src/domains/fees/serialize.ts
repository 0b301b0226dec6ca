import { toWire } from "../../platform/wire-absent";
import type { FeeCodeData, FeeExemptionData, FeeSetupData } from "./model";
import { AdminFeeCode, AdminFeeExemption, AdminFeeSetup, FeeCode, FeeExemption, FeeSetup } from "./schema";

interface Row<T> {
  data: T;
  version: number;
  createdAt: string;
  updatedAt: string;
}

const stamps = (row: Row<unknown>) => ({ created_at: row.createdAt, updated_at: row.updatedAt });

export const toFeeCode = (row: Row<FeeCodeData>) => toWire(FeeCode, { ...row.data, ...stamps(row) });
export const toFeeSetup = (row: Row<FeeSetupData>) => toWire(FeeSetup, { ...row.data, ...stamps(row) });
export const toFeeExemption = (row: Row<FeeExemptionData>) => toWire(FeeExemption, { ...row.data, ...stamps(row) });

export const toAdminFeeCode = (row: Row<FeeCodeData>) => toWire(AdminFeeCode, { ...row.data, ...stamps(row), reference_version: row.version });
export const toAdminFeeSetup = (row: Row<FeeSetupData>) => toWire(AdminFeeSetup, { ...row.data, ...stamps(row), reference_version: row.version });
export const toAdminFeeExemption = (row: Row<FeeExemptionData>) => toWire(AdminFeeExemption, { ...row.data, ...stamps(row), reference_version: row.version });
