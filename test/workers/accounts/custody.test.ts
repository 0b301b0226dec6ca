import { env, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { FINANCIAL_PRODUCT } from "../../../src/catalogue/financial-products";
import {
  ACCOUNT_ID_PREFIXES,
  attachPot,
  findAccount,
  implicitAccountFor,
  openAccount,
  recordContribution,
  recordPendingWithdrawal,
  recordWithdrawal,
  releaseSubscription,
  reserveSubscription,
  subscriptionHeadroom,
  taxYearOf,
} from "../../../src/custody/accounts";
import { FEE_NOMINATION, feeNomineePot } from "../../../src/custody/fee-nominations";
import { POT } from "../../../src/custody/pots";
import type { TenantConfig } from "../../../src/platform/tenants";
import { CommandContext } from "../../../src/tenant/command-context";

const CONFIG: TenantConfig = {
  rate_limit_per_second: 500, rate_limit_burst: 1000, daily_quota: null, idempotency_retention_hours: 72,
  event_retention_days: 30, tax_id_uniqueness: false, base_currency: "GBP", kyc_provider: "none", environment: "live", time_zone: "Europe/London", dealing_cut_off: "14:00", rebalance_threshold: "5.00", rebalance_minimum_trade_value: "1.00",
};

const MAY_2025 = Date.parse("2025-05-01T09:00:00.000Z");
const LAST_MOMENT_2025 = Date.parse("2026-04-05T22:59:59.999Z");
const FIRST_MOMENT_2026 = Date.parse("2026-04-05T23:00:00.000Z");

/** Runs `fn` inside a fresh tenant object's storage transaction; `at(ms)` gives a command context at that time. */
function inObject<T>(fn: (at: (nowMs: number) => CommandContext) => T): Promise<T> {
  const stub = env.TENANT.getByName(`custody-${crypto.randomUUID()}`);
  return runInDurableObject(stub, (_o, state) =>
    state.storage.transactionSync(() => fn((nowMs) => new CommandContext(state.storage.sql, nowMs, "custody", CONFIG))),
  );
}

describe("opening accounts", () => {
  it("generates product prefix + epoch ms, bumped until unused, at most 20 characters", async () => {
    const ids = await inObject((at) => {
      const ctx = at(1663750577493);
      const first = openAccount(ctx, { investorIds: ["inv-AAA00001"], financialProductId: "stocks_isa" });
      const second = openAccount(ctx, { investorIds: ["inv-AAA00002"], financialProductId: "stocks_isa" });
      const all = Object.keys(ACCOUNT_ID_PREFIXES).map((p) => openAccount(ctx, { investorIds: ["inv-AAA00003"], financialProductId: p }).id);
      return { first: first.id, second: second.id, all };
    });
    expect(ids.first).toBe("SSISA1663750577493");
    expect(ids.second).toBe("SSISA1663750577494");
    expect(ids.all).toHaveLength(8);
    expect(ids.all).toContain("SIPPACC1663750577493");
    expect(ids.all).toContain("CASHACC1663750577493");
    expect(ids.all).toContain("LISAC1663750577493");
    for (const id of ids.all) expect(id.length).toBeLessThanOrEqual(20);
  });

  it("stores an active account with zero counters and the catalogue allowance, and publishes it", async () => {
    const { account, events } = await inObject((at) => {
      const ctx = at(MAY_2025);
      const account = openAccount(ctx, { investorIds: ["inv-AAA00001"], financialProductId: "stocks_isa" });
      return { account, events: ctx.events };
    });
    expect(account).toMatchObject({ kind: "investor_account", version: 1, ownerId: "inv-AAA00001" });
    expect(account.data).toMatchObject({
      investor_id: ["inv-AAA00001"],
      financial_product_id: "stocks_isa",
      account_type: "individual",
      account_sub_type: null,
      status: "active",
      pot_id: [],
      tax_year: "2025",
      date_of_account_activation: "2025-05-01T09:00:00.000Z",
      isa_allowance_remaining: "20000.00",
      current_year_total_contribution: "0.00",
      account_ownership: "individual",
    });
    expect(events.map((e) => [e.type, e.ch])).toEqual([["investor_account_created", "notifications"]]);
    expect(events[0]!.payload).toMatchObject({ account_id: account.id, investor_id: ["inv-AAA00001"], current_year_subscription: false, reference_version: 1 });
    expect(events[0]!.payload).not.toHaveProperty("total_market_value");
    expect(events[0]!.payload).not.toHaveProperty("subscriptions_reserved");
  });
});

describe("implicit accounts", () => {
  it("finds the active account of exactly these investors for the product, or opens one", async () => {
    const r = await inObject((at) => {
      const ctx = at(MAY_2025);
      const a = implicitAccountFor(ctx, ["inv-AAA00001"], "stocks_isa");
      const again = implicitAccountFor(ctx, ["inv-AAA00001"], "stocks_isa");
      const otherProduct = implicitAccountFor(ctx, ["inv-AAA00001"], "general_investment_product");
      const joint = implicitAccountFor(ctx, ["inv-AAA00001", "inv-BBB00002"], "general_investment_product");
      const jointReversed = implicitAccountFor(ctx, ["inv-BBB00002", "inv-AAA00001"], "general_investment_product");
      const second = implicitAccountFor(ctx, ["inv-BBB00002"], "general_investment_product");
      ctx.update(a, { ...a.data, status: "inactive" });
      const replacement = implicitAccountFor(ctx, ["inv-AAA00001"], "stocks_isa");
      return { a, again, otherProduct, joint, jointReversed, second, replacement };
    });
    expect(r.again.id).toBe(r.a.id);
    expect(r.otherProduct.id).not.toBe(r.a.id);
    expect(r.otherProduct.id).toMatch(/^GIA\d{13}$/);
    expect(r.joint.id).not.toBe(r.otherProduct.id);
    expect(r.joint.data.account_ownership).toBe("joint");
    expect(r.jointReversed.id).toBe(r.joint.id);
    expect(r.second.id).not.toBe(r.joint.id);
    expect(r.replacement.id).not.toBe(r.a.id);
  });

  it("attaches each pot once, bumping the version", async () => {
    const r = await inObject((at) => {
      const ctx = at(MAY_2025);
      const account = implicitAccountFor(ctx, ["inv-AAA00001"], "general_investment_product");
      const one = attachPot(ctx, account, "pot-AAA0000001");
      const two = attachPot(ctx, one, "pot-AAA0000002");
      const same = attachPot(ctx, two, "pot-AAA0000002");
      return { one, two, same, stored: findAccount(ctx, account.id), types: ctx.events.map((e) => e.type) };
    });
    expect(r.one.data.pot_id).toEqual(["pot-AAA0000001"]);
    expect(r.one.version).toBe(2);
    expect(r.two.data.pot_id).toEqual(["pot-AAA0000001", "pot-AAA0000002"]);
    expect(r.same.version).toBe(3);
    expect(r.stored?.version).toBe(3);
    expect(r.types).toEqual(["investor_account_created", "investor_account_updated", "investor_account_updated"]);
  });
});

describe("allowance bookkeeping", () => {
  it("reserves, releases and records subscriptions against the product's allowance", async () => {
    const r = await inObject((at) => {
      const ctx = at(MAY_2025);
      const account = openAccount(ctx, { investorIds: ["inv-AAA00001"], financialProductId: "stocks_isa" });
      const id = account.id;
      const steps: Array<string | null> = [subscriptionHeadroom(ctx, account, MAY_2025)];
      reserveSubscription(ctx, id, "12000.00", MAY_2025);
      steps.push(subscriptionHeadroom(ctx, findAccount(ctx, id)!, MAY_2025));
      releaseSubscription(ctx, id, "2000.00", MAY_2025);
      steps.push(subscriptionHeadroom(ctx, findAccount(ctx, id)!, MAY_2025));
      const recorded = recordContribution(ctx, id, "10000.00", MAY_2025 + 1000);
      steps.push(subscriptionHeadroom(ctx, recorded, MAY_2025));
      return { steps, recorded, types: ctx.events.map((e) => e.type) };
    });
    expect(r.steps).toEqual(["20000.00", "8000.00", "10000.00", "10000.00"]);
    expect(r.recorded.version).toBe(4);
    expect(r.recorded.data).toMatchObject({
      subscriptions_reserved: "0.00",
      current_year_subscription: true,
      first_subscription_date_for_current_year: "2025-05-01T09:00:01.000Z",
      current_year_total_contribution: "10000.00",
      current_year_total_isa_contribution: "10000.00",
      total_contribution: "10000.00",
      isa_allowance_remaining: "10000.00",
    });
    expect(r.types).toEqual(["investor_account_created", "investor_account_updated", "investor_account_updated", "investor_account_updated"]);
  });

  it("takes the allowance from the tenant's financial product configuration, and none for products without one", async () => {
    const r = await inObject((at) => {
      const ctx = at(MAY_2025);
      ctx.insert(FINANCIAL_PRODUCT, "stocks_isa", { annual_subscription_allowance: "15000.00" });
      const isa = openAccount(ctx, { investorIds: ["inv-AAA00001"], financialProductId: "stocks_isa" });
      const jisa = openAccount(ctx, { investorIds: ["inv-AAA00001"], financialProductId: "stocks_jisa" });
      const lisa = openAccount(ctx, { investorIds: ["inv-AAA00001"], financialProductId: "lisa_cash" });
      const gia = openAccount(ctx, { investorIds: ["inv-AAA00001"], financialProductId: "general_investment_product" });
      const sipp = openAccount(ctx, { investorIds: ["inv-AAA00001"], financialProductId: "sipp_accumulation" });
      return [isa, jisa, lisa, gia, sipp].map((a) => subscriptionHeadroom(ctx, a, MAY_2025));
    });
    expect(r).toEqual(["15000.00", "9000.00", "4000.00", null, null]);
  });

  it("rolls the counters over on the first booking of a new tax year (6 April, London time)", async () => {
    const r = await inObject((at) => {
      const ctx = at(MAY_2025);
      const id = openAccount(ctx, { investorIds: ["inv-AAA00001"], financialProductId: "stocks_isa" }).id;
      recordContribution(ctx, id, "19000.00", MAY_2025);
      reserveSubscription(ctx, id, "500.00", LAST_MOMENT_2025);
      const before = findAccount(ctx, id)!;
      const headroomLastMoment = subscriptionHeadroom(ctx, before, LAST_MOMENT_2025);
      const headroomFirstMoment = subscriptionHeadroom(ctx, before, FIRST_MOMENT_2026);
      const after = recordContribution(ctx, id, "500.00", FIRST_MOMENT_2026);
      return { before, headroomLastMoment, headroomFirstMoment, after };
    });
    expect(r.before.data).toMatchObject({ tax_year: "2025", current_year_total_contribution: "19000.00", subscriptions_reserved: "500.00" });
    expect(r.headroomLastMoment).toBe("500.00");
    // The in-flight 500.00 is still reserved in the new year.
    expect(r.headroomFirstMoment).toBe("19500.00");
    expect(r.after.data).toMatchObject({
      tax_year: "2026",
      current_year_total_contribution: "500.00",
      current_year_total_isa_contribution: "500.00",
      first_subscription_date_for_current_year: "2026-04-05T23:00:00.000Z",
      total_contribution: "19500.00",
      subscriptions_reserved: "0.00",
      isa_allowance_remaining: "19500.00",
    });
  });

  it("records pending and paid-out withdrawals", async () => {
    const data = await inObject((at) => {
      const ctx = at(MAY_2025);
      const id = openAccount(ctx, { investorIds: ["inv-AAA00001"], financialProductId: "lisa_stocks" }).id;
      recordContribution(ctx, id, "4000.00", MAY_2025);
      recordPendingWithdrawal(ctx, id, "300.00", MAY_2025);
      return recordWithdrawal(ctx, id, "300.00", MAY_2025).data;
    });
    expect(data).toMatchObject({
      current_year_pending_withdrawals: "0.00",
      current_year_total_withdrawals: "300.00",
      current_year_total_isa_withdrawals: "300.00",
      total_withdrawals: "300.00",
      lisa_allowance_remaining: "0.00",
      hmrc_data: { status: "hmrc_process_not_started" },
    });
  });

  it("refuses to book against an unknown account", async () => {
    await expect(inObject((at) => reserveSubscription(at(MAY_2025), "SSISA0000000001", "1.00", MAY_2025))).rejects.toThrow(/does not exist/);
  });

  it("labels tax years through the account module too", () => {
    expect(taxYearOf("2026-04-05")).toBe("2025");
  });
});

describe("fee nominee pot", () => {
  it("is the nominated pot while it exists and is active", async () => {
    const r = await inObject((at) => {
      const ctx = at(MAY_2025);
      const none = feeNomineePot(ctx, "inv-AAA00001");
      const pot = ctx.insert(POT, "pot-AAA0000001", { investor_id: ["inv-AAA00001"], status: "active" }, "inv-AAA00001");
      ctx.insert(FEE_NOMINATION, "inv-AAA00001", { nominations: [{ nominee_pot_id: pot.id }] }, "inv-AAA00001");
      const active = feeNomineePot(ctx, "inv-AAA00001");
      ctx.update(pot, { ...pot.data, status: "inactive" });
      return { none, active, inactive: feeNomineePot(ctx, "inv-AAA00001") };
    });
    expect(r).toEqual({ none: null, active: "pot-AAA0000001", inactive: null });
  });
});
