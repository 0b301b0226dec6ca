import type { PortfolioTemplateData } from "../../catalogue/portfolio-templates";
import { toWire } from "../../platform/wire-absent";
import { PortfolioTemplate } from "./schema";

/** A template as the wire shows it, from either the write model or the D1 read model. */
export function toPortfolioTemplate(row: { version: number; data: PortfolioTemplateData; createdAt: string; updatedAt: string }): PortfolioTemplate {
  const d = row.data;
  return toWire(PortfolioTemplate, {
    portfolio_template_id: d.portfolio_template_id,
    portfolio_name: d.portfolio_name,
    reference_version: row.version,
    ratios: d.ratios,
    owner: d.owner,
    created_at: row.createdAt,
    updated_at: row.updatedAt,
  });
}
