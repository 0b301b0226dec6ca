/**
 * A tenant's schedule of HMRC claims (relief at source, LISA bonuses): on which day of the month
 * the claims of earlier months are batched (the first day-close on or after it) and how many
 * business days HMRC takes to pay a batch. Kept in the tenant object (kind `hmrc_settings`),
 * set by the operator; the defaults are the first day-close of the month and the provider's delay.
 */
import { hmrcProvider } from "../platform/hmrc/provider";
import type { CommandContext } from "../tenant/command-context";

export const HMRC_SETTINGS = "hmrc_settings";
export const HMRC_SETTINGS_ID = "settings";

export interface HmrcSettings {
  /** Day of the month (1–28) from which the month's first day-close submits the batch. */
  claim_batch_day: number;
  /** Business days from submission to payment. */
  claim_payment_delay_business_days: number;
}

/** The tenant's settings, or the defaults. */
export function hmrcSettings(ctx: CommandContext): HmrcSettings {
  const stored = ctx.get<HmrcSettings>(HMRC_SETTINGS, HMRC_SETTINGS_ID);
  return stored?.data ?? { claim_batch_day: 1, claim_payment_delay_business_days: hmrcProvider().claimPaymentDelayBusinessDays };
}
