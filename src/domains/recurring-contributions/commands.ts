import { findFinancialProduct, minimumInvestment } from "../../catalogue/financial-products";
import { findInvestmentProduct } from "../../catalogue/investment-products";
import { findAccount, subscriptionHeadroom } from "../../custody/accounts";
import { dealingProblem, payerProblem } from "../../custody/parties";
import { findPot } from "../../custody/pots";
import { today } from "../../custody/transactions";
import { add, compare, decimal, parseDecimal } from "../../money/money";
import type { FieldError } from "../../platform/errors/api-error";
import { randomToken } from "../../platform/ids";
import { sandboxDirectDebit } from "../../platform/payment-providers/direct-debit";
import type { CommandContext } from "../../tenant/command-context";
import { defineCommand, fail, succeed } from "../../tenant/commands";
import { activate } from "./activation";
import { CreateRecurringContributionInput } from "./schema";
import { RECURRING_CONTRIBUTION, toRecurringContribution, type RecurringContributionData } from "./serialize";
import type { z } from "zod";

type Input = z.infer<typeof CreateRecurringContributionInput>;

const ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";

function amountOf(value: string) {
  const parsed = parseDecimal(value, { maxDecimals: 40 });
  if (!parsed.ok) throw new RangeError(parsed.error);
  return parsed.value;
}

/** `RCB-GC-` and seven capitals or digits, unused in this tenant. */
function newContributionId(ctx: CommandContext): string {
  for (;;) {
    const bytes = crypto.getRandomValues(new Uint8Array(7));
    const id = `RCB-GC-${Array.from(bytes, (b) => ALNUM[b % ALNUM.length]).join("")}`;
    if (!ctx.get(RECURRING_CONTRIBUTION, id)) return id;
  }
}

/** Every rule of a new contribution that needs the tenant's state; the pot is known to exist. */
function problems(ctx: CommandContext, body: Input, pot: NonNullable<ReturnType<typeof findPot>>): FieldError[] {
  const errors: FieldError[] = [];
  if (pot.data.status !== "active") errors.push({ field: "pot_id", message: "the pot is not active" });
  if (body.financial_product_id !== pot.data.financial_product_id) errors.push({ field: "financial_product_id", message: `the pot is a ${pot.data.financial_product_id} pot` });
  if (!pot.data.investor_id.includes(body.investor_id)) errors.push({ field: "investor_id", message: `investor '${body.investor_id}' does not exist for this pot (for a joint pot: the paying party)` });
  if (body.currency !== pot.data.pot_currency) errors.push({ field: "currency", message: `the pot holds ${pot.data.pot_currency}` });
  const product = findFinancialProduct(ctx, pot.data.financial_product_id);
  if (product && compare(amountOf(body.amount), amountOf(minimumInvestment(product))) < 0) {
    errors.push({ field: "amount", message: `must be at least ${minimumInvestment(product)} for ${pot.data.financial_product_id}` });
  }
  const account = findAccount(ctx, pot.data.account_id);
  const headroom = account ? subscriptionHeadroom(ctx, account, ctx.nowMs) : null;
  if (headroom !== null && compare(amountOf(body.amount), amountOf(headroom)) > 0) {
    errors.push({ field: "amount", message: `exceeds the remaining annual allowance of ${headroom} for this tax year` });
  }
  if (body.sub_transaction_type !== "Regular contribution" && pot.data.financial_product_id !== "sipp_accumulation") {
    errors.push({ field: "sub_transaction_type", message: `${body.sub_transaction_type} is for SIPP Accumulation pots only` });
  }
  if (body.sub_transaction_type === "Regular contribution - Employer") {
    const problem = payerProblem(ctx, { ...pot.data, investor_id: [body.investor_id] }, "contributing_employer", body.source_id);
    if (problem) errors.push(problem);
  } else if (body.source_id) errors.push({ field: "source_id", message: "only for Regular contribution - Employer" });
  if (body.payment_type === "direct_debit" && ctx.config.environment !== "sandbox") {
    errors.push({ field: "service_provider", message: "no direct-debit provider is connected for live tenants; sandbox tenants use the GoCardless sandbox" });
  }
  if (body.payment_schedule.start_date < today(ctx)) errors.push({ field: "payment_schedule.start_date", message: `must be today (${today(ctx)}) or later` });
  if (body.purpose === "invest") {
    const dealing = dealingProblem(ctx, pot.data);
    if (dealing) errors.push(dealing);
    if (!body.investment_instructions?.length && !pot.data.portfolio_template_id) {
      errors.push({ field: "investment_instructions", message: "required when purpose is invest and the pot has no portfolio template" });
    }
    let total = decimal("0");
    (body.investment_instructions ?? []).forEach((instruction, i) => {
      const found = findInvestmentProduct(ctx, instruction.investment_product_id);
      if (!found || found.status !== "active" || found.currency !== pot.data.pot_currency) {
        errors.push({ field: `investment_instructions.${i}.investment_product_id`, message: `investment product '${instruction.investment_product_id}' is not available` });
      }
      if (instruction.value !== undefined) total = add(total, amountOf(instruction.value));
    });
    if (compare(total, amountOf(body.amount)) > 0) errors.push({ field: "investment_instructions", message: "instructed values add up to more than the amount" });
  }
  return errors;
}

/**
 * `recurring_contribution.create`: a monthly contribution into a pot. Manual ones (`none`) are
 * Active at once and the scheduler raises each collection; direct debits start Pending with the
 * sandbox mandate's authorisation URL and become Active when the payer approves it.
 */
export const createRecurringContribution = defineCommand({
  input: CreateRecurringContributionInput,
  run(ctx, body) {
    const pot = findPot(ctx, body.pot_id);
    if (!pot) return fail({ code: "resource_not_found", detail: `Pot '${body.pot_id}' does not exist`, errors: [{ field: "pot_id", message: "unknown pot" }] });
    const errors = problems(ctx, body, pot);
    if (errors.length > 0) return fail({ code: "validation_failed", detail: `Invalid fields: ${errors.map((e) => e.field).join(", ")}`, errors });
    const id = newContributionId(ctx);
    const direct = body.payment_type === "direct_debit";
    const token = direct ? randomToken(32) : null;
    const data: RecurringContributionData = {
      contribution_id: id,
      contribution_name: body.contribution_name,
      pot_id: pot.id,
      financial_product_id: pot.data.financial_product_id,
      investor_id: body.investor_id,
      amount: body.amount,
      sub_transaction_type: body.sub_transaction_type,
      currency: pot.data.pot_currency,
      payment_type: body.payment_type,
      service_provider: body.service_provider,
      purpose: body.purpose,
      investment_instructions: body.investment_instructions ?? null,
      source_id: body.source_id ?? null,
      payment_schedule: body.payment_schedule,
      service_provider_params: direct
        ? sandboxDirectDebit.startMandate({ contributionId: id, token: token as string, origin: body.page_origin }) as RecurringContributionData["service_provider_params"]
        : { status: "Pending service provider setup" },
      status: "Pending",
      reason: null,
      internal: { next_cycle: 0, skip_left: 0, collections: 0, token, mandate_replacements: 0 },
    };
    let contribution = ctx.insert(RECURRING_CONTRIBUTION, id, data, pot.id);
    if (direct) ctx.emit({ type: "recurring_contribution_authorization_url_received", ch: "notifications", payload: toRecurringContribution(contribution) });
    else contribution = activate(ctx, contribution, {});
    return succeed(201, toRecurringContribution(contribution));
  },
});
