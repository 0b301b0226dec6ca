import { z } from "@hono/zod-openapi";
import { calendarDate } from "../../platform/wire-fields";
import { FREQUENCIES } from "./engine";
import { MAX_AMOUNT, wireNumber } from "./wire-numbers";

/** What drawdown answers when the pot outlives the horizon (WealthOS's wording). */
export const BEYOND_100 = "The pension will last beyond the 100th year";
/** Inflation assumed when the request gives none (percent a year). */
export const DEFAULT_INFLATION_RATE = 2;

const amount = (description: string, min = 0) => wireNumber({ min, max: MAX_AMOUNT, description: `${description} At most 2 decimal places.`, example: 500 });
const percent = (description: string, min: number) => wireNumber({ min, max: 100, description: `${description} At most 2 decimal places.`, example: 2.5 });
const frequency = z.enum(FREQUENCIES).openapi({ description: "Monthly (WealthOS); Quarterly and Annually are Coffer additions" });

export const RecurringAmount = z
  .object({
    frequency,
    amount: amount("Paid at the end of every period (every month, every third month, every twelfth month).", 0.01),
  })
  .openapi("ProjectionRecurringAmount");

export const ProjectionFee = z
  .object({
    fee_type: z.string().min(1).max(100).openapi({ example: "Platform fee" }),
    frequency,
    amount: percent("Annual fee as a percentage of the pot, charged at its frequency (a 1.2 % annual fee charged monthly takes 0.1 % a month).", 0),
  })
  .openapi("ProjectionFee");

const coverageYears = z
  .array(z.number({ error: "must be an integer" }).int("must be an integer").min(1, "must be at least 1").max(99, "must be less than 100"))
  .max(99)
  .openapi({ description: "Years (whole years from today) to project to. Positive integers less than 100." });

/** Fields both calculators take. */
const common = {
  name: z.string({ error: "is required" }).min(1).max(100).openapi({ description: "Name of the investor", example: "David Brown" }),
  date_of_birth: calendarDate.openapi({ description: "Today or an earlier date", example: "1983-07-19" }),
  current_pension_value: amount("Current value of the pension pot."),
  growth_rate: percent("Annual growth rate of the pot, a percentage, compounded monthly (may be negative).", -100),
  recurring_contributions: z.array(RecurringAmount).max(20).optional(),
  one_off_payment: amount("Added to the initial value (face value).").optional(),
  transfer_in: amount("Added to the initial value (face value).").optional(),
  fees: z.array(ProjectionFee).max(20).optional(),
  inflation_rate: percent("Coffer addition: inflation assumed for `value_in_todays_money`, a percentage a year (default 2).", -99.99).optional(),
};

export const AccumulationBody = z
  .object({
    ...common,
    intended_retirement_age: z
      .number({ error: "must be an integer" })
      .int("must be an integer")
      .min(1, "must be at least 1")
      .max(100, "must be at most 100")
      .openapi({ description: "At most 100 and greater than the investor's current age" }),
    projection_coverage_years: coverageYears.optional(),
  })
  .openapi("ProjectionAccumulationRequest");

export const DrawdownBody = z
  .object({
    ...common,
    one_off_withdrawal: amount("Deducted from the initial value; at most the pot plus one-off payment and transfer in.").optional(),
    recurring_withdrawals: z.array(RecurringAmount).max(20).optional(),
    projection_coverage_years: coverageYears.optional(),
  })
  .openapi("ProjectionDrawdownRequest");

export type AccumulationRequest = z.infer<typeof AccumulationBody>;
export type DrawdownRequest = z.infer<typeof DrawdownBody>;

export const PensionProjection = z
  .object({
    coverage_year: z.number().int().openapi({ description: "Whole years from today" }),
    date: z.string().openapi({ format: "date", description: "Today plus coverage_year years" }),
    value: z.number().openapi({ description: "The pot at the end of that year, at most 2 decimal places" }),
    value_in_todays_money: z.number().openapi({ description: "Coffer addition: value deflated by inflation_rate for coverage_year years" }),
  })
  .openapi("PensionProjection");

const EchoedRecurringAmount = z.object({ frequency, amount: z.number() }).openapi("ProjectionRecurringAmountEcho");
const EchoedFee = z.object({ fee_type: z.string(), frequency, amount: z.number() }).openapi("ProjectionFeeEcho");

/** The request fields, echoed in the answer as they were read. */
const echo = {
  name: z.string(),
  date_of_birth: z.string().openapi({ format: "date" }),
  current_pension_value: z.number(),
  growth_rate: z.number(),
  recurring_contributions: z.array(EchoedRecurringAmount).optional(),
  one_off_payment: z.number().optional(),
  transfer_in: z.number().optional(),
  fees: z.array(EchoedFee).optional(),
  projection_coverage_years: z.array(z.number().int()).optional(),
};

export const AccumulationResult = z
  .object({
    ...echo,
    intended_retirement_age: z.number().int(),
    pension_projections: z.array(PensionProjection),
    inflation_rate: z.number(),
  })
  .openapi("ProjectionAccumulation");

export const DrawdownResult = z
  .object({
    ...echo,
    one_off_withdrawal: z.number().optional(),
    recurring_withdrawals: z.array(EchoedRecurringAmount).optional(),
    age_pension_runout: z
      .union([z.number().int(), z.literal(BEYOND_100)])
      .openapi({ description: `The investor's age in the month the pot runs out, or "${BEYOND_100}"` }),
    pension_projections: z.array(PensionProjection),
    inflation_rate: z.number(),
  })
  .openapi("ProjectionDrawdown");

export type AccumulationAnswer = z.infer<typeof AccumulationResult>;
export type DrawdownAnswer = z.infer<typeof DrawdownResult>;
