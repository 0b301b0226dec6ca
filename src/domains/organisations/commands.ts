import { decideCheckStatus } from "../../platform/identity-checks/checks";
import type { FieldError } from "../../platform/errors/api-error";
import type { NewPartyBankAccount } from "../../platform/wire-fields";
import type { CommandContext, StoredEntity } from "../../tenant/command-context";
import { defineCommand, fail, succeed } from "../../tenant/commands";
import { checkVersion } from "../../tenant/versioning";
import { announceKybStarted, ORGANISATION, ownedAccounts } from "./kyb";
import { CreateOrganisationBody, OrganisationParams, UpdateOrganisationBody } from "./schema";
import { kybSubject, organisationStatus, toOrganisation, type OrganisationData } from "./serialize";

/**
 * How the create command makes the bank account given in `bank_accounts`: supplied by the
 * bank-accounts domain at the composition root (src/commands.ts). It validates against current
 * state, writes nothing on error and names fields via `prefix`.
 */
export type CreateOwnedBankAccounts = (
  ctx: CommandContext,
  owner: { investorId: string },
  items: NewPartyBankAccount[],
  prefix: (index: number) => string,
) => { ok: true; accounts: unknown[] } | { ok: false; errors: FieldError[] };

function invalid(errors: FieldError[]) {
  return fail({ code: "validation_failed", detail: `Invalid fields: ${errors.map((e) => e.field).join(", ")}`, errors });
}

/**
 * `organisation.create`: stores an organisational investor (`org-…`) and its bank account (if
 * given, owned by the org id) and emits `organisation_created` on `investors`. With a provider
 * that runs KYB (`sandbox`) the caller's `kyb_status` is ignored and a check starts when the
 * details are complete (name, address, at least one corporate officer).
 */
export function makeCreateOrganisation(createBankAccounts: CreateOwnedBankAccounts) {
  return defineCommand({
    input: CreateOrganisationBody,
    run(ctx, input) {
      const { bank_accounts: bankAccounts = [], ...body } = input;
      const officers = body.corporate_officers ?? [];
      const kyb = decideCheckStatus(ctx.config.kyc_provider, kybSubject({ ...body, corporate_officers: officers }), null, body.kyb_status);
      const dealing = body.dealing_status ?? "inactive";
      const data: OrganisationData = {
        organisation_name: body.organisation_name,
        status: organisationStatus(kyb.status, dealing),
        kyb_status: kyb.status as OrganisationData["kyb_status"],
        dealing_status: dealing,
        corporate_officers: officers,
        address: body.address,
      };
      const id = ctx.newId(ORGANISATION, "org");
      const entity = ctx.insert(ORGANISATION, id, data);
      // A failure here rolls back the whole command, the organisation included.
      const created = createBankAccounts(ctx, { investorId: id }, bankAccounts, (i) => `bank_accounts.${i}.`);
      if (!created.ok) return invalid(created.errors);
      const organisation = toOrganisation(entity, ownedAccounts(ctx, id));
      ctx.emit({ type: "organisation_created", ch: "investors", payload: organisation });
      if (kyb.firstStepInMs !== null) announceKybStarted(ctx, id, kyb.firstStepInMs);
      const accounts = created.accounts.map((a) => ({ ...(a as object), status: "success" }));
      return succeed(201, { ...organisation, bank_accounts: accounts });
    },
  });
}

/**
 * `organisation.update`: partial update checked against `reference_version`; `null` clears
 * `corporate_officers`. Under a provider that runs KYB, `kyb_status` is the provider's and a
 * check starts once an update completes the details of a `not_started` organisation.
 */
export const updateOrganisation = defineCommand({
  input: UpdateOrganisationBody.extend(OrganisationParams.shape),
  run(ctx, input) {
    const { investor_id, reference_version, kyb_status: sentKyb, ...changes } = input;
    const current = ctx.get<OrganisationData>(ORGANISATION, investor_id);
    if (!current) {
      return fail({ code: "resource_not_found", detail: `Organisational investor '${investor_id}' does not exist`, errors: [{ field: "investor_id", message: "unknown organisational investor" }] });
    }
    const conflict = checkVersion(current, reference_version);
    if (conflict) return fail(conflict);
    const sent = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined && v !== ""));
    const merged = { ...current.data, ...sent } as OrganisationData;
    merged.corporate_officers ??= [];
    const kyb = decideCheckStatus(ctx.config.kyc_provider, kybSubject(merged), current.data.kyb_status, sentKyb);
    const data: OrganisationData = {
      ...merged,
      kyb_status: kyb.status as OrganisationData["kyb_status"],
      status: organisationStatus(kyb.status, merged.dealing_status),
    };
    const updated = ctx.update(current as StoredEntity<OrganisationData>, data);
    const organisation = toOrganisation(updated, ownedAccounts(ctx, investor_id));
    ctx.emit({ type: "organisation_updated", ch: "investors", payload: organisation });
    if (kyb.firstStepInMs !== null) announceKybStarted(ctx, investor_id, kyb.firstStepInMs);
    return succeed(200, organisation);
  },
});
