import { createRoute, z } from "@hono/zod-openapi";
import { database } from "../../db/client";
import { listResources, term, type Term } from "../../db/resources";
import { csvValues } from "../../platform/list-filters";
import { ADMIN_SECURITY, createRouter, IdempotencyHeader, jsonContent, problemResponses, TENANT_PROBLEMS, TENANT_SECURITY, TENANT_WRITE_PROBLEMS } from "../../platform/openapi";
import { paged, pageRequest, type Paging } from "../../platform/pagination";
import { sendAdminCommand } from "../../tenant/admin-client";
import { sendCommand } from "../../tenant/client";
import { CRYSTALLISATION, toCrystallisation } from "./crystallisation";
import { Crystallisation, CrystallisationBody, CrystallisationList, ListCrystallisationsQuery, type CrystallisationData } from "./crystallisation-schema";
import { SetTaxCodeBody, TaxCodeResource } from "./tax-codes";
import { UfplsBody, UfplsWithdrawal } from "./ufpls-schema";
import { UpdateLisaWithdrawalBody } from "./lisa";
import { HmrcSettingsBody, HmrcSettingsResource } from "./hmrc-settings";
import { Transaction } from "../../custody/transaction-schema";

const CRYSTALLISATION_PAGING: Paging = { pageSize: 1000, maxPageSize: 8000 };

const ufplsRoute = createRoute({
  method: "post",
  path: "/tenant/withdrawals/v1/ufpls",
  tags: ["Withdrawals"],
  summary: "Create ufpls withdrawal",
  description:
    "Pays each instruction from a SIPP Accumulation pot's free cash: 25 % tax-free (within the Lump Sum Allowance left), the rest taxed through PAYE " +
    "under the investor's tax code (emergency 1257L Month 1 when none). Instructions succeed or fail one by one (`partially_success`); when none can be paid the answer is a 422.",
  security: TENANT_SECURITY,
  request: { headers: IdempotencyHeader, body: { content: jsonContent(UfplsBody), required: true } },
  responses: { 201: { description: "The UFPLS withdrawal", content: jsonContent(UfplsWithdrawal) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
});

const createCrystallisationRoute = createRoute({
  method: "post",
  path: "/tenant/pots/v1/crystallisation",
  tags: ["SIPP Crystallisation"],
  summary: "Create a crystallisation request",
  description: "Accepted at once (`Accepted`), then crystallised per instruction on the tenant's clock: `Completed`, `Partially completed` or `Failed`.",
  security: TENANT_SECURITY,
  request: { headers: IdempotencyHeader, body: { content: jsonContent(CrystallisationBody), required: true } },
  responses: { 201: { description: "The accepted request", content: jsonContent(Crystallisation) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
});

const listCrystallisationsRoute = createRoute({
  method: "get",
  path: "/tenant/pots/v1/crystallisation",
  tags: ["SIPP Crystallisation"],
  summary: "Get all crystallisation requests",
  description: "`crystallisation_id`, `investor_id` and `status` take comma-separated values. Paging defaults 1000/1, max 8000; `sort` by creation time, default desc.",
  security: TENANT_SECURITY,
  request: { query: paged(ListCrystallisationsQuery, CRYSTALLISATION_PAGING) },
  responses: { 200: { description: "A page of crystallisation requests", content: jsonContent(CrystallisationList) }, ...problemResponses(...TENANT_PROBLEMS) },
});

const AdminTaxCodeParams = z.object({
  tenant_id: z.string().openapi({ param: { name: "tenant_id", in: "path" }, example: "acme" }),
  investor_id: z.string().min(1).max(64).openapi({ param: { name: "investor_id", in: "path" }, example: "inv-XUT11265" }),
});

const setTaxCodeRoute = createRoute({
  method: "put",
  path: "/admin/v1/tenants/{tenant_id}/investors/{investor_id}/tax-code",
  tags: ["Admin"],
  summary: "Set an investor's PAYE tax code (an HMRC code notice)",
  description: "The code applies from `effective_from`; the code before it ends the day before. The same date again replaces the code (200).",
  security: ADMIN_SECURITY,
  request: { params: AdminTaxCodeParams, body: { content: jsonContent(SetTaxCodeBody), required: true } },
  responses: {
    200: { description: "The code, replaced", content: jsonContent(TaxCodeResource) },
    201: { description: "The code, stored", content: jsonContent(TaxCodeResource) },
    ...problemResponses(400, 401, 404, 413, 415),
  },
});

const WithdrawalParams = z.object({
  transaction_id: z.string().min(1).max(64).openapi({ param: { name: "transaction_id", in: "path" }, example: "3f1c2a4e-8d7b-4c1e-9a2f-5b6c7d8e9f01" }),
});

const updateLisaWithdrawalRoute = createRoute({
  method: "patch",
  path: "/tenant/withdrawals/v1/{transaction_id}",
  tags: ["LISA Transactions"],
  summary: "Update existing LISA withdrawal transaction",
  description: "Moves the trade date (and so the payment date) of a LISA withdrawal still `pending/scheduled`; the payout starts on the new date. `reference_verison` (sic) or `reference_version` is required.",
  security: TENANT_SECURITY,
  request: { headers: IdempotencyHeader, params: WithdrawalParams, body: { content: jsonContent(UpdateLisaWithdrawalBody), required: true } },
  responses: { 200: { description: "The withdrawal", content: jsonContent(Transaction) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
});

const hmrcSettingsRoute = createRoute({
  method: "put",
  path: "/admin/v1/tenants/{tenant_id}/hmrc-settings",
  tags: ["Admin"],
  summary: "Set a tenant's schedule of HMRC claims (relief at source, LISA bonuses)",
  description: "Only the fields sent change; the answer is the whole schedule.",
  security: ADMIN_SECURITY,
  request: { params: z.object({ tenant_id: z.string().openapi({ param: { name: "tenant_id", in: "path" }, example: "acme" }) }), body: { content: jsonContent(HmrcSettingsBody), required: true } },
  responses: { 200: { description: "The schedule", content: jsonContent(HmrcSettingsResource) }, ...problemResponses(400, 401, 404, 413, 415) },
});

function filters(q: z.infer<typeof ListCrystallisationsQuery>): Term[] {
  const terms: Term[] = [];
  for (const field of ["crystallisation_id", "investor_id", "status"] as const) {
    const value = q[field];
    if (value !== undefined) terms.push(term(field, csvValues(value)));
  }
  return terms;
}

/** UFPLS and crystallisation (tenant API) and investors' tax codes (admin API). */
export const pensionRoutes = createRouter()
  .openapi(ufplsRoute, (c) => {
    const body = c.req.valid("json");
    return sendCommand(c, "ufpls.create", body, { wealthosRequestId: body.request_id }) as never;
  })
  .openapi(createCrystallisationRoute, (c) => {
    const body = c.req.valid("json");
    return sendCommand(c, "crystallisation.create", body, { wealthosRequestId: body.request_id }) as never;
  })
  .openapi(listCrystallisationsRoute, async (c) => {
    const query = c.req.valid("query");
    const page = pageRequest(query, CRYSTALLISATION_PAGING);
    const { items, nextPageAvailable } = await listResources<CrystallisationData>(database(c.env.DB), c.get("tenant").id, CRYSTALLISATION, page, { terms: filters(query) });
    return c.json({ crystallisations: items.map(toCrystallisation), next_page_available: nextPageAvailable } as never, 200);
  })
  .openapi(updateLisaWithdrawalRoute, (c) => {
    const body = c.req.valid("json");
    return sendCommand(c, "lisa_withdrawal.update", { ...body, transaction_id: c.req.valid("param").transaction_id }, { wealthosRequestId: body.request_id }) as never;
  })
  .openapi(hmrcSettingsRoute, (c) => sendAdminCommand(c, c.req.valid("param").tenant_id, "hmrc_settings.set", c.req.valid("json")) as never)
  .openapi(setTaxCodeRoute, (c) => {
    const { tenant_id, investor_id } = c.req.valid("param");
    return sendAdminCommand(c, tenant_id, "tax_code.set", { ...c.req.valid("json"), investor_id }) as never;
  });
