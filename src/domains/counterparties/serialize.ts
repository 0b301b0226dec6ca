import type { CounterpartyData } from "../../catalogue/counterparties";
import { toWire } from "../../platform/wire-absent";
import { Counterparty } from "./schema";

/** The counterparty as the wire shows it, from the write model or the D1 read model. */
export function toCounterparty(row: { id: string; version: number; data: CounterpartyData; createdAt: string; updatedAt: string }) {
  return toWire(Counterparty, { counterparty_id: row.id, ...row.data, reference_version: row.version, created_at: row.createdAt, updated_at: row.updatedAt });
}
