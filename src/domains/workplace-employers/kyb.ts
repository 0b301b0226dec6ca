import { advanceCheck } from "../../platform/identity-checks/checks";
import type { KycProvider } from "../../platform/tenants";
import type { CommandContext } from "../../tenant/command-context";
import type { JobHandler } from "../../tenant/commands";
import { kybSubject, toWorkplaceEmployer, type WorkplaceEmployerData } from "./serialize";

export const WORKPLACE_EMPLOYER = "workplace_employer";
export const WORKPLACE_EMPLOYER_KYB_JOB = "kyb.workplace_employer";

/** Schedules the first step of a KYB check just started for a workplace employer. */
export function scheduleKyb(ctx: CommandContext, employerId: string, firstStepInMs: number): void {
  ctx.schedule(WORKPLACE_EMPLOYER_KYB_JOB, employerId, ctx.nowMs + firstStepInMs, { workplace_employer_id: employerId, provider: ctx.config.kyc_provider });
}

/**
 * One step of a workplace employer's KYB check (job `kyb.workplace_employer`, keyed by the
 * `wem-` id). Each status change bumps reference_version and emits `workplace_employer_updated`
 * on `notifications`. The employer's `status` is left alone: a failed or pending check never
 * made it active, and the wealth manager activates it once `clear`.
 */
export const advanceWorkplaceEmployerKyb: JobHandler = (ctx, job) => {
  const { workplace_employer_id: id, provider } = job.data as { workplace_employer_id: string; provider: KycProvider };
  const current = ctx.get<WorkplaceEmployerData>(WORKPLACE_EMPLOYER, id);
  if (!current) return undefined;
  const progress = advanceCheck(provider, kybSubject(current.data), current.data.kyb_aml_status, job.attempts, "kyb_failed_error");
  if (progress.status) {
    const updated = ctx.update(current, { ...current.data, kyb_aml_status: progress.status as WorkplaceEmployerData["kyb_aml_status"] });
    ctx.emit({ type: "workplace_employer_updated", ch: "notifications", payload: toWorkplaceEmployer(updated) });
  }
  return progress.nextInMs === null ? undefined : ctx.nowMs + progress.nextInMs;
};
