import { createBankAccount, createOwnedBankAccounts, updateBankAccount } from "./domains/bank-accounts/commands";
import { makeCreateInvestor, updateInvestor } from "./domains/investors/commands";
import { makeCreateOrganisation, updateOrganisation } from "./domains/organisations/commands";
import { createWorkplaceEmployer, updateWorkplaceEmployer } from "./domains/workplace-employers/commands";
import { makeCreateContributingEmployer, updateContributingEmployer } from "./domains/contributing-employers/commands";
import { createThirdPartyPayer, updateThirdPartyPayer } from "./domains/third-party-payers/commands";
import { createInvestorAccount, updateInvestorAccount } from "./domains/investor-accounts/commands";
import { createFeeNomination, deleteFeeNomination, updateFeeNomination } from "./domains/fee-nominations/commands";
import { createPots, updatePot } from "./domains/pots/commands";
import { createPayment, updatePaymentStatus } from "./domains/payments/commands";
import { buy, createExternalTransaction, createFee, sell } from "./domains/trading/commands";
import { createWithdrawal } from "./domains/withdrawals/commands";
import { configureFinancialProduct } from "./domains/financial-products/commands";
import { publishInvestmentProductPrice, upsertInvestmentProduct } from "./domains/investment-products/commands";
import { upsertCashInvestmentProduct } from "./domains/cash-investment-products/commands";
import { createPortfolioTemplate, updatePortfolioTemplate } from "./domains/portfolio-templates/commands";
import { CLOCK_COMMANDS } from "./domains/sandbox-clock/commands";
import { createRecurringContribution } from "./domains/recurring-contributions/commands";
import {
  cancelRecurringContribution,
  decideMandate,
  pauseRecurringContribution,
  replaceMandate,
  resumeRecurringContribution,
  updateRecurringContribution,
} from "./domains/recurring-contributions/lifecycle";
import { cancelRecurringWithdrawal, createRecurringWithdrawal, updateRecurringWithdrawal } from "./domains/recurring-withdrawals/commands";
import { createPaymentBatch } from "./domains/bulk-payments/commands";
import { createInterPotTransfer } from "./domains/inter-pot-transfers/commands";
import { publishFxRate } from "./domains/rates/commands";
import { createSwitch } from "./domains/switches/commands";
import { evaluateRebalance, triggerRebalance } from "./domains/rebalance/commands";
import type { CommandRegistry } from "./tenant/commands";
import { WEBHOOK_COMMANDS } from "./webhooks/commands";
import { upsertCounterparty } from "./domains/counterparties/commands";
import { createDeposit, createRedemption, updateCashTransactionStatus } from "./domains/cash-deposits/commands";
import { cancelTransfer, createTransfer } from "./domains/transfers/commands";
import { setStaticData as setTransferNetworkStaticData } from "./domains/transfers/static-data";
import { assignPartner, createPartner, updatePartner } from "./domains/distribution-partners/commands";
import { configureInboundStore, makeRegisterFiles } from "./domains/files/commands";
import { startReconciliation } from "./domains/reconciliation/model";
import { createUfpls } from "./domains/pensions/ufpls";
import { createCrystallisation } from "./domains/pensions/crystallisation";
import { setTaxCode } from "./domains/pensions/tax-codes";
import { updateLisaWithdrawal } from "./domains/pensions/lisa";
import { setHmrcSettings } from "./domains/pensions/hmrc-settings";
import { onFlexibleAccess } from "./custody/pensions";
import { markMpaaTriggered } from "./domains/investors/mpaa";

// The first flexible pension withdrawal marks the investor's MPAA as triggered.
onFlexibleAccess(markMpaaTriggered);
import { deactivateFeeCode, deactivateFeeExemption, deactivateFeeSetup, putFeeCode, putFeeExemption, putFeeSettings, putFeeSetup } from "./domains/fees/commands";

/** Every command the tenant object runs, by name. Domains add theirs here; cross-domain wiring happens here too. */
export const COMMANDS: CommandRegistry = {
  ...WEBHOOK_COMMANDS,
  ...CLOCK_COMMANDS,
  "investor.create": makeCreateInvestor(createOwnedBankAccounts),
  "investor.update": updateInvestor,
  "bank_account.create": createBankAccount,
  "bank_account.update": updateBankAccount,
  "organisation.create": makeCreateOrganisation(createOwnedBankAccounts),
  "organisation.update": updateOrganisation,
  "workplace_employer.create": createWorkplaceEmployer,
  "workplace_employer.update": updateWorkplaceEmployer,
  "contributing_employer.create": makeCreateContributingEmployer(createOwnedBankAccounts),
  "contributing_employer.update": updateContributingEmployer,
  "third_party_payer.create": createThirdPartyPayer,
  "third_party_payer.update": updateThirdPartyPayer,
  "pot.create": createPots,
  "pot.update": updatePot,
  "payment.create": createPayment,
  "payment.update_status": updatePaymentStatus,
  "trade.buy": buy,
  "trade.sell": sell,
  "fee.create": createFee,
  "transaction.create": createExternalTransaction,
  "withdrawal.create": createWithdrawal,
  "investor_account.create": createInvestorAccount,
  "investor_account.update": updateInvestorAccount,
  "fee_nomination.create": createFeeNomination,
  "fee_nomination.update": updateFeeNomination,
  "fee_nomination.delete": deleteFeeNomination,
  "financial_product.configure": configureFinancialProduct,
  "investment_product.upsert": upsertInvestmentProduct,
  "investment_product.publish_price": publishInvestmentProductPrice,
  "cash_investment_product.upsert": upsertCashInvestmentProduct,
  "portfolio_template.create": createPortfolioTemplate,
  "portfolio_template.update": updatePortfolioTemplate,
  "counterparty.upsert": upsertCounterparty,
  "cash_deposit.create": createDeposit,
  "cash_deposit.redeem": createRedemption,
  "cash_deposit.update_status": updateCashTransactionStatus,
  "transfer_network.set_static_data": setTransferNetworkStaticData,
  "transfer_in.create": createTransfer,
  "transfer_in.cancel": cancelTransfer,
  "distribution_partner.create": createPartner,
  "distribution_partner.update": updatePartner,
  "distribution_partner.assign": assignPartner,
  "recurring_contribution.create": createRecurringContribution,
  "recurring_contribution.update": updateRecurringContribution,
  "recurring_contribution.pause": pauseRecurringContribution,
  "recurring_contribution.resume": resumeRecurringContribution,
  "recurring_contribution.cancel": cancelRecurringContribution,
  "recurring_contribution.mandate_decision": decideMandate,
  "recurring_contribution.replace_mandate": replaceMandate,
  "recurring_withdrawal.create": createRecurringWithdrawal,
  "recurring_withdrawal.update": updateRecurringWithdrawal,
  "recurring_withdrawal.cancel": cancelRecurringWithdrawal,
  "payment_batch.create": createPaymentBatch,
  "inter_pot_transfer.create": createInterPotTransfer,
  "fx_rate.publish": publishFxRate,
  "switch.create": createSwitch,
  "rebalance.evaluate": evaluateRebalance,
  "rebalance.trigger": triggerRebalance,
  // A file carrying a reconciliation tag starts its job as it is registered.
  "file.register": makeRegisterFiles(startReconciliation),
  "inbound_store.configure": configureInboundStore,
  "ufpls.create": createUfpls,
  "crystallisation.create": createCrystallisation,
  "tax_code.set": setTaxCode,
  "lisa_withdrawal.update": updateLisaWithdrawal,
  "hmrc_settings.set": setHmrcSettings,
  "fee_code.put": putFeeCode,
  "fee_code.deactivate": deactivateFeeCode,
  "fee_setup.put": putFeeSetup,
  "fee_setup.deactivate": deactivateFeeSetup,
  "fee_exemption.put": putFeeExemption,
  "fee_exemption.deactivate": deactivateFeeExemption,
  "fee_settings.put": putFeeSettings,
};
