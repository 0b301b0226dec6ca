import { toAccountResource, type AccountData } from "../../custody/accounts";
import { V2_ONLY_FIELDS, type InvestorAccountV1, type InvestorAccountV2 } from "./schema";

type Row = { id: string; version: number; data: AccountData; createdAt: string; updatedAt: string };

/** The v2 account (investors as a list), from either store, counters as of `nowIso`'s tax year. */
export function toAccountV2(row: Row, nowIso: string): InvestorAccountV2 {
  return toAccountResource(row, nowIso) as unknown as InvestorAccountV2;
}

/** The deprecated v1 account: the first investor as a string and none of the v2-only fields. */
export function toAccountV1(row: Row, nowIso: string): InvestorAccountV1 {
  const v2: Record<string, unknown> = { ...toAccountResource(row, nowIso) };
  for (const field of V2_ONLY_FIELDS) delete v2[field];
  return { ...v2, investor_id: row.data.investor_id[0] ?? "" } as InvestorAccountV1;
}

/** The account in the wire version a route speaks. */
export function toAccount(row: Row, wire: "v1" | "v2", nowIso: string): InvestorAccountV1 | InvestorAccountV2 {
  return wire === "v1" ? toAccountV1(row, nowIso) : toAccountV2(row, nowIso);
}
