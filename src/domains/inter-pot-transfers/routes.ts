import { createRoute } from "@hono/zod-openapi";
import { database } from "../../db/client";
import { findResource, listResources } from "../../db/resources";
import { createRouter, IdempotencyHeader, jsonContent, problemResponses, TENANT_PROBLEMS, TENANT_SECURITY, TENANT_WRITE_PROBLEMS } from "../../platform/openapi";
import { paged, pageRequest, type Paging } from "../../platform/pagination";
import { sendCommand } from "../../tenant/client";
import { INTER_POT_TRANSFER, toInterPotTransfer, type InterPotTransferData } from "./commands";
import { InterPotTransfer, InterPotTransferBody, InterPotTransferList, InterPotTransferQuery } from "./schema";

const tags = ["Pots, Holdings and Transactions"];
const PAGING: Paging = { pageSize: 1000, maxPageSize: 8000 };

const createTransferRoute = createRoute({
  method: "post",
  path: "/tenant/pots/v1/inter-pot-transfer",
  tags,
  summary: "Create inter pot transfers (BETA)",
  description:
    "Moves free cash (`investment_product_id: cash`, amount in the pots' currency) or free units between two pots of the same account, " +
    "for SIPP Accumulation, LISA Stocks and Shares, LISA Cash, ISA Stocks and Shares and GIA pots. Immediate and atomic: paired " +
    "Internal Transfer - Cash/Stock Out and In transactions; units carry their average book cost. 422 when the source lacks free cash or units.",
  security: TENANT_SECURITY,
  request: { headers: IdempotencyHeader, body: { content: jsonContent(InterPotTransferBody), required: true } },
  responses: { 201: { description: "The transfer, done", content: jsonContent(InterPotTransfer) }, ...problemResponses(...TENANT_WRITE_PROBLEMS) },
});

const listTransfersRoute = createRoute({
  method: "get",
  path: "/tenant/pots/v1/inter-pot-transfer",
  tags,
  summary: "Get inter pot transfers (BETA)",
  description: "One transfer by `transfer_id` (a single id), or every transfer, by creation time (`sort`, default desc). Paging defaults 1000/1, max 8000.",
  security: TENANT_SECURITY,
  request: { query: paged(InterPotTransferQuery, PAGING) },
  responses: { 200: { description: "A page of transfers", content: jsonContent(InterPotTransferList) }, ...problemResponses(...TENANT_PROBLEMS) },
});

/** Inter-pot transfers: a command to create, D1 to read. Mounted before the pot CRUD routes. */
export const interPotTransferRoutes = createRouter()
  .openapi(createTransferRoute, (c) => {
    const body = c.req.valid("json");
    return sendCommand(c, "inter_pot_transfer.create", body, { wealthosRequestId: body.request_id }) as never;
  })
  .openapi(listTransfersRoute, async (c) => {
    const query = c.req.valid("query");
    const page = pageRequest(query, PAGING);
    const db = database(c.env.DB);
    const tenantId = c.get("tenant").id;
    if (query.transfer_id !== undefined) {
      const found = await findResource<InterPotTransferData>(db, tenantId, INTER_POT_TRANSFER, query.transfer_id);
      const items = found && page.pageNumber === 1 ? [toInterPotTransfer(found)] : [];
      return c.json({ inter_pot_transfers: items, next_page_available: false }, 200);
    }
    const { items, nextPageAvailable } = await listResources<InterPotTransferData>(db, tenantId, INTER_POT_TRANSFER, page);
    return c.json({ inter_pot_transfers: items.map(toInterPotTransfer), next_page_available: nextPageAvailable }, 200);
  });
