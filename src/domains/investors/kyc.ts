import { identityCheckProvider, type CheckSubject } from "../../platform/identity-checks/provider";
import type { CommandContext, StoredEntity } from "../../tenant/command-context";
import type { JobHandler } from "../../tenant/commands";
import { investorStatus } from "./rules";
import { toInvestor, type InvestorData } from "./serialize";

export const KYC_JOB = "kyc.sandbox";
const INVESTOR = "investor";
const RUNNING = ["submitted", "pending"];

/** The details KYC needs: first and last name, date of birth and an address. */
export function kycSubject(data: Record<string, unknown>): CheckSubject {
  return {
    kind: "person",
    name: String(data.last_name ?? ""),
    complete: Boolean(data.first_name && data.last_name && data.date_of_birth && data.address),
  };
}

/** The tenant's provider, when it owns `kyc_aml_status` (callers' values are then ignored). */
export function owningProvider(ctx: CommandContext) {
  const provider = identityCheckProvider(ctx.config.kyc_provider);
  return provider.ownsStatus ? provider : null;
}

/**
 * Starts a check for an investor whose status the caller has just set to `submitted`:
 * publishes `kyc.started` and schedules the provider's first step on the alarm.
 */
export function announceKycStarted(ctx: CommandContext, investorId: string, firstStepInMs: number): void {
  ctx.emit({ type: "investor_status", ch: "investors", payload: { investor_id: investorId, status: "success", event: "kyc.started" } });
  ctx.schedule(KYC_JOB, investorId, ctx.nowMs + firstStepInMs, { investor_id: investorId });
}

function setKyc(ctx: CommandContext, current: StoredEntity<InvestorData>, kyc: InvestorData["kyc_aml_status"]): void {
  const data: InvestorData = {
    ...current.data,
    kyc_aml_status: kyc,
    kyc_aml_status_last_updated: ctx.now,
    status: investorStatus(kyc, current.data.dealing_status),
  };
  const updated = ctx.update(current, data);
  const bankAccounts = ctx.listOwned<{ bank_account_type: string }>("bank_account", current.id);
  ctx.emit({ type: "investor_updated", ch: "investors", payload: toInvestor(updated, bankAccounts) });
}

/**
 * One step of a sandbox KYC check (job `kyc.sandbox`, keyed by investor id; `attempts` is the
 * step number). Each status change bumps the investor's reference_version and emits
 * `investor_updated`; the verdict also emits `investor_status` (`kyc.completed` or `fail`).
 * A check whose investor left `submitted`/`pending` meanwhile (e.g. removed) just ends.
 */
export const advanceInvestorKyc: JobHandler = (ctx, job) => {
  const { investor_id } = job.data as { investor_id: string };
  const current = ctx.get<InvestorData>(INVESTOR, investor_id);
  if (!current || !RUNNING.includes(current.data.kyc_aml_status)) return undefined;
  const step = identityCheckProvider("sandbox").advance(kycSubject(current.data), job.attempts);
  if (step.outcome === "pending") {
    if (current.data.kyc_aml_status !== "pending") setKyc(ctx, current, "pending");
    return ctx.nowMs + step.nextInMs;
  }
  if (step.outcome === "clear") {
    setKyc(ctx, current, "clear");
    ctx.emit({ type: "investor_status", ch: "investors", payload: { investor_id, status: "success", event: "kyc.completed" } });
  } else {
    setKyc(ctx, current, "kyc_failed_error");
    ctx.emit({ type: "investor_status", ch: "investors", payload: { investor_id, status: "fail", error: step.error } });
  }
  return undefined;
};
