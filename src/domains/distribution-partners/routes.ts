import { createRoute } from "@hono/zod-openapi";
import { ACCOUNT } from "../../custody/accounts";
import { database } from "../../db/client";
import { findResources, listResourcesWhere } from "../../db/resource-queries";
import { findResource, term } from "../../db/resources";
import { ApiError } from "../../platform/errors/api-error";
import { createRouter, IdempotencyHeader, jsonContent, problemResponses, TENANT_PROBLEMS, TENANT_SECURITY, TENANT_WRITE_PROBLEMS } from "../../platform/openapi";
import { sendCommand } from "../../tenant/client";
import {
  Assignment, AssignmentBody, AssignmentParams, CreatePartnerBody, DistributionPartner, DistributionPartnerWithHierarchies, EntitiesOfPartner, EntitiesOfPartnerQuery, GetPartnerQuery,
  PartnerParams, PartnersOfEntity, PartnersOfEntityQuery, UpdatePartnerBody,
} from "./schema";
import { ASSIGNMENT, PARTNER, toPartner, type AssignmentData, type PartnerData } from "./serialize";

const tags = ["Distribution Partners"];
const PATH = "/tenant/distribution-partners/v1";
const ASSIGNMENTS = "/tenant/distribution-partner-assignments/v1";

const createPartnerRoute = createRoute({
  method: "post",
  path: PATH,
  tags,
  summary: "Create a distribution partner",
  description: "Hierarchy: an `ifa` belongs to an `ifa_firm` (parent_partner_id required); an `ifa_firm` may belong to a `white_label`; a `white_label` has no parent.",
  security: TENANT_SECURITY,
  request: { headers: IdempotencyHeader, body: { content: jsonContent(CreatePartnerBody), required: true } },
  responses: { 201: { description: "The distribution partner", content: jsonContent(DistributionPartner) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
});

const updatePartnerRoute = createRoute({
  method: "patch",
  path: `${PATH}/{distribution_partner_id}`,
  tags,
  summary: "Update a distribution partner",
  description: "Only sent fields change; `null` clears contact_name, contact_details or regulatory_details. `partner_type` and `parent_partner_id` are immutable.",
  security: TENANT_SECURITY,
  request: { headers: IdempotencyHeader, params: PartnerParams, body: { content: jsonContent(UpdatePartnerBody), required: true } },
  responses: { 200: { description: "The distribution partner", content: jsonContent(DistributionPartner) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
});

const getPartnerRoute = createRoute({
  method: "get",
  path: `${PATH}/{distribution_partner_id}`,
  tags,
  summary: "Get a distribution partner",
  security: TENANT_SECURITY,
  request: { params: PartnerParams, query: GetPartnerQuery },
  responses: { 200: { description: "The distribution partner", content: jsonContent(DistributionPartnerWithHierarchies) }, ...problemResponses(...TENANT_PROBLEMS) },
});

const assignRoute = createRoute({
  method: "post",
  path: `${ASSIGNMENTS}/{action}`,
  tags,
  summary: "Manage distribution partner assignment",
  description: "Assigns a partner to an `investor` or an `account`; assigning the same pair again answers the same. `de-assign` and `pot` are not supported yet (400).",
  security: TENANT_SECURITY,
  request: { headers: IdempotencyHeader, params: AssignmentParams, body: { content: jsonContent(AssignmentBody), required: true } },
  responses: { 200: { description: "The assignment", content: jsonContent(Assignment) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
});

const partnersOfEntityRoute = createRoute({
  method: "get",
  path: `${ASSIGNMENTS}/distribution-partners`,
  tags,
  summary: "Get distribution partners assigned for an entity",
  security: TENANT_SECURITY,
  request: { query: PartnersOfEntityQuery },
  responses: { 200: { description: "The partners assigned to the entity (oldest assignment first)", content: jsonContent(PartnersOfEntity) }, ...problemResponses(...TENANT_PROBLEMS) },
});

const entitiesOfPartnerRoute = createRoute({
  method: "get",
  path: `${ASSIGNMENTS}/entities`,
  tags,
  summary: "Get entities assigned for a distribution partner",
  security: TENANT_SECURITY,
  request: { query: EntitiesOfPartnerQuery },
  responses: { 200: { description: "The partner and its assigned entities", content: jsonContent(EntitiesOfPartner) }, ...problemResponses(...TENANT_PROBLEMS) },
});

/** The read-model kinds of an assignable investor (a person or an organisation). */
const INVESTOR_KINDS = ["investor", "investor_organisation"];

function notFound(id: string): never {
  throw new ApiError("resource_not_found", `Distribution partner '${id}' does not exist`, { errors: [{ field: "distribution_partner_id", message: "unknown distribution partner" }] });
}

/** Distribution partners and their assignments: writes go to the tenant object, reads come from D1. */
export const distributionPartnerRoutes = createRouter()
  .openapi(createPartnerRoute, (c) => {
    const body = c.req.valid("json");
    return sendCommand(c, "distribution_partner.create", body, { wealthosRequestId: body.request_id }) as never;
  })
  .openapi(updatePartnerRoute, (c) => {
    const body = c.req.valid("json");
    return sendCommand(c, "distribution_partner.update", { ...body, distribution_partner_id: c.req.valid("param").distribution_partner_id }, { wealthosRequestId: body.request_id }) as never;
  })
  .openapi(getPartnerRoute, async (c) => {
    const { distribution_partner_id: id } = c.req.valid("param");
    const db = database(c.env.DB);
    const tenantId = c.get("tenant").id;
    const record = await findResource<PartnerData>(db, tenantId, PARTNER, id);
    if (!record) notFound(id);
    const partner = toPartner(record);
    if (c.req.valid("query").include_hierarchies !== "true") return c.json(partner, 200);
    const parents = [];
    // At most two levels above (ifa → ifa_firm → white_label).
    for (let parentId = record.data.parent_partner_id; parentId !== null && parents.length < 2; ) {
      const parent = await findResource<PartnerData>(db, tenantId, PARTNER, parentId);
      if (!parent) break;
      parents.push(toPartner(parent));
      parentId = parent.data.parent_partner_id;
    }
    const children = (await listResourcesWhere<PartnerData>(db, tenantId, PARTNER, { ownerId: id })).map(toPartner);
    return c.json({ ...partner, hierarchies: { parents, children } }, 200);
  })
  .openapi(assignRoute, (c) => {
    const body = c.req.valid("json");
    return sendCommand(c, "distribution_partner.assign", body, { wealthosRequestId: body.request_id }) as never;
  })
  .openapi(partnersOfEntityRoute, async (c) => {
    const { entity_id, entity_type } = c.req.valid("query");
    const db = database(c.env.DB);
    const tenantId = c.get("tenant").id;
    const kinds = entity_type === "account" ? [ACCOUNT] : INVESTOR_KINDS;
    const found = await Promise.all(kinds.map((kind) => findResource(db, tenantId, kind, entity_id)));
    if (found.every((r) => r === null)) {
      throw new ApiError("resource_not_found", `${entity_type === "account" ? "Investor account" : "Investor"} '${entity_id}' does not exist`, {
        errors: [{ field: "entity_id", message: `unknown ${entity_type}` }],
      });
    }
    const assignments = await listResourcesWhere<AssignmentData>(db, tenantId, ASSIGNMENT, { terms: [term("entity_id", entity_id), term("entity_type", entity_type)] });
    const ids = assignments.map((a) => a.data.distribution_partner_id);
    const partners = await findResources<PartnerData>(db, tenantId, PARTNER, ids);
    const byId = new Map(partners.map((p) => [p.id, toPartner(p)]));
    return c.json({ distribution_partners: ids.flatMap((pid) => byId.get(pid) ?? []) }, 200);
  })
  .openapi(entitiesOfPartnerRoute, async (c) => {
    const { distribution_partner_id: id, entity_type } = c.req.valid("query");
    const db = database(c.env.DB);
    const tenantId = c.get("tenant").id;
    const record = await findResource<PartnerData>(db, tenantId, PARTNER, id);
    if (!record) notFound(id);
    const assignments = await listResourcesWhere<AssignmentData>(db, tenantId, ASSIGNMENT, { ownerId: id, ...(entity_type ? { terms: [term("entity_type", entity_type)] } : {}) });
    return c.json(
      {
        distribution_partner_id: id,
        partner_name: record.data.partner_name,
        partner_type: record.data.partner_type,
        assigned_entities: assignments.map((a) => ({ entity_type: a.data.entity_type, entity_id: a.data.entity_id })),
      },
      200,
    );
  });
