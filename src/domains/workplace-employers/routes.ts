import { createRoute } from "@hono/zod-openapi";
import { database } from "../../db/client";
import { findResource, listResources, term } from "../../db/resources";
import { ApiError } from "../../platform/errors/api-error";
import { createRouter, IdempotencyHeader, jsonContent, problemResponses, TENANT_PROBLEMS, TENANT_SECURITY, TENANT_WRITE_PROBLEMS } from "../../platform/openapi";
import { paged, pageRequest, type Paging } from "../../platform/pagination";
import { sendCommand } from "../../tenant/client";
import { WORKPLACE_EMPLOYER } from "./kyb";
import {
  CreateWorkplaceEmployerBody,
  EmployerInvestor,
  ListWorkplaceEmployersQuery,
  UpdateWorkplaceEmployerBody,
  WorkplaceEmployer,
  WorkplaceEmployerInvestors,
  WorkplaceEmployerList,
  WorkplaceEmployerParams,
} from "./schema";
import { toWorkplaceEmployer, type WorkplaceEmployerData } from "./serialize";
import { toWire } from "../../platform/wire-absent";

const PAGING: Paging = { pageSize: 1000, maxPageSize: 8000 };

const tags = ["Workplace Employers"];
const PATH = "/tenant/workplace-employers/v1";
const INVESTOR = "investor";
/** The employer's investors are an unpaginated list; this bounds it. */
const ALL = { pageSize: 10_000, pageNumber: 1, sort: "asc" as const };

const createEmployerRoute = createRoute({
  method: "post",
  path: PATH,
  tags,
  summary: "Create workplace employer",
  description: "`registration_number` is unique across the tenant's workplace employers; `status` can be `active` only when `kyb_aml_status` is `clear`.",
  security: TENANT_SECURITY,
  request: { headers: IdempotencyHeader, body: { content: jsonContent(CreateWorkplaceEmployerBody), required: true } },
  responses: { 201: { description: "The workplace employer", content: jsonContent(WorkplaceEmployer) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
});

const listEmployersRoute = createRoute({
  method: "get",
  path: PATH,
  tags,
  summary: "Get all workplace employers",
  description: "Paging defaults 1000/1, max page size 8000.",
  security: TENANT_SECURITY,
  request: { query: paged(ListWorkplaceEmployersQuery, PAGING) },
  responses: { 200: { description: "A page of workplace employers", content: jsonContent(WorkplaceEmployerList) }, ...problemResponses(...TENANT_PROBLEMS) },
});

const getEmployerRoute = createRoute({
  method: "get",
  path: `${PATH}/{workplace_employer_id}`,
  tags,
  summary: "Get existing workplace employer",
  security: TENANT_SECURITY,
  request: { params: WorkplaceEmployerParams },
  responses: { 200: { description: "The workplace employer", content: jsonContent(WorkplaceEmployer) }, ...problemResponses(...TENANT_PROBLEMS) },
});

const updateEmployerRoute = createRoute({
  method: "patch",
  path: `${PATH}/{workplace_employer_id}`,
  tags,
  summary: "Update workplace employer",
  description: "Partial update: only sent fields change, `null` clears `company_structure` and `contact_details`. Same rules as create.",
  security: TENANT_SECURITY,
  request: { headers: IdempotencyHeader, params: WorkplaceEmployerParams, body: { content: jsonContent(UpdateWorkplaceEmployerBody), required: true } },
  responses: { 200: { description: "The workplace employer", content: jsonContent(WorkplaceEmployer) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
});

const employerInvestorsRoute = createRoute({
  method: "get",
  path: `${PATH}/{workplace_employer_id}/investors`,
  tags,
  summary: "Get all investors of a workplace employer",
  description: "The individual investors whose `workplace_employers` lists this employer (not paginated).",
  security: TENANT_SECURITY,
  request: { params: WorkplaceEmployerParams },
  responses: { 200: { description: "The employer's investors", content: jsonContent(WorkplaceEmployerInvestors) }, ...problemResponses(...TENANT_PROBLEMS) },
});

function notFound(id: string): ApiError {
  return new ApiError("resource_not_found", `Workplace employer '${id}' does not exist`, { errors: [{ field: "workplace_employer_id", message: "unknown workplace employer" }] });
}

/** Workplace employers: writes go to the tenant object, reads come from D1. */
export const workplaceEmployerRoutes = createRouter()
  .openapi(createEmployerRoute, (c) => sendCommand(c, "workplace_employer.create", c.req.valid("json")) as never)
  .openapi(listEmployersRoute, async (c) => {
    const page = pageRequest(c.req.valid("query"), PAGING);
    const { items, nextPageAvailable } = await listResources<WorkplaceEmployerData>(database(c.env.DB), c.get("tenant").id, WORKPLACE_EMPLOYER, page);
    return c.json({ workplace_employers: items.map(toWorkplaceEmployer), next_page_available: nextPageAvailable }, 200);
  })
  .openapi(getEmployerRoute, async (c) => {
    const { workplace_employer_id: id } = c.req.valid("param");
    const record = await findResource<WorkplaceEmployerData>(database(c.env.DB), c.get("tenant").id, WORKPLACE_EMPLOYER, id);
    if (!record) throw notFound(id);
    return c.json(toWorkplaceEmployer(record), 200);
  })
  .openapi(updateEmployerRoute, (c) =>
    sendCommand(c, "workplace_employer.update", { ...c.req.valid("json"), workplace_employer_id: c.req.valid("param").workplace_employer_id }) as never,
  )
  .openapi(employerInvestorsRoute, async (c) => {
    const { workplace_employer_id: id } = c.req.valid("param");
    const db = database(c.env.DB);
    const tenantId = c.get("tenant").id;
    if (!(await findResource(db, tenantId, WORKPLACE_EMPLOYER, id))) throw notFound(id);
    const { items } = await listResources<Record<string, unknown>>(db, tenantId, INVESTOR, ALL, { terms: [term("workplace_employers", id)] });
    const investors = items.map((r) =>
      toWire(EmployerInvestor, {
        investor_id: r.id,
        first_name: String(r.data.first_name),
        last_name: String(r.data.last_name),
        tax_id: r.data.tax_id as string | undefined,
        title: r.data.title as string | undefined,
      }),
    );
    return c.json({ workplace_employer_id: id, investors }, 200);
  });
