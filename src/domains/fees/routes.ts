import { createRoute } from "@hono/zod-openapi";
import { POT } from "../../custody/pots";
import { database } from "../../db/client";
import { findResource, listResources, term, type Term } from "../../db/resources";
import { ApiError } from "../../platform/errors/api-error";
import { csvValues } from "../../platform/list-filters";
import { createRouter, jsonContent, problemResponses, TENANT_PROBLEMS, TENANT_SECURITY } from "../../platform/openapi";
import { potFeeAccruals } from "./accrual-read";
import { FEE_CODE, FEE_EXEMPTION, FEE_SETUP, type FeeCodeData, type FeeExemptionData, type FeeSetupData } from "./model";
import { FeeAccruals, FeeAccrualsQuery, FeeCodeList, FeeCodesQuery, FeeExemptionList, FeeExemptionsQuery, FeeSetupList, FeeSetupsQuery } from "./schema";
import { toFeeCode, toFeeExemption, toFeeSetup } from "./serialize";

const tags = ["Fees"];
/** Fee configuration lists are not paginated (WealthOS); a tenant's configuration is small. */
const ALL = { pageSize: 10_000, pageNumber: 1, sort: "asc" as const };

type Query = Partial<Record<string, string>>;

/** Indexed terms for the filters present: csv filters match any of their values. */
function terms(query: Query, fields: Record<string, string>): Term[] {
  const out: Term[] = [];
  for (const [param, field] of Object.entries(fields)) {
    const raw = query[param];
    if (raw !== undefined) out.push(term(field, csvValues(raw)));
  }
  return out;
}

function listRoute(path: string, summary: string, description: string, query: typeof FeeCodesQuery | typeof FeeSetupsQuery | typeof FeeExemptionsQuery, list: typeof FeeCodeList | typeof FeeSetupList | typeof FeeExemptionList) {
  return createRoute({
    method: "get",
    path,
    tags,
    summary,
    description,
    security: TENANT_SECURITY,
    request: { query },
    responses: { 200: { description: summary.replace("Get ", "The "), content: jsonContent(list) }, ...problemResponses(...TENANT_PROBLEMS) },
  });
}

const codesRoute = listRoute(
  "/tenant/fees/v1/codes",
  "Get fee codes (BETA)",
  "The fee codes set up for recurring fee computations (set by the operator). Filters combine with AND; comma-separated values match any. Not paginated.",
  FeeCodesQuery,
  FeeCodeList,
);
const setupsRoute = listRoute(
  "/tenant/fees/v1/setups",
  "Get fee setups (BETA)",
  "The recurring fees set up at Investor, Financial Product, Portfolio and Investor Account level. start_date and end_date match setups starting (ending) on that date. Not paginated.",
  FeeSetupsQuery,
  FeeSetupList,
);
const exemptionsRoute = listRoute(
  "/tenant/fees/v1/exemptions",
  "Get fee exemptions (BETA)",
  "The assets left out of the base of recurring fees, set up at Investor, Financial Product and Portfolio level. Not paginated.",
  FeeExemptionsQuery,
  FeeExemptionList,
);

const accrualsRoute = createRoute({
  method: "get",
  path: "/tenant/fees/v1/accruals",
  tags,
  summary: "Get a pot's accrued recurring fees (Coffer extension)",
  description:
    "What the pot has accrued and not yet had collected, per sub transaction type, at 10 decimal places, as of the last day-close. " +
    "Not a WealthOS operation.",
  security: TENANT_SECURITY,
  request: { query: FeeAccrualsQuery },
  responses: { 200: { description: "The pot's uncollected accruals", content: jsonContent(FeeAccruals) }, ...problemResponses(...TENANT_PROBLEMS) },
});

/** Recurring-fee configuration and accruals, read from D1. */
export const feeRoutes = createRouter()
  .openapi(codesRoute, async (c) => {
    const q = c.req.valid("query") as Query;
    const filter = { terms: terms(q, { fee_codes: "fee_code", status: "status" }) };
    const { items } = await listResources<FeeCodeData>(database(c.env.DB), c.get("tenant").id, FEE_CODE, ALL, filter);
    return c.json({ fee_codes: items.map(toFeeCode) }, 200);
  })
  .openapi(setupsRoute, async (c) => {
    const q = c.req.valid("query") as Query;
    const filter = {
      terms: terms(q, {
        fee_calculation_entity: "fee_calculation_entity",
        fee_calculation_method: "fee_calculation_method",
        sub_transaction_type: "sub_transaction_type",
        fee_codes: "fee_code",
        assigned_to: "assigned_to",
        start_date: "start_date",
        end_date: "end_date",
        status: "status",
      }),
    };
    const { items } = await listResources<FeeSetupData>(database(c.env.DB), c.get("tenant").id, FEE_SETUP, ALL, filter);
    return c.json({ fee_setups: items.map(toFeeSetup) }, 200);
  })
  .openapi(exemptionsRoute, async (c) => {
    const q = c.req.valid("query") as Query;
    const filter = {
      terms: terms(q, {
        fee_exemption_entity: "fee_exemption_entity",
        sub_transaction_type: "sub_transaction_type",
        assigned_to: "assigned_to",
        start_date: "start_date",
        end_date: "end_date",
        status: "status",
      }),
    };
    const { items } = await listResources<FeeExemptionData>(database(c.env.DB), c.get("tenant").id, FEE_EXEMPTION, ALL, filter);
    return c.json({ fee_exemptions: items.map(toFeeExemption) }, 200);
  })
  .openapi(accrualsRoute, async (c) => {
    const { pot_id } = c.req.valid("query");
    const db = database(c.env.DB);
    const tenantId = c.get("tenant").id;
    const pot = await findResource<{ pot_currency: string }>(db, tenantId, POT, pot_id);
    if (!pot) throw new ApiError("resource_not_found", `Pot '${pot_id}' does not exist`, { errors: [{ field: "pot_id", message: "unknown pot" }] });
    return c.json(await potFeeAccruals(c.env.DB, tenantId, pot_id, pot.data.pot_currency), 200);
  });
