import type { FieldError } from "../../platform/errors/api-error";
import type { NewPartyBankAccount } from "../../platform/wire-fields";
import type { CommandContext, StoredEntity } from "../../tenant/command-context";
import { defineCommand, fail, succeed } from "../../tenant/commands";
import { checkVersion } from "../../tenant/versioning";
import { CreateContributingEmployerBody, UpdateContributingEmployerInput } from "./schema";
import { toContributingEmployer, type ContributingEmployerData } from "./serialize";

export const CONTRIBUTING_EMPLOYER = "contributing_employer";
const INVESTOR = "investor";
const BANK_ACCOUNT = "bank_account";

/**
 * How the create command makes the bank account given in `bank_accounts`: supplied by the
 * bank-accounts domain at the composition root (src/commands.ts). The accounts are owned by the
 * investor and typed `contributing_employer` with the employer's id as `contributing_party_id`.
 */
export type CreateOwnedBankAccounts = (
  ctx: CommandContext,
  owner: { investorId: string; contributingPartyId: string },
  items: NewPartyBankAccount[],
  prefix: (index: number) => string,
) => { ok: true; accounts: unknown[] } | { ok: false; errors: FieldError[] };

function invalid(errors: FieldError[]) {
  return fail({ code: "validation_failed", detail: `Invalid fields: ${errors.map((e) => e.field).join(", ")}`, errors });
}

/**
 * `contributing_employer.create`: a `cem-` employer of an existing individual investor, with its
 * bank account if given (never the default), emitting `contributing_employer_created` on
 * `notifications`.
 */
export function makeCreateContributingEmployer(createBankAccounts: CreateOwnedBankAccounts) {
  return defineCommand({
    input: CreateContributingEmployerBody,
    run(ctx, input) {
      const { bank_accounts: bankAccounts = [], ...body } = input;
      if (!ctx.get(INVESTOR, body.investor_id)) return invalid([{ field: "investor_id", message: `investor '${body.investor_id}' does not exist` }]);
      const id = ctx.newId(CONTRIBUTING_EMPLOYER, "cem");
      const data: ContributingEmployerData = body;
      const entity = ctx.insert(CONTRIBUTING_EMPLOYER, id, data, body.investor_id);
      // A failure here rolls back the whole command, the employer included.
      const created = createBankAccounts(ctx, { investorId: body.investor_id, contributingPartyId: id }, bankAccounts, (i) => `bank_accounts.${i}.`);
      if (!created.ok) return invalid(created.errors);
      const employer = toContributingEmployer(entity, ctx.listOwned(BANK_ACCOUNT, body.investor_id));
      ctx.emit({ type: "contributing_employer_created", ch: "notifications", payload: employer });
      const accounts = created.accounts.map((a) => ({ ...(a as object), status: "success" }));
      return succeed(201, { ...employer, bank_accounts: accounts });
    },
  });
}

/** `contributing_employer.update`: name, registration number, address, status; checked against `reference_version`. */
export const updateContributingEmployer = defineCommand({
  input: UpdateContributingEmployerInput,
  run(ctx, input) {
    const { contributing_employer_id: id, reference_version, investor_id: _immutable, ...changes } = input;
    const current = ctx.get<ContributingEmployerData>(CONTRIBUTING_EMPLOYER, id);
    if (!current) {
      return fail({ code: "resource_not_found", detail: `Contributing employer '${id}' does not exist`, errors: [{ field: "contributing_employer_id", message: "unknown contributing employer" }] });
    }
    const conflict = checkVersion(current, reference_version);
    if (conflict) return fail(conflict);
    const sent = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined && v !== ""));
    const data = { ...current.data, ...sent } as ContributingEmployerData;
    const updated = ctx.update(current as StoredEntity<ContributingEmployerData>, data);
    const employer = toContributingEmployer(updated, ctx.listOwned(BANK_ACCOUNT, data.investor_id));
    ctx.emit({ type: "contributing_employer_updated", ch: "notifications", payload: employer });
    return succeed(200, employer);
  },
});
