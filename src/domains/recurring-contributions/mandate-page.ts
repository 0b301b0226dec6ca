/**
 * The sandbox direct-debit authorisation page: what the payer opens from `authorization_url`.
 * Served on the tenant's host without the API key (the unguessable token in the URL is what
 * protects it), for sandbox tenants only. GET shows what would be authorised; a form POST with
 * `action=approve` or `action=reject` (form-encoded, or JSON) decides it through the tenant
 * object like any other command. Plus the partner's sandbox trigger that replaces a mandate.
 */
import { createRoute } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import { html } from "hono/html";
import { database } from "../../db/client";
import { findTenant } from "../../db/control-plane";
import { findResource } from "../../db/resources";
import { constantTimeEqual } from "../../platform/api-keys";
import type { AppEnv } from "../../platform/app-env";
import { ApiError } from "../../platform/errors/api-error";
import { createRouter, IdempotencyHeader, jsonContent, problemResponses, TENANT_SECURITY, TENANT_WRITE_PROBLEMS } from "../../platform/openapi";
import { resolveHost } from "../../platform/tenancy";
import { tenantFromRow } from "../../platform/tenants";
import { commandEnvelope, commandHttpResponse, sendCommand } from "../../tenant/client";
import type { CommandResponse } from "../../tenant/commands";
import { ContributionParams, RecurringContribution, ResumeRecurringContributionBody } from "./schema";
import { RECURRING_CONTRIBUTION, nextPaymentDates, type RecurringContributionData } from "./serialize";

/** Where the sandbox authorisation pages live on a tenant's host. */
export const MANDATE_PAGE_PATH = "/sandbox/direct-debit/v1/mandates/:contribution_id/:token";

/** Resolves the tenant from the Host (no API key here) and refuses live tenants. */
const sandboxTenantFromHost: MiddlewareHandler<AppEnv> = async (c, next) => {
  const target = resolveHost(new URL(c.req.url).host, c.env.BASE_DOMAIN);
  if (target.kind !== "tenant") throw new ApiError("tenant_not_found", `Mandate pages are served on {tenant}.${c.env.BASE_DOMAIN}`);
  const row = await findTenant(database(c.env.DB), target.tenantId);
  if (!row) throw new ApiError("tenant_not_found", `Tenant '${target.tenantId}' does not exist`);
  const tenant = tenantFromRow(row);
  if (tenant.config.environment !== "sandbox") throw new ApiError("sandbox_only", "The direct-debit authorisation page is a sandbox simulator; live mandates are authorised with the provider");
  c.set("tenant", tenant);
  await next();
};

async function contributionFor(c: Context<AppEnv>, id: string, token: string): Promise<RecurringContributionData> {
  const record = await findResource<RecurringContributionData>(database(c.env.DB), c.get("tenant").id, RECURRING_CONTRIBUTION, id);
  const stored = record?.data.internal.token;
  if (!record || !stored || !constantTimeEqual(stored, token)) {
    throw new ApiError("resource_not_found", "No mandate is waiting at this address", { errors: [{ field: "contribution_id", message: "unknown mandate" }] });
  }
  return record.data;
}

function page(data: RecurringContributionData, note: string) {
  const schedule = data.payment_schedule;
  const day = schedule.date === -1 ? "the last day" : `day ${schedule.date ?? Number(schedule.start_date.slice(8, 10))}`;
  const pending = data.status === "Pending";
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Direct Debit mandate (sandbox)</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem}dt{font-weight:600}button{font-size:1rem;margin-right:1rem;padding:.5rem 1rem}</style></head>
<body><h1>Set up a Direct Debit (sandbox)</h1>
<p>${note}</p>
<dl>
<dt>Contribution</dt><dd>${data.contribution_name} (${data.contribution_id})</dd>
<dt>Amount</dt><dd>${data.currency} ${data.amount} every ${schedule.interval} month(s) on ${day}, from ${schedule.start_date}${schedule.end_date ? ` to ${schedule.end_date}` : ""}${schedule.count ? `, ${schedule.count} payments` : ""}</dd>
<dt>Into pot</dt><dd>${data.pot_id}</dd>
<dt>First collections</dt><dd>${nextPaymentDates(data).join(", ") || "-"}</dd>
<dt>Status</dt><dd>${data.status}</dd>
</dl>
${pending
    ? html`<form method="post"><button name="action" value="approve">Approve mandate</button><button name="action" value="reject">Reject</button></form>`
    : ""}
</body></html>`;
}

async function decision(c: Context<AppEnv>): Promise<string | undefined> {
  const type = c.req.header("content-type") ?? "";
  if (type.includes("application/json")) {
    const body = (await c.req.json().catch(() => null)) as { action?: unknown } | null;
    return typeof body?.action === "string" ? body.action : undefined;
  }
  const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
  return typeof form.action === "string" ? form.action : undefined;
}

/** The authorisation page (GET) and the payer's decision (POST). */
export const mandatePageRoutes = createRouter();
mandatePageRoutes.use("/sandbox/direct-debit/*", sandboxTenantFromHost);
mandatePageRoutes.get(MANDATE_PAGE_PATH, async (c) => {
  const { contribution_id, token } = c.req.param();
  const data = await contributionFor(c, contribution_id, token);
  return c.html(page(data, data.status === "Pending" ? "Your wealth manager asks you to authorise this Direct Debit." : "This mandate has been decided."));
});
mandatePageRoutes.post(MANDATE_PAGE_PATH, async (c) => {
  const { contribution_id, token } = c.req.param();
  await contributionFor(c, contribution_id, token);
  const action = await decision(c);
  if (action !== "approve" && action !== "reject") {
    throw ApiError.validation([{ field: "action", message: "must be approve or reject" }]);
  }
  const input = { contribution_id, token, action };
  const envelope = await commandEnvelope(c, c.get("tenant"), "recurring_contribution.mandate_decision", input, input);
  const answer = (await c.env.TENANT.getByName(c.get("tenant").id).execute(envelope)) as unknown as CommandResponse;
  if (answer.status >= 400) return commandHttpResponse(answer);
  const data = answer.body as { status: string };
  const after = await contributionFor(c, contribution_id, token).catch(() => null);
  const note = action === "approve" ? `Mandate approved: the contribution is ${data.status}.` : "Mandate rejected.";
  return c.html(after ? page(after, note) : html`<p>${note}</p>`);
});

const replaceMandateRoute = createRoute({
  method: "post",
  path: "/tenant/sandbox/v1/recurring-contributions/{contribution_id}/replace-mandate",
  tags: ["Sandbox"],
  summary: "Replace a direct-debit mandate (sandbox trigger)",
  description: "Simulates the bank replacing an Active or Paused contribution's mandate: a new authorization_reference, service_provider_params.status `Mandate replaced`, and `recurring_contribution_updated`. Sandbox tenants only.",
  security: TENANT_SECURITY,
  request: { headers: IdempotencyHeader, params: ContributionParams, body: { content: jsonContent(ResumeRecurringContributionBody), required: true } },
  responses: { 200: { description: "The contribution", content: jsonContent(RecurringContribution) }, ...problemResponses(...TENANT_WRITE_PROBLEMS, 403) },
});

/** The partner's sandbox trigger (behind the API key, under `/tenant`). */
export const mandateSandboxRoutes = createRouter().openapi(replaceMandateRoute, (c) => {
  if (c.get("tenant").config.environment !== "sandbox") throw new ApiError("sandbox_only", "Mandate replacement is a sandbox trigger");
  return sendCommand(c, "recurring_contribution.replace_mandate", { contribution_id: c.req.valid("param").contribution_id }) as never;
});
