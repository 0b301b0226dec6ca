import type { JobHandler } from "../tenant/commands";
import { continueFee } from "./fees";
import { fillOrder, orderFor, settleOrder } from "./trading";

/** Job `trade.fill`: the venue prices an instructed order. A rejected fee sell-down fails its fee. */
export const fillTradeJob: JobHandler = (ctx, job) => {
  const order = orderFor(ctx, job);
  if (!order) return undefined;
  fillOrder(ctx, order);
  const feeId = order.data.internal.fee_transaction_id;
  if (feeId) continueFee(ctx, feeId);
  return undefined;
};

/** Job `trade.settle`: a priced order settles; a settled fee sell-down may complete its fee. */
export const settleTradeJob: JobHandler = (ctx, job) => {
  const order = orderFor(ctx, job);
  if (!order) return undefined;
  const settled = settleOrder(ctx, order);
  const feeId = settled?.data.internal.fee_transaction_id;
  if (feeId) continueFee(ctx, feeId);
  return undefined;
};
