import { z } from "@hono/zod-openapi";
import { CURRENCY_EXPONENTS } from "../../money/money";
import { RATE_DECIMALS } from "../../custody/fx-rates";
import { decimalSchema } from "../../platform/wire-decimals";

/** The wire contract of rates (WealthOS #61) and of their publication (admin API). */

const CURRENCIES = Object.keys(CURRENCY_EXPONENTS);

const CODE = `(${CURRENCIES.join("|")})`;

export const FxPair = z
  .string()
  .regex(new RegExp(`^${CODE}${CODE}$`), `must be two supported ISO 4217 codes (${CURRENCIES.join(", ")}), base then quote, e.g. USDGBP`)
  .refine((p) => p.slice(0, 3) !== p.slice(3), "base and quote must differ");

export const AdminRateParams = z.object({
  tenant_id: z.string().openapi({ param: { name: "tenant_id", in: "path" }, example: "acme" }),
  pair: FxPair.openapi({ param: { name: "pair", in: "path" }, example: "USDGBP", description: "Base then quote currency: the rate is quote currency per one unit of base" }),
});

export const PublishRateBody = z
  .object({
    rate: decimalSchema({ maxDecimals: RATE_DECIMALS, wholeDigits: 7, allowZero: false }, "0.79120000"),
    as_of: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/, "must be an ISO-8601 timestamp with a zone, e.g. 2026-11-20T16:00:00Z")
      .refine((s) => !Number.isNaN(Date.parse(s)), "must be a real point in time")
      .openapi({ format: "date-time", description: "When the rate was fixed; not in the future of the tenant's clock" }),
  })
  .openapi("PublishFxRateBody");

export const PublishRateInput = PublishRateBody.extend({ pair: FxPair });
export type PublishRateInput = z.infer<typeof PublishRateInput>;

/** A rate as WealthOS lists it. */
export const Rate = z
  .object({
    rate_id: z.string().openapi({ example: "USDGBP" }),
    rate_type: z.enum(["fx-spot"]),
    rate: z.string().openapi({ example: "0.79120000" }),
    rate_on_date: z.string().openapi({ example: "20261120", description: "The rate's date, YYYYMMDD" }),
  })
  .openapi("Rate");

export const RateList = z.object({ rates: z.array(Rate) }).openapi("RateList");

export const RateQuery = z.object({
  rate_type: z.enum(["fx-spot"], { error: "must be fx-spot" }).openapi({ param: { name: "rate_type", in: "query" }, description: "Type of rate (only fx-spot)" }),
});

/** A publication as the admin API answers it: the rate, its instant, and whether it is now the pair's latest. */
export const PublishedRate = Rate.extend({
  as_of: z.string().openapi({ format: "date-time" }),
  latest: z.boolean().openapi({ description: "false when a newer rate of the pair was already published (this one is kept in the history only)" }),
}).openapi("PublishedFxRate");
