import type { DayCloseStep } from "../clock/day-close";
import type { CommandContext, StoredEntity } from "../tenant/command-context";
import type { JobHandler } from "../tenant/commands";
import { completeJob, dueJobsOfKind } from "../tenant/jobs";
import { continueFee } from "./fees";
import { fillOrder, orderFor, settleOrder, TRADE_SETTLE_JOB } from "./trading";
import { findTransaction, type TransactionData } from "./transactions";

/** Follows orders through their steps (e.g. a switch waiting on its children). */
export type OrderFollower = (ctx: CommandContext, order: StoredEntity<TransactionData>) => void;
const followers: OrderFollower[] = [];

/**
 * Registers a follower, called with the order after each fill step (priced or rejected) and after
 * its settlement, in the same transaction. Features register at the top (`src/jobs.ts`).
 */
export function followOrders(follower: OrderFollower): void {
  if (!followers.includes(follower)) followers.push(follower);
}

function notifyFollowers(ctx: CommandContext, order: StoredEntity<TransactionData> | null): void {
  if (order) for (const follower of followers) follower(ctx, order);
}

/** Job `trade.fill`: the venue prices an instructed order. A rejected fee sell-down fails its fee. */
export const fillTradeJob: JobHandler = (ctx, job) => {
  const order = orderFor(ctx, job);
  if (!order) return undefined;
  fillOrder(ctx, order);
  const feeId = order.data.internal.fee_transaction_id;
  if (feeId) continueFee(ctx, feeId);
  notifyFollowers(ctx, findTransaction(ctx, order.id));
  return undefined;
};

/** Job `trade.settle`: a priced order settles; a settled fee sell-down may complete its fee. */
export const settleTradeJob: JobHandler = (ctx, job) => {
  const order = orderFor(ctx, job);
  if (!order) return undefined;
  const settled = settleOrder(ctx, order);
  const feeId = settled?.data.internal.fee_transaction_id;
  if (feeId) continueFee(ctx, feeId);
  notifyFollowers(ctx, settled);
  return undefined;
};

/**
 * Day-close step: settles every order whose settlement falls due by the close (its `trade.settle`
 * job is due at the close of its settlement date), before the day's snapshot is taken.
 */
export const settleDueTrades: DayCloseStep = (ctx, _date, closeMs) => {
  for (const job of dueJobsOfKind(ctx.sql, TRADE_SETTLE_JOB, closeMs)) {
    settleTradeJob(ctx, { key: job.key, data: JSON.parse(job.data) as unknown, attempts: job.attempts });
    completeJob(ctx.sql, TRADE_SETTLE_JOB, job.key);
  }
};
