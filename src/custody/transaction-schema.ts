import { z } from "@hono/zod-openapi";

/** A transaction on the wire (pot transactions, `/transactions/v1`, the `transactions` channel). */
export const Transaction = z
  .object({
    transaction_id: z.string(),
    parent_transaction_id: z.string().nullable(),
    aggregated_transaction_id: z.string().nullable(),
    external_transaction_reference: z.string().nullable(),
    client_order_id: z.string().nullable(),
    pot_id: z.string(),
    investment_product_id: z.string(),
    primary_transaction_type: z.string(),
    sub_transaction_type: z.string(),
    type: z.enum(["pending", "archived"]),
    sub_type: z.string(),
    currency: z.string(),
    direction: z.enum(["in", "out"]),
    transaction_quantity: z.string().nullable(),
    transaction_value: z.string().nullable(),
    execution_price: z.string().nullable(),
    trade_date: z.string().nullable(),
    settlement_date: z.string().nullable(),
    origin: z.string(),
    source_id: z.string().nullable(),
    reason: z.string().nullable(),
    additional_external_details: z.record(z.string(), z.unknown()),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .passthrough()
  .openapi("Transaction");
