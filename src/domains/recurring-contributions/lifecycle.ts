import { findFinancialProduct, minimumInvestment } from "../../catalogue/financial-products";
import { findPot } from "../../custody/pots";
import { compare, parseDecimal } from "../../money/money";
import { constantTimeEqual } from "../../platform/api-keys";
import type { DomainError } from "../../platform/errors/api-error";
import { sandboxDirectDebit } from "../../platform/payment-providers/direct-debit";
import type { CommandContext } from "../../tenant/command-context";
import { defineCommand, fail, succeed } from "../../tenant/commands";
import { checkVersion } from "../../tenant/versioning";
import { activate } from "./activation";
import { CancelInput, MandateDecisionInput, PauseInput, ReplaceMandateInput, ResumeInput, UpdateInput } from "./schema";
import { RECURRING_CONTRIBUTION, saveContribution, toRecurringContribution, type Contribution, type ContributionStatus, type RecurringContributionData } from "./serialize";

function amountOf(value: string) {
  const parsed = parseDecimal(value, { maxDecimals: 40 });
  if (!parsed.ok) throw new RangeError(parsed.error);
  return parsed.value;
}

function notFound(id: string): DomainError {
  return { code: "resource_not_found", detail: `Recurring contribution '${id}' does not exist`, errors: [{ field: "contribution_id", message: "unknown recurring contribution" }] };
}

/** The contribution, or the problem when it is unknown or not in one of `allowed`. */
function load(ctx: CommandContext, id: string, allowed: ContributionStatus[], action: string): { contribution: Contribution } | { error: DomainError } {
  const contribution = ctx.get<RecurringContributionData>(RECURRING_CONTRIBUTION, id);
  if (!contribution) return { error: notFound(id) };
  if (!allowed.includes(contribution.data.status)) {
    return {
      error: {
        code: "state_conflict",
        detail: `Only ${allowed.join(" or ")} contributions can be ${action}; this one is ${contribution.data.status}`,
        errors: [{ field: "status", message: `the contribution is ${contribution.data.status}` }],
      },
    };
  }
  return { contribution };
}

/** `recurring_contribution.update` (#47): amount and name of an Active contribution. */
export const updateRecurringContribution = defineCommand({
  input: UpdateInput,
  run(ctx, input) {
    const found = load(ctx, input.contribution_id, ["Active"], "updated");
    if ("error" in found) return fail(found.error);
    const { contribution } = found;
    if (input.reference_version !== undefined) {
      const conflict = checkVersion(contribution, input.reference_version);
      if (conflict) return fail(conflict);
    }
    if (input.amount !== undefined) {
      const pot = findPot(ctx, contribution.data.pot_id);
      const product = pot ? findFinancialProduct(ctx, pot.data.financial_product_id) : null;
      if (product && compare(amountOf(input.amount), amountOf(minimumInvestment(product))) < 0) {
        return fail({ code: "validation_failed", detail: "Invalid fields: amount", errors: [{ field: "amount", message: `must be at least ${minimumInvestment(product)} for ${product.financial_product_id}` }] });
      }
    }
    const data = { ...contribution.data, amount: input.amount ?? contribution.data.amount, contribution_name: input.contribution_name ?? contribution.data.contribution_name };
    return succeed(200, toRecurringContribution(saveContribution(ctx, contribution, data, "recurring_contribution_updated")));
  },
});

/** `recurring_contribution.pause` (#48): skip the next `pause_cycles` collections, then Active again by itself. */
export const pauseRecurringContribution = defineCommand({
  input: PauseInput,
  run(ctx, input) {
    const found = load(ctx, input.contribution_id, ["Active"], "paused");
    if ("error" in found) return fail(found.error);
    const { contribution } = found;
    const data: RecurringContributionData = {
      ...contribution.data,
      status: "Paused",
      service_provider_params: { ...contribution.data.service_provider_params, status: "Subscription paused" },
      internal: { ...contribution.data.internal, skip_left: input.pause_cycles },
    };
    return succeed(200, toRecurringContribution(saveContribution(ctx, contribution, data, "recurring_contribution_updated")));
  },
});

/** Paused → Active (early resume, or the last paused cycle passed): skipped dates are not made up. */
export function resume(ctx: CommandContext, contribution: Contribution): Contribution {
  const data: RecurringContributionData = {
    ...contribution.data,
    status: "Active",
    service_provider_params: { ...contribution.data.service_provider_params, status: "Subscription resumed" },
    internal: { ...contribution.data.internal, skip_left: 0 },
  };
  return saveContribution(ctx, contribution, data, "recurring_contribution_resumed");
}

/** `recurring_contribution.resume` (#49). */
export const resumeRecurringContribution = defineCommand({
  input: ResumeInput,
  run(ctx, input) {
    const found = load(ctx, input.contribution_id, ["Paused"], "resumed");
    if ("error" in found) return fail(found.error);
    return succeed(200, toRecurringContribution(resume(ctx, found.contribution)));
  },
});

/** `recurring_contribution.cancel` (#50): terminal; collections already raised run their course. */
export const cancelRecurringContribution = defineCommand({
  input: CancelInput,
  run(ctx, input) {
    const found = load(ctx, input.contribution_id, ["Pending", "Active", "Paused"], "cancelled");
    if ("error" in found) return fail(found.error);
    const { contribution } = found;
    const reason = input.reason ?? null;
    const data: RecurringContributionData = {
      ...contribution.data,
      status: "Cancelled",
      reason,
      service_provider_params: { ...contribution.data.service_provider_params, status: "Subscription cancelled", ...(reason ? { reason } : {}) },
    };
    return succeed(200, toRecurringContribution(saveContribution(ctx, contribution, data, "recurring_contribution_cancelled")));
  },
});

/** `recurring_contribution.mandate_decision`: the payer approves or rejects the sandbox mandate on the authorisation page. */
export const decideMandate = defineCommand({
  input: MandateDecisionInput,
  run(ctx, input) {
    const contribution = ctx.get<RecurringContributionData>(RECURRING_CONTRIBUTION, input.contribution_id);
    const token = contribution?.data.internal.token;
    if (!contribution || !token || !constantTimeEqual(token, input.token)) return fail(notFound(input.contribution_id));
    const found = load(ctx, input.contribution_id, ["Pending"], "authorised");
    if ("error" in found) return fail(found.error);
    if (input.action === "approve") {
      const reference = sandboxDirectDebit.mandateReference(contribution.id, 0);
      const active = activate(ctx, contribution, { authorization_reference: reference, contribution_reference: `SB-${reference.slice(3)}`, customer_reference: `CU-${reference.slice(3)}` });
      return succeed(200, toRecurringContribution(active));
    }
    const reason = "The payer declined the direct-debit mandate";
    const data: RecurringContributionData = {
      ...contribution.data,
      status: "Rejected",
      reason,
      service_provider_params: { ...contribution.data.service_provider_params, status: "Authorization failed", reason },
    };
    return succeed(200, toRecurringContribution(saveContribution(ctx, contribution, data, "recurring_contribution_rejected")));
  },
});

/** `recurring_contribution.replace_mandate` (sandbox trigger): the bank replaces the mandate; the contribution stays as it is. */
export const replaceMandate = defineCommand({
  input: ReplaceMandateInput,
  run(ctx, input) {
    const found = load(ctx, input.contribution_id, ["Active", "Paused"], "given a new mandate");
    if ("error" in found) return fail(found.error);
    const { contribution } = found;
    if (contribution.data.payment_type !== "direct_debit") {
      return fail({ code: "state_conflict", detail: "Only direct-debit contributions have a mandate", errors: [{ field: "contribution_id", message: "not a direct debit" }] });
    }
    const replacements = contribution.data.internal.mandate_replacements + 1;
    const data: RecurringContributionData = {
      ...contribution.data,
      service_provider_params: { ...contribution.data.service_provider_params, status: "Mandate replaced", authorization_reference: sandboxDirectDebit.mandateReference(contribution.id, replacements) },
      internal: { ...contribution.data.internal, mandate_replacements: replacements },
    };
    return succeed(200, toRecurringContribution(saveContribution(ctx, contribution, data, "recurring_contribution_updated")));
  },
});
