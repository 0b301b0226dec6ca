import { findPot } from "../../custody/pots";
import { assessPot, unsellable } from "../../custody/rebalancing";
import { startSwitch, type SwitchData } from "../../custody/switches";
import { currencyExponent, parseScaled, type CurrencyCode } from "../../money/money";
import type { CommandContext, StoredEntity } from "../../tenant/command-context";
import type { JobHandler } from "../../tenant/commands";
import { POTS_PER_RUN, REBALANCE_EVALUATION, REBALANCE_POT, REBALANCE_REQUEST, type RebalancePotData, type RebalanceRequestData } from "./store";

function hundredths(text: string): bigint {
  const parsed = parseScaled(text, 2);
  return parsed.ok ? parsed.value : 500n;
}

function minTrade(ctx: CommandContext, currency: string): bigint {
  const parsed = parseScaled(ctx.config.rebalance_minimum_trade_value ?? "1.00", 2);
  const value = parsed.ok ? parsed.value : 100n;
  // The setting is in major units with 2 decimals; scale to the pot currency's minor unit.
  const exponent = currencyExponent(currency as CurrencyCode);
  return exponent >= 2 ? value * 10n ** BigInt(exponent - 2) : value / 10n ** BigInt(2 - exponent);
}

/** The next pots a chunked job works on: its request (still processing), the cursor, all pots and this run's chunk. */
function nextChunk(ctx: CommandContext, kind: string, job: { data: unknown }) {
  const request = ctx.get<RebalanceRequestData>(kind, (job.data as { id: string }).id);
  if (!request || request.data.status !== "processing") return null;
  const { cursor } = request.data.internal;
  const pots = (job.data as { pots?: string[] }).pots ?? [];
  return { request, cursor, pots, chunk: pots.slice(cursor, cursor + POTS_PER_RUN), threshold: hundredths(ctx.config.rebalance_threshold ?? "5.00") };
}

function finishIfDone(ctx: CommandContext, request: StoredEntity<RebalanceRequestData>): void {
  const { total, cursor, in_flight } = request.data.internal;
  if (cursor >= total && in_flight === 0 && request.data.status === "processing") ctx.update(request, { ...request.data, status: "completed" });
}

/**
 * Job `rebalance.evaluate`: evaluates the next pots of an evaluation (deviation and eligibility)
 * and comes back at once for the rest, so other requests run between chunks.
 */
export const evaluateJob: JobHandler = (ctx, job) => {
  const next = nextChunk(ctx, REBALANCE_EVALUATION, job);
  if (!next) return undefined;
  const { request, cursor, pots, chunk, threshold } = next;
  for (const potId of chunk) {
    const pot = findPot(ctx, potId);
    if (!pot) continue;
    const assessed = assessPot(ctx, pot, threshold, 0n, false);
    const row: RebalancePotData = {
      pot_id: pot.id,
      investor_id: pot.data.investor_id,
      portfolio_template_id: pot.data.portfolio_template_id,
      rebalance_eligibility_status: assessed.eligibility,
      portfolio_deviation: assessed.deviation,
    };
    ctx.insert(REBALANCE_POT, `${request.id}/${pot.id}`, row, request.id);
  }
  const updated = ctx.update(request, { ...request.data, internal: { ...request.data.internal, cursor: cursor + chunk.length } });
  finishIfDone(ctx, updated);
  return cursor + chunk.length < pots.length ? ctx.nowMs : undefined;
};

/**
 * Job `rebalance.execute`: for the next pots of a rebalance request, evaluates each and starts
 * the switch of each eligible one (origin rebalance, child orders origin system); a pot that
 * cannot be traded fails alone. Comes back at once for the rest.
 */
export const executeJob: JobHandler = (ctx, job) => {
  const next = nextChunk(ctx, REBALANCE_REQUEST, job);
  if (!next) return undefined;
  const { request, cursor, pots, chunk, threshold } = next;
  let started = 0;
  for (const potId of chunk) {
    const pot = findPot(ctx, potId);
    if (!pot) continue;
    const minTradeMinor = minTrade(ctx, pot.data.pot_currency);
    const assessed = assessPot(ctx, pot, threshold, minTradeMinor, true);
    const row: RebalancePotData = {
      pot_id: pot.id,
      investor_id: pot.data.investor_id,
      portfolio_template_id: pot.data.portfolio_template_id,
      rebalance_eligibility_status: assessed.eligibility,
      portfolio_deviation: assessed.deviation,
      status: "completed",
      reason: assessed.reason,
      instruction_id: null,
    };
    const plan = assessed.plan;
    if (assessed.eligibility !== "eligible" || !plan) {
      // Inside the threshold (or busy): nothing to trade. No template or no holdings: cannot be rebalanced.
      row.status = assessed.eligibility === "ineligible" ? "completed" : "failed";
    } else if (plan.sells.length === 0 && plan.buys.length === 0) {
      row.reason = "Every trade would be below the minimum trade value";
    } else {
      const problem = unsellable(ctx, pot, plan);
      const outcome = problem
        ? null
        : startSwitch(ctx, pot, { ...plan, origin: "rebalance", childOrigin: "system", minTradeMinor, rebalanceRequestId: request.id });
      if (!outcome || !outcome.ok) {
        row.status = "failed";
        row.reason = problem ?? (outcome && !outcome.ok ? outcome.refusal.message : "The switch could not start");
      } else {
        const sw = outcome.value.data;
        row.instruction_id = sw.switch_transaction_id;
        row.sell_instructions = plan.sellInstructions;
        row.buy_instructions = plan.buyInstructions;
        row.status = sw.status;
        row.reason = sw.reason;
        if (sw.status !== "completed" && sw.status !== "failed") started += 1;
      }
    }
    ctx.insert(REBALANCE_POT, `${request.id}/${pot.id}`, row, request.id);
  }
  const internal = { ...request.data.internal, cursor: cursor + chunk.length, in_flight: request.data.internal.in_flight + started };
  const updated = ctx.update(request, { ...request.data, internal });
  finishIfDone(ctx, updated);
  return internal.cursor < pots.length ? ctx.nowMs : undefined;
};

/** Switch listener: a rebalance's switch finished; its pot row takes the outcome and the request may complete. */
export function rebalanceSwitchFinished(ctx: CommandContext, finished: StoredEntity<SwitchData>): void {
  const requestId = finished.data.internal.rebalance_request_id;
  if (!requestId) return;
  const row = ctx.get<RebalancePotData>(REBALANCE_POT, `${requestId}/${finished.data.pot_id}`);
  // No row yet: the switch finished while it was being started (no sells); the run records it.
  if (!row) return;
  ctx.update(row, { ...row.data, status: finished.data.status, reason: finished.data.reason });
  const request = ctx.get<RebalanceRequestData>(REBALANCE_REQUEST, requestId);
  if (!request) return;
  const updated = ctx.update(request, { ...request.data, internal: { ...request.data.internal, in_flight: Math.max(0, request.data.internal.in_flight - 1) } });
  finishIfDone(ctx, updated);
}
