import { createRoute } from "@hono/zod-openapi";
import { FEE_NOMINATION, type FeeNominationData } from "../../custody/fee-nominations";
import { database } from "../../db/client";
import { findResource } from "../../db/resources";
import { ApiError } from "../../platform/errors/api-error";
import { createRouter, IdempotencyHeader, jsonContent, problemResponses, TENANT_PROBLEMS, TENANT_SECURITY, TENANT_WRITE_PROBLEMS } from "../../platform/openapi";
import { sendCommand } from "../../tenant/client";
import { CreateFeeNominationBody, FeeNomination, FeeNominationDeleted, FeeNominationParams, UpdateFeeNominationBody } from "./schema";
import { toFeeNomination } from "./serialize";

const tags = ["Individual Investors"];
const path = "/tenant/investors/v1/{investor_id}/fee-nominations";
const INVESTOR = "investor";

const createFeeNominationRoute = createRoute({
  method: "post",
  path,
  tags,
  summary: "Create fee nomination for an investor",
  description: "One nominee pot (active, held by the investor) pays every fee of all the investor's pots.",
  security: TENANT_SECURITY,
  request: { headers: IdempotencyHeader, params: FeeNominationParams, body: { content: jsonContent(CreateFeeNominationBody), required: true } },
  responses: { 201: { description: "The fee nomination", content: jsonContent(FeeNomination) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
});

const getFeeNominationRoute = createRoute({
  method: "get",
  path,
  tags,
  summary: "Get fee nomination for an investor",
  security: TENANT_SECURITY,
  request: { params: FeeNominationParams },
  responses: { 200: { description: "The fee nomination", content: jsonContent(FeeNomination) }, ...problemResponses(...TENANT_PROBLEMS) },
});

const updateFeeNominationRoute = createRoute({
  method: "patch",
  path,
  tags,
  summary: "Update fee nomination for an investor",
  description: "Replaces the nominee pot; reference_version must match.",
  security: TENANT_SECURITY,
  request: { headers: IdempotencyHeader, params: FeeNominationParams, body: { content: jsonContent(UpdateFeeNominationBody), required: true } },
  responses: { 200: { description: "The fee nomination", content: jsonContent(FeeNomination) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
});

const deleteFeeNominationRoute = createRoute({
  method: "delete",
  path,
  tags,
  summary: "Delete fee nomination for an investor",
  security: TENANT_SECURITY,
  request: { headers: IdempotencyHeader, params: FeeNominationParams },
  responses: { 200: { description: "Deleted", content: jsonContent(FeeNominationDeleted) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
});

/** Fee nominations of an investor: writes go to the tenant object, reads come from D1. */
export const feeNominationRoutes = createRouter()
  .openapi(createFeeNominationRoute, (c) =>
    sendCommand(c, "fee_nomination.create", { ...c.req.valid("json"), investor_id: c.req.valid("param").investor_id }) as never,
  )
  .openapi(getFeeNominationRoute, async (c) => {
    const { investor_id } = c.req.valid("param");
    const db = database(c.env.DB);
    const tenantId = c.get("tenant").id;
    if (!(await findResource(db, tenantId, INVESTOR, investor_id))) {
      throw new ApiError("resource_not_found", `Investor '${investor_id}' does not exist`, { errors: [{ field: "investor_id", message: "unknown investor" }] });
    }
    const record = await findResource<FeeNominationData>(db, tenantId, FEE_NOMINATION, investor_id);
    if (!record) {
      throw new ApiError("resource_not_found", `Investor '${investor_id}' has no fee nomination`, { errors: [{ field: "investor_id", message: "no fee nomination" }] });
    }
    return c.json(toFeeNomination(record), 200);
  })
  .openapi(updateFeeNominationRoute, (c) =>
    sendCommand(c, "fee_nomination.update", { ...c.req.valid("json"), investor_id: c.req.valid("param").investor_id }) as never,
  )
  .openapi(deleteFeeNominationRoute, (c) => sendCommand(c, "fee_nomination.delete", { investor_id: c.req.valid("param").investor_id }) as never);
