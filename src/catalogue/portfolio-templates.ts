import type { CommandContext } from "../tenant/command-context";

/**
 * Portfolio templates: the ratios in which cleared cash in a pot is invested, and the target of
 * rebalancing. Stored as `portfolio_template` entities; pots link to them by id.
 */

/** Entity kind of a portfolio template. */
export const PORTFOLIO_TEMPLATE = "portfolio_template";

/** One allocation of a template: a product id (or `cash`) and its share in percent (`"60.00"`). */
export interface PortfolioRatio {
  investment_product_id: string;
  ratio: string;
}

/** A template as stored: its ratios sum to exactly 100 (checked with decimal arithmetic on write). */
export interface PortfolioTemplateData {
  portfolio_template_id: string;
  portfolio_name: string;
  ratios: PortfolioRatio[];
  owner: "SYSTEM";
}

/** The tenant's portfolio template, or `null` when it has none with that id. */
export function findPortfolioTemplate(ctx: CommandContext, id: string): PortfolioTemplateData | null {
  return ctx.get<PortfolioTemplateData>(PORTFOLIO_TEMPLATE, id)?.data ?? null;
}
