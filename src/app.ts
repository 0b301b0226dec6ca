import { methodNotAllowed } from "hono/method-not-allowed";
import { adminRoutes } from "./domains/admin/routes";
import { bankAccountRoutes } from "./domains/bank-accounts/routes";
import { greetingRoutes } from "./domains/greeting/routes";
import { investorRoutes } from "./domains/investors/routes";
import { organisationRoutes } from "./domains/organisations/routes";
import { workplaceEmployerRoutes } from "./domains/workplace-employers/routes";
import { contributingEmployerRoutes } from "./domains/contributing-employers/routes";
import { thirdPartyPayerRoutes } from "./domains/third-party-payers/routes";
import { investorAccountRoutes } from "./domains/investor-accounts/routes";
import { feeNominationRoutes } from "./domains/fee-nominations/routes";
import { potValuationRoutes } from "./domains/pots/valuation-routes";
import { potTransactionRoutes } from "./domains/pots/pot-transaction-routes";
import { transactionListRoutes } from "./domains/transactions/list-routes";
import { paymentReadRoutes } from "./domains/payments/read-routes";
import { adminAuth, tenantAuth } from "./platform/auth";
import { jsonBody } from "./platform/body";
import { idempotencyKeyHeader } from "./platform/idempotency";
import { documentationRoutes } from "./platform/documentation";
import { documentEvents } from "./platform/event-webhooks";
import { EVENT_PAYLOADS } from "./events";
import { handleError, handleMethodNotAllowed, handleNotFound } from "./platform/errors/handler";
import { createRouter, registerSecuritySchemes } from "./platform/openapi";
import { rateLimit } from "./platform/rate-limit-middleware";
import { requestId } from "./platform/request-id";
import { responseValidation } from "./platform/response-validation";
import { streamRoutes } from "./streams/routes";
import { potRoutes } from "./domains/pots/routes";
import { paymentRoutes } from "./domains/payments/routes";
import { tradingRoutes } from "./domains/trading/routes";
import { withdrawalRoutes } from "./domains/withdrawals/routes";
import { webhookRoutes } from "./webhooks/routes";
import { financialProductRoutes } from "./domains/financial-products/routes";
import { investmentProductRoutes } from "./domains/investment-products/routes";
import { investmentProductAdminRoutes } from "./domains/investment-products/admin-routes";
import { cashInvestmentProductRoutes } from "./domains/cash-investment-products/routes";
import { portfolioTemplateRoutes } from "./domains/portfolio-templates/routes";
import { sandboxClockRoutes } from "./domains/sandbox-clock/routes";
import { feeRoutes } from "./domains/fees/routes";
import { feeAdminRoutes } from "./domains/fees/admin-routes";

/** Builds the Worker's app: middleware in order, every domain mounted, errors handled in one place. */
export function createApp() {
  const app = createRouter();
  registerSecuritySchemes(app);
  documentEvents(app, EVENT_PAYLOADS);

  app.use("*", requestId);
  app.use("*", responseValidation(app));
  app.use("*", methodNotAllowed({ app, onMethodNotAllowed: handleMethodNotAllowed }));
  app.use("/admin/*", adminAuth, jsonBody);
  app.use("/tenant/*", tenantAuth, rateLimit, jsonBody, idempotencyKeyHeader);
  app.use("/ws", tenantAuth, rateLimit);

  app.route("/", adminRoutes);
  app.route("/", greetingRoutes);
  app.route("/", investorRoutes);
  app.route("/", bankAccountRoutes);
  app.route("/", organisationRoutes);
  app.route("/", workplaceEmployerRoutes);
  app.route("/", contributingEmployerRoutes);
  app.route("/", thirdPartyPayerRoutes);
  app.route("/", investorAccountRoutes);
  app.route("/", feeNominationRoutes);
  // Before the pot CRUD routes: `/pots/v1/value|values|holdings` are not pot ids.
  app.route("/", potValuationRoutes);
  app.route("/", potTransactionRoutes);
  app.route("/", potRoutes);
  app.route("/", paymentRoutes);
  app.route("/", withdrawalRoutes);
  app.route("/", tradingRoutes);
  app.route("/", transactionListRoutes);
  app.route("/", paymentReadRoutes);
  app.route("/", streamRoutes);
  app.route("/", webhookRoutes);
  app.route("/", financialProductRoutes);
  app.route("/", investmentProductRoutes);
  app.route("/", investmentProductAdminRoutes);
  app.route("/", cashInvestmentProductRoutes);
  app.route("/", portfolioTemplateRoutes);
  app.route("/", sandboxClockRoutes);
  app.route("/", feeRoutes);
  app.route("/", feeAdminRoutes);
  app.route("/", documentationRoutes(app));

  app.notFound(handleNotFound);
  app.onError(handleError);
  return app;
}
