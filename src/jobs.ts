import { advanceInvestorKyc, KYC_JOB } from "./domains/investors/kyc";
import type { JobRegistry } from "./tenant/commands";

/** Handlers of the jobs domains schedule through `ctx.schedule(kind, …)`, by kind. */
export const JOBS: JobRegistry = {
  [KYC_JOB]: advanceInvestorKyc,
};
