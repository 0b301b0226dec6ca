import { accountMarketValueNow } from "../../custody/market-value";
import { findAccount, openAccount, saveAccount, type AccountData } from "../../custody/accounts";
import type { FieldError } from "../../platform/errors/api-error";
import { defineCommand, fail, succeed } from "../../tenant/commands";
import { checkVersion } from "../../tenant/versioning";
import { CreateAccountInput, UpdateAccountInput } from "./schema";
import { toAccount } from "./serialize";

/** Individual and organisational investors can both hold accounts. */
const INVESTOR_KINDS = ["investor", "investor_organisation"];
const CUSTODIAN_FIELDS = ["custodian_account_reference", "custodian_id", "custodian_client_reference", "regulator_advisor_id"] as const;

function invalid(errors: FieldError[]) {
  return fail({ code: "validation_failed", detail: `Invalid fields: ${errors.map((e) => e.field).join(", ")}`, errors });
}

/**
 * `investor_account.create`: an account opened directly (v2: treasury_management or stocks_jisa;
 * v1: treasury_management with an external id). Every investor must exist; an external
 * `account_id` must be free. Answers in the wire version of the route.
 */
export const createInvestorAccount = defineCommand({
  input: CreateAccountInput,
  run(ctx, input) {
    const unknown = input.investor_id.filter((id) => INVESTOR_KINDS.every((kind) => !ctx.get(kind, id)));
    if (unknown.length > 0) {
      return invalid(unknown.map((id) => ({ field: "investor_id", message: `investor '${id}' does not exist` })));
    }
    if (input.account_id !== undefined && findAccount(ctx, input.account_id)) {
      return fail({
        code: "already_exists",
        detail: `Investor account '${input.account_id}' already exists`,
        errors: [{ field: "account_id", message: "already used by another investor account" }],
      });
    }
    const account = openAccount(ctx, {
      investorIds: input.investor_id,
      financialProductId: input.financial_product_id,
      accountId: input.account_id,
      accountType: input.account_type,
      accountSubType: input.account_sub_type,
      dateOfAccountActivation: input.date_of_account_activation,
      additionalExternalDetails: input.additional_external_details,
      relatedParties: input.related_parties,
    });
    return succeed(201, { ...toAccount(account, input.wire, ctx.now), total_market_value: accountMarketValueNow(ctx, account.data.pot_id) });
  },
});

/**
 * `investor_account.update`: custodian fields (null clears, empty strings are ignored), and in
 * v2 `related_parties` (treasury_management only) and `status` active/inactive (stocks_isa only).
 */
export const updateInvestorAccount = defineCommand({
  input: UpdateAccountInput,
  run(ctx, input) {
    const current = findAccount(ctx, input.account_id);
    if (!current) {
      return fail({ code: "resource_not_found", detail: `Investor account '${input.account_id}' does not exist`, errors: [{ field: "account_id", message: "unknown investor account" }] });
    }
    const conflict = checkVersion(current, input.reference_version);
    if (conflict) return fail(conflict);
    const product = current.data.financial_product_id;
    const errors: FieldError[] = [];
    if (input.related_parties !== undefined && product !== "treasury_management") {
      errors.push({ field: "related_parties", message: "can be updated only on treasury_management accounts" });
    }
    if (input.status !== undefined && product !== "stocks_isa") {
      errors.push({ field: "status", message: "can be updated only on stocks_isa accounts" });
    }
    if (errors.length > 0) return invalid(errors);
    const data: AccountData = { ...current.data };
    for (const field of CUSTODIAN_FIELDS) {
      const value = input[field];
      if (value !== undefined && value !== "") data[field] = value;
    }
    if (input.related_parties !== undefined) data.related_parties = input.related_parties;
    if (input.status !== undefined) data.status = input.status;
    const saved = saveAccount(ctx, current, data);
    return succeed(200, { ...toAccount(saved, input.wire, ctx.now), total_market_value: accountMarketValueNow(ctx, saved.data.pot_id) });
  },
});
