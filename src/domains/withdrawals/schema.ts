import { z } from "@hono/zod-openapi";
import { decimalString } from "../../platform/wire-decimals";

export const WITHDRAWAL_TYPES = ["Withdrawal", "Income Withdrawal", "Closing withdrawal"] as const;

export const WithdrawalBody = z
  .object({
    request_id: z.uuid(),
    pot_id: z.string().min(1).max(64),
    currency: z.string().length(3),
    transaction_value: decimalString(2),
    sub_transaction_type: z.enum(WITHDRAWAL_TYPES),
    bank_account_id: z.string().min(1).max(64),
    first_home_purchase: z.boolean().optional().openapi({ description: "LISA only: the withdrawal buys a first home, so no withdrawal charge applies (Coffer addition)" }),
  })
  .openapi("WithdrawalBody");
