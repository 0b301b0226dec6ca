/**
 * Payout providers: how a withdrawal's cash reaches the investor's bank account. Pure; the
 * tenant object runs the steps on its alarm, so a real payout rail fits behind the interface.
 */
export type PayoutStep = { outcome: "submitted"; nextInMs: number } | { outcome: "paid" } | { outcome: "rejected"; reason: string };

export interface PayoutProvider {
  /** When the first step of a new payout runs. */
  readonly firstStepInMs: number;
  /** Runs step `step` (0-based) of a payout of `amount` (decimal string). */
  advance(amount: string, step: number): PayoutStep;
}

/** Delay between the steps of a sandbox payout. */
export const SANDBOX_PAYOUT_STEP_MS = 2000;

/**
 * Deterministic built-in payouts: a withdrawal is submitted to the bank (step 0) and paid (step
 * 1), except amounts whose pence are `.13`, which the bank rejects.
 */
export const sandboxPayouts: PayoutProvider = {
  firstStepInMs: SANDBOX_PAYOUT_STEP_MS,
  advance(amount, step) {
    if (step === 0) return { outcome: "submitted", nextInMs: SANDBOX_PAYOUT_STEP_MS };
    if ((amount.split(".")[1] ?? "00") === "13") return { outcome: "rejected", reason: "sandbox: the receiving bank rejected the payment" };
    return { outcome: "paid" };
  },
};

/** The payout provider withdrawals go through. Coffer ships the sandbox. */
export function payoutProvider(): PayoutProvider {
  return sandboxPayouts;
}
