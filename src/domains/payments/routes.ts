import { createRoute } from "@hono/zod-openapi";
import { createRouter, IdempotencyHeader, jsonContent, problemResponses, TENANT_SECURITY, TENANT_WRITE_PROBLEMS } from "../../platform/openapi";
import { sendCommand } from "../../tenant/client";
import { CreatePaymentBody, Payment, PaymentParams, UpdatePaymentStatusBody } from "./schema";

const tags = ["Payments"];

const createPaymentRoute = createRoute({
  method: "post",
  path: "/tenant/payments/v1",
  tags,
  summary: "Create single payment intent",
  description:
    "Stripe (card) and TrueLayer (electronic_fund_transfer) payments start in pending_confirmation and are driven by the provider; manual payments (service_provider none) start in processing and are confirmed with PATCH. On success the cash lands in the pot; with purpose invest, buys follow.",
  security: TENANT_SECURITY,
  request: { headers: IdempotencyHeader, body: { content: jsonContent(CreatePaymentBody), required: true } },
  responses: { 201: { description: "The payment", content: jsonContent(Payment) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
});

const updatePaymentStatusRoute = createRoute({
  method: "patch",
  path: "/tenant/payments/v1/{transaction_id}",
  tags,
  summary: "Update payment status",
  description: "Only payments in processing can move, to succeeded, cancelled or failed.",
  security: TENANT_SECURITY,
  request: { headers: IdempotencyHeader, params: PaymentParams, body: { content: jsonContent(UpdatePaymentStatusBody), required: true } },
  responses: { 200: { description: "The payment", content: jsonContent(Payment) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
});

/** Payment writes (reads live in read-routes.ts). */
export const paymentRoutes = createRouter()
  .openapi(createPaymentRoute, (c) => {
    const body = c.req.valid("json");
    return sendCommand(c, "payment.create", body, { wealthosRequestId: body.request_id }) as never;
  })
  .openapi(updatePaymentStatusRoute, (c) =>
    sendCommand(c, "payment.update_status", { ...c.req.valid("json"), transaction_id: c.req.valid("param").transaction_id }) as never,
  );
