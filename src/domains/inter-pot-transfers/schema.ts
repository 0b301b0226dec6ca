import { z } from "@hono/zod-openapi";
import { Transaction } from "../../custody/transaction-schema";
import { decimalString } from "../../platform/wire-decimals";
import { PageQuery } from "../../platform/wire-fields";

/** The wire contract of inter-pot transfers (WealthOS #25–26, BETA). */

export const TRANSFER_ID_PATTERN = /^INT-[A-Z]{4}[0-9]{6}$/;

export const InterPotTransferBody = z
  .object({
    request_id: z.string().min(1).max(64).openapi({ example: "266ea41d-adf5-480b-af50-15b940c2b848" }),
    source_pot_id: z.string().min(1).max(64).openapi({ example: "pot-UKW3452850" }),
    destination_pot_id: z.string().min(1).max(64).openapi({ example: "pot-UBW627935" }),
    investment_product_id: z.string().min(1).max(64).openapi({ description: "`cash` for cash, else the investment product whose units move", example: "cash" }),
    amount: decimalString(4, { example: "8000.00" }).openapi({
      description: "Cash in the pots' currency (at most 2 decimals) or units (at most the product's quantity decimals)",
    }),
  })
  .openapi("InterPotTransferBody");
export type InterPotTransferInput = z.infer<typeof InterPotTransferBody>;

export const InterPotTransfer = z
  .object({
    transfer_id: z.string().openapi({ example: "INT-ABCD123456" }),
    source_pot_id: z.string(),
    destination_pot_id: z.string(),
    investment_product_id: z.string(),
    amount: z.string().openapi({ example: "8000.00" }),
    status: z.enum(["success"]),
    transactions: z.array(Transaction).openapi({ description: "The paired Internal Transfer Out (source) and In (destination) transactions" }),
    created_at: z.string().openapi({ format: "date-time" }),
  })
  .openapi("InterPotTransfer");

export const InterPotTransferQuery = PageQuery.extend({
  transfer_id: z.string().min(1).max(64).optional().openapi({ description: "A single transfer id (`INT-ABCD123456`)", example: "INT-ABCD123456" }),
});

export const InterPotTransferList = z
  .object({ inter_pot_transfers: z.array(InterPotTransfer), next_page_available: z.boolean() })
  .openapi("InterPotTransferList");
