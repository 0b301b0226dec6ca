import { advanceCheck } from "../../platform/identity-checks/checks";
import type { KycProvider } from "../../platform/tenants";
import type { CommandContext } from "../../tenant/command-context";
import type { JobHandler } from "../../tenant/commands";
import { amlSubject, toThirdPartyPayer, type ThirdPartyPayerData } from "./serialize";

export const THIRD_PARTY_PAYER = "third_party_payer";
export const THIRD_PARTY_PAYER_AML_JOB = "aml.third_party_payer";

/** Schedules the first step of an AML check just started for a payer. */
export function scheduleAml(ctx: CommandContext, payerId: string, firstStepInMs: number): void {
  ctx.schedule(THIRD_PARTY_PAYER_AML_JOB, payerId, ctx.nowMs + firstStepInMs, { third_party_payer_id: payerId, provider: ctx.config.kyc_provider });
}

/**
 * One step of a payer's AML check (job `aml.third_party_payer`, keyed by the `tpp-` id), decided
 * by the last name (individual) or organisation name. Each status change bumps
 * reference_version and emits `third_party_payer_updated` on `notifications`.
 */
export const advanceThirdPartyPayerAml: JobHandler = (ctx, job) => {
  const { third_party_payer_id: id, provider } = job.data as { third_party_payer_id: string; provider: KycProvider };
  const current = ctx.get<ThirdPartyPayerData>(THIRD_PARTY_PAYER, id);
  if (!current) return undefined;
  const progress = advanceCheck(provider, amlSubject(current.data), current.data.aml_status, job.attempts, "kyc_failed_error");
  if (progress.status) {
    const updated = ctx.update(current, { ...current.data, aml_status: progress.status as ThirdPartyPayerData["aml_status"] });
    ctx.emit({ type: "third_party_payer_updated", ch: "notifications", payload: toThirdPartyPayer(updated) });
  }
  return progress.nextInMs === null ? undefined : ctx.nowMs + progress.nextInMs;
};
