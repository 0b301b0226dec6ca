import { createRoute } from "@hono/zod-openapi";
import { database } from "../../db/client";
import { ADMIN_SECURITY, createRouter, problemResponses, jsonContent } from "../../platform/openapi";
import {
  ApiKeyParams,
  ApiKeyResource,
  CreatedTenantResource,
  CreateTenantBody,
  NewApiKeyResource,
  PartnerKeyParams,
  TenantList,
  TenantParams,
  TenantResource,
  UpdateTenantBody,
} from "./schema";
import { addApiKey, addPartnerApiKey, createTenant, getTenant, getTenants, patchTenant, removeApiKey } from "./service";

const tags = ["Admin"];

const createTenantRoute = createRoute({
  method: "post",
  path: "/admin/v1/tenants",
  tags,
  summary: "Create a tenant and its first API key",
  security: ADMIN_SECURITY,
  request: { body: { content: jsonContent(CreateTenantBody), required: true } },
  responses: {
    201: { description: "Created; the API key is shown only here", content: jsonContent(CreatedTenantResource) },
    ...problemResponses(400, 401, 404, 409, 413, 415),
  },
});

const listTenantsRoute = createRoute({
  method: "get",
  path: "/admin/v1/tenants",
  tags,
  summary: "List tenants",
  security: ADMIN_SECURITY,
  responses: { 200: { description: "Tenants", content: jsonContent(TenantList) }, ...problemResponses(401, 404) },
});

const getTenantRoute = createRoute({
  method: "get",
  path: "/admin/v1/tenants/{tenant_id}",
  tags,
  summary: "Get a tenant",
  security: ADMIN_SECURITY,
  request: { params: TenantParams },
  responses: { 200: { description: "Tenant", content: jsonContent(TenantResource) }, ...problemResponses(401, 404) },
});

const updateTenantRoute = createRoute({
  method: "patch",
  path: "/admin/v1/tenants/{tenant_id}",
  tags,
  summary: "Change a tenant's name or configuration",
  security: ADMIN_SECURITY,
  request: { params: TenantParams, body: { content: jsonContent(UpdateTenantBody), required: true } },
  responses: {
    200: { description: "Tenant", content: jsonContent(TenantResource) },
    ...problemResponses(400, 401, 404, 413, 415),
  },
});

const createKeyRoute = createRoute({
  method: "post",
  path: "/admin/v1/tenants/{tenant_id}/api-keys",
  tags,
  summary: "Add an API key",
  security: ADMIN_SECURITY,
  request: { params: TenantParams },
  responses: {
    201: { description: "Created; the key is shown only here", content: jsonContent(NewApiKeyResource) },
    ...problemResponses(401, 404),
  },
});

const revokeKeyRoute = createRoute({
  method: "delete",
  path: "/admin/v1/tenants/{tenant_id}/api-keys/{key_id}",
  tags,
  summary: "Revoke an API key",
  security: ADMIN_SECURITY,
  request: { params: ApiKeyParams },
  responses: { 200: { description: "Revoked key", content: jsonContent(ApiKeyResource) }, ...problemResponses(401, 404) },
});

const createPartnerKeyRoute = createRoute({
  method: "post",
  path: "/admin/v1/tenants/{tenant_id}/distribution-partners/{distribution_partner_id}/api-keys",
  tags,
  summary: "Add an API key scoped to a distribution partner's book",
  description:
    "Coffer extension. The key reads and writes only the partner's book: the investors and accounts assigned to the partner " +
    "or to a partner below it, their accounts and pots (see the transfers and partners guide). Revoke it like any key.",
  security: ADMIN_SECURITY,
  request: { params: PartnerKeyParams },
  responses: {
    201: { description: "Created; the key is shown only here", content: jsonContent(NewApiKeyResource) },
    ...problemResponses(401, 404),
  },
});

/** The admin API (apex host, `Authorization: Bearer <ADMIN_TOKEN>`). */
export const adminRoutes = createRouter()
  .openapi(createTenantRoute, async (c) => c.json(await createTenant(database(c.env.DB), c.req.valid("json")), 201))
  .openapi(listTenantsRoute, async (c) => c.json({ tenants: await getTenants(database(c.env.DB)) }, 200))
  .openapi(getTenantRoute, async (c) => c.json(await getTenant(database(c.env.DB), c.req.valid("param").tenant_id), 200))
  .openapi(updateTenantRoute, async (c) =>
    c.json(await patchTenant(database(c.env.DB), c.req.valid("param").tenant_id, c.req.valid("json")), 200),
  )
  .openapi(createKeyRoute, async (c) => c.json(await addApiKey(database(c.env.DB), c.req.valid("param").tenant_id), 201))
  .openapi(revokeKeyRoute, async (c) => {
    const { tenant_id, key_id } = c.req.valid("param");
    return c.json(await removeApiKey(database(c.env.DB), tenant_id, key_id), 200);
  })
  .openapi(createPartnerKeyRoute, async (c) => {
    const { tenant_id, distribution_partner_id } = c.req.valid("param");
    return c.json(await addPartnerApiKey(database(c.env.DB), tenant_id, distribution_partner_id), 201);
  });
