import type { CommandContext } from "../tenant/command-context";

/**
 * Counterparties: the banks that take cash deposits (`CPY-` ids). Stored as `counterparty`
 * entities; the operator manages them through the admin API, the tenant API reads them. Their
 * schedules say when deposit and redemption instructions are sent (see `instructionWindowMs`).
 */

/** Entity kind of a counterparty. */
export const COUNTERPARTY = "counterparty";

export const COUNTERPARTY_TYPES = ["bank"] as const;
export const COUNTERPARTY_STATUSES = ["active", "inactive"] as const;
export const SCHEDULE_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday"] as const;

/**
 * When instructions are sent: on the listed weekdays that are business days, at each cut-off
 * time (`HH:MM`, the tenant's time zone). Instructions accepted before a cut-off go at it.
 */
export interface InstructionSchedule {
  business_days: Array<(typeof SCHEDULE_DAYS)[number]>;
  cut_off_times: string[];
}

export interface CounterpartyBankAccount {
  account_name: string;
  bank_account_number: string;
  sort_code: string;
  currency: string;
}

/** A counterparty as stored (the wire shape without id, version and timestamps). */
export interface CounterpartyData {
  counterparty_name: string;
  counterparty_type: (typeof COUNTERPARTY_TYPES)[number];
  instruction_schedule: InstructionSchedule;
  sell_instruction_schedule: InstructionSchedule;
  bank_accounts: CounterpartyBankAccount[];
  status: (typeof COUNTERPARTY_STATUSES)[number];
  /** File references (`FILE-…` ids of stored documents). */
  attachments: Array<{ name: string; file_id: string }>;
}

/** The tenant's counterparty, or `null`. */
export function findCounterparty(ctx: CommandContext, id: string): CounterpartyData | null {
  return ctx.get<CounterpartyData>(COUNTERPARTY, id)?.data ?? null;
}
