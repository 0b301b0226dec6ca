import { FX_RATE, FX_RATE_HISTORY, type FxRateData } from "../../custody/fx-rates";
import { operationalDate } from "../../clock/tenant-clock";
import { defineCommand, fail, succeed } from "../../tenant/commands";
import { PublishRateInput } from "./schema";

/** The wire rate of a stored one (`rate_on_date` as WealthOS writes it, YYYYMMDD). */
export function toRate(data: FxRateData) {
  return { rate_id: data.rate_id, rate_type: data.rate_type, rate: data.rate, rate_on_date: data.rate_on_date.replaceAll("-", "") };
}

/**
 * `fx_rate.publish` (admin): records a rate of a pair at an instant in the history and makes it
 * the pair's latest unless a newer one is already published. The same instant again replaces
 * that publication (a correction). An instant after the tenant's clock is refused.
 */
export const publishFxRate = defineCommand({
  input: PublishRateInput,
  run(ctx, input) {
    const asOfMs = Date.parse(input.as_of);
    if (asOfMs > ctx.nowMs) {
      return fail({ code: "validation_failed", detail: "Invalid fields: as_of", errors: [{ field: "as_of", message: `must not be in the future of the tenant's clock (${ctx.now})` }] });
    }
    const asOf = new Date(asOfMs).toISOString();
    const data: FxRateData = {
      rate_id: input.pair,
      rate_type: "fx-spot",
      base_currency: input.pair.slice(0, 3),
      quote_currency: input.pair.slice(3),
      rate: input.rate,
      as_of: asOf,
      rate_on_date: operationalDate(asOfMs, ctx.config),
    };
    const historyId = `${input.pair}/${asOf}`;
    const previous = ctx.get<FxRateData>(FX_RATE_HISTORY, historyId);
    if (previous) ctx.update(previous, data);
    else ctx.insert(FX_RATE_HISTORY, historyId, data, input.pair);
    const latest = ctx.get<FxRateData>(FX_RATE, input.pair);
    const isLatest = !latest || latest.data.as_of <= asOf;
    if (isLatest) {
      if (latest) ctx.update(latest, data);
      else ctx.insert(FX_RATE, input.pair, data);
    }
    return succeed(200, { ...toRate(data), as_of: asOf, latest: isLatest });
  },
});
