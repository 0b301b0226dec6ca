import { advanceInvestorKyc, KYC_JOB } from "./domains/investors/kyc";
import { advanceOrganisationKyb, ORGANISATION_KYB_JOB } from "./domains/organisations/kyb";
import { advanceWorkplaceEmployerKyb, WORKPLACE_EMPLOYER_KYB_JOB } from "./domains/workplace-employers/kyb";
import { advanceThirdPartyPayerAml, THIRD_PARTY_PAYER_AML_JOB } from "./domains/third-party-payers/aml";
import { DAY_CLOSE_JOB, dayCloseJob, TAX_YEAR_JOB, taxYearJob } from "./clock/day-close";
import { DAY_CLOSE_STEPS, TAX_YEAR_STEPS } from "./day-close";
import { legacySnapshotJob, SNAPSHOT_JOB } from "./custody/snapshots";
import { fillTradeJob, followOrders, settleTradeJob } from "./custody/trade-jobs";
import { TRADE_FILL_JOB, TRADE_SETTLE_JOB } from "./custody/trading";
import { PAYOUT_JOB, payoutJob } from "./custody/withdrawals";
import { advancePayment, PAYMENT_STEP_JOB } from "./domains/payments/provider-steps";
import { SYSTEM_PAYMENTS } from "./domains/payments/system-payments";
import { makeCollectionJob, makeCycleJob } from "./domains/recurring-contributions/collections";
import { COLLECTION_JOB, CYCLE_JOB } from "./domains/recurring-contributions/serialize";
import { withdrawalCycleJob } from "./domains/recurring-withdrawals/runs";
import { WITHDRAWAL_CYCLE_JOB } from "./domains/recurring-withdrawals/serialize";
import { BATCH_TRACK_JOB } from "./custody/system-payments";
import { makeEvaluateJob, makeTrackJob } from "./domains/bulk-payments/evaluation";
import { BATCH_EVALUATE_JOB } from "./domains/bulk-payments/serialize";
import { followSwitchOrder, onSwitchFinished } from "./custody/switches";
import { EVALUATE_JOB as REBALANCE_EVALUATE_JOB, EXECUTE_JOB as REBALANCE_EXECUTE_JOB } from "./domains/rebalance/store";
import { evaluateJob as rebalanceEvaluateJob, executeJob as rebalanceExecuteJob, rebalanceSwitchFinished } from "./domains/rebalance/jobs";
import type { JobInputRegistry, JobRegistry } from "./tenant/commands";
import type { Env } from "./env";
import { RECONCILIATION_JOB } from "./domains/reconciliation/model";
import { loadReconciliationChunk, makeReconciliationJob } from "./domains/reconciliation/job";
import { bookIngestedTransaction } from "./domains/trading/commands";
import { CRYSTALLISATION_JOB, processCrystallisation } from "./domains/pensions/crystallisation";
import { HMRC_CLAIM_JOB, LISA_REGISTRATION_JOB, payHmrcClaims } from "./custody/hmrc-claims";
import { registerLisaJob } from "./domains/pensions/lisa";
import { PRUNE_JOB as WEBHOOK_PRUNE_JOB, pruneWebhooks } from "./webhooks/prune";
import { CASH_CONFIRM_JOB, CASH_SEND_JOB, confirmJob as confirmCashDepositJob, sendJob as sendCashDepositJob } from "./domains/cash-deposits/lifecycle";
import { advanceTransfer, TRANSFER_NETWORK_JOB } from "./domains/transfers/network-steps";

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
  [CASH_SEND_JOB]: sendCashDepositJob,
  [CASH_CONFIRM_JOB]: confirmCashDepositJob,
  [TRANSFER_NETWORK_JOB]: advanceTransfer,
  [CYCLE_JOB]: makeCycleJob(SYSTEM_PAYMENTS),
  [COLLECTION_JOB]: makeCollectionJob(SYSTEM_PAYMENTS),
  [WITHDRAWAL_CYCLE_JOB]: withdrawalCycleJob,
  [BATCH_EVALUATE_JOB]: makeEvaluateJob(SYSTEM_PAYMENTS),
  [BATCH_TRACK_JOB]: makeTrackJob(SYSTEM_PAYMENTS),
  [REBALANCE_EVALUATE_JOB]: rebalanceEvaluateJob,
  [REBALANCE_EXECUTE_JOB]: rebalanceExecuteJob,
  // Ingested transactions are booked like `POST /tenant/transactions/v1` (origin file_upload).
  [RECONCILIATION_JOB]: makeReconciliationJob(bookIngestedTransaction),
  [CRYSTALLISATION_JOB]: processCrystallisation,
  [HMRC_CLAIM_JOB]: payHmrcClaims,
  [LISA_REGISTRATION_JOB]: registerLisaJob,
};

/** What jobs read from outside the tenant object before they run (see `JobInputLoader`), by kind. */
export const JOB_INPUTS: JobInputRegistry<Env> = {
  [RECONCILIATION_JOB]: loadReconciliationChunk,
};

// Switches (API and rebalance) move on as their child orders are priced, rejected or settled.
followOrders(followSwitchOrder);
// A rebalance follows the switches it started.
onSwitchFinished(rebalanceSwitchFinished);
