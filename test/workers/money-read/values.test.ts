import { env, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { dayCloseMs } from "../../../src/clock/calendar";
import { localDate } from "../../../src/clock/zones";
import { postJournal } from "../../../src/custody/ledger-store";
import { POT, type PotData } from "../../../src/custody/pots";
import { potAccount } from "../../../src/ledger/accounts";
import { journalForBuySettlement, journalForContribution } from "../../../src/ledger/journals";
import { expectValidation } from "../../helpers/problem";
import { addProduct, dealingInvestor, inObject, openPot, pay, read, runJob } from "../../helpers/money-read";
import { jobCount } from "../../helpers/parties";
import { newTenant, type TestTenant } from "../../helpers/tenant";

const DAY = 86_400_000;
const FUND = "GB00FUND0003";
const DAY_CLOSE_JOB = "clock.day_close";
const LONDON = "Europe/London";

/** The operational (London) date of an instant. */
const dateOf = (ms: number) => localDate(ms, LONDON);

/** A pot created at `createdAtMs` holding `cash` pennies and `units` (10^-6) of FUND bought for `cost` pennies. */
async function backdatedPot(t: TestTenant, investor: string, id: string, createdAtMs: number, cash: bigint, units: bigint, cost: bigint): Promise<string> {
  await inObject(
    t,
    (ctx) => {
      const data: PotData = {
        pot_name: id,
        investor_id: [investor],
        financial_product_id: "general_investment_product",
        portfolio_template_id: null,
        pot_currency: "GBP",
        status: "active",
        account_id: "GIA-BACKDATED",
      };
      ctx.insert(POT, id, data, investor);
      const pot = potAccount(id);
      expect(postJournal(ctx, `in-${id}`, "contribution", journalForContribution({ pot, currency: "GBP", amount: cash + cost })).ok).toBe(true);
      const buy = journalForBuySettlement({ pot, instrument: FUND, units, currency: "GBP", cash: cost, fromLocked: false });
      expect(postJournal(ctx, `buy-${id}`, "buy", buy).ok).toBe(true);
    },
    createdAtMs,
  );
  return id;
}

async function dayCloseJob(t: TestTenant): Promise<{ key: string; due_at: number }> {
  return runInDurableObject(env.TENANT.getByName(t.id), (_o, state) => state.storage.sql.exec<{ key: string; due_at: number }>("SELECT key, due_at FROM jobs WHERE kind = ?", DAY_CLOSE_JOB).one());
}

/** Points the pending day-close job at `date` and runs it. */
async function closeDay(t: TestTenant, date: string): Promise<void> {
  await runInDurableObject(env.TENANT.getByName(t.id), (_o, state) =>
    state.storage.sql.exec("UPDATE jobs SET key = ?, data = ? WHERE kind = ?", date, JSON.stringify({ date }), DAY_CLOSE_JOB),
  );
  await runJob(t, DAY_CLOSE_JOB);
}

describe("GET /tenant/pots/v1/values", () => {
  it("answers today's or an omitted date with the current value of every pot, newest first, in pages", async () => {
    const t = await newTenant();
    const ada = await dealingInvestor(t);
    const first = await openPot(t, [ada]);
    const second = await openPot(t, [ada]);
    const third = await openPot(t, [ada]);
    await pay(t, second, "12.34");
    const today = dateOf(Date.now());

    const all = await read(t, "/tenant/pots/v1/values");
    expect(all.next_page_available).toBe(false);
    expect(all.pots_values.map((v: { pot_id: string }) => v.pot_id)).toEqual([third, second, first]);
    expect(all.pots_values[1]).toEqual({ ...(await read(t, `/tenant/pots/v1/${second}/value`)), date: today });
    expect(all.pots_values[1]).toMatchObject({ total_value: "12.34", total_cash_value: "12.34" });
    expect(await read(t, `/tenant/pots/v1/values?date=${today}`)).toEqual(all);

    const page1 = await read(t, "/tenant/pots/v1/values?page_size=2&page_number=1");
    expect(page1.pots_values.map((v: { pot_id: string }) => v.pot_id)).toEqual([third, second]);
    expect(page1.next_page_available).toBe(true);
    const page2 = await read(t, "/tenant/pots/v1/values?page_size=2&page_number=2");
    expect(page2.pots_values.map((v: { pot_id: string }) => v.pot_id)).toEqual([first]);
    expect(page2.next_page_available).toBe(false);
    // page_size without page_number: both take the defaults.
    expect((await read(t, "/tenant/pots/v1/values?page_size=1")).pots_values).toHaveLength(3);
    expect((await read(t, "/tenant/pots/v1/values?page_size=4000&page_number=1")).pots_values).toHaveLength(3);
  });

  it("refuses a future date, an impossible date and page sizes outside 1..4000, naming the field", async () => {
    const t = await newTenant();
    await expectValidation(await t.fetch(`/tenant/pots/v1/values?date=${dateOf(Date.now() + DAY)}`), ["date"]);
    await expectValidation(await t.fetch("/tenant/pots/v1/values?date=2024-02-30"), ["date"]);
    await expectValidation(await t.fetch("/tenant/pots/v1/values?date=yesterday"), ["date"]);
    await expectValidation(await t.fetch("/tenant/pots/v1/values?page_size=4001&page_number=1"), ["page_size"]);
    await expectValidation(await t.fetch("/tenant/pots/v1/values?page_size=0&page_number=1"), ["page_size"]);
    await expectValidation(await t.fetch("/tenant/pots/v1/values?page_size=10&page_number=0"), ["page_number"]);
  });

  it("serves a past date from the snapshot taken at its day-close, which later changes do not touch", async () => {
    const t = await newTenant();
    const ada = await dealingInvestor(t);
    await addProduct(t, FUND, "2.5000");
    const today = dateOf(Date.now());
    const yesterday = dateOf(Date.now() - DAY);
    const closeOfYesterday = dayCloseMs(yesterday, LONDON);
    // Two pots that existed yesterday: 1000.00 cash + 10 units; 5.55 cash + 0.5 units (2.5 × 0.5 = 1.25).
    const older = await backdatedPot(t, ada, "pot-OLDER001", closeOfYesterday - 60_000, 100_000n, 10_000_000n, 2_000n);
    const newer = await backdatedPot(t, ada, "pot-NEWER002", closeOfYesterday - 30_000, 555n, 500_000n, 100n);
    // A pot opened today is not in yesterday's snapshot. Opening pots schedules today's day-close, once.
    const fresh = await openPot(t, [ada]);
    await openPot(t, [ada]);
    await pay(t, fresh, "10.00");
    expect(await jobCount(t, DAY_CLOSE_JOB)).toBe(1);
    expect(await dayCloseJob(t)).toEqual({ key: today, due_at: dayCloseMs(today, LONDON) });

    await closeDay(t, yesterday);
    expect(await dayCloseJob(t)).toEqual({ key: today, due_at: dayCloseMs(today, LONDON) });

    const snapshot = await read(t, `/tenant/pots/v1/values?date=${yesterday}`);
    expect(snapshot).toEqual({
      pots_values: [
        { ...(await read(t, `/tenant/pots/v1/${newer}/value`)), date: yesterday },
        { ...(await read(t, `/tenant/pots/v1/${older}/value`)), date: yesterday },
      ],
      next_page_available: false,
    });
    expect(snapshot.pots_values[0]).toMatchObject({ pot_id: newer, total_value: "6.80", total_cash_value: "5.55", total_free_value: "6.80" });
    expect(snapshot.pots_values[1]).toMatchObject({ pot_id: older, total_value: "1025.00", total_cash_value: "1000.00" });

    // A new price moves today's values, not yesterday's; running the job again keeps the stored day.
    await addProduct(t, FUND, "3.0000");
    expect(await read(t, `/tenant/pots/v1/${older}/value`)).toMatchObject({ total_value: "1030.00" });
    await closeDay(t, yesterday);
    expect(await read(t, `/tenant/pots/v1/values?date=${yesterday}`)).toEqual(snapshot);
    const current = await read(t, "/tenant/pots/v1/values");
    expect(current.pots_values.find((v: { pot_id: string }) => v.pot_id === older)).toMatchObject({ total_value: "1030.00", date: dateOf(Date.now()) });
    expect(current.pots_values).toHaveLength(4);

    const page1 = await read(t, `/tenant/pots/v1/values?date=${yesterday}&page_size=1&page_number=1`);
    expect(page1).toEqual({ pots_values: [snapshot.pots_values[0]], next_page_available: true });
    const page2 = await read(t, `/tenant/pots/v1/values?date=${yesterday}&page_size=1&page_number=2`);
    expect(page2).toEqual({ pots_values: [snapshot.pots_values[1]], next_page_available: false });

    // A day without a snapshot has no values.
    expect(await read(t, `/tenant/pots/v1/values?date=${dateOf(Date.now() - 2 * DAY)}`)).toEqual({ pots_values: [], next_page_available: false });
  });
});
