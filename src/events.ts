import { z } from "@hono/zod-openapi";
import { ClockAdvancedPayload, JobFailedPayload, TaxYearStartedPayload } from "./clock/event-payloads";
import { Transaction } from "./custody/transaction-schema";
import { CashInvestmentProduct } from "./domains/cash-investment-products/schema";
import { ContributingEmployer } from "./domains/contributing-employers/schema";
import { FeeNomination } from "./domains/fee-nominations/schema";
import { FinancialProduct } from "./domains/financial-products/schema";
import { InvestmentProduct } from "./domains/investment-products/schema";
import { InvestorAccountV2 } from "./domains/investor-accounts/schema";
import { Investor } from "./domains/investors/schema";
import { Organisation } from "./domains/organisations/schema";
import { PortfolioTemplate } from "./domains/portfolio-templates/schema";
import { RecurringContribution } from "./domains/recurring-contributions/schema";
import { BulkPaymentUpdatePayload } from "./domains/bulk-payments/schema";
import { PotHolding } from "./domains/pots/valuation-schema";
import { Pot } from "./domains/pots/schema";
import { ThirdPartyPayer } from "./domains/third-party-payers/schema";
import { WorkplaceEmployer } from "./domains/workplace-employers/schema";
import type { EventCatalogue } from "./platform/event-webhooks";
import { Webhook } from "./webhooks/schema";
import { Counterparty } from "./domains/counterparties/schema";
import { Transfer } from "./domains/transfers/schema";
import { Assignment as DistributionPartnerAssignment, DistributionPartner } from "./domains/distribution-partners/schema";
import {
  HoldingMismatch,
  InvestorMismatch,
  PotMismatch,
  ReconciliationSummary,
  TransactionIgnored,
  TransactionIngestionFailure,
  TransactionMismatch,
  TransactionSummary,
} from "./domains/reconciliation/schema";
import { LisaRegistrationPayload } from "./domains/pensions/lisa";
import { FeeCode, FeeExemption, FeeSetup } from "./domains/fees/schema";

const InvestorStatusPayload = z
  .object({
    investor_id: z.string().openapi({ description: "`inv-` or `org-` id" }),
    status: z.enum(["success", "fail"]),
    event: z.enum(["kyc.started", "kyc.completed"]).optional().openapi({ description: "on success only" }),
    error: z.string().optional().openapi({ description: "on failure only" }),
  })
  .openapi("InvestorStatusPayload");

const PaymentUpdatePayload = z
  .object({
    transaction_id: z.string(),
    pot_id: z.string(),
    status: z.enum(["pending_confirmation", "processing", "succeeded", "cancelled", "failed"]),
    reason: z.string().optional().openapi({ description: "only when failed or cancelled" }),
  })
  .openapi("PaymentUpdatePayload");

const resource = (payload: z.ZodType, summary: string) => ({ payload, summary });

/**
 * The payload of every event type (`src/tenant/event-types.ts` lists the types and channels).
 * Resource events carry the resource exactly as the REST API shows it.
 */
export const EVENT_PAYLOADS: EventCatalogue = {
  investor_status: resource(InvestorStatusPayload, "A KYC/KYB check started, completed or failed"),
  investor_created: resource(Investor, "An investor was created"),
  investor_updated: resource(Investor, "An investor changed (also by its KYC check)"),
  organisation_created: resource(Organisation, "An organisational investor was created"),
  organisation_updated: resource(Organisation, "An organisational investor changed (also by its KYB check)"),
  fee_nomination_created: resource(FeeNomination, "An investor's fee nomination was created"),
  fee_nomination_updated: resource(FeeNomination, "An investor's fee nomination changed"),
  fee_nomination_deleted: resource(FeeNomination, "An investor's fee nomination was deleted (the last state)"),
  payment_update: resource(PaymentUpdatePayload, "A payment's status changed"),
  transaction_initiated: resource(Transaction, "A transaction was created"),
  transaction_updated: resource(Transaction, "A transaction changed state"),
  external_transaction_added: resource(Transaction, "An external transaction was booked"),
  transaction_failed: resource(Transaction, "A transaction failed"),
  holding_updated: resource(PotHolding, "A pot's holding of cash or of a product changed"),
  pot_created: resource(Pot, "A pot was opened"),
  pot_updated: resource(Pot, "A pot changed"),
  investor_account_created: resource(InvestorAccountV2, "An investor account was opened (v2 shape, without total_market_value)"),
  investor_account_updated: resource(InvestorAccountV2, "An investor account changed (v2 shape, without total_market_value)"),
  workplace_employer_created: resource(WorkplaceEmployer, "A workplace employer was created"),
  workplace_employer_updated: resource(WorkplaceEmployer, "A workplace employer changed (also by its KYB check)"),
  contributing_employer_created: resource(ContributingEmployer, "A contributing employer was created"),
  contributing_employer_updated: resource(ContributingEmployer, "A contributing employer changed"),
  third_party_payer_created: resource(ThirdPartyPayer, "A third-party payer was created"),
  third_party_payer_updated: resource(ThirdPartyPayer, "A third-party payer changed (also by its AML check)"),
  financial_product_updated: resource(FinancialProduct, "The operator changed a financial product"),
  investment_product_created: resource(InvestmentProduct, "The operator added an investment product"),
  investment_product_updated: resource(InvestmentProduct, "An investment product or its price changed"),
  cash_investment_product_created: resource(CashInvestmentProduct, "The operator added a cash investment product"),
  cash_investment_product_updated: resource(CashInvestmentProduct, "A cash investment product changed"),
  portfolio_template_created: resource(PortfolioTemplate, "A portfolio template was created"),
  portfolio_template_updated: resource(PortfolioTemplate, "A portfolio template changed"),
  webhook_disabled: resource(Webhook, "A webhook endpoint was disabled (410 Gone, or failing for 5 days)"),
  clock_advanced: resource(ClockAdvancedPayload, "A sandbox test clock finished an advance (or a detach)"),
  tax_year_started: resource(TaxYearStartedPayload, "A UK tax year started (after the day-close of 5 April); account counters were reset"),
  job_failed: resource(JobFailedPayload, "A scheduled job failed for the third time; it is retried with backoff"),
  counterparty_created: resource(Counterparty, "The operator added a counterparty bank"),
  counterparty_updated: resource(Counterparty, "A counterparty bank changed"),
  transfer_in_created: resource(Transfer, "A transfer in was created (Coffer extension)"),
  transfer_in_updated: resource(Transfer, "A transfer in changed status, was cancelled or had its cash booked (Coffer extension)"),
  distribution_partner_created: resource(DistributionPartner, "A distribution partner was created"),
  distribution_partner_updated: resource(DistributionPartner, "A distribution partner changed"),
  distribution_partner_assigned: resource(DistributionPartnerAssignment, "A distribution partner was assigned to an investor or an account"),
  recurring_contribution_authorization_url_received: resource(RecurringContribution, "A direct-debit contribution waits for its mandate: service_provider_params carries authorization_url and request_id"),
  recurring_contribution_activated: resource(RecurringContribution, "A recurring contribution became Active (manual at once; direct debit once the mandate is approved)"),
  recurring_contribution_rejected: resource(RecurringContribution, "The payer rejected a direct-debit mandate (status Rejected, with a reason)"),
  recurring_contribution_updated: resource(RecurringContribution, "A recurring contribution changed: amount or name, a pause, or its mandate was replaced"),
  recurring_contribution_resumed: resource(RecurringContribution, "A paused recurring contribution is Active again (early, or after its paused cycles)"),
  recurring_contribution_cancelled: resource(RecurringContribution, "A recurring contribution was cancelled (terminal)"),
  recurring_contribution_finished: resource(RecurringContribution, "A recurring contribution raised its last collection (count or end date reached)"),
  bulk_payment_update: resource(BulkPaymentUpdatePayload, "A payment batch changed status (erroneous_payments when its creation failed)"),
  investor_summary: resource(ReconciliationSummary, "An investor reconciliation job finished: its counts"),
  investor_mismatch: resource(InvestorMismatch, "An investor row differs from Coffer's investor, or has none"),
  pot_summary: resource(ReconciliationSummary, "A pot reconciliation job finished: its counts"),
  pot_mismatch: resource(PotMismatch, "A pot row differs from Coffer's pot, or has none"),
  transaction_summary: resource(TransactionSummary, "A transaction reconciliation (or ingestion) job finished: its counts"),
  transaction_mismatch: resource(TransactionMismatch, "A transaction row differs from Coffer's, has none, or Coffer's has no row"),
  transaction_ingestion_failure: resource(TransactionIngestionFailure, "A transaction row could not be read or booked"),
  transaction_ignored: resource(TransactionIgnored, "A transaction row was already booked: ignored"),
  holdings_summary: resource(ReconciliationSummary, "A holding reconciliation job finished: its counts"),
  holding_mismatch: resource(HoldingMismatch, "A holding row differs from the pot's holding, or the pot holds no such product"),
  HMRC_LISA_investor_creation_failed: resource(LisaRegistrationPayload, "HMRC could not register the LISA investor (the account's hmrc_data says why)"),
  HMRC_LISA_account_creation_failed: resource(LisaRegistrationPayload, "HMRC registered the LISA investor but not the account"),
  HMRC_LISA_account_creation_successful: resource(LisaRegistrationPayload, "HMRC registered the LISA investor and account (lisa_investor_reference)"),
  fee_code_created: resource(FeeCode, "The operator added a recurring-fee code"),
  fee_code_updated: resource(FeeCode, "A fee code changed or was deactivated"),
  fee_setup_created: resource(FeeSetup, "The operator added a recurring-fee setup"),
  fee_setup_updated: resource(FeeSetup, "A fee setup changed or was deactivated"),
  fee_exemption_created: resource(FeeExemption, "The operator added a fee exemption"),
  fee_exemption_updated: resource(FeeExemption, "A fee exemption changed or was deactivated"),
};
