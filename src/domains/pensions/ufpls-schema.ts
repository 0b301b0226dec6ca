import { z } from "@hono/zod-openapi";
import { decimalString } from "../../platform/wire-decimals";

export const UfplsBody = z
  .object({
    request_id: z.uuid(),
    investor_id: z.string().min(1).max(64),
    bank_account_id: z.string().min(1).max(64).optional().openapi({ description: "Defaults to the investor's default bank account; required when there is none" }),
    ufpls_instructions: z
      .array(z.object({ pot_id: z.string().min(1).max(64), value: decimalString(2) }).strict())
      .min(1)
      .max(50)
      .openapi({ description: "One lump sum per SIPP Accumulation pot: 25 % tax-free (within the LSA), 75 % taxed through PAYE" }),
  })
  .openapi("UfplsBody");

const Instruction = z.object({ pot_id: z.string(), value: z.string(), status: z.enum(["success", "failed"]) });
const Payout = z.object({
  pot_id: z.string(),
  transaction_id: z.string(),
  tax_transaction_id: z.string().optional(),
  gross_amount: z.string(),
  tax_free_amount: z.string(),
  taxable_amount: z.string(),
  tax_amount: z.string(),
  net_amount: z.string(),
});
const Failure = z.object({ pot_id: z.string(), value: z.string(), reason: z.string() });

export const UfplsWithdrawal = z
  .object({
    ufpls_withdrawal_id: z.string().openapi({ example: "UFPLS-AB24DE71" }),
    investor_id: z.string(),
    bank_account_id: z.string(),
    status: z.enum(["success", "partially_success"]),
    ufpls_request_information: z.array(Instruction),
    ufpls_payout: z.array(Payout),
    failed_requests: z.array(Failure),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .openapi("UfplsWithdrawal");

export type UfplsData = Omit<z.infer<typeof UfplsWithdrawal>, "ufpls_withdrawal_id" | "created_at" | "updated_at">;
