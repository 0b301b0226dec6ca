import type { PaymentProvider, PaymentStep } from "./provider";

/** Delay between the steps of a sandbox payment (run by the tenant object's alarm). */
export const SANDBOX_PAYMENT_STEP_MS = 2000;

/**
 * Deterministic stand-in for Stripe and TrueLayer. A payment starts `pending_confirmation`
 * with provider-shaped parameters, moves to `processing` (step 0) and then (step 1) decides
 * by the amount's pence:
 * - `.13` → `failed` ("card declined" / "bank rejected the payment");
 * - `.14` → `cancelled` (the payer abandoned the payment page);
 * - anything else → `succeeded`.
 */
export const sandboxProvider: PaymentProvider = {
  start(subject) {
    const intent = `pi_sandbox_${subject.transactionId.replaceAll("-", "").slice(0, 24)}`;
    const params: Record<string, string> =
      subject.serviceProvider === "stripe"
        ? { payment_intent_id: intent, client_secret: `${intent}_secret_sandbox`, publishable_key: "pk_test_coffer_sandbox" }
        : { bank_account_id: subject.bankAccountId ?? "", payment_intent_id: intent, hpp_url: `https://payments.sandbox.coffer.invalid/hpp/${intent}` };
    return { status: "pending_confirmation", params, firstStepInMs: SANDBOX_PAYMENT_STEP_MS };
  },
  advance(subject, step): PaymentStep {
    if (step === 0) return { status: "processing", nextInMs: SANDBOX_PAYMENT_STEP_MS };
    const pence = subject.amount.split(".")[1] ?? "00";
    if (pence === "13") return { status: "failed", reason: subject.serviceProvider === "stripe" ? "sandbox: card declined" : "sandbox: bank rejected the payment" };
    if (pence === "14") return { status: "cancelled", reason: "sandbox: the payer abandoned the payment page" };
    return { status: "succeeded" };
  },
};
