import { createRoute, type z } from "@hono/zod-openapi";
import { createRouter, IdempotencyHeader, jsonContent, problemResponses, TENANT_SECURITY, TENANT_WRITE_PROBLEMS } from "../../platform/openapi";
import { sendCommand } from "../../tenant/client";
import { BuyBody, CreatedTransaction, ExternalTransactionBody, FeeBody, SellBody, TradeResponse, Transaction } from "./schema";

const tags = ["Transactions"];

function post<B extends z.ZodType, R extends z.ZodType>(path: string, summary: string, description: string, body: B, response: R) {
  return createRoute({
    method: "post",
    path,
    tags,
    summary,
    description,
    security: TENANT_SECURITY,
    request: { headers: IdempotencyHeader, body: { content: jsonContent(body), required: true } },
    responses: { 201: { description: summary, content: jsonContent(response) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
  });
}

const buyRoute = post(
  "/tenant/transactions/v1/buy",
  "Execute buy transaction(s)",
  "Each instruction locks its cash and is filled by the execution venue at the product's current price; it settles at trade date + the product's settlement_date_offset business days. Per-instruction results; 422 when none can be accepted.",
  BuyBody,
  TradeResponse,
);
const sellRoute = post(
  "/tenant/transactions/v1/sell",
  "Execute sell transaction(s)",
  "Each instruction locks its units until settlement, when the proceeds arrive as free cash. Per-instruction results; 422 when none can be accepted.",
  SellBody,
  TradeResponse,
);
const feeRoute = post(
  "/tenant/transactions/v1/fee",
  "Create fee transaction",
  "Settles at once from free cash; when cash is short, free holdings are sold down first (selldown_triggered) and the fee settles when the sales do. A fee nomination moves the charge to the nominee pot.",
  FeeBody,
  Transaction,
);
const createRouteDef = post(
  "/tenant/transactions/v1",
  "Create transaction",
  "Books a Buy, Sell, Withdrawal (ISA pots) or Interest executed outside Coffer; holdings change at once. settlement_date must be today or in the past.",
  ExternalTransactionBody,
  CreatedTransaction,
);

/** Trading, fees and external bookings: every one a command run by the tenant object. */
export const tradingRoutes = createRouter()
  .openapi(buyRoute, (c) => {
    const body = c.req.valid("json");
    return sendCommand(c, "trade.buy", body, { wealthosRequestId: body.request_id }) as never;
  })
  .openapi(sellRoute, (c) => {
    const body = c.req.valid("json");
    return sendCommand(c, "trade.sell", body, { wealthosRequestId: body.request_id }) as never;
  })
  .openapi(feeRoute, (c) => {
    const body = c.req.valid("json");
    return sendCommand(c, "fee.create", body, { wealthosRequestId: body.request_id }) as never;
  })
  .openapi(createRouteDef, (c) => {
    const body = c.req.valid("json");
    return sendCommand(c, "transaction.create", body, { wealthosRequestId: body.request_id }) as never;
  });
