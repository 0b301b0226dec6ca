import { advanceCheck } from "../../platform/identity-checks/checks";
import type { KycProvider } from "../../platform/tenants";
import type { CommandContext } from "../../tenant/command-context";
import type { JobHandler } from "../../tenant/commands";
import { kybSubject, organisationStatus, toOrganisation, type OrganisationData } from "./serialize";

export const ORGANISATION = "investor_organisation";
export const ORGANISATION_KYB_JOB = "kyb.organisation";
const BANK_ACCOUNT = "bank_account";

/** The organisation's bank accounts, for its wire shape. */
export function ownedAccounts(ctx: CommandContext, organisationId: string) {
  return ctx.listOwned(BANK_ACCOUNT, organisationId);
}

/**
 * A KYB check has started for an organisation just stored as `submitted`: publishes
 * `investor_status` `kyc.started` (the payload individual investors get) and schedules the
 * provider's first step on the alarm.
 */
export function announceKybStarted(ctx: CommandContext, organisationId: string, firstStepInMs: number): void {
  ctx.emit({ type: "investor_status", ch: "investors", payload: { investor_id: organisationId, status: "success", event: "kyc.started" } });
  ctx.schedule(ORGANISATION_KYB_JOB, organisationId, ctx.nowMs + firstStepInMs, { investor_id: organisationId, provider: ctx.config.kyc_provider });
}

/**
 * One step of an organisation's KYB check (job `kyb.organisation`, keyed by the org id). Each
 * status change bumps reference_version and emits `organisation_updated`; the verdict also
 * emits `investor_status` (`kyc.completed`, or `fail` with `error`).
 */
export const advanceOrganisationKyb: JobHandler = (ctx, job) => {
  const { investor_id, provider } = job.data as { investor_id: string; provider: KycProvider };
  const current = ctx.get<OrganisationData>(ORGANISATION, investor_id);
  if (!current) return undefined;
  const progress = advanceCheck(provider, kybSubject(current.data), current.data.kyb_status, job.attempts, "kyb_failed_error");
  if (progress.status) {
    const kyb = progress.status as OrganisationData["kyb_status"];
    const updated = ctx.update(current, { ...current.data, kyb_status: kyb, status: organisationStatus(kyb, current.data.dealing_status) });
    ctx.emit({ type: "organisation_updated", ch: "investors", payload: toOrganisation(updated, ownedAccounts(ctx, investor_id)) });
  }
  if (progress.verdict) ctx.emit({ type: "investor_status", ch: "investors", payload: { investor_id, ...progress.verdict } });
  return progress.nextInMs === null ? undefined : ctx.nowMs + progress.nextInMs;
};
