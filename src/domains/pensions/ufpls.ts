/**
 * `ufpls.create` (#67): Uncrystallised Funds Pension Lump Sums from an investor's SIPP
 * Accumulation pots. Each instruction is paid on its own (partial success): 25 % tax-free,
 * capped by the Lump Sum Allowance and the LSDBA left, the rest taxed through PAYE under the
 * investor's tax code; the net goes to the bank account as a withdrawal, the tax to HMRC.
 */
import { findPot } from "../../custody/pots";
import { lumpSumAllowances, recordTaxFreeCash, taxFreeCash } from "../../custody/pensions";
import { requestWithdrawal } from "../../custody/withdrawals";
import { decimal, format, isZero, parseDecimal, subtract, compare, type Amount } from "../../money/money";
import type { FieldError } from "../../platform/errors/api-error";
import { toWire } from "../../platform/wire-absent";
import { defineCommand, fail, succeed } from "../../tenant/commands";
import { payoutBankAccount } from "./bank";
import { UfplsBody, UfplsWithdrawal, type UfplsData } from "./ufpls-schema";

export const UFPLS = "ufpls_withdrawal";

const money = (value: string): Amount => {
  const parsed = parseDecimal(value, { maxDecimals: 2 });
  if (!parsed.ok) throw new RangeError(parsed.error);
  return parsed.value;
};

export function toUfpls(row: { id: string; data: UfplsData; createdAt: string; updatedAt: string }) {
  return toWire(UfplsWithdrawal, { ufpls_withdrawal_id: row.id, ...row.data, created_at: row.createdAt, updated_at: row.updatedAt });
}

export const createUfpls = defineCommand({
  input: UfplsBody,
  run(ctx, body) {
    const investor = ctx.get<{ status?: string }>("investor", body.investor_id);
    if (!investor) return fail({ code: "resource_not_found", detail: `Investor '${body.investor_id}' does not exist`, errors: [{ field: "investor_id", message: "unknown investor" }] });
    const errors: FieldError[] = [];
    const bank = payoutBankAccount(ctx, body.investor_id, body.bank_account_id);
    if ("error" in bank) errors.push(bank.error);
    body.ufpls_instructions.forEach((instruction, i) => {
      const pot = findPot(ctx, instruction.pot_id);
      const field = `ufpls_instructions.${i}.pot_id`;
      if (!pot || !pot.data.investor_id.includes(body.investor_id)) errors.push({ field, message: "not a pot of this investor" });
      else if (pot.data.financial_product_id !== "sipp_accumulation") errors.push({ field, message: "UFPLS is for SIPP Accumulation pots only" });
      else if (pot.data.status !== "active") errors.push({ field, message: "the pot is not active" });
    });
    if (errors.length > 0 || "error" in bank) return fail({ code: "validation_failed", detail: `Invalid fields: ${errors.map((e) => e.field).join(", ")}`, errors });

    const data: UfplsData = { investor_id: body.investor_id, bank_account_id: bank.id, status: "success", ufpls_request_information: [], ufpls_payout: [], failed_requests: [] };
    const problems: FieldError[] = [];
    body.ufpls_instructions.forEach((instruction, i) => {
      const pot = findPot(ctx, instruction.pot_id)!;
      const value = money(instruction.value);
      const refuse = (reason: string) => {
        data.ufpls_request_information.push({ ...instruction, status: "failed" });
        data.failed_requests.push({ ...instruction, reason });
        problems.push({ field: `ufpls_instructions.${i}.value`, message: reason });
      };
      if (isZero(lumpSumAllowances(ctx, body.investor_id).lsaLeft)) return refuse("no Lump Sum Allowance left: an UFPLS needs some");
      const taxFree = taxFreeCash(ctx, body.investor_id, value);
      const taxable = subtract(value, taxFree);
      const outcome = requestWithdrawal(ctx, pot, "UFPLS", instruction.value, bank.id, { pensionTax: { kind: "ufpls", taxable: format(taxable, 2), taxFree: format(taxFree, 2) } });
      if (!outcome.ok) return refuse(outcome.error.message);
      if (compare(taxFree, decimal("0")) > 0) recordTaxFreeCash(ctx, pot.data.account_id, taxFree);
      const extra = outcome.transaction.data.extra as Record<string, string>;
      data.ufpls_request_information.push({ ...instruction, status: "success" });
      data.ufpls_payout.push({
        pot_id: pot.id,
        transaction_id: outcome.transaction.id,
        ...(extra.tax_transaction_id ? { tax_transaction_id: extra.tax_transaction_id } : {}),
        gross_amount: instruction.value,
        tax_free_amount: format(taxFree, 2),
        taxable_amount: format(taxable, 2),
        tax_amount: extra.tax_payable_on_transaction ?? "0.00",
        net_amount: extra.net_transaction_value ?? instruction.value,
      });
    });
    if (data.ufpls_payout.length === 0) return fail({ code: "insufficient_funds", detail: "No UFPLS instruction could be paid", errors: problems });
    if (data.failed_requests.length > 0) data.status = "partially_success";
    const entity = ctx.insert(UFPLS, ctx.newId(UFPLS, "UFPLS"), data, body.investor_id);
    return succeed(201, toUfpls(entity));
  },
});
