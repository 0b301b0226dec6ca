import { beforeAll, describe, expect, it } from "vitest";
import { findPot } from "../../../src/custody/pots";
import { openTransaction } from "../../../src/custody/transactions";
import { expectValidation } from "../../helpers/problem";
import { addProduct, bookBuy, dealingInvestor, inObject, instructBuy, openPot, pay, read } from "../../helpers/money-read";
import { newTenant, type TestTenant } from "../../helpers/tenant";

const DAY = 86_400_000;
const FUND = "GB00FUND0004";
const TAKEOVER = "Takeovers, Mergers & Name Changes - Create";
const dateOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

interface World {
  t: TestTenant;
  ada: string;
  bob: string;
  adaPot: string;
  jointPot: string;
  bobPot: string;
  adaAccount: string;
  ids: Record<"lumpSum" | "pending" | "booked" | "instructed" | "failed" | "takeover" | "old", string>;
}

let w: World;

/** Ada's pot: a settled lump sum, an external buy, an instructed buy; a joint pot with a pending payment; Bob's pot with a failed one. */
beforeAll(async () => {
  const t = await newTenant();
  const ada = await dealingInvestor(t);
  const bob = await dealingInvestor(t);
  await addProduct(t, FUND, "2.00");
  const adaPot = await openPot(t, [ada]);
  const jointPot = await openPot(t, [ada, bob]);
  const bobPot = await openPot(t, [bob]);
  const startOfToday = Math.floor(Date.now() / DAY) * DAY;
  const ids = {} as World["ids"];
  await inObject(
    t,
    (ctx) => {
      const pot = findPot(ctx, adaPot)!;
      ids.old = openTransaction(ctx, pot, { primary_transaction_type: "Income", sub_transaction_type: "Interest", type: "archived", sub_type: "settled", direction: "in", investment_product_id: "cash", internal: { kind: "external" } }).id;
    },
    startOfToday - DAY + 5_000,
  );
  ids.lumpSum = (await pay(t, adaPot, "100.00", { external_transaction_reference: "EXT-LUMP-1" })).transaction_id;
  ids.pending = (await pay(t, jointPot, "50.00", {}, false)).transaction_id;
  ids.booked = (await bookBuy(t, adaPot, FUND, "10", "2.00", "20.00")).transaction_id;
  const buy = await instructBuy(t, adaPot, [{ investment_product_id: FUND, value: "30.00", client_order_id: "ORD-1" }]);
  ids.instructed = buy.results[0].transaction_id;
  const failed = await pay(t, bobPot, "20.00", {}, false);
  expect((await t.fetch(`/tenant/payments/v1/${failed.transaction_id}`, { method: "PATCH", json: { status: "failed", reason: "bounced" } })).status).toBe(200);
  ids.failed = failed.transaction_id;
  await inObject(t, (ctx) => {
    const pot = findPot(ctx, adaPot)!;
    ids.takeover = openTransaction(ctx, pot, {
      primary_transaction_type: "Corporate actions",
      sub_transaction_type: TAKEOVER,
      type: "archived",
      sub_type: "settled",
      direction: "in",
      investment_product_id: FUND,
      parent_transaction_id: ids.booked,
      aggregated_transaction_id: "AGG-1",
      internal: { kind: "external" },
    }).id;
  });
  const adaAccount = (await read<{ account_id: string }>(t, `/tenant/pots/v1/${adaPot}`)).account_id;
  w = { t, ada, bob, adaPot, jointPot, bobPot, adaAccount, ids };
});

async function listIds(query: string, path = "/tenant/transactions/v1"): Promise<string[]> {
  const body = await read<{ transactions: Array<{ transaction_id: string }> }>(w.t, `${path}${query}`);
  return body.transactions.map((x) => x.transaction_id);
}

describe("GET /tenant/transactions/v1", () => {
  it("lists every transaction of the tenant, newest first, in the wire shape, with or without the trailing slash", async () => {
    const body = await read<{ transactions: Array<Record<string, unknown>>; next_page_available: boolean }>(w.t, "/tenant/transactions/v1");
    const { ids } = w;
    expect(body.transactions.map((x) => x.transaction_id)).toEqual([ids.takeover, ids.failed, ids.instructed, ids.booked, ids.pending, ids.lumpSum, ids.old]);
    expect(body.next_page_available).toBe(false);
    for (const x of body.transactions) {
      expect(x).not.toHaveProperty("internal");
      expect(x).not.toHaveProperty("investor_id");
      expect(x).not.toHaveProperty("account_id");
      expect(x).toMatchObject({ created_at: expect.any(String), updated_at: expect.any(String), currency: "GBP" });
    }
    expect(body.transactions[2]).toMatchObject({ sub_transaction_type: "Buy", type: "pending", sub_type: "instructed", client_order_id: "ORD-1", transaction_value: "30.00" });
    expect(await read(w.t, "/tenant/transactions/v1/")).toEqual(body);
    expect(await listIds("?sort=asc")).toEqual(body.transactions.map((x) => x.transaction_id).reverse());
  });

  it("filters by each id and reference", async () => {
    const { ids } = w;
    expect(await listIds(`?transaction_id=${ids.booked}`)).toEqual([ids.booked]);
    expect(await listIds(`?parent_transaction_id=${ids.booked}`)).toEqual([ids.takeover]);
    expect(await listIds("?aggregated_transaction_id=AGG-1")).toEqual([ids.takeover]);
    expect(await listIds("?external_transaction_reference=EXT-LUMP-1")).toEqual([ids.lumpSum]);
    expect(await listIds("?transaction_id=00000000-0000-4000-8000-000000000000")).toEqual([]);
  });

  it("filters by investor (joint pots count for each), account and pot", async () => {
    const { ids } = w;
    expect(await listIds(`?investor_id=${w.bob}`)).toEqual([ids.failed, ids.pending]);
    expect(await listIds(`?investor_id=${w.ada}`)).toEqual([ids.takeover, ids.instructed, ids.booked, ids.pending, ids.lumpSum, ids.old]);
    expect(await listIds(`?account_id=${w.adaAccount}`)).toEqual([ids.takeover, ids.instructed, ids.booked, ids.lumpSum, ids.old]);
    expect(await listIds(`?pot_id=${w.adaPot}`)).toEqual([ids.takeover, ids.instructed, ids.booked, ids.lumpSum, ids.old]);
    expect(await listIds(`?pot_id=${w.jointPot}`)).toEqual([ids.pending]);
    expect(await listIds(`?pot_id=${w.adaPot}&investor_id=${w.bob}`)).toEqual([]);
  });

  it("filters by comma-separated sub transaction types (names with commas stay whole) and statuses", async () => {
    const { ids } = w;
    expect(await listIds("?sub_transaction_type=Buy")).toEqual([ids.instructed, ids.booked]);
    expect(await listIds(`?sub_transaction_type=${encodeURIComponent("Lump sum,Interest")}`)).toEqual([ids.failed, ids.pending, ids.lumpSum, ids.old]);
    expect(await listIds(`?sub_transaction_type=${encodeURIComponent(`${TAKEOVER},Buy`)}`)).toEqual([ids.takeover, ids.instructed, ids.booked]);
    expect(await listIds("?sub_type=settled")).toEqual([ids.takeover, ids.booked, ids.lumpSum, ids.old]);
    expect(await listIds("?sub_type=rejected,confirmed")).toEqual([ids.failed, ids.pending]);
    expect(await listIds(`?sub_type=instructed&pot_id=${w.adaPot}&sub_transaction_type=Buy`)).toEqual([ids.instructed]);
    await expectValidation(await w.t.fetch("/tenant/transactions/v1?sub_type=settled,done"), ["sub_type"]);
    await expectValidation(await w.t.fetch("/tenant/transactions/v1?sub_type=,"), ["sub_type"]);
  });

  it("selects by creation day with start_date/end_date (inclusive) and by last update day with updated_date", async () => {
    const { ids } = w;
    const today = dateOf(Date.now());
    const yesterday = dateOf(Date.now() - DAY);
    const recent = [ids.takeover, ids.failed, ids.instructed, ids.booked, ids.pending, ids.lumpSum];
    expect(await listIds(`?start_date=${today}`)).toEqual(recent);
    expect(await listIds(`?start_date=${yesterday}&end_date=${yesterday}`)).toEqual([ids.old]);
    expect(await listIds(`?end_date=${yesterday}`)).toEqual([ids.old]);
    expect(await listIds(`?start_date=${yesterday}&end_date=${today}`)).toEqual([...recent, ids.old]);
    expect(await listIds(`?start_date=${dateOf(Date.now() + DAY)}`)).toEqual([]);
    expect(await listIds(`?updated_date=${yesterday}`)).toEqual([ids.old]);
    expect(await listIds(`?updated_date=${today}`)).toEqual(recent);
    await expectValidation(await w.t.fetch(`/tenant/transactions/v1?start_date=${today}&end_date=${yesterday}`), ["end_date"]);
    await expectValidation(await w.t.fetch("/tenant/transactions/v1?start_date=2024-13-01&updated_date=01-01-2024"), ["start_date", "updated_date"]);
  });

  it("pages with defaults 1000/1 and at most 4000", async () => {
    const first = await read(w.t, "/tenant/transactions/v1?page_size=3&page_number=1");
    const second = await read(w.t, "/tenant/transactions/v1?page_size=3&page_number=3");
    expect(first.transactions).toHaveLength(3);
    expect(first.next_page_available).toBe(true);
    expect(second.transactions.map((x: { transaction_id: string }) => x.transaction_id)).toEqual([w.ids.old]);
    expect(second.next_page_available).toBe(false);
    expect((await read(w.t, "/tenant/transactions/v1?page_size=4000&page_number=1")).transactions).toHaveLength(7);
    await expectValidation(await w.t.fetch("/tenant/transactions/v1?page_size=4001&page_number=1"), ["page_size"]);
    await expectValidation(await w.t.fetch("/tenant/transactions/v1?page_size=-1&page_number=1"), ["page_size"]);
    await expectValidation(await w.t.fetch("/tenant/transactions/v1?sort=up"), ["sort"]);
  });

  it("shows another tenant nothing of these transactions", async () => {
    const other = await newTenant();
    await dealingInvestor(other);
    const body = await read(other, `/tenant/transactions/v1?transaction_id=${w.ids.booked}`);
    expect(body).toEqual({ transactions: [], next_page_available: false });
    expect(await read(other, `/tenant/transactions/v1?pot_id=${w.adaPot}`)).toEqual({ transactions: [], next_page_available: false });
    expect(await read(other, "/tenant/transactions/v1")).toEqual({ transactions: [], next_page_available: false });
  });
});

describe("GET /tenant/pots/v1/{pot_id}/transactions", () => {
  const path = () => `/tenant/pots/v1/${w.adaPot}/transactions`;

  it("lists the pot's transactions newest first, within from/to, by sub transaction type, in pages up to 8000", async () => {
    const { ids } = w;
    const all = await read(w.t, path());
    expect(all.pot_id).toBe(w.adaPot);
    expect(all.next_page_available).toBe(false);
    expect(all.transactions.map((x: { transaction_id: string }) => x.transaction_id)).toEqual([ids.takeover, ids.instructed, ids.booked, ids.lumpSum, ids.old]);
    expect(all.transactions).toEqual((await read(w.t, `/tenant/transactions/v1?pot_id=${w.adaPot}`)).transactions);

    const startOfToday = new Date(Math.floor(Date.now() / 86_400_000) * 86_400_000).toISOString();
    expect(await listIds(`?from=${startOfToday}`, path())).toEqual([ids.takeover, ids.instructed, ids.booked, ids.lumpSum]);
    expect(await listIds(`?to=${startOfToday}`, path())).toEqual([ids.old]);
    expect(await listIds(`?from=${dateOf(Date.now() - DAY)}&to=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`, path())).toHaveLength(5);
    const booked = all.transactions.find((x: { transaction_id: string }) => x.transaction_id === ids.booked);
    // `from` and `to` are inclusive.
    expect(await listIds(`?from=${booked.created_at}&to=${booked.created_at}&sub_transaction_type=Buy`, path())).toEqual([ids.booked]);
    expect(await listIds("?sub_transaction_type=Buy&sort=asc", path())).toEqual([ids.booked, ids.instructed]);
    expect(await listIds(`?from=${encodeURIComponent(new Date(Date.now() + DAY).toISOString())}&to=${encodeURIComponent(new Date(Date.now() + 2 * DAY).toISOString())}`, path())).toEqual([]);

    const page = await read(w.t, `${path()}?page_size=2&page_number=2`);
    expect(page.transactions.map((x: { transaction_id: string }) => x.transaction_id)).toEqual([ids.booked, ids.lumpSum]);
    expect(page.next_page_available).toBe(true);
    expect((await read(w.t, `${path()}?page_size=8000&page_number=1`)).transactions).toHaveLength(5);
  });

  it("refuses bad timestamps, from after to, and page sizes over 8000, naming the field", async () => {
    await expectValidation(await w.t.fetch(`${path()}?from=yesterday`), ["from"]);
    await expectValidation(await w.t.fetch(`${path()}?to=2021-08-12T07:54:47`), ["to"]);
    await expectValidation(await w.t.fetch(`${path()}?from=2022-01-02T00:00:00.000Z&to=2022-01-01T00:00:00.000Z`), ["from"]);
    await expectValidation(await w.t.fetch(`${path()}?page_size=8001&page_number=1`), ["page_size"]);
  });
});
