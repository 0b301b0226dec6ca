import type { Context } from "hono";
import type { AppEnv } from "../platform/app-env";
import type { Tenant } from "../platform/tenants";
import { requestFingerprint } from "../platform/idempotency";
import type { CommandEnvelope, CommandResponse } from "./commands";

interface SendOptions {
  /** The WealthOS body `request_id`, for operations whose schema has one. */
  wealthosRequestId?: string | undefined;
}

/**
 * The command envelope of a state-changing request for `tenant` (the caller's own tenant, or the
 * one an operator names on the admin API); `rawBody` is what the Idempotency-Key fingerprints.
 */
export async function commandEnvelope(
  c: Context<AppEnv>,
  tenant: Tenant,
  name: string,
  input: unknown,
  rawBody: unknown,
  options: SendOptions = {},
): Promise<CommandEnvelope> {
  const idempotencyKey = c.req.header("idempotency-key");
  return {
    name,
    input,
    meta: {
      tenantId: tenant.id,
      config: tenant.config,
      requestId: c.get("requestId"),
      method: c.req.method,
      path: c.req.path,
      idempotencyKey,
      fingerprint: idempotencyKey ? await requestFingerprint(c.req.method, c.req.path, rawBody) : undefined,
      wealthosRequestId: options.wealthosRequestId,
      partnerId: c.get("partnerId"),
    },
  };
}

/** The HTTP response of a command's stored answer (problems as application/problem+json). */
export function commandHttpResponse(answer: CommandResponse): Response {
  const contentType = answer.status >= 400 ? "application/problem+json" : "application/json";
  return new Response(JSON.stringify(answer.body), {
    status: answer.status,
    headers: { "content-type": contentType, ...answer.headers },
  });
}

/**
 * Sends one state-changing request to the tenant's object as a command and turns its stored
 * answer into the HTTP response (replays included).
 */
export async function sendCommand(c: Context<AppEnv>, name: string, input: unknown, options: SendOptions = {}): Promise<Response> {
  const tenant = c.get("tenant");
  const rawBody: unknown = ["POST", "PUT", "PATCH", "DELETE"].includes(c.req.method) ? await c.req.json().catch(() => null) : null;
  const envelope = await commandEnvelope(c, tenant, name, input, rawBody, options);
  // RPC typing cannot express `unknown` bodies; the object returns a CommandResponse.
  return commandHttpResponse((await c.env.TENANT.getByName(tenant.id).execute(envelope)) as unknown as CommandResponse);
}
