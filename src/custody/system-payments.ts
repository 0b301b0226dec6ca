/**
 * The port through which features raise payments of their own (origin `system`): recurring
 * contributions' collections and bulk batches' payments. The payments feature implements it
 * (`src/domains/payments/system-payments.ts`); `src/commands.ts` and `src/jobs.ts` hand it over.
 */
import type { PaymentStatus } from "../platform/payment-providers/provider";
import type { CommandContext } from "../tenant/command-context";

/** What a system payment carries. */
export interface SystemPaymentInput {
  potId: string;
  amount: string;
  paymentType: "direct_debit" | "manual";
  serviceProvider: "gocardless" | "none";
  subTransactionType: string;
  purpose: "cash" | "invest";
  investmentInstructions: Array<{ investment_product_id: string; quantity?: string | undefined; value?: string | undefined }> | null;
  sourceId: string | null;
  contributionId?: string | null;
  batchId?: string | null;
  externalTransactionReference?: string | null;
  serviceProviderParams?: Record<string, string>;
  /** The status it starts in: `pending_confirmation` (a provider drives it) or `processing` (confirmed by PATCH). */
  status: "pending_confirmation" | "processing";
}

/** The port other features use to raise and move payments. */
export interface SystemPayments {
  /** Raises a payment; one over the allowance (or SIPP MPAA) left is created and failed at once with that reason. */
  raise(ctx: CommandContext, input: SystemPaymentInput): { transactionId: string; status: PaymentStatus; reason: string | null };
  /** Moves a payment (see `movePayment`); false when there is no such payment. */
  move(ctx: CommandContext, transactionId: string, status: PaymentStatus, reason?: string | null): boolean;
  /** A payment's status, or null. */
  statusOf(ctx: CommandContext, transactionId: string): PaymentStatus | null;
}


/**
 * Job kind the payments feature schedules (keyed by batch id, due at once) whenever a payment of
 * a bulk batch moves, so that the batch feature recomputes the batch's settlement status.
 */
export const BATCH_TRACK_JOB = "payment_batch.track";
