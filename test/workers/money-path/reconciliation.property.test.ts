import { env, runInDurableObject } from "cloudflare:test";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { activeInvestor, addProduct, createPot, get, post, publishPrice, runJobs } from "../../helpers/money";
import { newTenant, type TestTenant } from "../../helpers/tenant";
import { deposit, putCashProduct, putCounterparty, redeem } from "../../helpers/cash-deposits";

/** One step of a random money-path sequence. */
type Op =
  | { kind: "pay"; pounds: number; pence: number; invest: boolean }
  | { kind: "buy"; product: number; value: boolean; amount: number }
  | { kind: "sell"; product: number; value: boolean; amount: number }
  | { kind: "fee"; pence: number }
  | { kind: "withdraw"; pence: number }
  | { kind: "price"; product: number; price: number }
  | { kind: "settle" }
  | { kind: "deposit"; pence: number }
  | { kind: "redeem"; pence: number; full: boolean }
  | { kind: "interest"; days: number };

/** An instant-access deposit product: redemptions pay on the day they are sent. */
const DEPOSIT_PRODUCT = "CASHINV-PRP00001";
const JOB_KINDS = ["payment.provider", "trade.fill", "trade.settle", "withdrawal.payout", "cash_deposit.send", "cash_deposit.confirm"];

const PRODUCTS = ["PROPFUNDA1", "PROPFUNDB2"];

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant("pay" as const), pounds: fc.integer({ min: 1, max: 900 }), pence: fc.integer({ min: 0, max: 99 }), invest: fc.boolean() }),
  fc.record({ kind: fc.constant("buy" as const), product: fc.integer({ min: 0, max: 1 }), value: fc.boolean(), amount: fc.integer({ min: 1, max: 40_000 }) }),
  fc.record({ kind: fc.constant("sell" as const), product: fc.integer({ min: 0, max: 1 }), value: fc.boolean(), amount: fc.integer({ min: 1, max: 40_000 }) }),
  fc.record({ kind: fc.constant("fee" as const), pence: fc.integer({ min: 1, max: 30_000 }) }),
  fc.record({ kind: fc.constant("withdraw" as const), pence: fc.integer({ min: 100, max: 30_000 }) }),
  fc.record({ kind: fc.constant("price" as const), product: fc.integer({ min: 0, max: 1 }), price: fc.integer({ min: 5_000, max: 300_000 }) }),
  fc.constant({ kind: "settle" as const }),
  fc.record({ kind: fc.constant("deposit" as const), pence: fc.integer({ min: 100, max: 40_000 }) }),
  fc.record({ kind: fc.constant("redeem" as const), pence: fc.integer({ min: 1, max: 30_000 }), full: fc.boolean() }),
  fc.record({ kind: fc.constant("interest" as const), days: fc.integer({ min: 1, max: 3 }) }),
);

const money = (pence: number) => `${Math.floor(pence / 100)}.${String(pence % 100).padStart(2, "0")}`;
/** A 4-decimal quantity or price from an integer of ten-thousandths. */
const fourDp = (n: number) => `${Math.floor(n / 10_000)}.${String(n % 10_000).padStart(4, "0")}`;

/** The deposit reference of the pot's live deposit, once one was accepted. */
const references = new Map<string, string>();

async function apply(t: TestTenant, potId: string, bankAccountId: string, step: Op): Promise<void> {
  const requestId = crypto.randomUUID();
  switch (step.kind) {
    case "pay":
      await post(t, "/tenant/payments/v1", {
        request_id: requestId,
        amount: `${step.pounds}.${String(step.pence).padStart(2, "0")}`,
        pot_id: potId,
        payment_type: "manual",
        service_provider: "none",
        ...(step.invest ? { purpose: "invest", investment_instructions: [{ investment_product_id: PRODUCTS[0], value: `${Math.ceil(step.pounds / 2)}.00` }] } : { purpose: "cash" }),
      }).then(async (r) => {
        expect(r.status).toBe(201);
        await post(t, `/tenant/payments/v1/${r.body.transaction_id}`, { status: "succeeded" }, "PATCH");
      });
      return;
    case "buy":
    case "sell": {
      const instruction = { investment_product_id: PRODUCTS[step.product], ...(step.value ? { value: money(step.amount) } : { quantity: fourDp(step.amount) }) };
      const path = step.kind === "buy" ? "/tenant/transactions/v1/buy" : "/tenant/transactions/v1/sell";
      const field = step.kind === "buy" ? "investment_instructions" : "sell_instructions";
      const r = await post(t, path, { request_id: requestId, pot_id: potId, [field]: [instruction] });
      // 422 when the pot lacks free cash or units; 400 for an order too small to fill.
      expect([201, 400, 422]).toContain(r.status);
      if (r.status === 400) expect(r.body.error_code).toBe("validation_failed");
      return;
    }
    case "fee": {
      const r = await post(t, "/tenant/transactions/v1/fee", { request_id: requestId, pot_id: potId, currency: "GBP", transaction_value: money(step.pence), sub_transaction_type: "Custody fees" });
      expect([201, 422]).toContain(r.status);
      return;
    }
    case "withdraw": {
      const r = await post(t, "/tenant/withdrawals/v1", { request_id: requestId, pot_id: potId, currency: "GBP", transaction_value: money(step.pence), sub_transaction_type: "Withdrawal", bank_account_id: bankAccountId });
      expect([201, 422]).toContain(r.status);
      return;
    }
    case "price":
      await publishPrice(t, PRODUCTS[step.product] as string, fourDp(step.price), "2026-11-21");
      return;
    case "settle":
      await runJobs(t, JOB_KINDS);
      return;
    case "deposit": {
      const r = await deposit(t, potId, DEPOSIT_PRODUCT, money(step.pence));
      // 422 without enough free cash; 409 while a redemption of the deposit is under way.
      expect([201, 409, 422], JSON.stringify(r.body)).toContain(r.status);
      if (r.status === 201) references.set(t.id, r.body.deposit_reference);
      return;
    }
    case "redeem": {
      const reference = references.get(t.id);
      if (!reference) return;
      const r = await redeem(t, potId, DEPOSIT_PRODUCT, reference, step.full ? undefined : money(step.pence));
      // 409 before the deposit opened, after it closed, or with a redemption or top-up under way; 422 above its balance.
      expect([201, 409, 422], JSON.stringify(r.body)).toContain(r.status);
      return;
    }
    case "interest":
      await runJobs(t, JOB_KINDS);
      await runJobs(t, ["clock.day_close"], step.days);
  }
}

const cents = (s: string) => {
  const [whole = "0", fraction = ""] = s.split(".");
  return BigInt(whole) * 100n + BigInt((fraction + "00").slice(0, 2)) * (s.startsWith("-") ? -1n : 1n);
};

/** Checks the invariants of the ledger and that every reported total equals the sum of its parts. */
async function checkInvariants(t: TestTenant, potId: string): Promise<void> {
  const ledger = await runInDurableObject(env.TENANT.getByName(t.id), (_o, state) => {
    const sql = state.storage.sql;
    const sums = sql.exec("SELECT asset, sum(CAST(amount AS INTEGER)) AS net FROM postings GROUP BY asset").toArray();
    const positions = sql.exec("SELECT account, asset, CAST(total AS INTEGER) AS total, CAST(locked AS INTEGER) AS locked FROM positions").toArray();
    const fromPostings = sql.exec("SELECT account, asset, sum(CAST(amount AS INTEGER)) AS net FROM postings GROUP BY account, asset").toArray();
    return { sums, positions, fromPostings };
  });
  for (const row of ledger.sums) expect(row.net, `postings of ${row.asset} balance`).toBe(0);
  const nets = new Map(ledger.fromPostings.map((r) => [`${r.account}|${r.asset}`, r.net]));
  for (const p of ledger.positions) {
    expect(p.total, `position ${p.account} ${p.asset} equals its postings`).toBe(nets.get(`${p.account}|${p.asset}`) ?? 0);
    expect(p.locked as number).toBeGreaterThanOrEqual(0);
    if (String(p.account).startsWith("pot:")) expect((p.total as number) - (p.locked as number), `free of ${p.asset}`).toBeGreaterThanOrEqual(0);
    expect(p.locked as number).toBeLessThanOrEqual(Math.max(p.total as number, 0));
  }

  const value = await get(t, `/tenant/pots/v1/${potId}/value`);
  const { holdings } = await get(t, `/tenant/pots/v1/${potId}/holdings`);
  const sum = (pick: (h: any) => string, filter: (h: any) => boolean = () => true) => holdings.filter(filter).reduce((acc: bigint, h: any) => acc + cents(pick(h)), 0n);
  for (const h of holdings) expect(cents(h.total_value)).toBe(cents(h.free_value) + cents(h.locked_value));
  expect(cents(value.total_value)).toBe(sum((h) => h.total_value));
  expect(cents(value.total_free_value)).toBe(sum((h) => h.free_value));
  expect(cents(value.total_locked_value)).toBe(sum((h) => h.locked_value));
  expect(cents(value.total_cash_value)).toBe(sum((h) => h.total_value, (h) => h.investment_product_id === "cash"));
  expect(cents(value.total_value)).toBe(cents(value.total_free_value) + cents(value.total_locked_value));
  expect(cents(value.total_cash_value)).toBe(cents(value.total_free_cash_value) + cents(value.total_locked_cash_value));

  // Cash reconciles with the settled transactions: in − out.
  const { transactions } = await get(t, `/tenant/pots/v1/${potId}/transactions?page_size=8000&page_number=1`);
  const settled = transactions.filter((x: any) => x.type === "archived" && x.sub_type === "settled");
  const cashSign = (x: any) => {
    if (x.primary_transaction_type === "Buy") return -1n;
    if (x.primary_transaction_type === "Sell") return 1n;
    return x.direction === "in" ? 1n : -1n;
  };
  const cash = settled.reduce((acc: bigint, x: any) => acc + cashSign(x) * cents(x.transaction_value), 0n);
  const cashHolding = holdings.find((h: any) => h.investment_product_id === "cash");
  expect(cents(cashHolding?.total_value ?? "0.00"), "cash equals settled cash in minus out").toBe(cash);
}

describe("money path properties", () => {
  it("keeps the ledger balanced and every reported total equal to the sum of its parts, whatever the sequence", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 3, maxLength: 10 }), async (ops) => {
        const t = await newTenant();
        await addProduct(t, "PROPFUNDA1", "1.2345");
        await addProduct(t, "PROPFUNDB2", "10.0000", { settlement_date_offset: 3 });
        const { investorId, bankAccountId } = await activeInvestor(t);
        const potId = await createPot(t, investorId);
        await putCounterparty(t);
        await putCashProduct(t, DEPOSIT_PRODUCT, {
          asset_sub_type: "instant_deposit",
          notice_period: null,
          minimum_investment: "1.00",
          maximum_investment: null,
          minimum_balance: null,
          top_up_configurations: { allowed: true, minimum_top_up: null, maximum_top_ups: null },
        });
        for (const step of [{ kind: "pay", pounds: 500, pence: 0, invest: false } as Op, ...ops]) {
          await apply(t, potId, bankAccountId, step);
          await checkInvariants(t, potId);
        }
        await runJobs(t, JOB_KINDS);
        await checkInvariants(t, potId);
      }),
      { numRuns: 12 },
    );
  }, 240_000);
});
