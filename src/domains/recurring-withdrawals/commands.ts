import { findFinancialProduct, minimumWithdrawal } from "../../catalogue/financial-products";
import { withinEnd } from "../../clock/monthly-schedule";
import { dealingProblem } from "../../custody/parties";
import { findPot } from "../../custody/pots";
import { today } from "../../custody/transactions";
import { compare, parseDecimal } from "../../money/money";
import type { DomainError, FieldError } from "../../platform/errors/api-error";
import type { CommandContext } from "../../tenant/command-context";
import { defineCommand, fail, succeed } from "../../tenant/commands";
import { checkVersion } from "../../tenant/versioning";
import { CancelWithdrawalInput, CreateRecurringWithdrawalBody, UpdateWithdrawalInput } from "./schema";
import { firstRunAfter, RECURRING_WITHDRAWAL, runAtMs, toRecurringWithdrawal, WITHDRAWAL_CYCLE_JOB, type RecurringWithdrawalData } from "./serialize";

const ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";

function amountOf(value: string) {
  const parsed = parseDecimal(value, { maxDecimals: 40 });
  if (!parsed.ok) throw new RangeError(parsed.error);
  return parsed.value;
}

function newWithdrawalId(ctx: CommandContext): string {
  for (;;) {
    const bytes = crypto.getRandomValues(new Uint8Array(7));
    const id = `RCW-${Array.from(bytes, (b) => ALNUM[b % ALNUM.length]).join("")}`;
    if (!ctx.get(RECURRING_WITHDRAWAL, id)) return id;
  }
}

const invalid = (errors: FieldError[]) => fail({ code: "validation_failed", detail: `Invalid fields: ${errors.map((e) => e.field).join(", ")}`, errors });

/** The minimum-withdrawal problem of `amount` for the pot's product, or null. */
function minimumProblem(ctx: CommandContext, product: string, amount: string): FieldError | null {
  const financialProduct = findFinancialProduct(ctx, product);
  if (financialProduct && compare(amountOf(amount), amountOf(minimumWithdrawal(financialProduct))) < 0) {
    return { field: "amount", message: `must be at least ${minimumWithdrawal(financialProduct)} for ${product}` };
  }
  return null;
}

/** `recurring_withdrawal.create` (#68): starts `active`; the scheduler raises each withdrawal. */
export const createRecurringWithdrawal = defineCommand({
  input: CreateRecurringWithdrawalBody,
  run(ctx, body) {
    const pot = findPot(ctx, body.pot_id);
    if (!pot) return fail({ code: "resource_not_found", detail: `Pot '${body.pot_id}' does not exist`, errors: [{ field: "pot_id", message: "unknown pot" }] });
    const errors: FieldError[] = [];
    const product = pot.data.financial_product_id;
    if (pot.data.status !== "active") errors.push({ field: "pot_id", message: "the pot is not active" });
    if (product === "sipp_accumulation") errors.push({ field: "pot_id", message: "SIPP Accumulation pots pay out only after crystallisation" });
    if (!pot.data.investor_id.includes(body.investor_id)) errors.push({ field: "investor_id", message: `investor '${body.investor_id}' does not exist for this pot (for a joint pot: the withdrawing party)` });
    if (body.currency !== pot.data.pot_currency) errors.push({ field: "currency", message: `the pot holds ${pot.data.pot_currency}` });
    const minimum = minimumProblem(ctx, product, body.amount);
    if (minimum) errors.push(minimum);
    const bank = ctx.get<{ investor_id: string; account_status: string; bank_account_type: string }>("bank_account", body.bank_account_id);
    if (!bank || bank.data.investor_id !== body.investor_id || bank.data.bank_account_type !== "investor") {
      errors.push({ field: "bank_account_id", message: "not a bank account of the withdrawing investor" });
    } else if (bank.data.account_status !== "active") errors.push({ field: "bank_account_id", message: "the bank account is not active" });
    const dealing = dealingProblem(ctx, pot.data);
    if (dealing) errors.push(dealing);
    if (body.withdrawal_schedule.start_date < today(ctx)) errors.push({ field: "withdrawal_schedule.start_date", message: `must be today (${today(ctx)}) or later` });
    if (errors.length > 0) return invalid(errors);
    const id = newWithdrawalId(ctx);
    const data: RecurringWithdrawalData = {
      withdrawal_id: id,
      withdrawal_name: body.withdrawal_name,
      investor_id: body.investor_id,
      pot_id: pot.id,
      financial_product_id: product,
      bank_account_id: body.bank_account_id,
      amount: body.amount,
      currency: pot.data.pot_currency,
      withdrawal_schedule: body.withdrawal_schedule,
      status: "active",
      internal: { next_cycle: 0, runs: 0 },
    };
    data.internal.next_cycle = firstRunAfter(data, ctx.nowMs, ctx.config.time_zone);
    if (!withinEnd(data.withdrawal_schedule, data.internal.next_cycle)) {
      return invalid([{ field: "withdrawal_schedule.end_date", message: "no withdrawal date falls between start_date and end_date" }]);
    }
    const withdrawal = ctx.insert(RECURRING_WITHDRAWAL, id, data, pot.id);
    ctx.schedule(WITHDRAWAL_CYCLE_JOB, id, runAtMs(data, data.internal.next_cycle, ctx.config.time_zone));
    return succeed(201, toRecurringWithdrawal(withdrawal));
  },
});

function load(ctx: CommandContext, id: string, action: string): { withdrawal: NonNullable<ReturnType<typeof ctx.get<RecurringWithdrawalData>>> } | { error: DomainError } {
  const withdrawal = ctx.get<RecurringWithdrawalData>(RECURRING_WITHDRAWAL, id);
  if (!withdrawal) return { error: { code: "resource_not_found", detail: `Recurring withdrawal '${id}' does not exist`, errors: [{ field: "withdrawal_id", message: "unknown recurring withdrawal" }] } };
  if (withdrawal.data.status !== "active") {
    return { error: { code: "state_conflict", detail: `Only active recurring withdrawals can be ${action}; this one is ${withdrawal.data.status}`, errors: [{ field: "status", message: `the withdrawal is ${withdrawal.data.status}` }] } };
  }
  return { withdrawal };
}

/** `recurring_withdrawal.update` (#70): amount, name and end date of an active withdrawal. */
export const updateRecurringWithdrawal = defineCommand({
  input: UpdateWithdrawalInput,
  run(ctx, input) {
    const found = load(ctx, input.withdrawal_id, "updated");
    if ("error" in found) return fail(found.error);
    const { withdrawal } = found;
    const conflict = checkVersion(withdrawal, input.reference_version);
    if (conflict) return fail(conflict);
    const errors: FieldError[] = [];
    if (input.amount !== undefined) {
      const minimum = minimumProblem(ctx, withdrawal.data.financial_product_id, input.amount);
      if (minimum) errors.push(minimum);
    }
    if (input.end_date !== undefined && input.end_date < withdrawal.data.withdrawal_schedule.start_date) errors.push({ field: "end_date", message: "must not be before the schedule's start_date" });
    if (errors.length > 0) return invalid(errors);
    const data: RecurringWithdrawalData = {
      ...withdrawal.data,
      amount: input.amount ?? withdrawal.data.amount,
      withdrawal_name: input.withdrawal_name ?? withdrawal.data.withdrawal_name,
      withdrawal_schedule: { ...withdrawal.data.withdrawal_schedule, ...(input.end_date !== undefined ? { end_date: input.end_date } : {}) },
    };
    return succeed(200, toRecurringWithdrawal(ctx.update(withdrawal, data)));
  },
});

/** `recurring_withdrawal.cancel` (#71): terminal. */
export const cancelRecurringWithdrawal = defineCommand({
  input: CancelWithdrawalInput,
  run(ctx, input) {
    const found = load(ctx, input.withdrawal_id, "cancelled");
    if ("error" in found) return fail(found.error);
    return succeed(200, toRecurringWithdrawal(ctx.update(found.withdrawal, { ...found.withdrawal.data, status: "cancelled" })));
  },
});
