import type { PaymentProvider } from "./provider";

/**
 * No provider (`service_provider: none`, `payment_type: manual`): the payment waits in
 * `processing` until the wealth manager confirms the cash arrived (or not) with
 * `PATCH /tenant/payments/v1/{transaction_id}`.
 */
export const manualProvider: PaymentProvider = {
  start: () => ({ status: "processing", params: {}, firstStepInMs: null }),
  advance: () => ({ status: "processing", nextInMs: 0 }),
};
