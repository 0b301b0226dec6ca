import { paymentProvider } from "../../platform/payment-providers/provider";
import type { JobHandler } from "../../tenant/commands";
import { movePayment } from "./lifecycle";
import { PAYMENT, type PaymentData } from "./serialize";

/** Job kind of a payment provider's next step (keyed by payment id). */
export const PAYMENT_STEP_JOB = "payment.provider";

/**
 * One step of a provider-driven payment (`attempts` is the step number). A payment that left
 * the state the step expects (e.g. the wealth manager PATCHed it) just ends the job.
 */
export const advancePayment: JobHandler = (ctx, job) => {
  const { transaction_id } = job.data as { transaction_id: string };
  const payment = ctx.get<PaymentData>(PAYMENT, transaction_id);
  if (!payment || !["pending_confirmation", "processing"].includes(payment.data.status)) return undefined;
  // Direct-debit collections are stepped by their recurring contribution's jobs.
  if (payment.data.service_provider === "gocardless") return undefined;
  const subject = {
    transactionId: payment.id,
    amount: payment.data.amount,
    serviceProvider: payment.data.service_provider,
    bankAccountId: payment.data.service_provider_params.bank_account_id,
  };
  const step = paymentProvider(payment.data.service_provider).advance(subject, job.attempts);
  if (step.status === "processing") {
    if (payment.data.status !== "processing") movePayment(ctx, payment, "processing");
    return ctx.nowMs + step.nextInMs;
  }
  if (payment.data.status === "pending_confirmation") movePayment(ctx, payment, "processing");
  const current = ctx.get<PaymentData>(PAYMENT, transaction_id);
  if (current) movePayment(ctx, current, step.status, step.status === "succeeded" ? null : step.reason);
  return undefined;
};
