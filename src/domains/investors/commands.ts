import type { FieldError } from "../../platform/errors/api-error";
import { announceKycStarted, kycSubject, owningProvider } from "./kyc";
import type { CommandContext, StoredEntity } from "../../tenant/command-context";
import { defineCommand, fail, succeed } from "../../tenant/commands";
import { checkVersion } from "../../tenant/versioning";
import { investorStatus, taxIdErrors } from "./rules";
import { CreateInvestorBody, UpdateInvestorBody } from "./schema";
import { toInvestor, type InvestorData } from "./serialize";
import type { z } from "@hono/zod-openapi";
import type { InvestorBankAccount } from "./schema";

export const INVESTOR = "investor";
const WORKPLACE_EMPLOYER = "workplace_employer";
const TAX_ID = "tax_id";
const BANK_ACCOUNT = "bank_account";

/**
 * How an investor's create command makes the bank accounts given in `bank_accounts`: supplied by
 * the bank-accounts domain at the composition root (src/commands.ts), so the domains stay apart.
 * It validates against current state, writes nothing on error, and names fields via `prefix`.
 */
export type CreateOwnedBankAccounts = (
  ctx: CommandContext,
  owner: { investorId: string },
  items: Array<z.infer<typeof InvestorBankAccount>>,
  prefix: (index: number) => string,
) => { ok: true; accounts: unknown[] } | { ok: false; errors: FieldError[] };

function ownedAccounts(ctx: CommandContext, investorId: string) {
  return ctx.listOwned<{ bank_account_type: string }>(BANK_ACCOUNT, investorId);
}

const DEFAULTS = {
  title: null, gender: null, email: null, mobile_number: null, home_number: null, office_number: null,
  nationality: null, tax_id: null, id_numbers: [], address: null, mifid_tax_id: null, tax_residency_compliant: null,
  date_of_birth: null, retirement_age: null, tax_residence: null, employment_status: null, mpaa_triggered: null,
  mpaa_triggered_date: null, workplace_employers: [], lta_protection_details: [], expression_of_wish: null,
  vulnerable_customer: null,
};

function referenceErrors(ctx: CommandContext, data: InvestorData, selfId: string | null): FieldError[] {
  const errors: FieldError[] = [];
  const employers = (data.workplace_employers as string[] | null) ?? [];
  employers.forEach((id, i) => {
    if (!ctx.get(WORKPLACE_EMPLOYER, id)) errors.push({ field: `workplace_employers.${i}`, message: `workplace employer '${id}' does not exist` });
  });
  const taxId = data.tax_id as string | null;
  errors.push(...taxIdErrors(taxId, data.date_of_birth as string | null, ctx.config.tax_id_uniqueness, ctx.now.slice(0, 10)));
  if (taxId && ctx.config.tax_id_uniqueness) {
    const holder = ctx.findUnique(INVESTOR, TAX_ID, taxId);
    if (holder && holder !== selfId) errors.push({ field: "tax_id", message: `already used by investor ${holder}` });
  }
  return errors;
}

function invalid(errors: FieldError[]) {
  return fail({ code: "validation_failed", detail: `Invalid fields: ${errors.map((e) => e.field).join(", ")}`, errors });
}

function bindTaxId(ctx: CommandContext, before: string | null, after: string | null, investorId: string): void {
  if (before === after) return;
  if (before && ctx.findUnique(INVESTOR, TAX_ID, before) === investorId) ctx.releaseUnique(INVESTOR, TAX_ID, before);
  if (after && !ctx.findUnique(INVESTOR, TAX_ID, after)) ctx.claimUnique(INVESTOR, TAX_ID, after, investorId);
}

/**
 * `investor.create`: validates against current state, stores the investor and its bank account
 * (if given), emits `investor_created`. With a provider that owns KYC (`sandbox`), the caller's
 * `kyc_aml_status` is ignored: a check starts (`submitted`, `kyc.started`) when the KYC details
 * are present, otherwise the status stays `not_started`.
 */
export function makeCreateInvestor(createBankAccounts: CreateOwnedBankAccounts) {
  return defineCommand({
    input: CreateInvestorBody,
    run(ctx, input) {
      const { bank_accounts: bankAccounts = [], ...body } = input;
      const provider = owningProvider(ctx);
      const check = provider ? provider.start(kycSubject(body)) : null;
      const kyc = provider ? (check ? "submitted" : "not_started") : (body.kyc_aml_status ?? "not_started");
      const dealing = body.dealing_status ?? "inactive";
      const data: InvestorData = {
        ...DEFAULTS,
        ...body,
        kyc_aml_status: kyc,
        dealing_status: dealing,
        status: investorStatus(kyc, dealing),
        kyc_aml_status_last_updated: ctx.now,
      };
      const errors = referenceErrors(ctx, data, null);
      if (errors.length > 0) return invalid(errors);
      const id = ctx.newId(INVESTOR, "inv");
      const entity = ctx.insert(INVESTOR, id, data);
      bindTaxId(ctx, null, (data.tax_id as string | null) ?? null, id);
      // Any failure below rolls back the whole command, the investor included.
      const created = createBankAccounts(ctx, { investorId: id }, bankAccounts, (i) => `bank_accounts.${i}.`);
      if (!created.ok) return invalid(created.errors);
      const investor = toInvestor(entity, ownedAccounts(ctx, id));
      ctx.emit({ type: "investor_created", ch: "investors", payload: investor });
      if (check) announceKycStarted(ctx, id, check.firstStepInMs);
      // The create response carries the bank accounts as objects; GET and PATCH carry their ids.
      const accounts = created.accounts.map((a) => ({ ...(a as object), status: "success" }));
      return succeed(201, { ...investor, bank_accounts: accounts });
    },
  });
}

/** `investor.update`: partial update checked against `reference_version`; `null` clears a field. */
export const updateInvestor = defineCommand({
  input: UpdateInvestorBody.extend({ investor_id: CreateInvestorBody.shape.first_name }),
  run(ctx, input) {
    const { investor_id, reference_version, ...sentChanges } = input;
    const provider = owningProvider(ctx);
    // A provider that owns KYC ignores a caller's kyc_aml_status.
    const { kyc_aml_status: _ignored, ...providerChanges } = sentChanges;
    const changes = provider ? providerChanges : sentChanges;
    const current = ctx.get<InvestorData>(INVESTOR, investor_id);
    if (!current) {
      return fail({ code: "resource_not_found", detail: `Investor '${investor_id}' does not exist`, errors: [{ field: "investor_id", message: "unknown investor" }] });
    }
    const conflict = checkVersion(current, reference_version);
    if (conflict) return fail(conflict);
    const sent = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined && v !== ""));
    const merged = { ...current.data, ...sent } as InvestorData;
    const check = provider && merged.kyc_aml_status === "not_started" ? provider.start(kycSubject(merged)) : null;
    if (check) merged.kyc_aml_status = "submitted";
    const kycChanged = merged.kyc_aml_status !== current.data.kyc_aml_status;
    const data: InvestorData = {
      ...merged,
      id_numbers: merged.id_numbers ?? [],
      workplace_employers: merged.workplace_employers ?? [],
      lta_protection_details: merged.lta_protection_details ?? [],
      status: investorStatus(String(merged.kyc_aml_status), String(merged.dealing_status)),
      kyc_aml_status_last_updated: kycChanged ? ctx.now : current.data.kyc_aml_status_last_updated,
    };
    const errors = referenceErrors(ctx, data, investor_id);
    if (errors.length > 0) return invalid(errors);
    const updated = ctx.update(current as StoredEntity<InvestorData>, data);
    bindTaxId(ctx, (current.data.tax_id as string | null) ?? null, (data.tax_id as string | null) ?? null, investor_id);
    const investor = toInvestor(updated, ownedAccounts(ctx, investor_id));
    ctx.emit({ type: "investor_updated", ch: "investors", payload: investor });
    if (check) announceKycStarted(ctx, investor_id, check.firstStepInMs);
    return succeed(200, investor);
  },
});
