import { advanceInvestorKyc, KYC_JOB } from "./domains/investors/kyc";
import { advanceOrganisationKyb, ORGANISATION_KYB_JOB } from "./domains/organisations/kyb";
import { advanceWorkplaceEmployerKyb, WORKPLACE_EMPLOYER_KYB_JOB } from "./domains/workplace-employers/kyb";
import { advanceThirdPartyPayerAml, THIRD_PARTY_PAYER_AML_JOB } from "./domains/third-party-payers/aml";
import { DAY_CLOSE_JOB, dayCloseJob, TAX_YEAR_JOB, taxYearJob } from "./clock/day-close";
import { DAY_CLOSE_STEPS, TAX_YEAR_STEPS } from "./day-close";
import { legacySnapshotJob, SNAPSHOT_JOB } from "./custody/snapshots";
import { fillTradeJob, settleTradeJob } from "./custody/trade-jobs";
import { TRADE_FILL_JOB, TRADE_SETTLE_JOB } from "./custody/trading";
import { PAYOUT_JOB, payoutJob } from "./custody/withdrawals";
import { advancePayment, PAYMENT_STEP_JOB } from "./domains/payments/provider-steps";
import type { JobRegistry } from "./tenant/commands";
import { CRYSTALLISATION_JOB, processCrystallisation } from "./domains/pensions/crystallisation";
import { HMRC_CLAIM_JOB, LISA_REGISTRATION_JOB, payHmrcClaims } from "./custody/hmrc-claims";
import { registerLisaJob } from "./domains/pensions/lisa";
import { PRUNE_JOB as WEBHOOK_PRUNE_JOB, pruneWebhooks } from "./webhooks/prune";

/** Handlers of the jobs domains schedule through `ctx.schedule(kind, …)`, by kind. */
export const JOBS: JobRegistry = {
  [WEBHOOK_PRUNE_JOB]: pruneWebhooks,
  [KYC_JOB]: advanceInvestorKyc,
  [SNAPSHOT_JOB]: legacySnapshotJob,
  [DAY_CLOSE_JOB]: dayCloseJob(DAY_CLOSE_STEPS),
  [TAX_YEAR_JOB]: taxYearJob(TAX_YEAR_STEPS),
  [ORGANISATION_KYB_JOB]: advanceOrganisationKyb,
  [WORKPLACE_EMPLOYER_KYB_JOB]: advanceWorkplaceEmployerKyb,
  [THIRD_PARTY_PAYER_AML_JOB]: advanceThirdPartyPayerAml,
  [PAYMENT_STEP_JOB]: advancePayment,
  [TRADE_FILL_JOB]: fillTradeJob,
  [TRADE_SETTLE_JOB]: settleTradeJob,
  [PAYOUT_JOB]: payoutJob,
  [CRYSTALLISATION_JOB]: processCrystallisation,
  [HMRC_CLAIM_JOB]: payHmrcClaims,
  [LISA_REGISTRATION_JOB]: registerLisaJob,
};
