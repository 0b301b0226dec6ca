import { env, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { dayCloseMs } from "../../../src/clock/calendar";
import { postJournal } from "../../../src/custody/ledger-store";
import { POT, type PotData } from "../../../src/custody/pots";
import { potAccount } from "../../../src/ledger/accounts";
import { journalForContribution } from "../../../src/ledger/journals";
import { advance, clockOf, eventsOf, sandboxTenantAt } from "../../helpers/clock";
import { inObject } from "../../helpers/money-read";
import { activeInvestor, addProduct, createPot, fund, get, post } from "../../helpers/money";
import { newTenant, type TestTenant } from "../../helpers/tenant";

const FUND = "GB00CLOCK001";

async function dealingPot(t: TestTenant, cash: string, product = "general_investment_product"): Promise<{ investorId: string; potId: string }> {
  const { investorId } = await activeInvestor(t);
  const potId = await createPot(t, investorId, {}, product);
  await fund(t, potId, cash);
  return { investorId, potId };
}

async function transactionsOf(t: TestTenant, potId: string): Promise<any[]> {
  const body = await get(t, `/tenant/pots/v1/${potId}/transactions?from=2026-01-01T00:00:00Z`);
  return body.transactions;
}

describe("day-close on the wall clock", () => {
  it("closes a live tenant's day stamped at its close instant, even when the alarm runs late", async () => {
    const t = await newTenant();
    await dealingPot(t, "1.00"); // schedules today's day-close
    const stub = env.TENANT.getByName(t.id);
    const job = await runInDurableObject(stub, (_o, state) => state.storage.sql.exec<{ key: string }>("SELECT key FROM jobs WHERE kind = 'clock.day_close'").one());
    // Pretend yesterday's close is still pending and the alarm fires for it an hour late.
    const yesterday = new Date(Date.parse(`${job.key}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const close = dayCloseMs(yesterday, "Europe/London");
    const potId = "pot-YESTERD1";
    await inObject(t, (ctx) => {
      ctx.insert(POT, potId, { pot_name: potId, investor_id: [], financial_product_id: "general_investment_product", portfolio_template_id: null, pot_currency: "GBP", status: "active", account_id: "GIA-X" } satisfies PotData, null);
      expect(postJournal(ctx, `in-${potId}`, "contribution", journalForContribution({ pot: potAccount(potId), currency: "GBP", amount: 4_200n })).ok).toBe(true);
    }, close - 60_000);
    await runInDurableObject(stub, (_o, state) => state.storage.sql.exec("UPDATE jobs SET key = ?, data = ?, due_at = ? WHERE kind = 'clock.day_close'", yesterday, JSON.stringify({ date: yesterday }), close));
    await runDurableObjectAlarm(stub);
    const snapshot = await runInDurableObject(stub, (_o, state) => state.storage.sql.exec<{ taken_at: string }>("SELECT s.taken_at FROM pot_value_snapshots AS s, json_each(s.data) AS p WHERE json_extract(p.value, '$.pot_id') = ?", potId).one());
    expect(snapshot.taken_at).toBe(new Date(close).toISOString());
    expect((await get(t, `/tenant/pots/v1/values?date=${yesterday}`)).pots_values).toEqual([expect.objectContaining({ pot_id: potId, date: yesterday, total_value: "42.00" })]);
  });
});

describe("day-close on a test clock", () => {
  it("settles a T+2 buy placed on Thursday 2 April 2026 on Wednesday 8 April (Good Friday and Easter Monday between), stamped then", async () => {
    const t = await sandboxTenantAt("2026-04-02T09:00:00Z");
    await addProduct(t, FUND, "10.00", { close_price_on_date: "2026-04-01" });
    const { potId } = await dealingPot(t, "1000.00");
    const buy = await post(t, "/tenant/transactions/v1/buy", { request_id: crypto.randomUUID(), pot_id: potId, investment_instructions: [{ investment_product_id: FUND, quantity: "10" }] });
    expect(buy.status, JSON.stringify(buy.body)).toBe(201);
    const orderId = buy.body.results[0].transaction_id as string;

    await advance(t, { by: "PT1M" });
    const priced = (await transactionsOf(t, potId)).find((x) => x.transaction_id === orderId);
    expect(priced).toMatchObject({ type: "pending", sub_type: "priced", trade_date: "2026-04-02", settlement_date: "2026-04-08" });

    await advance(t, { to: "2026-04-08T12:00:00Z" });
    expect((await transactionsOf(t, potId)).find((x) => x.transaction_id === orderId)).toMatchObject({ sub_type: "priced" });

    await advance(t, { to: "2026-04-09T00:00:00Z" });
    const settled = (await transactionsOf(t, potId)).find((x) => x.transaction_id === orderId);
    // 23:59:59.999 London (BST) on 8 April.
    expect(settled).toMatchObject({ type: "archived", sub_type: "settled", updated_at: "2026-04-08T22:59:59.999Z" });
    const settledEvent = (await eventsOf(t)).find((e) => e.type === "transaction_updated" && e.payload.transaction_id === orderId && e.payload.sub_type === "settled");
    expect(settledEvent?.event_date_time).toBe("2026-04-08T22:59:59.999Z");
    const holdings = await get(t, `/tenant/pots/v1/${potId}/holdings`);
    expect(holdings.holdings.find((h: any) => h.investment_product_id === FUND)).toMatchObject({ total_quantity: "10.0000", locked_quantity: "0.0000" });
  });

  it("trades an instruction after the 14:00 London cut-off on the next business day", async () => {
    const t = await sandboxTenantAt("2026-04-02T13:30:00Z"); // 14:30 BST, Thursday before Good Friday
    await addProduct(t, FUND, "10.00", { close_price_on_date: "2026-04-01" });
    const { potId } = await dealingPot(t, "500.00");
    const buy = await post(t, "/tenant/transactions/v1/buy", { request_id: crypto.randomUUID(), pot_id: potId, investment_instructions: [{ investment_product_id: FUND, quantity: "1" }] });
    expect(buy.status).toBe(201);
    await advance(t, { by: "PT1M" });
    expect((await transactionsOf(t, potId)).find((x) => x.transaction_id === buy.body.results[0].transaction_id)).toMatchObject({ trade_date: "2026-04-07", settlement_date: "2026-04-09" });
  });

  it("takes one snapshot per pot per date over a 40-day advance, each served by GET /tenant/pots/v1/values?date=", async () => {
    const t = await sandboxTenantAt("2026-04-02T09:00:00Z");
    const a = await dealingPot(t, "100.00");
    const b = await dealingPot(t, "250.50");
    await advance(t, { by: "P40D" });
    expect((await clockOf(t)).operational_date).toBe("2026-05-12");

    const counts = await runInDurableObject(env.TENANT.getByName(t.id), (_o, state) =>
      state.storage.sql.exec<{ date: string; n: number }>("SELECT date, json_array_length(data) AS n FROM pot_value_snapshots ORDER BY 1").toArray(),
    );
    // Closed: 2 April (attach day) … 11 May; 12 May has not ended yet.
    expect(counts).toHaveLength(40);
    expect(counts[0]!.date).toBe("2026-04-02");
    expect(counts[39]!.date).toBe("2026-05-11");
    expect(counts.every((c) => c.n === 2)).toBe(true);

    for (let day = 0; day < 40; day += 1) {
      const date = new Date(Date.parse("2026-04-02T00:00:00Z") + day * 86_400_000).toISOString().slice(0, 10);
      const values = await get(t, `/tenant/pots/v1/values?date=${date}`);
      const rows = values.pots_values.map((v: any) => [v.pot_id, v.date, v.total_value]).sort();
      expect(rows, date).toEqual([
        [a.potId, date, "100.00"],
        [b.potId, date, "250.50"],
      ].sort());
    }
  });

  it("rolls the UK tax year once after the day-close of 5 April: counters reset, one tax_year_started", async () => {
    const t = await sandboxTenantAt("2026-04-03T09:00:00Z");
    const { potId } = await dealingPot(t, "1200.00", "stocks_isa");
    const pot = await get(t, `/tenant/pots/v1/${potId}`);
    const before = await get(t, `/tenant/investor-accounts/v2/${pot.account_id}`);
    expect(before).toMatchObject({ tax_year: "2025", current_year_total_contribution: "1200.00", total_contribution: "1200.00" });

    await advance(t, { to: "2026-04-05T20:00:00Z" });
    expect(await get(t, `/tenant/investor-accounts/v2/${pot.account_id}`)).toMatchObject({ tax_year: "2025", current_year_total_contribution: "1200.00" });

    await advance(t, { to: "2026-04-20T00:00:00Z" });
    const after = await get(t, `/tenant/investor-accounts/v2/${pot.account_id}`);
    expect(after).toMatchObject({ tax_year: "2026", current_year_total_contribution: "0.00", total_contribution: "1200.00", current_year_subscription: false });
    expect(after.updated_at).toBe("2026-04-05T23:00:00.000Z"); // 00:00 London on 6 April

    const events = await eventsOf(t);
    const started = events.filter((e) => e.type === "tax_year_started");
    expect(started).toEqual([expect.objectContaining({ ch: "notifications", payload: { tax_year: "2026", starts_on: "2026-04-06", ends_on: "2027-04-05" } })]);
    // Stamped 00:00 London on 6 April (ts moves on by a millisecond per event already there on the channel).
    const sixthOfApril = Date.parse("2026-04-05T23:00:00.000Z");
    const atRoll = (e: { event_date_time: string }) => Date.parse(e.event_date_time) >= sixthOfApril && Date.parse(e.event_date_time) < sixthOfApril + 1_000;
    expect(atRoll(started[0]!)).toBe(true);
    const resets = events.filter((e) => e.type === "investor_account_updated" && e.payload.account_id === pot.account_id && atRoll(e));
    expect(resets).toHaveLength(1);
    expect(resets[0]!.payload).toMatchObject({ tax_year: "2026", current_year_total_contribution: "0.00" });
  });
});
