import { methodNotAllowed } from "hono/method-not-allowed";
import { adminRoutes } from "./domains/admin/routes";
import { bankAccountRoutes } from "./domains/bank-accounts/routes";
import { greetingRoutes } from "./domains/greeting/routes";
import { investorRoutes } from "./domains/investors/routes";
import { adminAuth, tenantAuth } from "./platform/auth";
import { jsonBody } from "./platform/body";
import { idempotencyKeyHeader } from "./platform/idempotency";
import { documentationRoutes } from "./platform/documentation";
import { handleError, handleMethodNotAllowed, handleNotFound } from "./platform/errors/handler";
import { createRouter, registerSecuritySchemes } from "./platform/openapi";
import { rateLimit } from "./platform/rate-limit-middleware";
import { requestId } from "./platform/request-id";
import { streamRoutes } from "./streams/routes";

/** Builds the Worker's app: middleware in order, every domain mounted, errors handled in one place. */
export function createApp() {
  const app = createRouter();
  registerSecuritySchemes(app);

  app.use("*", requestId);
  app.use("*", methodNotAllowed({ app, onMethodNotAllowed: handleMethodNotAllowed }));
  app.use("/admin/*", adminAuth, jsonBody);
  app.use("/tenant/*", tenantAuth, rateLimit, jsonBody, idempotencyKeyHeader);
  app.use("/ws", tenantAuth, rateLimit);

  app.route("/", adminRoutes);
  app.route("/", greetingRoutes);
  app.route("/", investorRoutes);
  app.route("/", bankAccountRoutes);
  app.route("/", streamRoutes);
  app.route("/", documentationRoutes(app));

  app.notFound(handleNotFound);
  app.onError(handleError);
  return app;
}
