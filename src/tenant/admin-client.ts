import type { Context } from "hono";
import { database } from "../db/client";
import { findTenant } from "../db/control-plane";
import type { AppEnv } from "../platform/app-env";
import { ApiError } from "../platform/errors/api-error";
import { tenantFromRow } from "../platform/tenants";
import type { CommandEnvelope, CommandResponse } from "./commands";

/**
 * Sends a command on behalf of the operator (admin API) to the object of the tenant named in
 * the path, and turns its answer into the HTTP response. The tenant and its configuration come
 * from the control plane; an unknown tenant is a 404 naming `tenant_id`. Admin commands carry
 * no idempotency key: their routes are upserts, safe to repeat.
 */
export async function sendAdminCommand(c: Context<AppEnv>, tenantId: string, name: string, input: unknown): Promise<Response> {
  const row = await findTenant(database(c.env.DB), tenantId);
  if (!row) {
    throw new ApiError("resource_not_found", `Tenant '${tenantId}' does not exist`, { errors: [{ field: "tenant_id", message: "unknown tenant" }] });
  }
  const tenant = tenantFromRow(row);
  const envelope: CommandEnvelope = {
    name,
    input,
    meta: { tenantId: tenant.id, config: tenant.config, requestId: c.get("requestId"), method: c.req.method, path: c.req.path },
  };
  // RPC typing cannot express `unknown` bodies; the object returns a CommandResponse.
  const answer = (await c.env.TENANT.getByName(tenant.id).execute(envelope)) as unknown as CommandResponse;
  const contentType = answer.status >= 400 ? "application/problem+json" : "application/json";
  return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { "content-type": contentType, ...answer.headers } });
}
