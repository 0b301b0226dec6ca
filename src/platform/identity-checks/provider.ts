import type { KycProvider } from "../tenants";
import { noProvider } from "./none";
import { sandboxProvider } from "./sandbox";

/** Who is being checked: a person (KYC) or an organisation (KYB). */
export interface CheckSubject {
  kind: "person" | "organisation";
  /** The name the provider decides on: a person's last name, an organisation's name. */
  name: string;
  /** True when the subject carries every detail the provider needs to start. */
  complete: boolean;
}

/** Where a running check stands after one step. */
export type CheckStep =
  | { outcome: "pending"; nextInMs: number }
  | { outcome: "clear" }
  | { outcome: "failed"; error: string };

/**
 * An identity-check provider (KYC for investors, KYB for organisations and employers). Pure:
 * the caller stores statuses, emits events and schedules the steps on the tenant's alarm, so a
 * real provider fits behind the same interface (its `advance` would read a stored webhook
 * result instead of deciding by name).
 */
export interface IdentityCheckProvider {
  readonly name: KycProvider;
  /** True when the provider owns the check status (callers' values are then ignored). */
  readonly ownsStatus: boolean;
  /** Starts a check, returning when its first step runs, or `null` when none starts. */
  start(subject: CheckSubject): { firstStepInMs: number } | null;
  /** Runs step `step` (0-based) of a started check. */
  advance(subject: CheckSubject, step: number): CheckStep;
}

const PROVIDERS: Record<KycProvider, IdentityCheckProvider> = { none: noProvider, sandbox: sandboxProvider };

/** The provider a tenant's configuration selects (`kyc_provider`). */
export function identityCheckProvider(name: KycProvider): IdentityCheckProvider {
  return PROVIDERS[name] ?? noProvider;
}
