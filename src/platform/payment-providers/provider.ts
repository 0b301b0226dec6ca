/**
 * Payment providers: how cash reaches a pot. Pure, like the identity-check providers: the
 * tenant object stores payments, publishes `payment_update` and runs the provider's steps on
 * its alarm, so a real provider (Stripe, TrueLayer) fits behind the same interface (its
 * `advance` would read the stored webhook outcome instead of deciding by amount).
 */
import { manualProvider } from "./manual";
import { sandboxProvider } from "./sandbox";

export type PaymentStatus = "pending_confirmation" | "processing" | "succeeded" | "cancelled" | "failed";

/** What a provider needs to know about a new payment. */
export interface PaymentSubject {
  transactionId: string;
  amount: string;
  serviceProvider: "stripe" | "truelayer" | "none";
  bankAccountId?: string | undefined;
}

/** Where a provider's payment stands after one step. */
export type PaymentStep =
  | { status: "processing"; nextInMs: number }
  | { status: "succeeded" }
  | { status: "failed" | "cancelled"; reason: string };

export interface PaymentProvider {
  /** The status a new payment starts in, the provider's parameters for the payer, and when its first step runs (null: the wealth manager confirms by PATCH). */
  start(subject: PaymentSubject): { status: PaymentStatus; params: Record<string, string>; firstStepInMs: number | null };
  /** Runs step `step` (0-based) of a started payment. */
  advance(subject: PaymentSubject, step: number): PaymentStep;
}

/** The provider behind a payment's `service_provider`: `none` is manual, Stripe and TrueLayer run in the sandbox. */
export function paymentProvider(serviceProvider: PaymentSubject["serviceProvider"]): PaymentProvider {
  return serviceProvider === "none" ? manualProvider : sandboxProvider;
}
