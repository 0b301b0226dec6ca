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
import type { CommandRegistry } from "./tenant/commands";
import { WEBHOOK_COMMANDS } from "./webhooks/commands";
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
  "fee_code.put": putFeeCode,
  "fee_code.deactivate": deactivateFeeCode,
  "fee_setup.put": putFeeSetup,
  "fee_setup.deactivate": deactivateFeeSetup,
  "fee_exemption.put": putFeeExemption,
  "fee_exemption.deactivate": deactivateFeeExemption,
  "fee_settings.put": putFeeSettings,
};
