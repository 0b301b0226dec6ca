import { toWire } from "../../platform/wire-absent";
import type { CommandContext, StoredEntity } from "../../tenant/command-context";
import { PaymentBatch, type BATCH_STATUSES, type BATCH_SUB_TYPES } from "./schema";

/** Entity kind of a payment batch. */
export const PAYMENT_BATCH = "payment_batch";
/** Job kind of a batch's evaluation (keyed by batch id). */
export const BATCH_EVALUATE_JOB = "payment_batch.evaluate";

export type BatchStatus = (typeof BATCH_STATUSES)[number];

export interface BatchEntry {
  investor_id: string;
  pot_id: string;
  amount: string;
  external_transaction_reference?: string | undefined;
  sub_transaction_type?: (typeof BATCH_SUB_TYPES)[number] | undefined;
  transaction_id?: string;
  status?: "pending_confirmation" | "processing" | "succeeded" | "cancelled" | "failed";
}

export interface ErroneousPayment {
  payment_index: number;
  payment_id: string | null;
  field: string;
  error: string;
}

export interface PaymentBatchData {
  batch_id: string;
  source_type: "workplace_employer" | "third_party_payer" | null;
  source_id: string | null;
  currency: string;
  amount: string;
  payment_type: "manual";
  status: BatchStatus;
  batch_payment_reference: string | null;
  payments: BatchEntry[];
  erroneous_payments: ErroneousPayment[] | null;
  /** The operational date it was accepted on (the list's `created_date` filter). */
  created_date: string;
}

export type Batch = StoredEntity<PaymentBatchData>;

/** The wire batch. */
export function toPaymentBatch(entity: { data: PaymentBatchData; createdAt: string; updatedAt: string }) {
  const { created_date: _date, ...wire } = entity.data;
  return toWire(PaymentBatch, { ...wire, created_at: entity.createdAt, updated_at: entity.updatedAt });
}

/** The `bulk_payment_update` payload. */
export function bulkPaymentUpdate(data: PaymentBatchData) {
  return { batch_id: data.batch_id, status: data.status, ...(data.erroneous_payments ? { erroneous_payments: data.erroneous_payments } : {}) };
}

/** Saves a batch and, when its status changed, publishes `bulk_payment_update` on `payments`. */
export function saveBatch(ctx: CommandContext, current: Batch, data: PaymentBatchData): Batch {
  const updated = ctx.update(current, data);
  if (data.status !== current.data.status) ctx.emit({ type: "bulk_payment_update", ch: "payments", payload: bulkPaymentUpdate(data) });
  return updated;
}
