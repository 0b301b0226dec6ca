import { createRoute, type z } from "@hono/zod-openapi";
import { database } from "../../db/client";
import { listResources, term, type Term } from "../../db/resources";
import { csvValues } from "../../platform/list-filters";
import { createRouter, IdempotencyHeader, jsonContent, problemResponses, TENANT_PROBLEMS, TENANT_SECURITY, TENANT_WRITE_PROBLEMS } from "../../platform/openapi";
import { paged, pageRequest, type Paging } from "../../platform/pagination";
import { sendCommand } from "../../tenant/client";
import {
  CancelRecurringContributionBody,
  ContributionParams,
  CreateRecurringContributionBody,
  ListRecurringContributionsQuery,
  PauseRecurringContributionBody,
  RecurringContribution,
  RecurringContributionList,
  ResumeRecurringContributionBody,
  UpdateRecurringContributionBody,
} from "./schema";
import { RECURRING_CONTRIBUTION, toRecurringContribution, type RecurringContributionData } from "./serialize";

const tags = ["Recurring Contributions"];
const PATH = "/tenant/recurring-contributions/v1";
const PAGING: Paging = { pageSize: 1000, maxPageSize: 8000 };

const createContributionRoute = createRoute({
  method: "post",
  path: PATH,
  tags,
  summary: "Create recurring contribution",
  description:
    "Manual contributions (payment_type manual, service_provider none) are Active at once and the scheduler raises each collection, confirmed by PATCH on the payment. " +
    "Direct debits (gocardless; sandbox tenants) start Pending: `recurring_contribution_authorization_url_received` carries the mandate's authorization_url, which the payer opens to approve or reject it.",
  security: TENANT_SECURITY,
  request: { headers: IdempotencyHeader, body: { content: jsonContent(CreateRecurringContributionBody), required: true } },
  responses: { 201: { description: "The contribution", content: jsonContent(RecurringContribution) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
});

const listContributionsRoute = createRoute({
  method: "get",
  path: PATH,
  tags,
  summary: "Get all recurring contributions",
  description: "Filters combine; `status` takes comma-separated values. Paging defaults 1000/1, max 8000; `sort` by creation time, default desc.",
  security: TENANT_SECURITY,
  request: { query: paged(ListRecurringContributionsQuery, PAGING) },
  responses: { 200: { description: "A page of recurring contributions", content: jsonContent(RecurringContributionList) }, ...problemResponses(...TENANT_PROBLEMS) },
});

function actionRoute(method: "post" | "patch", suffix: string, summary: string, description: string, body: z.ZodType) {
  return createRoute({
    method,
    path: `${PATH}/{contribution_id}${suffix}`,
    tags,
    summary,
    description,
    security: TENANT_SECURITY,
    request: { headers: IdempotencyHeader, params: ContributionParams, body: { content: jsonContent(body), required: true } },
    responses: { 200: { description: "The contribution", content: jsonContent(RecurringContribution) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
  });
}

const updateRoute = actionRoute("patch", "", "Update recurring contribution", "Amount (at least the product minimum) and name of an Active contribution; `reference_version`, when sent, must be the current one.", UpdateRecurringContributionBody);
const pauseRoute = actionRoute("post", "/pause", "Pause recurring contribution", "Active only: the next `pause_cycles` collections are skipped, then the contribution is Active again by itself (`recurring_contribution_resumed`).", PauseRecurringContributionBody);
const resumeRoute = actionRoute("post", "/resume", "Resume recurring contribution", "Paused only: Active again at once; skipped dates are not made up.", ResumeRecurringContributionBody);
const cancelRoute = actionRoute("post", "/cancel", "Cancel recurring contribution", "From Pending, Active or Paused; terminal. Collections already raised run their course.", CancelRecurringContributionBody);

function filters(q: z.infer<typeof ListRecurringContributionsQuery>): Term[] {
  const terms: Term[] = [];
  for (const field of ["contribution_id", "investor_id", "financial_product_id", "status", "sub_transaction_type", "payment_type"] as const) {
    const value = q[field];
    if (value !== undefined) terms.push(term(field, field === "status" ? csvValues(value) : value));
  }
  return terms;
}

/** Recurring contributions: writes go to the tenant object, the list comes from D1. */
export const recurringContributionRoutes = createRouter()
  .openapi(createContributionRoute, (c) => {
    const body = c.req.valid("json");
    return sendCommand(c, "recurring_contribution.create", { ...body, page_origin: new URL(c.req.url).origin }, { wealthosRequestId: body.request_id }) as never;
  })
  .openapi(listContributionsRoute, async (c) => {
    const query = c.req.valid("query");
    const { items, nextPageAvailable } = await listResources<RecurringContributionData>(database(c.env.DB), c.get("tenant").id, RECURRING_CONTRIBUTION, pageRequest(query, PAGING), {
      ...(query.pot_id !== undefined ? { ownerId: query.pot_id } : {}),
      terms: filters(query),
    });
    return c.json({ recurring_contributions: items.map(toRecurringContribution), next_page_available: nextPageAvailable } as never, 200);
  })
  .openapi(updateRoute, (c) => sendCommand(c, "recurring_contribution.update", { ...(c.req.valid("json") as Record<string, unknown>), contribution_id: c.req.valid("param").contribution_id }) as never)
  .openapi(pauseRoute, (c) => sendCommand(c, "recurring_contribution.pause", { ...(c.req.valid("json") as Record<string, unknown>), contribution_id: c.req.valid("param").contribution_id }) as never)
  .openapi(resumeRoute, (c) => sendCommand(c, "recurring_contribution.resume", { ...(c.req.valid("json") as Record<string, unknown>), contribution_id: c.req.valid("param").contribution_id }) as never)
  .openapi(cancelRoute, (c) => sendCommand(c, "recurring_contribution.cancel", { ...(c.req.valid("json") as Record<string, unknown>), contribution_id: c.req.valid("param").contribution_id }) as never);
