import type { PaymentStatus } from "../../platform/payment-providers/provider";
import { toWire } from "../../platform/wire-absent";
import { Payment } from "./schema";

/** Entity kind of a payment (id: its `transaction_id`; owner: its pot). */
export const PAYMENT = "payment";

/** A payment as stored: the wire object plus what the wire never shows. */
export interface PaymentData {
  transaction_id: string;
  investor_id: string[];
  amount: string;
  currency: string;
  status: PaymentStatus;
  pot_id: string;
  payment_type: string;
  service_provider: "stripe" | "truelayer" | "none" | "gocardless";
  service_provider_params: Record<string, string>;
  sub_transaction_type: string;
  source_id: string | null;
  purpose: "cash" | "invest";
  investment_instructions: Array<{ investment_product_id: string; quantity?: string | undefined; value?: string | undefined }> | null;
  payment_reference: string | null;
  external_transaction_reference: string | null;
  origin: "api" | "admin_ui" | "system";
  reason: string | null;
  contribution_id: string | null;
  batch_id: string | null;
  /** The instant the payment settled (ISO date-time), once it has. */
  settlement_date: string | null;
  internal: { account_id: string; reserved_allowance: string | null };
}

/** A settlement instant; a payment stored before it was one holds the day only (read as its midnight UTC). */
function settlementInstant(value: string | null): string | null {
  return value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00.000Z` : value;
}

/** The wire payment. */
export function toPayment(entity: { data: PaymentData; createdAt: string; updatedAt: string }) {
  const { internal: _internal, settlement_date, ...wire } = entity.data;
  return toWire(Payment, { ...wire, settlement_date: settlementInstant(settlement_date), created_at: entity.createdAt, updated_at: entity.updatedAt });
}

/** The `payment_update` payload: id, pot and status, plus the reason of a failure or cancellation. */
export function paymentUpdate(data: PaymentData) {
  return {
    transaction_id: data.transaction_id,
    pot_id: data.pot_id,
    status: data.status,
    ...(data.reason !== null && (data.status === "failed" || data.status === "cancelled") ? { reason: data.reason } : {}),
  };
}
