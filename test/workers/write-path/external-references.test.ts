import { env, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { CommandContext } from "../../../src/tenant/command-context";
import { duplicateReference, EXTERNAL_REFERENCE_PATTERN } from "../../../src/tenant/versioning";
import { newTenant } from "../../helpers/tenant";

describe("external references", () => {
  it.each([
    ["ORDER-2024_0001", true],
    ["with spaces and-dashes_ok", true],
    ["x".repeat(256), true],
    ["x".repeat(257), false],
    ["", false],
    ["semi;colon", false],
    ["ünïcode", false],
  ])("%s is %s", (value, valid) => {
    expect(EXTERNAL_REFERENCE_PATTERN.test(value)).toBe(valid);
  });

  it("detects a duplicate unique reference and names the resource holding it", async () => {
    const t = await newTenant();
    const outcome = await runInDurableObject(env.TENANT.getByName(t.id), (_obj, state) => {
      const ctx = new CommandContext(state.storage.sql, Date.now(), t.id, {
        rate_limit_per_second: 1, rate_limit_burst: 1, daily_quota: null, idempotency_retention_hours: 72,
        event_retention_days: 30, tax_id_uniqueness: false, base_currency: "GBP", kyc_provider: "none", environment: "live", time_zone: "Europe/London", dealing_cut_off: "14:00", rebalance_threshold: "5.00", rebalance_minimum_trade_value: "1.00",
      });
      return state.storage.transactionSync(() => {
        ctx.claimUnique("payment", "external_transaction_reference", "REF-1", "pay-AAA11111");
        const holder = ctx.findUnique("payment", "external_transaction_reference", "REF-1");
        const free = ctx.findUnique("payment", "external_transaction_reference", "REF-2");
        return { holder, free };
      });
    });
    expect(outcome).toEqual({ holder: "pay-AAA11111", free: null });
    const problem = duplicateReference("external_transaction_reference", "REF-1", "pay-AAA11111");
    expect(problem).toMatchObject({ code: "duplicate_external_reference", errors: [{ field: "external_transaction_reference" }], extra: { existing_id: "pay-AAA11111" } });
  });
});
