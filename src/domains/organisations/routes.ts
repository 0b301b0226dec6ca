import { createRoute } from "@hono/zod-openapi";
import { database } from "../../db/client";
import { findResource, listOwnedBy, listResources, type ResourceRecord } from "../../db/resources";
import { ApiError } from "../../platform/errors/api-error";
import { createRouter, IdempotencyHeader, jsonContent, problemResponses, TENANT_PROBLEMS, TENANT_SECURITY, TENANT_WRITE_PROBLEMS } from "../../platform/openapi";
import { paged, pageRequest, type Paging } from "../../platform/pagination";
import { sendCommand } from "../../tenant/client";
import { ORGANISATION } from "./kyb";
import { CreatedOrganisation, CreateOrganisationBody, ListOrganisationsQuery, Organisation, OrganisationList, OrganisationParams, UpdateOrganisationBody } from "./schema";
import { toOrganisation, type OrganisationData } from "./serialize";

const PAGING: Paging = { pageSize: 1000, maxPageSize: 3000 };

const tags = ["Organisational Investors"];
const BANK_ACCOUNT = "bank_account";
const PATH = "/tenant/investor-organisations/v1";

/** Organisations as the wire shows them, with their bank account ids (one D1 query for the page). */
async function withBankAccounts(db: ReturnType<typeof database>, tenantId: string, rows: ResourceRecord<OrganisationData>[]) {
  const accounts = await listOwnedBy(db, tenantId, BANK_ACCOUNT, rows.map((r) => r.id));
  return rows.map((row) => toOrganisation(row, accounts.filter((a) => a.ownerId === row.id)));
}

const createOrganisationRoute = createRoute({
  method: "post",
  path: PATH,
  tags,
  summary: "Create organisational investor (BETA)",
  description: "At most one bank account at creation. Active only when `kyb_status` is `clear` and `dealing_status` is `active`.",
  security: TENANT_SECURITY,
  request: { headers: IdempotencyHeader, body: { content: jsonContent(CreateOrganisationBody), required: true } },
  responses: { 201: { description: "The organisational investor", content: jsonContent(CreatedOrganisation) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
});

const listOrganisationsRoute = createRoute({
  method: "get",
  path: PATH,
  tags,
  summary: "Get all organisational investors (BETA)",
  description: "Paging defaults 1000/1, max page size 3000. `next_page_available` is a string, as WealthOS sends it here.",
  security: TENANT_SECURITY,
  request: { query: paged(ListOrganisationsQuery, PAGING) },
  responses: { 200: { description: "A page of organisational investors", content: jsonContent(OrganisationList) }, ...problemResponses(...TENANT_PROBLEMS) },
});

const getOrganisationRoute = createRoute({
  method: "get",
  path: `${PATH}/{investor_id}`,
  tags,
  summary: "Get organisational investor (BETA)",
  security: TENANT_SECURITY,
  request: { params: OrganisationParams },
  responses: { 200: { description: "The organisational investor", content: jsonContent(Organisation) }, ...problemResponses(...TENANT_PROBLEMS) },
});

const updateOrganisationRoute = createRoute({
  method: "patch",
  path: `${PATH}/{investor_id}`,
  tags,
  summary: "Update organisational investor (BETA)",
  description: "Partial update: only sent fields change, `null` clears `corporate_officers`. `reference_version` must be the current one. No bank accounts on update.",
  security: TENANT_SECURITY,
  request: { headers: IdempotencyHeader, params: OrganisationParams, body: { content: jsonContent(UpdateOrganisationBody), required: true } },
  responses: { 200: { description: "The organisational investor", content: jsonContent(Organisation) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
});

/** Organisational investors: writes go to the tenant object, reads come from D1. */
export const organisationRoutes = createRouter()
  .openapi(createOrganisationRoute, (c) => sendCommand(c, "organisation.create", c.req.valid("json")) as never)
  .openapi(listOrganisationsRoute, async (c) => {
    const page = pageRequest(c.req.valid("query"), PAGING);
    const db = database(c.env.DB);
    const tenantId = c.get("tenant").id;
    const { items, nextPageAvailable } = await listResources<OrganisationData>(db, tenantId, ORGANISATION, page);
    const organisations = await withBankAccounts(db, tenantId, items);
    return c.json({ next_page_available: nextPageAvailable ? ("true" as const) : ("false" as const), organisations }, 200);
  })
  .openapi(getOrganisationRoute, async (c) => {
    const { investor_id } = c.req.valid("param");
    const db = database(c.env.DB);
    const tenantId = c.get("tenant").id;
    const record = await findResource<OrganisationData>(db, tenantId, ORGANISATION, investor_id);
    if (!record) {
      throw new ApiError("resource_not_found", `Organisational investor '${investor_id}' does not exist`, { errors: [{ field: "investor_id", message: "unknown organisational investor" }] });
    }
    const [organisation] = await withBankAccounts(db, tenantId, [record]);
    return c.json(organisation!, 200);
  })
  .openapi(updateOrganisationRoute, (c) =>
    sendCommand(c, "organisation.update", { ...c.req.valid("json"), investor_id: c.req.valid("param").investor_id }) as never,
  );
