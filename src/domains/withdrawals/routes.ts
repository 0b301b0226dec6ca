import { createRoute } from "@hono/zod-openapi";
import { Transaction } from "../../custody/transaction-schema";
import { createRouter, IdempotencyHeader, jsonContent, problemResponses, TENANT_SECURITY, TENANT_WRITE_PROBLEMS } from "../../platform/openapi";
import { sendCommand } from "../../tenant/client";
import { WithdrawalBody } from "./schema";

const tags = ["Withdrawals"];

function withdrawalRoute(path: string, summary: string) {
  return createRoute({
    method: "post",
    path,
    tags,
    summary,
    description: "Locks the cash and pays it out to the bank account (pending/scheduled → pending/submitted → archived/settled).",
    security: TENANT_SECURITY,
    request: { headers: IdempotencyHeader, body: { content: jsonContent(WithdrawalBody), required: true } },
    responses: { 201: { description: "The withdrawal transaction", content: jsonContent(Transaction) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
  });
}

/** Withdrawals (also at the older `/tenant/transactions/v1/withdrawal` path). */
export const withdrawalRoutes = createRouter()
  .openapi(withdrawalRoute("/tenant/withdrawals/v1", "Create single withdrawal"), (c) => {
    const body = c.req.valid("json");
    return sendCommand(c, "withdrawal.create", body, { wealthosRequestId: body.request_id }) as never;
  })
  .openapi(withdrawalRoute("/tenant/transactions/v1/withdrawal", "Create single withdrawal (older path)"), (c) => {
    const body = c.req.valid("json");
    return sendCommand(c, "withdrawal.create", body, { wealthosRequestId: body.request_id }) as never;
  });
