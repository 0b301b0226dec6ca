import type { CommandContext, StoredEntity } from "../tenant/command-context";
import { omitAbsent } from "../platform/wire-absent";

/** Entity kind of a pot (`pot-GYQ5423100`); owner = its first investor. */
export const POT = "pot";

/** A pot as the write model stores it (the wire shape without id and timestamps). */
export interface PotData {
  pot_name: string;
  investor_id: string[];
  financial_product_id: string;
  portfolio_template_id: string | null;
  pot_currency: string;
  status: "active" | "inactive";
  account_id: string;
}

/** The pot with that id, or `null`. */
export function findPot(ctx: CommandContext, potId: string): StoredEntity<PotData> | null {
  return ctx.get<PotData>(POT, potId);
}

/** A pot on the wire: `portfolio_template_id` is omitted when none is attached. */
export type PotWire = Omit<PotData, "portfolio_template_id"> & {
  pot_id: string;
  portfolio_template_id?: string;
  reference_version: number;
  created_at: string;
  updated_at: string;
};

/** The wire shape of a pot (GET, PATCH, list items); no field of a pot is nullable on the wire. */
export function toPot(pot: { id: string; version: number; data: PotData; createdAt: string; updatedAt: string }): PotWire {
  return omitAbsent<PotWire>({
    pot_id: pot.id,
    pot_name: pot.data.pot_name,
    investor_id: pot.data.investor_id,
    financial_product_id: pot.data.financial_product_id,
    portfolio_template_id: pot.data.portfolio_template_id,
    pot_currency: pot.data.pot_currency,
    status: pot.data.status,
    account_id: pot.data.account_id,
    reference_version: pot.version,
    created_at: pot.createdAt,
    updated_at: pot.updatedAt,
  } as PotWire);
}

/** Pension products: fee types and payment sub-types are restricted on them. */
export const PENSION_PRODUCTS = ["sipp_accumulation", "sipp_fad"];
/** ISA-family products (`Closing withdrawal`, external `Withdrawal` bookings). */
export const ISA_PRODUCTS = ["stocks_isa", "stocks_jisa", "lisa_cash", "lisa_stocks"];
