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

function settleAndFollow(ctx: CommandContext, order: StoredEntity<TransactionData>): void {
  const settled = settleOrder(ctx, order);
  const feeId = settled?.data.internal.fee_transaction_id;
  if (feeId) continueFee(ctx, feeId);
  notifyFollowers(ctx, settled);
}

/**
 * Job `trade.settle`: a priced order settles; a settled fee sell-down may complete its fee. A buy
 * funded by pending proceeds settles the sells that fund it first (their settlement date is never
 * later than its own), so it never spends cash the pot does not hold yet.
 */
export const settleTradeJob: JobHandler = (ctx, job) => {
  const order = orderFor(ctx, job);
  if (!order) return undefined;
  if (order.data.type !== "pending" || order.data.sub_type !== "priced") return undefined;
  for (const sellId of order.data.internal.funded_by ?? []) {
    const sell = findTransaction(ctx, sellId);
    if (sell && sell.data.type === "pending" && sell.data.sub_type === "priced") settleAndFollow(ctx, sell);
  }
  settleAndFollow(ctx, order);
  return undefined;
};

/**
 * Day-close step: settles every order whose settlement falls due by the close (its `trade.settle`
 * job is due at the close of its settlement date), before the day's snapshot is taken. Sells
 * settle before buys, each side in (due instant, scheduling) order, so the order is deterministic
 * and a day's sale proceeds are in the pot's cash before that day's buys pay.
 */
export const settleDueTrades: DayCloseStep = (ctx, _date, closeMs) => {
  const due = dueJobsOfKind(ctx.sql, TRADE_SETTLE_JOB, closeMs).map((job) => {
    const data = JSON.parse(job.data) as unknown;
    const order = orderFor(ctx, { data });
    return { job, data, sell: order?.data.internal.kind !== "buy" };
  });
  const ordered = [...due.filter((d) => d.sell), ...due.filter((d) => !d.sell)];
  for (const { job, data } of ordered) {
    settleTradeJob(ctx, { key: job.key, data, attempts: job.attempts });
    completeJob(ctx.sql, TRADE_SETTLE_JOB, job.key);
  }
};
