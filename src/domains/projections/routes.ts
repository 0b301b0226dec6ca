import { createRoute, type z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { requestToday } from "../../clock/request-clock";
import type { AppEnv } from "../../platform/app-env";
import { ApiError } from "../../platform/errors/api-error";
import { createRouter, IdempotencyHeader, jsonContent, problemResponses, TENANT_SECURITY } from "../../platform/openapi";
import { projectAccumulation } from "./accumulation";
import { projectDrawdown } from "./drawdown";
import type { Outcome } from "./plan";
import { AccumulationBody, AccumulationResult, DrawdownBody, DrawdownResult } from "./schemas";

/**
 * The two stateless pension calculators (WealthOS #85–86). They read "today" from the tenant's
 * clock and nothing else: no command, no state, no event. POST as WealthOS has them; an
 * `Idempotency-Key` is accepted (checked as on every tenant write) but has nothing to replay.
 */

const STATELESS =
  "A stateless calculator: nothing is stored and no event is sent. Amounts and rates are JSON numbers read from their shortest decimal text " +
  "(at most 2 decimal places, else 400 naming the field); computed amounts are answered rounded half-even to 2 decimals. \"Today\" is the tenant's " +
  "operational date (its test clock on a sandbox tenant). An Idempotency-Key, if sent, must be a UUID v4 and is otherwise ignored.";

const PROBLEMS = [400, 401, 413, 415, 429] as const;

function calculatorRoute(path: string, summary: string, description: string, body: z.ZodType, result: z.ZodType) {
  return createRoute({
    method: "post",
    path,
    tags: ["Projections"],
    summary,
    description: `${description} ${STATELESS}`,
    security: TENANT_SECURITY,
    request: { headers: IdempotencyHeader, body: { content: jsonContent(body), required: true } },
    responses: { 201: { description: "The projection", content: jsonContent(result) }, ...problemResponses(...PROBLEMS) },
  });
}

const ACCUMULATION =
  "Projects a SIPP in accumulation: the pot at the end of the requested coverage years (default the 1st, 3rd and 5th, each only if before the retirement year) " +
  "and of the retirement year (intended_retirement_age less the current age). 400 naming intended_retirement_age when it is not greater than the investor's current age.";
const DRAWDOWN =
  "Projects a SIPP in drawdown: the pot at the end of the requested coverage years (default the 5th and 10th and the year the pot runs out), and " +
  "age_pension_runout, the investor's age in the month the pot runs out, or \"The pension will last beyond the 100th year\". 400 naming date_of_birth " +
  "for investors aged 100 or more, and one_off_withdrawal when it is more than the pot plus one_off_payment and transfer_in.";

/** Answers a calculator's outcome: 201 with the projection, or 400 naming the fields. */
function answer<T>(c: Context<AppEnv>, outcome: Outcome<T>): Response {
  if (!outcome.ok) throw ApiError.validation(outcome.errors);
  return c.json(outcome.answer as object, 201);
}

/** `POST /tenant/projections/v1/accumulate` (WealthOS's path; `/accumulation` too) and `/drawdown`. */
export const projectionRoutes = createRouter();

for (const [path, summary, extra] of [
  ["/tenant/projections/v1/accumulate", "Projection accumulation (BETA)", ""],
  ["/tenant/projections/v1/accumulation", "Projection accumulation (BETA), alternative path", " The same operation as /tenant/projections/v1/accumulate."],
] as const) {
  projectionRoutes.openapi(calculatorRoute(path, summary, ACCUMULATION + extra, AccumulationBody, AccumulationResult), async (c) => {
    const body = c.req.valid("json") as z.infer<typeof AccumulationBody>;
    return answer(c, projectAccumulation(body, await requestToday(c))) as never;
  });
}

projectionRoutes.openapi(calculatorRoute("/tenant/projections/v1/drawdown", "Projection drawdown (BETA)", DRAWDOWN, DrawdownBody, DrawdownResult), async (c) => {
  const body = c.req.valid("json") as z.infer<typeof DrawdownBody>;
  return answer(c, projectDrawdown(body, await requestToday(c))) as never;
});
