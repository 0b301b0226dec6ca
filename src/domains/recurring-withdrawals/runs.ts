/**
 * The scheduler of recurring withdrawals: on each date (rolled to a business day) a withdrawal
 * is raised exactly like a single one (cash locked, paid out, `archived/settled`), with `origin:
 * system` on its transaction (and on its `PAYE Tax` transaction). When the pot
 * has too little free cash that day, the run is recorded as an `archived/rejected` withdrawal
 * transaction with the reason (`transaction_failed`) and the schedule goes on.
 */
import { withinEnd } from "../../clock/monthly-schedule";
import { findPot } from "../../custody/pots";
import { openTransaction, today } from "../../custody/transactions";
import { requestWithdrawal } from "../../custody/withdrawals";
import type { JobHandler } from "../../tenant/commands";
import { RECURRING_WITHDRAWAL, runAtMs, type RecurringWithdrawalData } from "./serialize";

/** Job `recurring_withdrawal.cycle` (keyed by withdrawal id): the next run falls due. */
export const withdrawalCycleJob: JobHandler = (ctx, job) => {
  const withdrawal = ctx.get<RecurringWithdrawalData>(RECURRING_WITHDRAWAL, job.key);
  if (!withdrawal || withdrawal.data.status !== "active") return undefined;
  const data = withdrawal.data;
  const k = data.internal.next_cycle;
  const tz = ctx.config.time_zone;
  if (!withinEnd(data.withdrawal_schedule, k)) {
    ctx.update(withdrawal, { ...data, status: "finished" });
    return undefined;
  }
  const dueAt = runAtMs(data, k, tz);
  if (dueAt > ctx.nowMs) return dueAt;
  const pot = findPot(ctx, data.pot_id);
  if (pot) {
    const subType = data.financial_product_id === "sipp_fad" ? "Income Withdrawal" : "Withdrawal";
    const outcome = requestWithdrawal(ctx, pot, subType, data.amount, data.bank_account_id, { origin: "system" });
    if (!outcome.ok) {
      openTransaction(
        ctx,
        pot,
        {
          primary_transaction_type: "Withdrawal",
          sub_transaction_type: subType,
          type: "archived",
          sub_type: "rejected",
          direction: "out",
          investment_product_id: "cash",
          transaction_value: data.amount,
          trade_date: today(ctx),
          origin: "system",
          reason: outcome.error.message,
          internal: { kind: "withdrawal", bank_account_id: data.bank_account_id },
        },
        "transaction_failed",
      );
    }
  }
  const next = { ...data, internal: { next_cycle: k + 1, runs: data.internal.runs + 1 } };
  const finished = !withinEnd(data.withdrawal_schedule, k + 1);
  ctx.update(withdrawal, finished ? { ...next, status: "finished" } : next);
  return finished ? undefined : runAtMs(next, k + 1, tz);
};
