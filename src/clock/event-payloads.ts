import { z } from "@hono/zod-openapi";

/** Payload of `clock_advanced`: the clock once an advance (or a detach) has completed. */
export const ClockAdvancedPayload = z
  .object({
    mode: z.enum(["wall", "test"]),
    now: z.string().openapi({ description: "ISO-8601 UTC: where the clock stands" }),
    operational_date: z.string().openapi({ description: "YYYY-MM-DD in the tenant's time zone" }),
  })
  .openapi("ClockAdvancedPayload");

/** Payload of `tax_year_started`. */
export const TaxYearStartedPayload = z
  .object({
    tax_year: z.string().openapi({ description: "The year the tax year starts in: 2026 runs from 6 April 2026 to 5 April 2027", example: "2026" }),
    starts_on: z.string(),
    ends_on: z.string(),
  })
  .openapi("TaxYearStartedPayload");

/** Payload of `job_failed`: a scheduled job failed for the third time (it is still retried). */
export const JobFailedPayload = z
  .object({
    job_kind: z.string(),
    job_key: z.string(),
    failures: z.number().int(),
    due_at: z.string(),
    next_attempt_at: z.string(),
    error: z.string(),
  })
  .openapi("JobFailedPayload");
