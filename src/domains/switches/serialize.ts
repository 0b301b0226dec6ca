import type { SwitchData } from "../../custody/switches";
import { toSwitchChild } from "../../custody/switch-wire";
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
