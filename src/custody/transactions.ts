/**
 * Transactions: the universal record of money moving in, out of and within a pot (WealthOS
 * transaction shape). Every state change bumps the entity's version and publishes one event
 * on the `transactions` channel carrying the full transaction.
 */
import { operationalDate } from "../clock/tenant-clock";
import type { CommandContext, StoredEntity } from "../tenant/command-context";
import type { PotData } from "./pots";
import { toWire } from "../platform/wire-absent";
import { Transaction } from "./transaction-schema";

/** Entity kind of a transaction (id: UUID v4; owner: its pot). */
export const TRANSACTION = "transaction";

export type TransactionEvent = "transaction_initiated" | "transaction_updated" | "external_transaction_added" | "transaction_failed";

/** Bookkeeping the wire never shows: what is locked for the transaction and how to settle it. */
export interface TransactionInternals {
  /** buy/sell by value or by quantity; fee, withdrawal, contribution, external booking. */
  kind: "buy" | "sell" | "fee" | "withdrawal" | "contribution" | "external" | "cash_deposit" | "cash_redemption" | "interest" | "tax";
  order?: "value" | "quantity";
  /** Stored integers (decimal strings) currently locked for this transaction. */
  locked_cash?: string;
  locked_units?: string;
  /** The amount or quantity instructed (decimal string), before any fill. */
  instructed?: string;
  bank_account_id?: string;
  /** The fee this sell-down pays for, or the sell-downs a fee waits on. */
  fee_transaction_id?: string;
  waiting_on?: string[];
  /** A switch sell: the pending-proceeds account its proceeds are booked to when it is priced. */
  proceeds_account?: string;
  /**
   * A switch buy placed from priced proceeds: the pending-proceeds account it locks against first,
   * the sells that fund it (they settle before it), and the earliest date it may settle.
   */
  funding_account?: string;
  funded_by?: string[];
  settle_not_before?: string;
}

/** A transaction as stored: the wire fields plus investor/account links and internals. */
export interface TransactionData {
  transaction_id: string;
  parent_transaction_id: string | null;
  aggregated_transaction_id: string | null;
  external_transaction_reference: string | null;
  client_order_id: string | null;
  pot_id: string;
  investor_id: string[];
  account_id: string;
  investment_product_id: string;
  primary_transaction_type: string;
  sub_transaction_type: string;
  type: "pending" | "archived";
  sub_type: string;
  currency: string;
  direction: "in" | "out";
  transaction_quantity: string | null;
  transaction_value: string | null;
  execution_price: string | null;
  trade_date: string | null;
  settlement_date: string | null;
  origin: "api" | "admin_ui" | "file_upload" | "system";
  source_id: string | null;
  reason: string | null;
  additional_external_details: Record<string, unknown>;
  /** Operation-specific wire fields (fees: selldown_*; withdrawals: PAYE and charge fields …). */
  extra: Record<string, unknown>;
  internal: TransactionInternals;
}

/** Fields a caller supplies for a new transaction (the rest default to null/empty). */
export type NewTransaction = Pick<TransactionData, "primary_transaction_type" | "sub_transaction_type" | "type" | "sub_type" | "direction" | "investment_product_id" | "internal"> &
  Partial<Omit<TransactionData, "transaction_id" | "pot_id" | "investor_id" | "account_id" | "currency">>;

/** The wire transaction (pot transactions, `/transactions/v1`, WS `transactions` payloads). */
export function toTransaction(entity: { data: TransactionData; createdAt: string; updatedAt: string }) {
  const { internal: _internal, extra, investor_id: _investors, account_id: _account, ...wire } = entity.data;
  return toWire(Transaction, { ...wire, ...extra, created_at: entity.createdAt, updated_at: entity.updatedAt });
}

/** Opens a transaction on a pot and publishes it (`transaction_initiated` unless told otherwise). */
export function openTransaction(
  ctx: CommandContext,
  pot: StoredEntity<PotData>,
  fields: NewTransaction,
  event: TransactionEvent = "transaction_initiated",
  id: string = crypto.randomUUID(),
): StoredEntity<TransactionData> {
  const data: TransactionData = {
    transaction_id: id,
    parent_transaction_id: null,
    aggregated_transaction_id: null,
    external_transaction_reference: null,
    client_order_id: null,
    transaction_quantity: null,
    transaction_value: null,
    execution_price: null,
    trade_date: null,
    settlement_date: null,
    origin: "api",
    source_id: null,
    reason: null,
    additional_external_details: {},
    extra: {},
    ...fields,
    pot_id: pot.id,
    investor_id: pot.data.investor_id,
    account_id: pot.data.account_id,
    currency: pot.data.pot_currency,
  };
  const entity = ctx.insert(TRANSACTION, id, data, pot.id);
  ctx.emit({ type: event, ch: "transactions", payload: toTransaction(entity) });
  return entity;
}

/** Applies a change to a transaction and publishes it (`transaction_failed` for failures). */
export function changeTransaction(
  ctx: CommandContext,
  current: StoredEntity<TransactionData>,
  patch: Partial<TransactionData>,
  event: TransactionEvent = "transaction_updated",
): StoredEntity<TransactionData> {
  const updated = ctx.update(current, { ...current.data, ...patch });
  ctx.emit({ type: event, ch: "transactions", payload: toTransaction(updated) });
  return updated;
}

/** The transaction with that id, or `null`. */
export function findTransaction(ctx: CommandContext, id: string): StoredEntity<TransactionData> | null {
  return ctx.get<TransactionData>(TRANSACTION, id);
}

/** The operational date (YYYY-MM-DD in the tenant's time zone) of the command, on the tenant clock. */
export function today(ctx: CommandContext): string {
  return operationalDate(ctx.nowMs, ctx.config);
}
