import { createRoute, z } from "@hono/zod-openapi";
import { database } from "../db/client";
import { ApiError } from "../platform/errors/api-error";
import { createRouter, problemResponses, TENANT_PROBLEMS, TENANT_SECURITY, WS_SECURITY } from "../platform/openapi";
import { integerParam, positiveIntegerParam } from "../platform/pagination";
import { dateTime } from "../platform/wire-fields";
import { activityLinks, readActivity } from "./activity";
import { PARTNER_HEADER } from "./socket-session";

const ActivityQuerySchema = z.object({
  after: dateTime.optional().openapi({ description: "Only events with a timestamp after this time", example: "2026-11-18T11:08:23.003Z" }),
  before: dateTime.optional().openapi({ description: "Only events with a timestamp before this time" }),
  after_seq: integerParam(0, Number.MAX_SAFE_INTEGER, "Cursor: only events with a larger seq (never skips or repeats)"),
  limit: positiveIntegerParam(1000, "At most 1000 (default 100)"),
  offset: integerParam(0, Number.MAX_SAFE_INTEGER, "Events to skip (default 0)"),
});

const ActivityEventSchema = z
  .object({
    event_identification: z.string(),
    event_date_time: z.string(),
    id: z.string(),
    seq: z.number().int(),
    type: z.string(),
    ch: z.string(),
    ts: z.number().int(),
    payload: z.unknown(),
  })
  .openapi("ActivityEvent");

const ActivityPage = z
  .object({
    links: z.array(z.object({ href: z.string(), rel: z.string(), type: z.string() })),
    events: z.array(ActivityEventSchema),
  })
  .openapi("ActivityPage");

const activityRoute = createRoute({
  method: "get",
  path: "/tenant/activity/v1",
  tags: ["Activity"],
  summary: "Poll the tenant's events",
  description: "Every event of the tenant in seq order, with the same ids, seq and ts as the WebSocket stream.",
  security: TENANT_SECURITY,
  request: { query: ActivityQuerySchema },
  responses: { 200: { description: "A page of events", content: { "application/json": { schema: ActivityPage } } }, ...problemResponses(...TENANT_PROBLEMS) },
});

const socketRoute = createRoute({
  method: "get",
  path: "/ws",
  tags: ["Socket API"],
  summary: "Open the WebSocket push API",
  description:
    "Upgrade to a WebSocket on `{tenant}.{BASE_DOMAIN}` or `{tenant}-ws.{BASE_DOMAIN}`, authenticated by the `x-token` query parameter (the API key). " +
    "Messages follow the WealthOS socket protocol: subscription/unsubscription with `ch`, `req_id` and optional `from_ts`, heartbeats `{\"type\":\"hb\",\"ch\":\"system\"}`.",
  security: WS_SECURITY,
  request: { query: z.object({ "x-token": z.string().optional().openapi({ description: "Tenant API key" }) }) },
  responses: { 101: { description: "Switching protocols" }, ...problemResponses(400, 401, 404, 426, 429) },
});

/** `/tenant/activity/v1` (polling feed from D1) and `/ws` (socket upgrade handed to the tenant object). */
export const streamRoutes = createRouter()
  .openapi(activityRoute, async (c) => {
    const q = c.req.valid("query");
    const limit = q.limit === undefined ? 100 : Number(q.limit);
    if (limit > 1000) throw ApiError.validation([{ field: "limit", message: "must be at most 1000" }]);
    const query = {
      afterMs: q.after === undefined ? undefined : Date.parse(q.after),
      beforeMs: q.before === undefined ? undefined : Date.parse(q.before),
      afterSeq: q.after_seq === undefined ? undefined : Number(q.after_seq),
      limit,
      offset: q.offset === undefined ? 0 : Number(q.offset),
    };
    // A partner-scoped key's handle reads only events about the partner's book (`db/book.ts`).
    const { events, total } = await readActivity(database(c.env.DB), c.get("tenant").id, query);
    return c.json({ links: activityLinks(new URL(c.req.url), query, events, total), events }, 200);
  })
  .openapi(socketRoute, async (c) => {
    if (c.req.header("upgrade")?.toLowerCase() !== "websocket") {
      throw new ApiError("upgrade_required", "GET /ws must be a WebSocket upgrade (Upgrade: websocket)");
    }
    const upgrade = new Request(c.req.raw);
    upgrade.headers.delete(PARTNER_HEADER);
    const partnerId = c.get("partnerId");
    if (partnerId !== undefined) upgrade.headers.set(PARTNER_HEADER, partnerId);
    return (await c.env.TENANT.getByName(c.get("tenant").id).fetch(upgrade)) as never;
  });
