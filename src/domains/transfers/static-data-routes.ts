import { createRoute } from "@hono/zod-openapi";
import { database } from "../../db/client";
import { findTenant } from "../../db/control-plane";
import { findResource } from "../../db/resources";
import { ApiError } from "../../platform/errors/api-error";
import { ADMIN_SECURITY, createRouter, jsonContent, problemResponses } from "../../platform/openapi";
import { sendAdminCommand } from "../../tenant/admin-client";
import { ORIGO, STATIC_DATA } from "./static-data";
import { EMPTY_STATIC_DATA, StaticDataParams, TransferNetworkStaticData } from "./static-data-schema";

const tags = ["Admin"];
const PATH = "/admin/v1/tenants/{tenant_id}/transfer-network/static-data";

const putRoute = createRoute({
  method: "put",
  path: PATH,
  tags,
  summary: "Replace a tenant's transfer-network static data",
  description:
    "What Origo holds about the tenant as a receiving organisation: ceding providers, case contacts, payment accounts and PSTRN records (scheme references). " +
    "Ids are unique per list; at most one item per list is the default a transfer request falls back to.",
  security: ADMIN_SECURITY,
  request: { params: StaticDataParams, body: { content: jsonContent(TransferNetworkStaticData), required: true } },
  responses: { 200: { description: "The static data", content: jsonContent(TransferNetworkStaticData) }, ...problemResponses(400, 401, 404, 413, 415) },
});

const getRoute = createRoute({
  method: "get",
  path: PATH,
  tags,
  summary: "Get a tenant's transfer-network static data",
  security: ADMIN_SECURITY,
  request: { params: StaticDataParams },
  responses: { 200: { description: "The static data (empty lists when none is set)", content: jsonContent(TransferNetworkStaticData) }, ...problemResponses(400, 401, 404) },
});

/** The operator's view of the transfer network's static data. */
export const transferStaticDataRoutes = createRouter()
  .openapi(putRoute, (c) => sendAdminCommand(c, c.req.valid("param").tenant_id, "transfer_network.set_static_data", c.req.valid("json")) as never)
  .openapi(getRoute, async (c) => {
    const { tenant_id } = c.req.valid("param");
    const db = database(c.env.DB);
    if (!(await findTenant(db, tenant_id))) {
      throw new ApiError("resource_not_found", `Tenant '${tenant_id}' does not exist`, { errors: [{ field: "tenant_id", message: "unknown tenant" }] });
    }
    const record = await findResource<TransferNetworkStaticData>(db, tenant_id, STATIC_DATA, ORIGO);
    return c.json(record?.data ?? EMPTY_STATIC_DATA, 200);
  });
