import { COUNTERPARTY, SCHEDULE_DAYS, type CounterpartyData, type InstructionSchedule } from "../../catalogue/counterparties";
import { defineCommand, fail, succeed } from "../../tenant/commands";
import { UpsertCounterpartyInput } from "./schema";
import { toCounterparty } from "./serialize";

const REQUIRED_ON_CREATE = ["counterparty_name", "instruction_schedule", "sell_instruction_schedule"] as const;

/** Days in week order and times sorted, each once. */
function normalSchedule(schedule: InstructionSchedule): InstructionSchedule {
  return {
    business_days: SCHEDULE_DAYS.filter((day) => schedule.business_days.includes(day)),
    cut_off_times: [...new Set(schedule.cut_off_times)].sort(),
  };
}

const sortCode = (code: string) => code.replace(/-/g, "").replace(/^(\d{2})(\d{2})(\d{2})$/, "$1-$2-$3");

/**
 * `counterparty.upsert` (admin): creates the counterparty (201) or changes the sent fields
 * (200, `reference_version` + 1). Emits the full resource on `notifications`
 * (`counterparty_created`/`_updated`); an unchanged upsert writes nothing.
 */
export const upsertCounterparty = defineCommand({
  input: UpsertCounterpartyInput,
  run(ctx, input) {
    const { counterparty_id: id, ...changes } = input;
    const current = ctx.get<CounterpartyData>(COUNTERPARTY, id);
    if (!current) {
      const missing = REQUIRED_ON_CREATE.filter((field) => input[field] === undefined);
      if (missing.length > 0) {
        return fail({
          code: "validation_failed",
          detail: `Invalid fields: ${missing.join(", ")}`,
          errors: missing.map((field) => ({ field, message: "required when creating a counterparty" })),
        });
      }
    }
    const base: CounterpartyData = current?.data ?? {
      counterparty_name: "",
      counterparty_type: "bank",
      instruction_schedule: { business_days: [], cut_off_times: [] },
      sell_instruction_schedule: { business_days: [], cut_off_times: [] },
      bank_accounts: [],
      status: "active",
      attachments: [],
    };
    const merged = { ...base, ...changes } as CounterpartyData;
    const data: CounterpartyData = {
      ...merged,
      instruction_schedule: normalSchedule(merged.instruction_schedule),
      sell_instruction_schedule: normalSchedule(merged.sell_instruction_schedule),
      bank_accounts: merged.bank_accounts.map((a) => ({ ...a, sort_code: sortCode(a.sort_code) })),
    };
    if (current && JSON.stringify(current.data) === JSON.stringify(data)) return succeed(200, toCounterparty(current));
    const stored = current ? ctx.update(current, data) : ctx.insert(COUNTERPARTY, id, data);
    const counterparty = toCounterparty(stored);
    ctx.emit({ type: current ? "counterparty_updated" : "counterparty_created", ch: "notifications", payload: counterparty });
    return succeed(current ? 200 : 201, counterparty);
  },
});
