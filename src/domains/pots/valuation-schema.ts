import { z } from "@hono/zod-openapi";
import { calendarDate, PageQuery } from "../../platform/wire-fields";

/** The wire contract of pot values, holdings, value snapshots and pot transactions. */

const money = (example: string) => z.string().openapi({ example });

const potTotals = {
  total_value: money("600.00"),
  total_free_value: money("300.00"),
  total_locked_value: money("300.00"),
  total_cash_value: money("250.00"),
  total_free_cash_value: money("50.00"),
  total_locked_cash_value: money("200.00"),
};

export const PotValue = z
  .object({ pot_id: z.string().openapi({ example: "pot-UKW3452850" }), pot_currency: z.string().openapi({ example: "GBP" }), ...potTotals, settled_cash_position: money("250.00") })
  .openapi("PotValue");

export const PotHolding = z
  .object({
    investment_product_id: z.string().openapi({ description: "`cash` for cash", example: "GB0000495209" }),
    currency: z.string(),
    total_quantity: z.string().openapi({ description: "empty for cash" }),
    free_quantity: z.string(),
    locked_quantity: z.string(),
    total_value: z.string(),
    free_value: z.string(),
    locked_value: z.string(),
    investment_product_name: z.string(),
    price: z.string().openapi({ description: "latest close price; empty for cash" }),
    price_date: z.string(),
    average_book_cost: z.string().openapi({ description: "per unit; empty for cash" }),
    cost_of_holding: z.string(),
    settled_cash_position: z.string().openapi({ description: "cash only; empty for products" }),
    additional_external_details: z.record(z.string(), z.unknown()),
    pot_id: z.string(),
    price_currency: z.string().optional().openapi({ description: "Only for a product priced in another currency than the pot: the price's currency (values are in the pot's)" }),
    fx_rate_id: z.string().optional().openapi({ description: "The fx-spot pair the values were converted with (e.g. USDGBP)", example: "USDGBP" }),
    fx_rate: z.string().optional().openapi({ description: "That pair's latest rate (quote currency per unit of base)", example: "0.79000000" }),
    fx_rate_on_date: z.string().optional().openapi({ description: "The rate's date (YYYY-MM-DD)", example: "2026-11-20" }),
  })
  .openapi("PotHolding");

export const PotHoldings = z.object({ pot_id: z.string(), holdings: z.array(PotHolding) }).openapi("PotHoldings");

export const InvestorHoldings = z.object({ pots: z.array(PotHoldings) }).openapi("InvestorHoldings");

export const InvestorTotalValues = z
  .object({
    total_values: z.array(
      z.object({
        pot_currency: z.string(),
        ...potTotals,
        total_settled_cash_position: z.string(),
        pots: z.array(z.object({ pot_id: z.string() })),
      }),
    ),
  })
  .openapi("InvestorTotalValues");

export const PotsValues = z
  .object({
    pots_values: z.array(PotValue.extend({ date: calendarDate.openapi({ description: "the day the figures are for" }) }).openapi("PotValueOnDate")),
    next_page_available: z.boolean(),
  })
  .openapi("PotsValues");

export const PotIdParams = z.object({
  pot_id: z.string().min(1).max(64).openapi({ param: { name: "pot_id", in: "path" }, example: "pot-GYQ5423100" }),
});

export const InvestorQuery = z.object({ investor_id: z.string().min(1).max(64) });

export const PotsValuesQuery = z.object({
  date: calendarDate.optional().openapi({ description: "YYYY-MM-DD (operational date); omitted or today: current values; a past day: the snapshot of its day-close" }),
  page_size: PageQuery.shape.page_size,
  page_number: PageQuery.shape.page_number,
});

/** An ISO-8601 timestamp with a zone (`2021-08-12T07:54:47.011Z`) or a date (midnight UTC). */
const isoInstant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/, "must be an ISO-8601 timestamp, e.g. 2021-08-12T07:54:47.011Z")
  .refine((s) => !Number.isNaN(Date.parse(s)), "must be a real point in time")
  .openapi({ anyOf: [{ format: "date" }, { format: "date-time" }] });

export const PotTransactionsQuery = PageQuery.extend({
  from: isoInstant.optional().openapi({ description: "created at or after; default 2000-01-01T00:00:00.000Z" }),
  to: isoInstant.optional().openapi({ description: "created at or before; default now" }),
  sub_transaction_type: z.string().min(1).optional().openapi({ description: "one or more sub transaction types, comma-separated" }),
});
