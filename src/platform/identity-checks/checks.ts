import type { KycProvider } from "../tenants";
import { identityCheckProvider, type CheckSubject } from "./provider";

/** KYB status values (organisations, workplace employers). */
export const KYB_STATUSES = ["submitted", "kyb_failed_error", "pending", "clear", "not_started"] as const;
/** KYC/AML status values (individual investors, third-party payers). */
export const KYC_STATUSES = ["submitted", "kyc_failed_error", "pending", "clear", "not_started"] as const;

/** The failure status of a kind of check: `kyb_failed_error` for KYB, `kyc_failed_error` for KYC/AML. */
export type FailedCheckStatus = "kyb_failed_error" | "kyc_failed_error";

const RUNNING = ["submitted", "pending"];

/** What a create or update does to a subject's check status. */
export interface CheckDecision {
  /** The status to store. */
  status: string;
  /** When a check starts now: the delay of its first step (schedule it); otherwise `null`. */
  firstStepInMs: number | null;
}

/**
 * Decides a subject's check status on create (`current` null) or update. With a provider that
 * owns the status (`sandbox`) the caller's value is ignored and a check starts, as `submitted`,
 * when the subject is still `not_started` and its details are complete. Without one (`none`)
 * the caller's value stands (default `not_started`).
 */
export function decideCheckStatus(provider: KycProvider, subject: CheckSubject, current: string | null, sent: string | undefined): CheckDecision {
  const checks = identityCheckProvider(provider);
  if (!checks.ownsStatus) return { status: sent ?? current ?? "not_started", firstStepInMs: null };
  const status = current ?? "not_started";
  if (status !== "not_started") return { status, firstStepInMs: null };
  const started = checks.start(subject);
  return started ? { status: "submitted", firstStepInMs: started.firstStepInMs } : { status, firstStepInMs: null };
}

/** True when the tenant's provider owns check statuses (callers' values are then ignored). */
export function providerOwnsStatus(provider: KycProvider): boolean {
  return identityCheckProvider(provider).ownsStatus;
}

/** The WealthOS `investor_status` verdict of a finished check. */
export type CheckVerdict = { status: "success"; event: "kyc.completed" } | { status: "fail"; error: string };

/** One step of a running check, as the owner of the subject should apply it. */
export interface CheckProgress {
  /** The new status to store, or `null` when it does not change. */
  status: string | null;
  /** Delay until the next step, or `null` when the check is over. */
  nextInMs: number | null;
  /** Set when the check finished on this step. */
  verdict: CheckVerdict | null;
}

/**
 * Runs step `step` (0-based) of a check started by `provider` on a subject whose stored status
 * is `current`. A subject no longer `submitted`/`pending` (changed or removed meanwhile) ends
 * the check without a change.
 */
export function advanceCheck(provider: KycProvider, subject: CheckSubject, current: string, step: number, failed: FailedCheckStatus): CheckProgress {
  if (!RUNNING.includes(current)) return { status: null, nextInMs: null, verdict: null };
  const outcome = identityCheckProvider(provider).advance(subject, step);
  if (outcome.outcome === "pending") return { status: current === "pending" ? null : "pending", nextInMs: outcome.nextInMs, verdict: null };
  if (outcome.outcome === "clear") return { status: "clear", nextInMs: null, verdict: { status: "success", event: "kyc.completed" } };
  return { status: failed, nextInMs: null, verdict: { status: "fail", error: outcome.error } };
}
