import type { FieldError } from "../../platform/errors/api-error";
import type { CommandContext, StoredEntity } from "../../tenant/command-context";
import { defineCommand, fail, succeed } from "../../tenant/commands";
import { checkVersion } from "../../tenant/versioning";
import { CreateBankAccountBody, UpdateBankAccountInput } from "./schema";
import { toBankAccount, type BankAccountData } from "./serialize";

export const BANK_ACCOUNT = "bank_account";
const INVESTOR = "investor";
/** Organisational investors (`org-…`) own bank accounts too. */
const ORGANISATION = "investor_organisation";
const CONTRIBUTING_EMPLOYER = "contributing_employer";
export const ONE_DEFAULT = "Only one bank account can be set as the default account";

/** A bank account to create, already shape-checked by a zod schema. */
export interface NewBankAccount {
  account_name: string;
  default_account: "yes" | "no";
  bank_account_number: string;
  account_status?: "active" | "inactive" | undefined;
  sort_code?: string | undefined;
  building_society_roll_number?: string | undefined;
}

function invalid(errors: FieldError[]) {
  return fail({ code: "validation_failed", detail: `Invalid fields: ${errors.map((e) => e.field).join(", ")}`, errors });
}

/** Rules that need the owner's other accounts: number unique per investor, at most one default. */
function stateErrors(existing: StoredEntity<BankAccountData>[], item: NewBankAccount, prefix: string): FieldError[] {
  const errors: FieldError[] = [];
  if (existing.some((a) => a.data.bank_account_number === item.bank_account_number)) {
    errors.push({ field: `${prefix}bank_account_number`, message: "already used by another bank account of this investor" });
  }
  if (item.default_account === "yes" && existing.some((a) => a.data.default_account === "yes")) {
    errors.push({ field: `${prefix}default_account`, message: ONE_DEFAULT });
  }
  return errors;
}

/**
 * Validates and creates bank accounts for an investor (or a contributing employer of that
 * investor) inside the caller's command. Field errors are prefixed with `fieldPrefix` (e.g.
 * `bank_accounts.0.`) so the owner's create command can name them. Nothing is written on error.
 */
export function createOwnedBankAccounts(
  ctx: CommandContext,
  owner: { investorId: string; contributingPartyId?: string | null },
  items: NewBankAccount[],
  fieldPrefix: (index: number) => string,
): { ok: true; accounts: Array<ReturnType<typeof toBankAccount>> } | { ok: false; errors: FieldError[] } {
  const existing = ctx.listOwned<BankAccountData>(BANK_ACCOUNT, owner.investorId);
  const errors = items.flatMap((item, i) => stateErrors(existing, item, fieldPrefix(i)));
  if (errors.length > 0) return { ok: false, errors };
  const accounts = items.map((item) => {
    const data: BankAccountData = {
      investor_id: owner.investorId,
      contributing_party_id: owner.contributingPartyId ?? null,
      account_name: item.account_name,
      bank_account_type: owner.contributingPartyId ? "contributing_employer" : "investor",
      default_account: item.default_account,
      bank_account_number: item.bank_account_number,
      account_status: item.account_status ?? "inactive",
      sort_code: item.sort_code ?? null,
      building_society_roll_number: item.building_society_roll_number ?? null,
    };
    return toBankAccount(ctx.insert(BANK_ACCOUNT, `ba-${crypto.randomUUID()}`, data, owner.investorId));
  });
  return { ok: true, accounts };
}

/** `bank_account.create`: one account for an existing investor, individual or organisational (or one of its contributing employers). */
export const createBankAccount = defineCommand({
  input: CreateBankAccountBody,
  run(ctx, body) {
    const errors: FieldError[] = [];
    if (!ctx.get(INVESTOR, body.investor_id) && !ctx.get(ORGANISATION, body.investor_id)) errors.push({ field: "investor_id", message: `investor '${body.investor_id}' does not exist` });
    if (body.contributing_party_id) {
      const employer = ctx.get<{ investor_id: string }>(CONTRIBUTING_EMPLOYER, body.contributing_party_id);
      if (!employer || employer.data.investor_id !== body.investor_id) {
        errors.push({ field: "contributing_party_id", message: `contributing employer '${body.contributing_party_id}' does not exist for this investor` });
      }
    }
    if (body.contributing_party_id && body.default_account === "yes") {
      errors.push({ field: "default_account", message: "a contributing employer's bank account is never the investor's default" });
    }
    if (errors.length > 0) return invalid(errors);
    const result = createOwnedBankAccounts(ctx, { investorId: body.investor_id, contributingPartyId: body.contributing_party_id ?? null }, [body], () => "");
    if (!result.ok) return invalid(result.errors);
    return succeed(201, result.accounts[0]);
  },
});

/**
 * `bank_account.update`: name, default flag and status. Making an account the default moves the
 * default (the previous default becomes `no`, its reference_version +1); the default itself
 * cannot be set to `no`, because an investor with a default always keeps one.
 */
export const updateBankAccount = defineCommand({
  input: UpdateBankAccountInput,
  run(ctx, input) {
    const { bank_account_id, reference_version, account_name, default_account, account_status } = input;
    const current = ctx.get<BankAccountData>(BANK_ACCOUNT, bank_account_id);
    if (!current) {
      return fail({ code: "resource_not_found", detail: `Bank account '${bank_account_id}' does not exist`, errors: [{ field: "bank_account_id", message: "unknown bank account" }] });
    }
    const conflict = checkVersion(current, reference_version);
    if (conflict) return fail(conflict);
    if (default_account === "no" && current.data.default_account === "yes") {
      return invalid([{ field: "default_account", message: "this is the investor's default account; make another account the default instead" }]);
    }
    if (default_account === "yes" && current.data.bank_account_type === "contributing_employer") {
      return invalid([{ field: "default_account", message: "a contributing employer's bank account is never the investor's default" }]);
    }
    if (default_account === "yes" && current.data.default_account !== "yes") {
      for (const other of ctx.listOwned<BankAccountData>(BANK_ACCOUNT, current.data.investor_id)) {
        if (other.id !== current.id && other.data.default_account === "yes") ctx.update(other, { ...other.data, default_account: "no" });
      }
    }
    const data: BankAccountData = {
      ...current.data,
      ...(account_name ? { account_name } : {}),
      ...(default_account ? { default_account } : {}),
      ...(account_status ? { account_status } : {}),
    };
    return succeed(201, toBankAccount(ctx.update(current, data)));
  },
});
