import { z } from "@hono/zod-openapi";
import { referenceVersion } from "../../platform/wire-fields";
import { FINANCIAL_PRODUCT_IDS } from "../../catalogue/financial-products";
import { wireDateTime } from "../../platform/wire-resources";

/** Currencies a pot can be opened in (WealthOS `pot_currency` enum). */
export const POT_CURRENCIES = ["GBP", "CAD", "USD"] as const;

export const FINANCIAL_PRODUCTS = FINANCIAL_PRODUCT_IDS;
/** Products whose pots are created for investors (the account is found or opened implicitly). */
export const INVESTOR_PRODUCTS = ["general_investment_product", "stocks_isa", "lisa_cash", "sipp_fad", "sipp_accumulation", "lisa_stocks"];
/** Products whose pots are created in an existing account (`account_id`). */
export const ACCOUNT_PRODUCTS = ["treasury_management", "stocks_jisa"];
export const POT_STATUSES = ["active", "inactive"] as const;
/** At most this many pots per create request. */
export const MAX_POTS_PER_REQUEST = 5;

const potName = z.string().min(1).max(50);

export const NewPotItem = z
  .object({
    pot_name: potName,
    portfolio_template_id: z.string().min(1).max(64).optional(),
    // Any string: an unsupported currency fails that pot's result, not the whole request.
    pot_currency: z
      .string()
      .max(8)
      .optional()
      .openapi({ enum: [...POT_CURRENCIES], description: "GBP, CAD or USD, enabled for the product; defaults to the tenant's base currency" }),
    status: z.enum(POT_STATUSES),
  })
  .openapi("NewPot");

export const CreatePotsBody = z
  .object({
    request_id: z.uuid(),
    investor_id: z.array(z.string().min(1).max(64)).min(1).optional(),
    account_id: z.string().min(1).max(64).optional(),
    financial_product_id: z.enum(FINANCIAL_PRODUCTS),
    pots: z.array(NewPotItem).min(1).max(MAX_POTS_PER_REQUEST, `at most ${MAX_POTS_PER_REQUEST} pots per request`),
  })
  .superRefine((v, ctx) => {
    const byInvestor = INVESTOR_PRODUCTS.includes(v.financial_product_id);
    if (byInvestor && !v.investor_id) ctx.addIssue({ code: "custom", path: ["investor_id"], message: `required for ${v.financial_product_id}` });
    if (byInvestor && v.account_id) ctx.addIssue({ code: "custom", path: ["account_id"], message: `not allowed for ${v.financial_product_id}; send investor_id` });
    if (!byInvestor && !v.account_id) ctx.addIssue({ code: "custom", path: ["account_id"], message: `required for ${v.financial_product_id}` });
    if (!byInvestor && v.investor_id) ctx.addIssue({ code: "custom", path: ["investor_id"], message: `not allowed for ${v.financial_product_id}; send account_id` });
  })
  .openapi("CreatePotsBody");

export const Pot = z
  .object({
    pot_id: z.string().openapi({ example: "pot-GYQ5423100" }),
    pot_name: z.string(),
    investor_id: z.array(z.string()),
    financial_product_id: z.string(),
    portfolio_template_id: z.string().optional(),
    pot_currency: z.string(),
    status: z.enum(POT_STATUSES),
    account_id: z.string(),
    reference_version: z.number().int(),
    created_at: wireDateTime,
    updated_at: wireDateTime,
  })
  .openapi("Pot");

export const PotResult = Pot.partial()
  .extend({ success: z.boolean(), message: z.string().optional() })
  .openapi("PotResult");

export const CreatePotsResponse = z
  .object({
    status: z.enum(["success", "partially_successful"]),
    investor_id: z.array(z.string()),
    financial_product_id: z.string(),
    results: z.array(PotResult),
  })
  .openapi("CreatePotsResponse");

const updateFields = {
  pot_name: potName.optional(),
  portfolio_template_id: z.string().min(1).max(64).nullable().optional().openapi({ description: "null detaches the template" }),
  status: z.enum(POT_STATUSES).optional(),
  reference_version: referenceVersion,
};

export const UpdatePotBody = z.object(updateFields).openapi("UpdatePotBody");
export const UpdatePotInput = z.object({ ...updateFields, pot_id: z.string().min(1).max(64) });

export const PotParams = z.object({ pot_id: z.string().min(1).max(64).openapi({ param: { name: "pot_id", in: "path" }, example: "pot-GYQ5423100" }) });

export const ListPotsQuery = z.object({
  investor_id: z.string().min(1).max(64),
  financial_product_id: z.string().optional().openapi({ description: "comma-separated financial product ids" }),
});

export const PotList = z.object({ pots: z.array(Pot) }).openapi("PotList");
