import { createRoute } from "@hono/zod-openapi";
import { database } from "../../db/client";
import { findTenant } from "../../db/control-plane";
import { findResource } from "../../db/resources";
import { ApiError } from "../../platform/errors/api-error";
import { Problem } from "../../platform/errors/problem";
import { ADMIN_SECURITY, createRouter, jsonContent, problemResponses } from "../../platform/openapi";
import { sendAdminCommand } from "../../tenant/admin-client";
import { defaultInboundPrefix, INBOUND_STORE, MAX_FILE_BYTES, type InboundStoreData } from "./model";
import { InboundObject, InboundObjectParams, InboundStore, InboundStoreBody, InboundStoreParams } from "./schema";
import { readUpTo } from "../../platform/body";

const tags = ["Admin"];
const INBOUND_BUCKET = "coffer-inbound";

const setStoreRoute = createRoute({
  method: "put",
  path: "/admin/v1/tenants/{tenant_id}/inbound-store",
  tags,
  summary: "Set a tenant's inbound-store prefix",
  description: "The utility upload reads the tenant's paths under this prefix of the inbound store (default `{tenant_id}/`).",
  security: ADMIN_SECURITY,
  request: { params: InboundStoreParams, body: { content: jsonContent(InboundStoreBody), required: true } },
  responses: { 200: { description: "The tenant's inbound store", content: jsonContent(InboundStore) }, ...problemResponses(400, 401, 404, 413, 415) },
});

const putObjectRoute = createRoute({
  method: "put",
  path: "/admin/v1/tenants/{tenant_id}/inbound-store/objects/{key}",
  tags,
  summary: "Put an object into a tenant's inbound store",
  description: `The body is the object (any content type, at most ${MAX_FILE_BYTES / 1024 / 1024} MiB), stored under the tenant's prefix + key.`,
  security: ADMIN_SECURITY,
  request: { params: InboundObjectParams },
  responses: {
    201: { description: "Stored", content: jsonContent(InboundObject) },
    ...problemResponses(400, 401, 404),
    413: { description: `Body larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB`, content: { "application/problem+json": { schema: Problem } } },
  },
});

async function prefixOf(db: D1Database, tenantId: string): Promise<string> {
  const d = database(db);
  if (!(await findTenant(d, tenantId))) {
    throw new ApiError("resource_not_found", `Tenant '${tenantId}' does not exist`, { errors: [{ field: "tenant_id", message: "unknown tenant" }] });
  }
  const store = await findResource<InboundStoreData>(d, tenantId, INBOUND_STORE, INBOUND_STORE);
  return store?.data.prefix ?? defaultInboundPrefix(tenantId);
}

/** The operator's side of the inbound store: a tenant's prefix, and objects dropped into it. */
export const inboundStoreAdminRoutes = createRouter()
  .openapi(setStoreRoute, async (c) => {
    const { tenant_id } = c.req.valid("param");
    const answer = await sendAdminCommand(c, tenant_id, "inbound_store.configure", c.req.valid("json"));
    if (answer.status !== 200) return answer as never;
    const { prefix } = (await answer.json()) as InboundStoreData;
    return c.json({ tenant_id, bucket: INBOUND_BUCKET, prefix }, 200);
  })
  .openapi(putObjectRoute, async (c) => {
    const { tenant_id, key } = c.req.valid("param");
    const prefix = await prefixOf(c.env.DB, tenant_id);
    const declared = c.req.header("content-length");
    const bytes = declared !== undefined && Number(declared) > MAX_FILE_BYTES ? null : await readUpTo(c.req.raw.body, MAX_FILE_BYTES);
    if (!bytes) throw new ApiError("payload_too_large", `Objects are limited to ${MAX_FILE_BYTES} bytes`);
    const contentType = c.req.header("content-type");
    await c.env.INBOUND.put(`${prefix}${key}`, bytes, contentType ? { httpMetadata: { contentType } } : {});
    return c.json({ tenant_id, bucket: INBOUND_BUCKET, key: `${prefix}${key}`, size: bytes.byteLength }, 201);
  });
