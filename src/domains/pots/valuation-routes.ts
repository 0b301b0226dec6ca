import { requestToday } from "../../clock/request-clock";
import { createRoute } from "@hono/zod-openapi";
import { POT, type PotData } from "../../custody/pots";
import { snapshotItem, toPotsValuesItem, type PotValueSnapshot } from "../../custody/snapshots";
import { database, type Database } from "../../db/client";
import { pagePotValueSnapshots } from "../../db/pot-value-snapshots";
import { listResourcesWhere } from "../../db/resource-queries";
import { findResource, listResources, term } from "../../db/resources";
import { ApiError } from "../../platform/errors/api-error";
import { createRouter, jsonContent, problemResponses, TENANT_PROBLEMS, TENANT_SECURITY } from "../../platform/openapi";
import { paged, pageRequest, type Paging } from "../../platform/pagination";
import { investorTotals, potValue, valuePots, type PotRecord } from "../../custody/valuation";
import { InvestorHoldings, InvestorQuery, InvestorTotalValues, PotHoldings, PotIdParams, PotsValues, PotsValuesQuery, PotValue } from "./valuation-schema";

const VALUES_PAGING: Paging = { pageSize: 1000, maxPageSize: 4000 };

const tags = ["Pots, Holdings and Transactions"];
const INVESTOR_KINDS = ["investor", "investor_organisation"];
const PROBLEMS = problemResponses(...TENANT_PROBLEMS);

/** The tenant's pot, or a 404 naming `pot_id` (another tenant's id is unknown here too). */
export async function requirePot(db: Database, tenantId: string, potId: string): Promise<PotRecord> {
  const pot = await findResource<PotData>(db, tenantId, POT, potId);
  if (!pot) throw new ApiError("resource_not_found", `Pot '${potId}' does not exist`, { errors: [{ field: "pot_id", message: "unknown pot" }] });
  return pot;
}

/** Every pot an investor is one of the investors of (joint pots included), oldest first. */
async function investorPots(db: Database, tenantId: string, investorId: string): Promise<PotRecord[]> {
  for (const kind of INVESTOR_KINDS) {
    if (await findResource(db, tenantId, kind, investorId)) {
      return listResourcesWhere<PotData>(db, tenantId, POT, { terms: [term("investor_id", investorId)] });
    }
  }
  throw new ApiError("resource_not_found", `Investor '${investorId}' does not exist`, { errors: [{ field: "investor_id", message: "unknown investor" }] });
}

const investorValueRoute = createRoute({
  method: "get",
  path: "/tenant/pots/v1/value",
  tags,
  summary: "Get total value of all pots of an investor",
  description: "Current values by currency; currencies and pots without holdings are left out.",
  security: TENANT_SECURITY,
  request: { query: InvestorQuery },
  responses: { 200: { description: "Totals by currency", content: jsonContent(InvestorTotalValues) }, ...PROBLEMS },
});

const potsValuesRoute = createRoute({
  method: "get",
  path: "/tenant/pots/v1/values",
  tags,
  summary: "Retrieve all pots values for a given date",
  description:
    "Without a date, or with today's date (the operational date on the tenant clock, Europe/London by default): the current values of every pot. With a past date: the daily snapshot taken at that date's day-close (23:59:59.999 local time). " +
    "Newest pots first. Paging defaults 1000/1, max 4000.",
  security: TENANT_SECURITY,
  request: { query: paged(PotsValuesQuery, VALUES_PAGING) },
  responses: { 200: { description: "A page of pot values", content: jsonContent(PotsValues) }, ...PROBLEMS },
});

const investorHoldingsRoute = createRoute({
  method: "get",
  path: "/tenant/pots/v1/holdings",
  tags,
  summary: "Get total holdings of an investor",
  description: "Every pot of the investor (oldest first) with its holdings: cash first, then investment products by id.",
  security: TENANT_SECURITY,
  request: { query: InvestorQuery },
  responses: { 200: { description: "Holdings by pot", content: jsonContent(InvestorHoldings) }, ...PROBLEMS },
});

const potValueRoute = createRoute({
  method: "get",
  path: "/tenant/pots/v1/{pot_id}/value",
  tags,
  summary: "Get current value of a pot",
  description: "Sums of the pot's holdings in its currency at the latest prices; every total is exactly free + locked.",
  security: TENANT_SECURITY,
  request: { params: PotIdParams },
  responses: { 200: { description: "The pot's value", content: jsonContent(PotValue) }, ...PROBLEMS },
});

const potHoldingsRoute = createRoute({
  method: "get",
  path: "/tenant/pots/v1/{pot_id}/holdings",
  tags,
  summary: "Get current holdings of a pot",
  description: "Cash first, then investment products by id; holdings with nothing in them are left out.",
  security: TENANT_SECURITY,
  request: { params: PotIdParams },
  responses: { 200: { description: "The pot's holdings", content: jsonContent(PotHoldings) }, ...PROBLEMS },
});

/**
 * Pot values and holdings read from D1. Mounted before the pot CRUD routes so that `value`,
 * `values` and `holdings` are never read as a pot id.
 */
export const potValuationRoutes = createRouter()
  .openapi(investorValueRoute, async (c) => {
    const db = database(c.env.DB);
    const tenantId = c.get("tenant").id;
    const pots = await investorPots(db, tenantId, c.req.valid("query").investor_id);
    return c.json({ total_values: investorTotals(await valuePots(db, tenantId, pots)) }, 200);
  })
  .openapi(potsValuesRoute, async (c) => {
    const query = c.req.valid("query");
    const page = pageRequest(query, VALUES_PAGING);
    const today = await requestToday(c);
    const date = query.date ?? today;
    if (date > today) throw ApiError.validation([{ field: "date", message: `must not be after today (${today})` }]);
    const db = database(c.env.DB);
    const tenantId = c.get("tenant").id;
    if (date === today) {
      const { items, nextPageAvailable } = await listResources<PotData>(db, tenantId, POT, { ...page, sort: "desc" });
      const valued = await valuePots(db, tenantId, items);
      const values = valued.map((v) => {
        const { pot_id, pot_currency, ...totals } = potValue(v);
        return toPotsValuesItem(pot_id, pot_currency, today, totals);
      });
      return c.json({ pots_values: values, next_page_available: nextPageAvailable }, 200);
    }
    const { items, nextPageAvailable } = await pagePotValueSnapshots<PotValueSnapshot>(db, tenantId, date, page);
    return c.json({ pots_values: items.map((s) => snapshotItem(s)), next_page_available: nextPageAvailable }, 200);
  })
  .openapi(investorHoldingsRoute, async (c) => {
    const db = database(c.env.DB);
    const tenantId = c.get("tenant").id;
    const pots = await investorPots(db, tenantId, c.req.valid("query").investor_id);
    const valued = await valuePots(db, tenantId, pots);
    return c.json({ pots: valued.map((v) => ({ pot_id: v.pot.id, holdings: v.holdings })) }, 200);
  })
  .openapi(potValueRoute, async (c) => {
    const db = database(c.env.DB);
    const tenantId = c.get("tenant").id;
    const pot = await requirePot(db, tenantId, c.req.valid("param").pot_id);
    const [valued] = await valuePots(db, tenantId, [pot]);
    return c.json(potValue(valued!), 200);
  })
  .openapi(potHoldingsRoute, async (c) => {
    const db = database(c.env.DB);
    const tenantId = c.get("tenant").id;
    const pot = await requirePot(db, tenantId, c.req.valid("param").pot_id);
    const [valued] = await valuePots(db, tenantId, [pot]);
    return c.json({ pot_id: pot.id, holdings: valued!.holdings }, 200);
  });
