import type { SwitchData } from "../../custody/switches";
import type { TransactionData } from "../../custody/transactions";
import { omitAbsent } from "../../platform/wire-absent";

interface Stored<T> {
  data: T;
  createdAt: string;
  updatedAt: string;
}

/** The POST answer of a switch. */
export function toSwitch(entity: Stored<SwitchData>) {
  const { status, switch_transaction_id, pot_id, origin, sell_instructions, buy_instructions } = entity.data;
  return { status, switch_transaction_id, pot_id, origin, sell_instructions, buy_instructions };
}

const CHILD_STATUS: Record<string, "instructed" | "priced" | "settled" | "rejected"> = { instructed: "instructed", priced: "priced", settled: "settled", rejected: "rejected" };

/** A child order as the switch GET lists it. */
export function toSwitchChild(entity: Stored<TransactionData>) {
  const t = entity.data;
  return omitAbsent({
    investment_product_id: t.investment_product_id,
    status: CHILD_STATUS[t.sub_type] ?? "instructed",
    side: t.internal.kind === "buy" ? ("buy" as const) : ("sell" as const),
    transaction_id: t.transaction_id,
    quantity: t.sub_type === "instructed" && t.internal.order === "value" ? undefined : (t.transaction_quantity ?? undefined),
    price: t.execution_price ?? undefined,
    value: t.transaction_value ?? undefined,
    created_at: entity.createdAt,
    updated_at: entity.updatedAt,
  });
}

/** The GET answer: the switch with its times, its reason when failed, and (on request) its children. */
export function toSwitchDetails(entity: Stored<SwitchData>, children: Stored<TransactionData>[] | null) {
  return omitAbsent({
    ...toSwitch(entity),
    created_at: entity.createdAt,
    updated_at: entity.updatedAt,
    reason: entity.data.reason ?? undefined,
    transactions: children === null ? undefined : children.map(toSwitchChild),
  });
}
