import { findFinancialProduct, potCurrencies } from "../../catalogue/financial-products";
import { findPortfolioTemplate } from "../../catalogue/portfolio-templates";
import { attachPot, findAccount, implicitAccountFor, type Account } from "../../custody/accounts";
import { findPot, POT, toPot, type PotData } from "../../custody/pots";
import { ensureDayClose } from "../../clock/day-close";
import type { FieldError } from "../../platform/errors/api-error";
import type { CommandContext } from "../../tenant/command-context";
import { defineCommand, fail, succeed } from "../../tenant/commands";
import { checkVersion } from "../../tenant/versioning";
import { CreatePotsBody, POT_CURRENCIES, UpdatePotInput } from "./schema";
import type { z } from "zod";

const INVESTOR_KINDS = ["investor", "investor_organisation"];

function invalid(errors: FieldError[]) {
  return fail({ code: "validation_failed", detail: `Invalid fields: ${errors.map((e) => e.field).join(", ")}`, errors });
}

function investorExists(ctx: CommandContext, id: string): boolean {
  return INVESTOR_KINDS.some((kind) => ctx.get(kind, id) !== null);
}

type PotItem = z.infer<typeof CreatePotsBody>["pots"][number];

/** Why one pot of a create request cannot be opened, or null when it can. */
function potProblem(ctx: CommandContext, item: PotItem, currencies: string[]): string | null {
  const currency = item.pot_currency ?? ctx.config.base_currency;
  if (!(POT_CURRENCIES as readonly string[]).includes(currency) || !currencies.includes(currency)) return `Value [${currency}] for [pot_currency] is not valid`;
  if (item.portfolio_template_id && !findPortfolioTemplate(ctx, item.portfolio_template_id)) {
    return `Portfolio template [${item.portfolio_template_id}] does not exist`;
  }
  return null;
}

/**
 * `pot.create`: up to five pots for investors (their account of that product is found or
 * opened) or in an existing account. Each pot succeeds or fails on its own (`results[]`);
 * when every pot fails the request is a 400 and nothing is written.
 */
export const createPots = defineCommand({
  input: CreatePotsBody,
  run(ctx, body) {
    const product = findFinancialProduct(ctx, body.financial_product_id);
    if (!product) return invalid([{ field: "financial_product_id", message: `financial product '${body.financial_product_id}' is not available` }]);
    let investorIds: string[];
    let account: Account | null = null;
    if (body.account_id) {
      account = findAccount(ctx, body.account_id);
      if (!account) return fail({ code: "resource_not_found", detail: `Account '${body.account_id}' does not exist`, errors: [{ field: "account_id", message: "unknown account" }] });
      if (account.data.financial_product_id !== body.financial_product_id) {
        return invalid([{ field: "account_id", message: `account is for ${account.data.financial_product_id}, not ${body.financial_product_id}` }]);
      }
      investorIds = account.data.investor_id;
    } else {
      const sent = body.investor_id ?? [];
      investorIds = [...new Set(sent)];
      // Indexes name the ids as sent (a repeated id does not shift them).
      const unknown = sent.map((id, i) => ({ id, i })).filter(({ id }) => !investorExists(ctx, id));
      if (unknown.length > 0) {
        return fail({
          code: "resource_not_found",
          detail: `Investor ${unknown.map((u) => `'${u.id}'`).join(", ")} does not exist`,
          errors: unknown.map((u) => ({ field: `investor_id.${u.i}`, message: "unknown investor" })),
        });
      }
    }
    const currencies = potCurrencies(product);
    const problems = body.pots.map((item) => potProblem(ctx, item, currencies));
    if (problems.every((p) => p !== null)) {
      return invalid(problems.map((message, i) => ({ field: `pots.${i}`, message: message as string })));
    }
    const target = account ?? implicitAccountFor(ctx, investorIds, body.financial_product_id);
    const results = body.pots.map((item, i) => {
      if (problems[i]) return { success: false, message: problems[i] };
      const data: PotData = {
        pot_name: item.pot_name,
        investor_id: investorIds,
        financial_product_id: body.financial_product_id,
        portfolio_template_id: item.portfolio_template_id ?? null,
        pot_currency: item.pot_currency ?? ctx.config.base_currency,
        status: item.status,
        account_id: target.id,
      };
      const pot = ctx.insert(POT, ctx.newId(POT, "pot"), data, investorIds[0] ?? null);
      attachPot(ctx, findAccount(ctx, target.id) ?? target, pot.id);
      ctx.emit({ type: "pot_created", ch: "notifications", payload: toPot(pot) });
      return { ...toPot(pot), success: true };
    });
    ensureDayClose(ctx);
    return succeed(201, {
      status: problems.some((p) => p !== null) ? "partially_successful" : "success",
      investor_id: investorIds,
      financial_product_id: body.financial_product_id,
      results,
    });
  },
});

/** `pot.update`: name, template (null detaches) and status, with `reference_version`. */
export const updatePot = defineCommand({
  input: UpdatePotInput,
  run(ctx, input) {
    const current = findPot(ctx, input.pot_id);
    if (!current) return fail({ code: "resource_not_found", detail: `Pot '${input.pot_id}' does not exist`, errors: [{ field: "pot_id", message: "unknown pot" }] });
    const conflict = checkVersion(current, input.reference_version);
    if (conflict) return fail(conflict);
    if (input.portfolio_template_id && !findPortfolioTemplate(ctx, input.portfolio_template_id)) {
      return invalid([{ field: "portfolio_template_id", message: `portfolio template '${input.portfolio_template_id}' does not exist` }]);
    }
    const data: PotData = {
      ...current.data,
      ...(input.pot_name !== undefined && { pot_name: input.pot_name }),
      ...(input.portfolio_template_id !== undefined && { portfolio_template_id: input.portfolio_template_id }),
      ...(input.status !== undefined && { status: input.status }),
    };
    const updated = ctx.update(current, data);
    ctx.emit({ type: "pot_updated", ch: "notifications", payload: toPot(updated) });
    return succeed(200, toPot(updated));
  },
});
