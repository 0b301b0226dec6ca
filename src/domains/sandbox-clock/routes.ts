import { createRoute, type z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { database } from "../../db/client";
import { findTenant } from "../../db/control-plane";
import type { AppEnv } from "../../platform/app-env";
import { ApiError } from "../../platform/errors/api-error";
import { ADMIN_SECURITY, createRouter, IdempotencyHeader, jsonContent, problemResponses, TENANT_SECURITY } from "../../platform/openapi";
import { tenantFromRow, type Tenant } from "../../platform/tenants";
import { commandEnvelope, commandHttpResponse } from "../../tenant/client";
import type { CommandResponse } from "../../tenant/commands";
import { AdminClockParams, AdvanceClockBody, AttachClockBody, ClockResource } from "./schema";

const TENANT_CLOCK = "/tenant/sandbox/v1/clock";
const ADMIN_CLOCK = "/admin/v1/tenants/{tenant_id}/clock";

type Operation = "get" | "attach" | "advance" | "detach";

const OPERATIONS: Record<Operation, { method: "get" | "post" | "delete"; suffix: string; summary: string; description: string; ok: number; body?: z.ZodType }> = {
  get: {
    method: "get",
    suffix: "",
    summary: "Get the tenant clock",
    description: "The tenant's now and operational date; on a test clock also whether an advance is under way (`advancing`, with its target).",
    ok: 200,
  },
  attach: {
    method: "post",
    suffix: "",
    summary: "Attach a test clock",
    description:
      "Freezes the tenant's clock at `frozen_at` (not before its newest event; 400 naming `frozen_at`), or runs it from there at `speed` × wall time. " +
      "Day-close starts at that operational date: none runs for earlier dates. 409 when a test clock is already attached.",
    ok: 201,
    body: AttachClockBody,
  },
  advance: {
    method: "post",
    suffix: "/advance",
    summary: "Advance the test clock",
    description:
      "Moves the clock to `to`, or on by the ISO-8601 duration `by` (at most 2 years, never backwards: 400 naming the field), running every job and day-close " +
      "that falls due on the way in due order, each stamped at its own due instant. 200 with the clock when done; 202 with `status: advancing` when the work " +
      "continues in the background (`clock_advanced` on `notifications` when it completes).",
    ok: 200,
    body: AdvanceClockBody,
  },
  detach: {
    method: "delete",
    suffix: "",
    summary: "Detach the test clock",
    description:
      "Returns the tenant to the wall clock, running what falls due between the test clock and the wall clock as an advance would (200, or 202 while it runs). " +
      "409 while the wall clock is behind the test clock.",
    ok: 200,
  },
};

function route(op: Operation, admin: boolean) {
  const spec = OPERATIONS[op];
  const responses = {
    [spec.ok]: { description: "The clock", content: jsonContent(ClockResource) },
    ...(op === "advance" || op === "detach" ? { 202: { description: "The clock, still advancing", content: jsonContent(ClockResource) } } : {}),
    ...problemResponses(...(admin ? [400, 401, 403, 404, 409] : [400, 401, 403, 409, 429])),
  };
  return createRoute({
    method: spec.method,
    path: `${admin ? ADMIN_CLOCK : TENANT_CLOCK}${spec.suffix}`,
    tags: admin ? ["Admin"] : ["Sandbox"],
    summary: admin ? `${spec.summary} (operator)` : spec.summary,
    description: `${spec.description} Sandbox tenants only (403 for a live tenant).`,
    security: admin ? ADMIN_SECURITY : TENANT_SECURITY,
    request: {
      ...(admin ? { params: AdminClockParams } : {}),
      ...(spec.method === "get" ? {} : { headers: IdempotencyHeader }),
      ...(spec.body ? { body: { content: jsonContent(spec.body), required: true } } : {}),
    },
    responses,
  });
}

const COMMAND_OF: Record<Exclude<Operation, "get">, string> = { attach: "clock.attach", advance: "clock.advance", detach: "clock.detach" };

function sandboxOnly(tenant: Tenant): void {
  if (tenant.config.environment !== "sandbox") {
    throw new ApiError("sandbox_only", `Tenant '${tenant.id}' is live: its clock is the wall clock. Test clocks are for sandbox tenants (config.environment).`);
  }
}

async function adminTenant(c: Context<AppEnv>, tenantId: string): Promise<Tenant> {
  const row = await findTenant(database(c.env.DB), tenantId);
  if (!row) throw new ApiError("resource_not_found", `Tenant '${tenantId}' does not exist`, { errors: [{ field: "tenant_id", message: "unknown tenant" }] });
  return tenantFromRow(row);
}

/** Runs one clock operation for a sandbox tenant through its object. */
async function run(c: Context<AppEnv>, tenant: Tenant, op: Operation, input: unknown): Promise<Response> {
  sandboxOnly(tenant);
  const stub = c.env.TENANT.getByName(tenant.id);
  if (op === "get") return c.json(await stub.clock(), 200);
  const envelope = await commandEnvelope(c, tenant, COMMAND_OF[op], input, input);
  // RPC typing cannot express `unknown` bodies; the object returns a CommandResponse.
  return commandHttpResponse((await stub.executeClock(envelope)) as unknown as CommandResponse);
}

function bodyOf(c: Context<AppEnv>, op: Operation): Promise<unknown> {
  return op === "attach" || op === "advance" ? c.req.json() : Promise.resolve({});
}

/** The test-clock routes of a sandbox tenant, for the partner (tenant API) and the operator (admin API). */
export const sandboxClockRoutes = createRouter();
for (const op of ["get", "attach", "advance", "detach"] as const) {
  sandboxClockRoutes.openapi(route(op, false), async (c) => run(c, c.get("tenant"), op, await bodyOf(c, op)) as never);
  sandboxClockRoutes.openapi(route(op, true), async (c) => {
    const { tenant_id } = c.req.param() as { tenant_id: string };
    return run(c, await adminTenant(c, tenant_id), op, await bodyOf(c, op)) as never;
  });
}
