import { createRoute } from "@hono/zod-openapi";
import { database } from "../../db/client";
import { findResource, listOwnedBy, listResources, type ResourceRecord } from "../../db/resources";
import { ApiError } from "../../platform/errors/api-error";
import { createRouter, IdempotencyHeader, jsonContent, problemResponses, TENANT_PROBLEMS, TENANT_SECURITY, TENANT_WRITE_PROBLEMS } from "../../platform/openapi";
import { sendCommand } from "../../tenant/client";
import { CONTRIBUTING_EMPLOYER } from "./commands";
import {
  ContributingEmployer,
  ContributingEmployerList,
  ContributingEmployerParams,
  CreateContributingEmployerBody,
  CreatedContributingEmployer,
  ListContributingEmployersQuery,
  UpdateContributingEmployerBody,
} from "./schema";
import { toContributingEmployer, type ContributingEmployerData } from "./serialize";

const tags = ["Contributing Employers"];
const PATH = "/tenant/contributing-employers/v1";
const INVESTOR = "investor";
const BANK_ACCOUNT = "bank_account";
/** Contributing employers are an unpaginated list; this bounds it. */
const ALL = { pageSize: 10_000, pageNumber: 1, sort: "asc" as const };

/** Employers as the wire shows them, with their bank account ids (one D1 query for the list). */
async function withBankAccounts(db: ReturnType<typeof database>, tenantId: string, rows: ResourceRecord<ContributingEmployerData>[]) {
  const accounts = await listOwnedBy(db, tenantId, BANK_ACCOUNT, [...new Set(rows.map((r) => r.data.investor_id))]);
  return rows.map((row) => toContributingEmployer(row, accounts));
}

const createEmployerRoute = createRoute({
  method: "post",
  path: PATH,
  tags,
  summary: "Create new contributing employer",
  description: "At most one bank account at creation; its `default_account` is always `no`.",
  security: TENANT_SECURITY,
  request: { headers: IdempotencyHeader, body: { content: jsonContent(CreateContributingEmployerBody), required: true } },
  responses: { 201: { description: "The contributing employer", content: jsonContent(CreatedContributingEmployer) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
});

const listEmployersRoute = createRoute({
  method: "get",
  path: PATH,
  tags,
  summary: "Retrieve all the contributing employers of a particular investor",
  description: "Not paginated. Without `investor_id`, every contributing employer of the tenant.",
  security: TENANT_SECURITY,
  request: { query: ListContributingEmployersQuery },
  responses: { 200: { description: "The contributing employers", content: jsonContent(ContributingEmployerList) }, ...problemResponses(...TENANT_PROBLEMS) },
});

const getEmployerRoute = createRoute({
  method: "get",
  path: `${PATH}/{contributing_employer_id}`,
  tags,
  summary: "Retrieve a particular contributing employer",
  security: TENANT_SECURITY,
  request: { params: ContributingEmployerParams },
  responses: { 200: { description: "The contributing employer", content: jsonContent(ContributingEmployer) }, ...problemResponses(...TENANT_PROBLEMS) },
});

const updateEmployerRoute = createRoute({
  method: "patch",
  path: `${PATH}/{contributing_employer_id}`,
  tags,
  summary: "Update a particular contributing employer",
  description: "Partial update of name, registration number, address and status. `investor_id` cannot change.",
  security: TENANT_SECURITY,
  request: { headers: IdempotencyHeader, params: ContributingEmployerParams, body: { content: jsonContent(UpdateContributingEmployerBody), required: true } },
  responses: { 200: { description: "The contributing employer", content: jsonContent(ContributingEmployer) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
});

/** Contributing employers: writes go to the tenant object, reads come from D1. */
export const contributingEmployerRoutes = createRouter()
  .openapi(createEmployerRoute, (c) => sendCommand(c, "contributing_employer.create", c.req.valid("json")) as never)
  .openapi(listEmployersRoute, async (c) => {
    const { investor_id } = c.req.valid("query");
    const db = database(c.env.DB);
    const tenantId = c.get("tenant").id;
    if (investor_id && !(await findResource(db, tenantId, INVESTOR, investor_id))) {
      throw new ApiError("resource_not_found", `Investor '${investor_id}' does not exist`, { errors: [{ field: "investor_id", message: "unknown investor" }] });
    }
    const filter = investor_id ? { ownerId: investor_id } : undefined;
    const { items } = await listResources<ContributingEmployerData>(db, tenantId, CONTRIBUTING_EMPLOYER, ALL, filter);
    return c.json({ contributingEmployers: await withBankAccounts(db, tenantId, items) }, 200);
  })
  .openapi(getEmployerRoute, async (c) => {
    const { contributing_employer_id: id } = c.req.valid("param");
    const db = database(c.env.DB);
    const tenantId = c.get("tenant").id;
    const record = await findResource<ContributingEmployerData>(db, tenantId, CONTRIBUTING_EMPLOYER, id);
    if (!record) {
      throw new ApiError("resource_not_found", `Contributing employer '${id}' does not exist`, { errors: [{ field: "contributing_employer_id", message: "unknown contributing employer" }] });
    }
    const [employer] = await withBankAccounts(db, tenantId, [record]);
    return c.json(employer!, 200);
  })
  .openapi(updateEmployerRoute, (c) =>
    sendCommand(c, "contributing_employer.update", { ...c.req.valid("json"), contributing_employer_id: c.req.valid("param").contributing_employer_id }) as never,
  );
