import { canonicalDecimal } from "../../catalogue/decimals";
import { CASH_PRODUCT_ID, findInvestmentProduct } from "../../catalogue/investment-products";
import { PORTFOLIO_TEMPLATE, type PortfolioRatio, type PortfolioTemplateData } from "../../catalogue/portfolio-templates";
import type { FieldError } from "../../platform/errors/api-error";
import type { CommandContext } from "../../tenant/command-context";
import { defineCommand, fail, succeed } from "../../tenant/commands";
import { checkVersion } from "../../tenant/versioning";
import { CreatePortfolioTemplateBody, UpdatePortfolioTemplateInput } from "./schema";
import { toPortfolioTemplate } from "./serialize";

function invalid(errors: FieldError[]) {
  return fail({ code: "validation_failed", detail: `Invalid fields: ${errors.map((e) => e.field).join(", ")}`, errors });
}

/** Every product of the allocation must exist in the tenant and be active (or be `cash`). */
function productErrors(ctx: CommandContext, ratios: PortfolioRatio[]): FieldError[] {
  return ratios.flatMap((r, i) => {
    if (r.investment_product_id === CASH_PRODUCT_ID) return [];
    const field = `ratios.${i}.investment_product_id`;
    const product = findInvestmentProduct(ctx, r.investment_product_id);
    if (!product) return [{ field, message: `investment product '${r.investment_product_id}' does not exist` }];
    if (product.status !== "active") return [{ field, message: `investment product '${r.investment_product_id}' is inactive` }];
    return [];
  });
}

const canonical = (ratios: PortfolioRatio[]): PortfolioRatio[] =>
  ratios.map((r) => ({ investment_product_id: r.investment_product_id, ratio: canonicalDecimal(r.ratio, 2) }));

/** `pft-` and the first four groups of a fresh UUID, unused in this tenant. */
function newTemplateId(ctx: CommandContext): string {
  for (;;) {
    const id = `pft-${crypto.randomUUID().split("-").slice(0, 4).join("-")}`;
    if (!ctx.get(PORTFOLIO_TEMPLATE, id)) return id;
  }
}

/** `portfolio_template.create`: ratios checked against the tenant's products; emits `portfolio_template_created`. */
export const createPortfolioTemplate = defineCommand({
  input: CreatePortfolioTemplateBody,
  run(ctx, body) {
    const errors = productErrors(ctx, body.ratios);
    if (errors.length > 0) return invalid(errors);
    const id = newTemplateId(ctx);
    const data: PortfolioTemplateData = { portfolio_template_id: id, portfolio_name: body.portfolio_name, ratios: canonical(body.ratios), owner: "SYSTEM" };
    const template = toPortfolioTemplate(ctx.insert(PORTFOLIO_TEMPLATE, id, data));
    ctx.emit({ type: "portfolio_template_created", ch: "notifications", payload: template });
    return succeed(201, template);
  },
});

/** `portfolio_template.update`: name and/or the whole allocation, at the current `reference_version`. */
export const updatePortfolioTemplate = defineCommand({
  input: UpdatePortfolioTemplateInput,
  run(ctx, input) {
    const current = ctx.get<PortfolioTemplateData>(PORTFOLIO_TEMPLATE, input.portfolio_template_id);
    if (!current) {
      return fail({
        code: "resource_not_found",
        detail: `Portfolio template '${input.portfolio_template_id}' does not exist`,
        errors: [{ field: "portfolio_template_id", message: "unknown portfolio template" }],
      });
    }
    const conflict = checkVersion(current, input.reference_version);
    if (conflict) return fail(conflict);
    if (input.ratios) {
      const errors = productErrors(ctx, input.ratios);
      if (errors.length > 0) return invalid(errors);
    }
    const data: PortfolioTemplateData = {
      ...current.data,
      ...(input.portfolio_name !== undefined && { portfolio_name: input.portfolio_name }),
      ...(input.ratios && { ratios: canonical(input.ratios) }),
    };
    const template = toPortfolioTemplate(ctx.update(current, data));
    ctx.emit({ type: "portfolio_template_updated", ch: "notifications", payload: template });
    return succeed(200, template);
  },
});
