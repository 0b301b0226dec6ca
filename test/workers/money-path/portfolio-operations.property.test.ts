import { env, runInDurableObject } from "cloudflare:test";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { activeInvestor, addProduct, createPot, get, post, publishPrice, runJobs } from "../../helpers/money";
import { newTenant, type TestTenant } from "../../helpers/tenant";

/** One step of a random sequence of portfolio operations over two pots of one account. */
type Op =
  | { kind: "pay"; pot: number; pounds: number }
  | { kind: "buy"; pot: number; product: number; pence: number }
  | { kind: "switch"; pot: number; from: number; percent: number; split: number; cashPence: number }
  | { kind: "rebalance"; pot: number }
  | { kind: "transfer"; from: number; product: number; amount: number }
  | { kind: "price"; product: number; price: number }
  | { kind: "fill" }
  | { kind: "settle" };

const PRODUCTS = ["PROPOPSA01", "PROPOPSB02"];
const JOBS = ["payment.provider", "trade.fill", "trade.settle", "rebalance.execute"];
/** Everything but settlement: the venue prices orders (switch buys go in against pending proceeds), nothing settles. */
const FILLS = ["payment.provider", "trade.fill", "rebalance.execute"];

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant("pay" as const), pot: fc.integer({ min: 0, max: 1 }), pounds: fc.integer({ min: 1, max: 500 }) }),
  fc.record({ kind: fc.constant("buy" as const), pot: fc.integer({ min: 0, max: 1 }), product: fc.integer({ min: 0, max: 1 }), pence: fc.integer({ min: 1, max: 40_000 }) }),
  // Switches weigh more (mostly in pot 0, which holds both products), and `fill` prices orders without
  // settling them, so other operations run while switch buys hold pending proceeds.
  {
    arbitrary: fc.record({ kind: fc.constant("switch" as const), pot: fc.constantFrom(0, 0, 0, 1), from: fc.integer({ min: 0, max: 1 }), percent: fc.integer({ min: 1, max: 100 }), split: fc.integer({ min: 0, max: 100 }), cashPence: fc.integer({ min: 0, max: 5_000 }) }),
    weight: 3,
  },
  fc.record({ kind: fc.constant("rebalance" as const), pot: fc.integer({ min: 0, max: 1 }) }),
  fc.record({ kind: fc.constant("transfer" as const), from: fc.integer({ min: 0, max: 1 }), product: fc.integer({ min: -1, max: 1 }), amount: fc.integer({ min: 1, max: 20_000 }) }),
  fc.record({ kind: fc.constant("price" as const), product: fc.integer({ min: 0, max: 1 }), price: fc.integer({ min: 5_000, max: 300_000 }) }),
  { arbitrary: fc.constant({ kind: "fill" as const }), weight: 3 },
  fc.constant({ kind: "settle" as const }),
);

const money = (pence: number) => `${Math.floor(pence / 100)}.${String(pence % 100).padStart(2, "0")}`;
const fourDp = (n: number) => `${Math.floor(n / 10_000)}.${String(n % 10_000).padStart(4, "0")}`;

async function apply(t: TestTenant, pots: string[], step: Op): Promise<void> {
  const request_id = crypto.randomUUID();
  const pot = (i: number) => pots[i] as string;
  switch (step.kind) {
    case "pay": {
      const r = await post(t, "/tenant/payments/v1", { request_id, amount: `${step.pounds}.00`, pot_id: pot(step.pot), payment_type: "manual", service_provider: "none", purpose: "cash" });
      expect(r.status).toBe(201);
      await post(t, `/tenant/payments/v1/${r.body.transaction_id}`, { status: "succeeded" }, "PATCH");
      return;
    }
    case "buy": {
      const r = await post(t, "/tenant/transactions/v1/buy", { request_id, pot_id: pot(step.pot), investment_instructions: [{ investment_product_id: PRODUCTS[step.product], value: money(step.pence) }] });
      expect([201, 400, 422]).toContain(r.status);
      return;
    }
    case "switch": {
      const sells: unknown[] = [{ investment_product_id: PRODUCTS[step.from], mode: "percentage", value: String(step.percent) }];
      if (step.cashPence > 0) sells.push({ investment_product_id: "cash", mode: "value", value: money(step.cashPence) });
      const buys = [{ investment_product_id: PRODUCTS[1 - step.from], mode: "percentage", value: String(Math.max(1, step.split)) }];
      const r = await post(t, "/tenant/transactions/v1/switch", { request_id, pot_id: pot(step.pot), sell_instructions: sells, buy_instructions: buys });
      // 422: not enough free units or cash.
      expect([200, 422]).toContain(r.status);
      return;
    }
    case "rebalance": {
      const r = await post(t, "/tenant/pots/v1/rebalance", { request_id, type: "pot", values: [pot(step.pot)] });
      expect(r.status).toBe(202);
      return;
    }
    case "transfer": {
      const product = step.product < 0 ? "cash" : (PRODUCTS[step.product] as string);
      const amount = step.product < 0 ? money(step.amount) : fourDp(step.amount * 100);
      const r = await post(t, "/tenant/pots/v1/inter-pot-transfer", { request_id, source_pot_id: pot(step.from), destination_pot_id: pot(1 - step.from), investment_product_id: product, amount });
      expect([201, 400, 422]).toContain(r.status);
      if (r.status === 400) expect(r.body.errors[0].field).toBe("investment_product_id");
      return;
    }
    case "price":
      await publishPrice(t, PRODUCTS[step.product] as string, fourDp(step.price), "2026-11-21");
      return;
    case "fill":
      await runJobs(t, FILLS, 4);
      return;
    case "settle":
      await runJobs(t, JOBS);
  }
}

/**
 * Ledger invariants of the money path: balanced postings, positions equal to their postings, never
 * negative free balances (pots and the switches' pending-proceeds accounts); with `settled`, every
 * pending-proceeds account is empty.
 */
async function checkLedger(t: TestTenant, settled = false): Promise<void> {
  const ledger = await runInDurableObject(env.TENANT.getByName(t.id), (_o, state) => {
    const sql = state.storage.sql;
    return {
      sums: sql.exec("SELECT asset, sum(CAST(amount AS INTEGER)) AS net FROM postings GROUP BY asset").toArray(),
      positions: sql.exec("SELECT account, asset, CAST(total AS INTEGER) AS total, CAST(locked AS INTEGER) AS locked, CAST(book_cost AS INTEGER) AS book_cost FROM positions").toArray(),
      fromPostings: sql.exec("SELECT account, asset, sum(CAST(amount AS INTEGER)) AS net FROM postings GROUP BY account, asset").toArray(),
    };
  });
  for (const row of ledger.sums) expect(row.net, `postings of ${row.asset} balance`).toBe(0);
  const nets = new Map(ledger.fromPostings.map((r) => [`${r.account}|${r.asset}`, r.net]));
  for (const p of ledger.positions) {
    expect(p.total, `position ${p.account} ${p.asset} equals its postings`).toBe(nets.get(`${p.account}|${p.asset}`) ?? 0);
    expect(p.locked as number).toBeGreaterThanOrEqual(0);
    if (String(p.account).startsWith("proceeds:")) {
      expect((p.total as number) - (p.locked as number), `free pending proceeds of ${p.account}`).toBeGreaterThanOrEqual(0);
      if (settled) expect([p.total, p.locked], `pending proceeds of ${p.account} once everything settled`).toEqual([0, 0]);
    }
    if (String(p.account).startsWith("pot:")) {
      expect((p.total as number) - (p.locked as number), `free ${p.asset} of ${p.account}`).toBeGreaterThanOrEqual(0);
      if (p.total === 0) expect(p.book_cost, `no units, no book cost (${p.asset})`).toBe(0);
    }
  }
}

const cents = (s: string) => {
  const [whole = "0", fraction = ""] = s.split(".");
  return BigInt(whole) * 100n + BigInt((fraction + "00").slice(0, 2));
};

/** Every pot's cash equals its settled cash movements, transfers included (stock transfers move no cash). */
async function checkCash(t: TestTenant, potId: string): Promise<void> {
  const { transactions } = await get(t, `/tenant/pots/v1/${potId}/transactions?page_size=8000&page_number=1`);
  const settled = transactions.filter((x: any) => x.type === "archived" && x.sub_type === "settled");
  const sign = (x: any) => {
    if (x.primary_transaction_type === "Buy") return -1n;
    if (x.primary_transaction_type === "Sell") return 1n;
    if (x.primary_transaction_type === "Transfers" && x.investment_product_id !== "cash") return 0n;
    return x.direction === "in" ? 1n : -1n;
  };
  const expected = settled.reduce((acc: bigint, x: any) => acc + sign(x) * cents(x.transaction_value), 0n);
  const { holdings } = await get(t, `/tenant/pots/v1/${potId}/holdings`);
  const cash = holdings.find((h: any) => h.investment_product_id === "cash");
  expect(cents(cash?.total_value ?? "0.00"), `cash of ${potId}`).toBe(expected);
}

describe("portfolio operations properties", () => {
  it("switches, rebalances and transfers mixed with prices and settlements keep the ledger invariants; every switch ends", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 4, maxLength: 12 }), async (ops) => {
        const t = await newTenant();
        await addProduct(t, PRODUCTS[0] as string, "1.2345");
        await addProduct(t, PRODUCTS[1] as string, "10.0000", { settlement_date_offset: 3 });
        const template = await post(t, "/tenant/portfolio-templates/v1", { portfolio_name: "Prop_Mix", ratios: [{ investment_product_id: PRODUCTS[0], ratio: "50.00" }, { investment_product_id: PRODUCTS[1], ratio: "40.00" }, { investment_product_id: "cash", ratio: "10.00" }] });
        const { investorId } = await activeInvestor(t);
        const pots = [await createPot(t, investorId, { portfolio_template_id: template.body.portfolio_template_id }), await createPot(t, investorId)];
        const start: Op[] = [{ kind: "pay", pot: 0, pounds: 600 }, { kind: "buy", pot: 0, product: 0, pence: 20_000 }, { kind: "buy", pot: 0, product: 1, pence: 15_000 }, { kind: "settle" }];
        for (const step of [...start, ...ops]) {
          await apply(t, pots, step);
          await checkLedger(t);
        }
        await runJobs(t, JOBS, 20);
        await checkLedger(t, true);
        for (const potId of pots) await checkCash(t, potId);
        const open = await runInDurableObject(env.TENANT.getByName(t.id), (_o, state) =>
          state.storage.sql.exec("SELECT count(*) AS n FROM entities WHERE kind = 'switch' AND json_extract(data, '$.status') NOT IN ('completed', 'failed')").one().n as number,
        );
        expect(open, "every switch completed or failed once everything settled").toBe(0);
      }),
      { numRuns: 10 },
    );
  }, 120_000);
});
