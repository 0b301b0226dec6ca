import type { CommandContext } from "../../tenant/command-context";
import type { ServiceProviderParams } from "./schema";
import { CYCLE_JOB, cycleDue, firstCycleAfter, raiseAtMs, saveContribution, type Contribution } from "./serialize";
import type { z } from "zod";

type Params = Partial<z.infer<typeof ServiceProviderParams>>;

/** Ends a contribution whose schedule has no cycle left: `Finished` and `recurring_contribution_finished`. */
export function finish(ctx: CommandContext, contribution: Contribution): Contribution {
  return saveContribution(
    ctx,
    contribution,
    { ...contribution.data, status: "Finished", service_provider_params: { ...contribution.data.service_provider_params, status: "Subscription finished" } },
    "recurring_contribution_finished",
  );
}

/** Schedules the job of cycle `k` (direct debits are raised 3 business days before the charge date). */
export function scheduleCycle(ctx: CommandContext, contribution: Contribution, k: number): void {
  ctx.schedule(CYCLE_JOB, contribution.id, raiseAtMs(contribution.data, k, ctx.config.time_zone), { cycle: k });
}

/**
 * Makes a Pending contribution Active from now on: the first cycle is the first one not yet due
 * to be raised (a late approval moves the start to the activation date), then its job is set.
 */
export function activate(ctx: CommandContext, contribution: Contribution, params: Params): Contribution {
  const first = firstCycleAfter(contribution.data, ctx.nowMs, ctx.config.time_zone);
  const active = saveContribution(
    ctx,
    contribution,
    {
      ...contribution.data,
      status: "Active",
      service_provider_params: { ...contribution.data.service_provider_params, ...params, status: "Subscription created" },
      internal: { ...contribution.data.internal, next_cycle: first },
    },
    "recurring_contribution_activated",
  );
  if (!cycleDue(active.data, first, 0)) return finish(ctx, active);
  scheduleCycle(ctx, active, first);
  return active;
}
