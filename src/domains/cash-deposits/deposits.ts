/**
 * Cash deposits as the tenant object keeps them: one `cash_deposit` entity per deposit
 * reference (`CDR-…`, owner: its pot). A pot holds at most one live deposit per cash product; a
 * further deposit into the same product is a top-up of it. The pot's ledger holds the deposit
 * as units of the product at 1.00 a unit (one unit per pound), booked from the counterparty's
 * ledger account `external:<CPY id>`, so holdings, pot values and snapshots show it like any
 * product; interest is paid in cash from the same account.
 */
import type { AccountId } from "../../ledger/accounts";
import { QUANTITY_SCALE, currencyExponent, pow10, type CurrencyCode } from "../../money/money";
import type { CommandContext, StoredEntity } from "../../tenant/command-context";

export const CASH_DEPOSIT = "cash_deposit";
/** Unique key binding a pot and product to its live deposit. */
const LIVE_KEY = "live_deposit";

export const DEPOSIT_STATUSES = ["pending", "open", "closed", "cancelled"] as const;

export interface CashDepositData {
  deposit_reference: string;
  pot_id: string;
  investment_product_id: string;
  counterparty_id: string;
  currency: string;
  asset_sub_type: string;
  /** pending until the first buy settles; open while it holds money; closed when fully redeemed; cancelled when its only buy was. */
  status: (typeof DEPOSIT_STATUSES)[number];
  /** Settled balance in minor units (stored integer as a decimal string). */
  balance: string;
  /** Buys accepted but not yet settled, in minor units. */
  pending_in: string;
  /** Accepted top-ups (not cancelled). */
  top_ups: number;
  /** The date the first buy settled (interest accrues from it), and a term deposit's maturity date. */
  opened_on: string | null;
  maturity_date: string | null;
  /** The last accrual date already credited, and the unrounded remainder carried past it. */
  credited_through: string | null;
  carry: string;
  /** Sum of every daily accrual (high precision) and of every credited amount (minor units). */
  accrued_total: string;
  credited_total: string;
  /** A redemption not yet paid, if any. */
  pending_redemption: string | null;
}

export function findDeposit(ctx: CommandContext, reference: string): StoredEntity<CashDepositData> | null {
  return ctx.get<CashDepositData>(CASH_DEPOSIT, reference);
}

/** The pot's live (pending or open) deposit in the product, or null. */
export function liveDeposit(ctx: CommandContext, potId: string, productId: string): StoredEntity<CashDepositData> | null {
  const id = ctx.findUnique(CASH_DEPOSIT, LIVE_KEY, `${potId}|${productId}`);
  return id ? findDeposit(ctx, id) : null;
}

/** Opens a new deposit reference for a pot and product (status pending). */
export function newDeposit(ctx: CommandContext, fields: Pick<CashDepositData, "pot_id" | "investment_product_id" | "counterparty_id" | "currency" | "asset_sub_type">): StoredEntity<CashDepositData> {
  const id = ctx.newId(CASH_DEPOSIT, "CDR");
  ctx.claimUnique(CASH_DEPOSIT, LIVE_KEY, `${fields.pot_id}|${fields.investment_product_id}`, id);
  return ctx.insert<CashDepositData>(
    CASH_DEPOSIT,
    id,
    {
      deposit_reference: id,
      ...fields,
      status: "pending",
      balance: "0",
      pending_in: "0",
      top_ups: 0,
      opened_on: null,
      maturity_date: null,
      credited_through: null,
      carry: "0",
      accrued_total: "0",
      credited_total: "0",
      pending_redemption: null,
    },
    fields.pot_id,
  );
}

/** Saves a deposit's new state; a deposit that closes or is cancelled frees its pot and product for a new one. */
export function saveDeposit(ctx: CommandContext, current: StoredEntity<CashDepositData>, patch: Partial<CashDepositData>): StoredEntity<CashDepositData> {
  const next = ctx.update(current, { ...current.data, ...patch });
  if ((next.data.status === "closed" || next.data.status === "cancelled") && current.data.status !== next.data.status) {
    ctx.releaseUnique(CASH_DEPOSIT, LIVE_KEY, `${current.data.pot_id}|${current.data.investment_product_id}`);
  }
  return next;
}

/** Every open deposit, oldest first (the day-close accrues these). */
export function openDeposits(ctx: CommandContext): StoredEntity<CashDepositData>[] {
  return ctx.listKind<CashDepositData>(CASH_DEPOSIT).filter((d) => d.data.status === "open");
}

/** The ledger account of a counterparty bank. */
export function counterpartyAccount(counterpartyId: string): AccountId {
  return `external:${counterpartyId}`;
}

/** Units (10^-6) of a deposit product standing for `minor` units of cash (one unit per major unit). */
export function unitsForMinor(minor: bigint, currency: CurrencyCode): bigint {
  return minor * pow10(QUANTITY_SCALE - currencyExponent(currency));
}

/** Minor units of cash that `units` of a deposit product stand for (exact for deposit units). */
export function minorForUnits(units: bigint, currency: CurrencyCode): bigint {
  return units / pow10(QUANTITY_SCALE - currencyExponent(currency));
}
