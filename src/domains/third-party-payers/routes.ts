import { createRoute } from "@hono/zod-openapi";
import { database } from "../../db/client";
import { findResource, listResources } from "../../db/resources";
import { ApiError } from "../../platform/errors/api-error";
import { createRouter, IdempotencyHeader, jsonContent, problemResponses, TENANT_PROBLEMS, TENANT_SECURITY, TENANT_WRITE_PROBLEMS } from "../../platform/openapi";
import { sendCommand } from "../../tenant/client";
import { THIRD_PARTY_PAYER } from "./aml";
import { CreateThirdPartyPayerBody, ListThirdPartyPayersQuery, ThirdPartyPayer, ThirdPartyPayerList, ThirdPartyPayerParams, UpdateThirdPartyPayerBody } from "./schema";
import { toThirdPartyPayer, type ThirdPartyPayerData } from "./serialize";

const tags = ["Third Party Payers"];
const PATH = "/tenant/third-party-payers/v1";
const INVESTOR = "investor";
/** Third-party payers are an unpaginated list; this bounds one investor's list. */
const ALL = { pageSize: 10_000, pageNumber: 1, sort: "asc" as const };

const createPayerRoute = createRoute({
  method: "post",
  path: PATH,
  tags,
  summary: "Create new third-party payer",
  description: "Individuals need first and last name and date of birth; organisations need organisation_name and relationship `other`. `active` only when aml_status is `clear`.",
  security: TENANT_SECURITY,
  request: { headers: IdempotencyHeader, body: { content: jsonContent(CreateThirdPartyPayerBody), required: true } },
  responses: { 201: { description: "The third-party payer", content: jsonContent(ThirdPartyPayer) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
});

const listPayersRoute = createRoute({
  method: "get",
  path: PATH,
  tags,
  summary: "Retrieve all the third-party payers of an investor",
  description: "Not paginated; optionally filtered by `status`.",
  security: TENANT_SECURITY,
  request: { query: ListThirdPartyPayersQuery },
  responses: { 200: { description: "The investor's third-party payers", content: jsonContent(ThirdPartyPayerList) }, ...problemResponses(...TENANT_PROBLEMS) },
});

const getPayerRoute = createRoute({
  method: "get",
  path: `${PATH}/{third_party_payer_id}`,
  tags,
  summary: "Retrieve a third-party payer",
  security: TENANT_SECURITY,
  request: { params: ThirdPartyPayerParams },
  responses: { 200: { description: "The third-party payer", content: jsonContent(ThirdPartyPayer) }, ...problemResponses(...TENANT_PROBLEMS) },
});

const updatePayerRoute = createRoute({
  method: "patch",
  path: `${PATH}/{third_party_payer_id}`,
  tags,
  summary: "Update a third-party payer",
  description: "Partial update: only sent fields change, `null` clears a nullable field. `type` and `investor_id` cannot change.",
  security: TENANT_SECURITY,
  request: { headers: IdempotencyHeader, params: ThirdPartyPayerParams, body: { content: jsonContent(UpdateThirdPartyPayerBody), required: true } },
  responses: { 200: { description: "The third-party payer", content: jsonContent(ThirdPartyPayer) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
});

/** Third-party payers: writes go to the tenant object, reads come from D1. */
export const thirdPartyPayerRoutes = createRouter()
  .openapi(createPayerRoute, (c) => sendCommand(c, "third_party_payer.create", c.req.valid("json")) as never)
  .openapi(listPayersRoute, async (c) => {
    const { investor_id, status } = c.req.valid("query");
    const db = database(c.env.DB);
    const tenantId = c.get("tenant").id;
    if (!(await findResource(db, tenantId, INVESTOR, investor_id))) {
      throw new ApiError("resource_not_found", `Investor '${investor_id}' does not exist`, { errors: [{ field: "investor_id", message: "unknown investor" }] });
    }
    const { items } = await listResources<ThirdPartyPayerData>(db, tenantId, THIRD_PARTY_PAYER, ALL, { ownerId: investor_id });
    const payers = items.filter((r) => !status || r.data.status === status).map(toThirdPartyPayer);
    return c.json({ thirdPartyPayers: payers }, 200);
  })
  .openapi(getPayerRoute, async (c) => {
    const { third_party_payer_id: id } = c.req.valid("param");
    const record = await findResource<ThirdPartyPayerData>(database(c.env.DB), c.get("tenant").id, THIRD_PARTY_PAYER, id);
    if (!record) {
      throw new ApiError("resource_not_found", `Third-party payer '${id}' does not exist`, { errors: [{ field: "third_party_payer_id", message: "unknown third-party payer" }] });
    }
    return c.json(toThirdPartyPayer(record), 200);
  })
  .openapi(updatePayerRoute, (c) =>
    sendCommand(c, "third_party_payer.update", { ...c.req.valid("json"), third_party_payer_id: c.req.valid("param").third_party_payer_id }) as never,
  );
