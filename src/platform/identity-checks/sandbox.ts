import type { CheckStep, IdentityCheckProvider } from "./provider";

/** Delay between the steps of a sandbox check (run by the tenant object's alarm). */
export const SANDBOX_STEP_MS = 2000;
/** Extra steps a "Refer…" subject stays `pending` (manual review) before clearing. */
export const SANDBOX_REFER_STEPS = 3;

/**
 * Deterministic built-in provider. A started check goes `submitted` → (step 0) `pending` →
 * (step 1) a verdict decided by the subject's name (last name, or organisation name):
 * - starts with "Fail"  → failed (`kyc_failed_error` / `kyb_failed_error`);
 * - starts with "Refer" → stays `pending` for SANDBOX_REFER_STEPS more steps, then clear;
 * - anything else       → clear.
 */
export const sandboxProvider: IdentityCheckProvider = {
  name: "sandbox",
  ownsStatus: true,
  start: (subject) => (subject.complete ? { firstStepInMs: SANDBOX_STEP_MS } : null),
  advance(subject, step): CheckStep {
    if (step === 0) return { outcome: "pending", nextInMs: SANDBOX_STEP_MS };
    if (/^fail/i.test(subject.name)) {
      return { outcome: "failed", error: `sandbox: ${subject.kind === "person" ? "identity" : "organisation"} could not be verified (name starts with "Fail")` };
    }
    if (/^refer/i.test(subject.name) && step <= SANDBOX_REFER_STEPS) return { outcome: "pending", nextInMs: SANDBOX_STEP_MS };
    return { outcome: "clear" };
  },
};
