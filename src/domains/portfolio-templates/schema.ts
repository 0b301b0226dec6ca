import { z } from "@hono/zod-openapi";
import { decimalField, parseValidated } from "../../catalogue/decimals";
import { add, decimal, equals, parseDecimal, toPlainString } from "../../money/money";
import { PageQuery, referenceVersion } from "../../platform/wire-fields";

const HUNDRED = decimal("100");

/**
 * 3 to 50 characters: first a letter; last a letter, digit or underscore; in between letters,
 * digits, spaces, underscores and dashes.
 */
const portfolioName = z
  .string()
  .min(3, "must be 3 to 50 characters")
  .max(50, "must be 3 to 50 characters")
  .superRefine((name, ctx) => {
    if (!/^[A-Za-z]/.test(name)) ctx.addIssue({ code: "custom", message: "must start with a letter" });
    if (!/[A-Za-z0-9_]$/.test(name)) ctx.addIssue({ code: "custom", message: "must end with a letter, a digit or an underscore" });
    if (!/^[A-Za-z0-9 _-]*$/.test(name.slice(1, -1))) {
      ctx.addIssue({ code: "custom", message: "may contain only letters, digits, spaces, underscores and dashes" });
    }
  })
  .openapi({ example: "Balanced_Growth", pattern: "^[A-Za-z]([A-Za-z0-9 _-]*[A-Za-z0-9_])?$" });

export const Ratio = z
  .object({
    investment_product_id: z.string().min(1).max(64).openapi({ description: "An investment product id, or `cash`", example: "GB00B3X7QG63" }),
    ratio: decimalField({ maxDecimals: 2, positive: true, max: "100", example: "60.00" }).openapi({ description: "Percent; at most 2 decimals" }),
  })
  .openapi("PortfolioRatio");

/** The allocation: no product twice, and the ratios add up to exactly 100 (decimal arithmetic). */
const ratios = z
  .array(Ratio)
  .min(1, "must have at least one ratio")
  .max(100)
  .superRefine((items, ctx) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.investment_product_id)) {
        ctx.addIssue({ code: "custom", path: [i, "investment_product_id"], message: `'${item.investment_product_id}' appears more than once` });
      }
      seen.add(item.investment_product_id);
    });
    // Only a sum of well-formed ratios means anything; malformed ones are reported on their own.
    if (items.some((item) => !parseDecimal(item.ratio, { maxDecimals: 2 }).ok)) return;
    const sum = items.reduce((total, item) => add(total, parseValidated(item.ratio)), decimal("0"));
    if (!equals(sum, HUNDRED)) ctx.addIssue({ code: "custom", message: `must add up to 100 (they add up to ${toPlainString(sum)})` });
  });

export const CreatePortfolioTemplateBody = z.object({ portfolio_name: portfolioName, ratios }).openapi("CreatePortfolioTemplateBody");

const updateFields = {
  // PATCH ignores empty strings.
  portfolio_name: z.preprocess((v) => (v === "" ? undefined : v), portfolioName.optional()),
  ratios: ratios.optional().openapi({ description: "Replaces the whole allocation" }),
  reference_version: referenceVersion,
};

export const UpdatePortfolioTemplateBody = z.object(updateFields).openapi("UpdatePortfolioTemplateBody");

export const UpdatePortfolioTemplateInput = z.object({ ...updateFields, portfolio_template_id: z.string().min(1).max(64) });

export const PortfolioTemplate = z
  .object({
    portfolio_template_id: z.string().openapi({ example: "pft-c60c9472-6668-4f7a-aa69" }),
    portfolio_name: z.string(),
    reference_version: z.number().int(),
    ratios: z.array(z.object({ investment_product_id: z.string(), ratio: z.string() })),
    owner: z.literal("SYSTEM"),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .openapi("PortfolioTemplate");

export const PortfolioTemplateList = z
  .object({ portfolio_templates: z.array(PortfolioTemplate), next_page_available: z.boolean() })
  .openapi("PortfolioTemplateList");

export const PortfolioTemplateParams = z.object({
  portfolio_template_id: z.string().min(1).max(64).openapi({ param: { name: "portfolio_template_id", in: "path" }, example: "pft-c60c9472-6668-4f7a-aa69" }),
});

export const ListPortfolioTemplatesQuery = PageQuery;

export type PortfolioTemplate = z.infer<typeof PortfolioTemplate>;
