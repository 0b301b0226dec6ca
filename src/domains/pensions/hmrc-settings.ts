/** `hmrc_settings.set`: the operator sets a tenant's schedule of HMRC claims (admin API). */
import { z } from "@hono/zod-openapi";
import { HMRC_SETTINGS, HMRC_SETTINGS_ID, hmrcSettings, type HmrcSettings } from "../../custody/hmrc-settings";
import { defineCommand, succeed } from "../../tenant/commands";

export const HmrcSettingsBody = z
  .object({
    claim_batch_day: z.number().int().min(1).max(28).optional().openapi({ description: "Day of the month from which its first day-close submits the claims of earlier months (default 1)" }),
    claim_payment_delay_business_days: z.number().int().min(0).max(30).optional().openapi({ description: "Business days from a batch's submission to HMRC's payment (default 10)" }),
  })
  .strict()
  .openapi("HmrcSettingsBody");

export const HmrcSettingsResource = z
  .object({ claim_batch_day: z.number().int(), claim_payment_delay_business_days: z.number().int() })
  .openapi("HmrcSettings");

export const setHmrcSettings = defineCommand({
  input: HmrcSettingsBody,
  run(ctx, body) {
    const current = hmrcSettings(ctx);
    const data: HmrcSettings = {
      claim_batch_day: body.claim_batch_day ?? current.claim_batch_day,
      claim_payment_delay_business_days: body.claim_payment_delay_business_days ?? current.claim_payment_delay_business_days,
    };
    const stored = ctx.get<HmrcSettings>(HMRC_SETTINGS, HMRC_SETTINGS_ID);
    if (stored) ctx.update(stored, data);
    else ctx.insert(HMRC_SETTINGS, HMRC_SETTINGS_ID, data);
    return succeed(200, data);
  },
});
