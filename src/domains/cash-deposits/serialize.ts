import type { TransactionData } from "../../custody/transactions";
import { toWire } from "../../platform/wire-absent";
import { CashDepositTransaction, CashRedemptionTransaction } from "./schema";

/** A deposit buy or a redemption as the cash-investments endpoints answer it. */
export function toCashTransaction(entity: { data: TransactionData; createdAt: string; updatedAt: string }) {
  const d = entity.data;
  const common = {
    aggregated_transaction_id: d.aggregated_transaction_id ?? d.transaction_id,
    transaction_id: d.transaction_id,
    investment_product_id: d.investment_product_id,
    pot_id: d.pot_id,
    deposit_reference: d.extra.deposit_reference,
    primary_transaction_type: d.primary_transaction_type,
    sub_transaction_type: d.sub_transaction_type,
    transaction_value: d.transaction_value,
    type: d.type,
    sub_type: d.sub_type,
    currency: d.currency,
    reason: d.reason,
    created_at: entity.createdAt,
    updated_at: entity.updatedAt,
  };
  if (d.internal.kind === "cash_redemption") return toWire(CashRedemptionTransaction, { ...common, redemption_type: d.extra.redemption_type });
  return toWire(CashDepositTransaction, { ...common, counterparty_id: d.extra.counterparty_id, direction: d.direction, origin: d.origin, is_a_topup: d.extra.is_a_topup });
}
