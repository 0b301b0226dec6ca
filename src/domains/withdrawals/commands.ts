import { findFinancialProduct, minimumWithdrawal } from "../../catalogue/financial-products";
import { dealingProblem } from "../../custody/parties";
import { findPot, ISA_PRODUCTS } from "../../custody/pots";
import { toTransaction } from "../../custody/transactions";
import { requestWithdrawal } from "../../custody/withdrawals";
import { compare, parseDecimal } from "../../money/money";
import type { FieldError } from "../../platform/errors/api-error";
import { defineCommand, fail, succeed } from "../../tenant/commands";
import { WithdrawalBody } from "./schema";

const GENERAL_WITHDRAWAL_PRODUCTS = ["stocks_isa", "stocks_jisa", "lisa_cash", "lisa_stocks", "general_investment_product"];

function amount(value: string) {
  const parsed = parseDecimal(value, { maxDecimals: 40 });
  if (!parsed.ok) throw new RangeError(parsed.error);
  return parsed.value;
}

/**
 * `withdrawal.create`: a single withdrawal from a pot's free cash to an active bank account of
 * the pot's investor. `Withdrawal` is for ISA, LISA and GIA pots, `Income Withdrawal` for SIPP
 * FAD, `Closing withdrawal` for ISA pots.
 */
export const createWithdrawal = defineCommand({
  input: WithdrawalBody,
  run(ctx, body) {
    const pot = findPot(ctx, body.pot_id);
    if (!pot) return fail({ code: "resource_not_found", detail: `Pot '${body.pot_id}' does not exist`, errors: [{ field: "pot_id", message: "unknown pot" }] });
    const errors: FieldError[] = [];
    const product = pot.data.financial_product_id;
    if (body.currency !== pot.data.pot_currency) errors.push({ field: "currency", message: `the pot holds ${pot.data.pot_currency}` });
    if (body.sub_transaction_type === "Withdrawal" && !GENERAL_WITHDRAWAL_PRODUCTS.includes(product)) errors.push({ field: "sub_transaction_type", message: `Withdrawal is for ISA, LISA and GIA pots, not ${product}` });
    if (body.sub_transaction_type === "Income Withdrawal" && product !== "sipp_fad") errors.push({ field: "sub_transaction_type", message: "Income Withdrawal is for SIPP FAD pots only" });
    if (body.sub_transaction_type === "Closing withdrawal" && !ISA_PRODUCTS.includes(product)) errors.push({ field: "sub_transaction_type", message: "Closing withdrawal is for ISA pots only" });
    const financialProduct = findFinancialProduct(ctx, product);
    if (financialProduct && compare(amount(body.transaction_value), amount(minimumWithdrawal(financialProduct))) < 0) {
      errors.push({ field: "transaction_value", message: `must be at least ${minimumWithdrawal(financialProduct)} for ${product}` });
    }
    const bank = ctx.get<{ investor_id: string; account_status: string; bank_account_type: string }>("bank_account", body.bank_account_id);
    if (!bank || !pot.data.investor_id.includes(bank.data.investor_id) || bank.data.bank_account_type !== "investor") {
      errors.push({ field: "bank_account_id", message: "not a bank account of this pot's investor" });
    } else if (bank.data.account_status !== "active") errors.push({ field: "bank_account_id", message: "the bank account is not active" });
    const dealing = dealingProblem(ctx, pot.data);
    if (dealing) errors.push(dealing);
    if (errors.length > 0) return fail({ code: "validation_failed", detail: `Invalid fields: ${errors.map((e) => e.field).join(", ")}`, errors });
    if (body.first_home_purchase !== undefined && !["lisa_cash", "lisa_stocks"].includes(product)) errors.push({ field: "first_home_purchase", message: "only for LISA withdrawals" });
    if (errors.length > 0) return fail({ code: "validation_failed", detail: `Invalid fields: ${errors.map((e) => e.field).join(", ")}`, errors });
    const outcome = requestWithdrawal(ctx, pot, body.sub_transaction_type, body.transaction_value, body.bank_account_id, { firstHomePurchase: body.first_home_purchase === true });
    if (!outcome.ok) return fail({ code: "insufficient_funds", detail: outcome.error.message, errors: [outcome.error] });
    return succeed(201, toTransaction(outcome.transaction));
  },
});
