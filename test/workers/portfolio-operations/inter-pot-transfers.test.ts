import { describe, expect, it } from "vitest";
import { activeInvestor, addProduct, createPot, fund, get, holdingsOf, post, runJobs } from "../../helpers/money";
import { newTenant, type TestTenant } from "../../helpers/tenant";

const FUND = "GB00FUNDIPT1";

const transfer = (t: TestTenant, source: string, destination: string, product: string, amount: string) =>
  post(t, "/tenant/pots/v1/inter-pot-transfer", { request_id: crypto.randomUUID(), source_pot_id: source, destination_pot_id: destination, investment_product_id: product, amount });

/** Two GIA pots of one investor (one account), the first funded with 1,000.00 and holding 100 units bought at 2.50 and 50 at 4.00. */
async function setup() {
  const t = await newTenant();
  await addProduct(t, FUND, "2.5000");
  const { investorId } = await activeInvestor(t);
  const a = await createPot(t, investorId);
  const b = await createPot(t, investorId);
  await fund(t, a, "1000.00");
  // Two buys at different prices so the average cost is not a round price: 100 × 2.50 + 50 × 4.00 = 450.00.
  expect((await post(t, "/tenant/transactions/v1", { request_id: crypto.randomUUID(), sub_transaction_type: "Buy", pot_id: a, currency: "GBP", investment_product_id: FUND, execution_price: "2.5000", transaction_quantity: "100", effective_transaction_value: "250.00", trade_date: "2026-11-20", settlement_date: "2026-11-20" })).status).toBe(201);
  expect((await post(t, "/tenant/transactions/v1", { request_id: crypto.randomUUID(), sub_transaction_type: "Buy", pot_id: a, currency: "GBP", investment_product_id: FUND, execution_price: "4.0000", transaction_quantity: "50", effective_transaction_value: "200.00", trade_date: "2026-11-20", settlement_date: "2026-11-20" })).status).toBe(201);
  return { t, investorId, a, b };
}

describe("inter-pot transfers", () => {
  it("moves free cash between two pots of one account at once, with paired Cash Out/In transactions", async () => {
    const { t, a, b } = await setup();
    const res = await transfer(t, a, b, "cash", "120.50");
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ source_pot_id: a, destination_pot_id: b, investment_product_id: "cash", amount: "120.50", status: "success" });
    expect(res.body.transfer_id).toMatch(/^INT-[A-Z]{4}\d{6}$/);
    const [out, into] = res.body.transactions;
    expect(out).toMatchObject({ pot_id: a, sub_transaction_type: "Internal Transfer - Cash Out", primary_transaction_type: "Transfers", direction: "out", transaction_value: "120.50", type: "archived", sub_type: "settled" });
    expect(into).toMatchObject({ pot_id: b, sub_transaction_type: "Internal Transfer - Cash In", direction: "in", transaction_value: "120.50" });
    // 1,000.00 paid in − 450.00 bought − 120.50 moved = 429.50 left in A.
    expect((await holdingsOf(t, a)).cash).toMatchObject({ free_value: "429.50", total_value: "429.50" });
    expect((await holdingsOf(t, b)).cash).toMatchObject({ free_value: "120.50" });

    const listed = await get(t, `/tenant/pots/v1/inter-pot-transfer?transfer_id=${res.body.transfer_id}`);
    expect(listed).toEqual({ inter_pot_transfers: [res.body], next_page_available: false });
    const none = await get(t, "/tenant/pots/v1/inter-pot-transfer?transfer_id=INT-AAAA000000");
    expect(none).toEqual({ inter_pot_transfers: [], next_page_available: false });
    const bTransactions = await get(t, `/tenant/pots/v1/${b}/transactions`);
    expect(bTransactions.transactions.map((x: any) => x.sub_transaction_type)).toContain("Internal Transfer - Cash In");
  });

  it("moves units with their average book cost and keeps both pots' values whole", async () => {
    const { t, a, b } = await setup();
    const res = await transfer(t, a, b, FUND, "30");
    expect(res.status).toBe(201);
    // Average cost 450.00 / 150 = 3.00 a unit; 30 units carry 30 × 3.00 = 90.00 of book cost.
    expect(res.body.transactions[0]).toMatchObject({ sub_transaction_type: "Internal Transfer - Stock Out", transaction_quantity: "30.0000", transaction_value: "90.00", investment_product_id: FUND });
    expect(res.body.transactions[1]).toMatchObject({ sub_transaction_type: "Internal Transfer - Stock In", transaction_quantity: "30.0000", transaction_value: "90.00" });
    const fromA = (await holdingsOf(t, a))[FUND];
    const toB = (await holdingsOf(t, b))[FUND];
    // A keeps 120 units and 450.00 − 90.00 = 360.00 of book cost; B gets 30 units at 90.00 (3.00 each).
    expect(fromA).toMatchObject({ total_quantity: "120.0000", cost_of_holding: "360.00", average_book_cost: "3.00" });
    expect(toB).toMatchObject({ total_quantity: "30.0000", cost_of_holding: "90.00", average_book_cost: "3.00", total_value: "75.00" });
  });

  it("refuses pots of different accounts, products outside the list, locked or missing holdings, and bad amounts", async () => {
    const { t, investorId, a, b } = await setup();
    const isa = await createPot(t, investorId, {}, "stocks_isa");
    let res = await transfer(t, a, isa, "cash", "10.00");
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: "destination_pot_id" })]);

    const other = await activeInvestor(t);
    const otherPot = await createPot(t, other.investorId);
    res = await transfer(t, a, otherPot, "cash", "10.00");
    expect(res.status).toBe(400);

    const fad1 = await createPot(t, investorId, {}, "sipp_fad");
    const fad2 = await createPot(t, investorId, {}, "sipp_fad");
    res = await transfer(t, fad1, fad2, "cash", "10.00");
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ field: "source_pot_id" });

    res = await transfer(t, a, a, "cash", "10.00");
    expect(res.status).toBe(400);
    res = await transfer(t, a, b, "cash", "10.005");
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ field: "amount" });
    res = await transfer(t, a, b, FUND, "1.00005");
    expect(res.status).toBe(400);
    res = await transfer(t, a, "pot-NOPE00000", "cash", "1.00");
    expect(res.status).toBe(404);
    expect(res.body.errors[0]).toMatchObject({ field: "destination_pot_id" });
    res = await transfer(t, a, b, "GB00UNKNOWN0", "1");
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ field: "investment_product_id" });

    // Only free holdings move: sell 140 of 150 units (locked until settlement), then 11 is too many.
    const sale = await post(t, "/tenant/transactions/v1/sell", { request_id: crypto.randomUUID(), pot_id: a, sell_instructions: [{ investment_product_id: FUND, quantity: "140" }] });
    expect(sale.status).toBe(201);
    res = await transfer(t, a, b, FUND, "11");
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ error_code: "insufficient_funds", errors: [{ field: "amount" }] });
    res = await transfer(t, a, b, "cash", "550.01");
    expect(res.status).toBe(422);
    // Nothing moved: B holds nothing.
    expect(await holdingsOf(t, b)).toEqual({});
    await runJobs(t);
  });

  it("lists transfers newest first with paging", async () => {
    const { t, a, b } = await setup();
    const first = await transfer(t, a, b, "cash", "1.00");
    const second = await transfer(t, b, a, "cash", "0.50");
    const page1 = await get(t, "/tenant/pots/v1/inter-pot-transfer?page_size=1&page_number=1");
    expect(page1.inter_pot_transfers.map((x: any) => x.transfer_id)).toEqual([second.body.transfer_id]);
    expect(page1.next_page_available).toBe(true);
    const asc = await get(t, "/tenant/pots/v1/inter-pot-transfer?sort=asc");
    expect(asc.inter_pot_transfers.map((x: any) => x.transfer_id)).toEqual([first.body.transfer_id, second.body.transfer_id]);
  });
});
