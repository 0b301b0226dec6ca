import { FEE_NOMINATION, type FeeNominationData } from "../../custody/fee-nominations";
import { findPot } from "../../custody/pots";
import type { DomainError, FieldError } from "../../platform/errors/api-error";
import type { CommandContext } from "../../tenant/command-context";
import { defineCommand, fail, succeed } from "../../tenant/commands";
import { checkVersion } from "../../tenant/versioning";
import { CreateFeeNominationInput, DeleteFeeNominationInput, UpdateFeeNominationInput } from "./schema";
import { toFeeNomination } from "./serialize";

const INVESTOR = "investor";
const CHANNEL = "investors";

function unknownInvestor(investorId: string): DomainError {
  return { code: "resource_not_found", detail: `Investor '${investorId}' does not exist`, errors: [{ field: "investor_id", message: "unknown investor" }] };
}

function noNomination(investorId: string): DomainError {
  return { code: "resource_not_found", detail: `Investor '${investorId}' has no fee nomination`, errors: [{ field: "investor_id", message: "no fee nomination" }] };
}

/** The nominee pot must exist, be active and belong to the investor. */
function nomineeErrors(ctx: CommandContext, investorId: string, nominations: FeeNominationData["nominations"]): FieldError[] {
  return nominations.flatMap(({ nominee_pot_id: potId }, i) => {
    const field = `nominations.${i}.nominee_pot_id`;
    const pot = findPot(ctx, potId);
    if (!pot) return [{ field, message: `pot '${potId}' does not exist` }];
    if (!pot.data.investor_id.includes(investorId)) return [{ field, message: `pot '${potId}' does not belong to investor ${investorId}` }];
    if (pot.data.status !== "active") return [{ field, message: `pot '${potId}' is not active` }];
    return [];
  });
}

function invalid(errors: FieldError[]) {
  return fail({ code: "validation_failed", detail: `Invalid fields: ${errors.map((e) => e.field).join(", ")}`, errors });
}

/** `fee_nomination.create`: the investor's one nominee pot; a second nomination is a conflict. */
export const createFeeNomination = defineCommand({
  input: CreateFeeNominationInput,
  run(ctx, { investor_id, nominations }) {
    if (!ctx.get(INVESTOR, investor_id)) return fail(unknownInvestor(investor_id));
    if (ctx.get(FEE_NOMINATION, investor_id)) {
      return fail({
        code: "already_exists",
        detail: `Investor '${investor_id}' already has a fee nomination; update or delete it`,
        errors: [{ field: "investor_id", message: "fee nomination already exists" }],
      });
    }
    const errors = nomineeErrors(ctx, investor_id, nominations);
    if (errors.length > 0) return invalid(errors);
    const nomination = toFeeNomination(ctx.insert<FeeNominationData>(FEE_NOMINATION, investor_id, { nominations }, investor_id));
    ctx.emit({ type: "fee_nomination_created", ch: CHANNEL, payload: nomination });
    return succeed(201, nomination);
  },
});

/** `fee_nomination.update`: replaces the nominee pot, checked against `reference_version`. */
export const updateFeeNomination = defineCommand({
  input: UpdateFeeNominationInput,
  run(ctx, { investor_id, nominations, reference_version }) {
    if (!ctx.get(INVESTOR, investor_id)) return fail(unknownInvestor(investor_id));
    const current = ctx.get<FeeNominationData>(FEE_NOMINATION, investor_id);
    if (!current) return fail(noNomination(investor_id));
    const conflict = checkVersion(current, reference_version);
    if (conflict) return fail(conflict);
    const errors = nomineeErrors(ctx, investor_id, nominations);
    if (errors.length > 0) return invalid(errors);
    const nomination = toFeeNomination(ctx.update(current, { nominations }));
    ctx.emit({ type: "fee_nomination_updated", ch: CHANNEL, payload: nomination });
    return succeed(200, nomination);
  },
});

/** `fee_nomination.delete`: removes the nomination; fees are taken from each pot again. */
export const deleteFeeNomination = defineCommand({
  input: DeleteFeeNominationInput,
  run(ctx, { investor_id }) {
    if (!ctx.get(INVESTOR, investor_id)) return fail(unknownInvestor(investor_id));
    const current = ctx.get<FeeNominationData>(FEE_NOMINATION, investor_id);
    if (!current) return fail(noNomination(investor_id));
    ctx.remove(current);
    ctx.emit({ type: "fee_nomination_deleted", ch: CHANNEL, payload: toFeeNomination(current) });
    return succeed(200, { message: `Successfully deleted nominations for investor [${investor_id}]` });
  },
});
