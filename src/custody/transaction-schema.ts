import { z } from "@hono/zod-openapi";
import { wireDate, wireDateTime } from "../platform/wire-resources";

/**
 * A transaction on the wire (pot transactions, `/transactions/v1`, the `transactions` channel).
 * Optional fields without a value are omitted (none is nullable in WealthOS); the members
 * after `additional_external_details` belong to one kind of transaction each.
 */
export const Transaction = z
  .object({
    transaction_id: z.string(),
    parent_transaction_id: z.string().optional(),
    aggregated_transaction_id: z.string().optional(),
    external_transaction_reference: z.string().optional(),
    client_order_id: z.string().optional(),
    pot_id: z.string(),
    investment_product_id: z.string(),
    primary_transaction_type: z.string(),
    sub_transaction_type: z.string(),
    type: z.enum(["pending", "archived"]),
    sub_type: z.string(),
    currency: z.string(),
    direction: z.enum(["in", "out"]),
    transaction_quantity: z.string().optional(),
    transaction_value: z.string().optional().openapi({ description: "A decimal string (WealthOS types it a number on /transactions/v1 only; its examples use strings)" }),
    execution_price: z.string().optional(),
    trade_date: wireDate.optional(),
    settlement_date: wireDate.optional(),
    origin: z.string(),
    source_id: z.string().optional(),
    reason: z.string().optional(),
    additional_external_details: z.record(z.string(), z.unknown()),
    fee_origin_pot: z.string().optional().openapi({ description: "Fees: the pot the fee was charged from" }),
    selldown_triggered: z.boolean().optional().openapi({ description: "Fees: whether units were sold to pay the fee" }),
    selldown_transaction_details: z
      .array(z.object({ transaction_id: z.string(), investment_product_id: z.string(), transaction_quantity: z.string().optional() }))
      .optional()
      .openapi({ description: "Fees: the sell-downs that pay the fee" }),
    withdrawal_charge_applicable: z.boolean().optional().openapi({ description: "Withdrawals" }),
    withdrawal_charge: z.string().optional().openapi({ description: "Withdrawals" }),
    effective_transaction_value: z.string().optional().openapi({ description: "Externally booked trades" }),
    deposit_reference: z.string().optional().openapi({ description: "Cash deposits, redemptions and their interest: the deposit (CDR-…)" }),
    counterparty_id: z.string().optional().openapi({ description: "Cash deposit buys: the counterparty bank" }),
    is_a_topup: z.boolean().optional().openapi({ description: "Cash deposit buys: whether it tops up an existing deposit" }),
    redemption_type: z.enum(["partial", "full"]).optional().openapi({ description: "Cash deposit redemptions" }),
    tax_transaction_id: z.string().optional().openapi({ description: "Pension withdrawals (PAYE)" }),
    net_transaction_value: z.string().optional().openapi({ description: "Pension withdrawals (PAYE)" }),
    tax_payable_on_transaction: z.string().optional().openapi({ description: "Pension withdrawals (PAYE)" }),
    total_withdrawal_for_tax_period: z.string().optional().openapi({ description: "Pension withdrawals (PAYE)" }),
    tax_free_allowance_for_tax_period: z.string().optional().openapi({ description: "Pension withdrawals (PAYE)" }),
    additional_pay_ytd: z.string().optional().openapi({ description: "Pension withdrawals (PAYE)" }),
    taxable_withdrawal_for_tax_period: z.string().optional().openapi({ description: "Pension withdrawals (PAYE)" }),
    tax_payable_for_tax_period: z.string().optional().openapi({ description: "Pension withdrawals (PAYE)" }),
    tax_paid_for_tax_period: z.string().optional().openapi({ description: "Pension withdrawals (PAYE)" }),
    tax_unpaid_ytd: z.string().optional().openapi({ description: "Pension withdrawals (PAYE)" }),
    tax_overpaid_ytd: z.string().optional().openapi({ description: "Pension withdrawals (PAYE)" }),
    tax_code: z.string().optional().openapi({ description: "Pension withdrawals: the tax code PAYE was operated on (Coffer addition)" }),
    tax_free_amount: z.string().optional().openapi({ description: "UFPLS: the tax-free part of the payment (Coffer addition)" }),
    created_at: wireDateTime,
    updated_at: wireDateTime,
  })
  .openapi("Transaction");
