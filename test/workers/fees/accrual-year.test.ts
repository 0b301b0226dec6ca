import { describe, expect, it } from "vitest";
import { advance, sandboxTenantAt } from "../../helpers/clock";
import { activeInvestor, createPot, fund, get } from "../../helpers/money";
import { type TestTenant } from "../../helpers/tenant";
import { feeCode, feeSetup } from "./support";

const pence = (value: string) => BigInt(value.replace(".", ""));

async function fees(t: TestTenant, potId: string): Promise<any[]> {
  const body = await get(t, `/tenant/pots/v1/${potId}/transactions?sort=asc&sub_transaction_type=Platform%20fees`);
  return body.transactions;
}

/** Every date from `first` to `last`, inclusive. */
function dates(first: string, last: string): string[] {
  const out: string[] = [];
  for (let ms = Date.parse(`${first}T00:00:00Z`); ms <= Date.parse(`${last}T00:00:00Z`); ms += 86_400_000) out.push(new Date(ms).toISOString().slice(0, 10));
  return out;
}

describe("a 25 bp platform fee on 10,000.00 of cash over 2025", () => {
  it("accrues daily, collects monthly on the first business day, and collects the exact accrual to the penny over the year", async () => {
    const t = await sandboxTenantAt("2025-01-01T09:00:00Z");
    const { investorId } = await activeInvestor(t);
    const potId = await createPot(t, investorId);
    await fund(t, potId, "10000.00");
    await feeCode(t, "PF_25", "25");
    await feeSetup(t, "FS-PLATFORM", "PF_25");

    // One day-close: 10,000.00 × 25 / 10,000 / 365 = 0.068493150684… (kept at 10 places).
    await advance(t, { to: "2025-01-02T12:00:00Z" });
    expect(await get(t, `/tenant/fees/v1/accruals?pot_id=${potId}`)).toEqual({
      pot_id: potId,
      currency: "GBP",
      uncollected_value: "0.0684931507",
      accruals: [
        { sub_transaction_type: "Platform fees", accrued_value: "0.0684931507", carried_value: "0.0000000000", uncollected_value: "0.0684931507", first_accrual_date: "2025-01-01", last_accrual_date: "2025-01-01" },
      ],
    });
    expect(await fees(t, potId)).toEqual([]);

    // Monday 3 February is February's first business day: January's 31 accruals are collected,
    // 31 × 0.0684931507 = 2.1232876717 → 2.12, the remainder 0.0032876717 carried.
    await advance(t, { to: "2025-02-04T00:00:00Z" });
    const [february] = await fees(t, potId);
    expect(february).toMatchObject({
      primary_transaction_type: "Fees",
      sub_transaction_type: "Platform fees",
      transaction_value: "2.12",
      direction: "out",
      type: "archived",
      sub_type: "settled",
      origin: "system",
      trade_date: "2025-02-03",
      settlement_date: "2025-02-03",
      selldown_triggered: false,
    });
    expect((await fees(t, potId)).length).toBe(1);
    // 1, 2 and 3 February accrued on the full 10,000.00 (the snapshot of the 3rd precedes the collection).
    expect((await get(t, `/tenant/fees/v1/accruals?pot_id=${potId}`)).accruals[0]).toMatchObject({
      accrued_value: "0.2054794521",
      carried_value: "0.0032876717",
      uncollected_value: "0.2087671238",
      first_accrual_date: "2025-02-01",
      last_accrual_date: "2025-02-03",
      last_collection_date: "2025-02-03",
    });

    // To the first business day of 2026 (Friday 2 January): December's collection is the twelfth.
    await advance(t, { to: "2026-01-03T00:00:00Z" });
    const collected = await fees(t, potId);
    expect(collected.map((f) => f.trade_date)).toEqual([
      "2025-02-03", "2025-03-03", "2025-04-01", "2025-05-01", "2025-06-02", "2025-07-01",
      "2025-08-01", "2025-09-01", "2025-10-01", "2025-11-03", "2025-12-01", "2026-01-02",
    ]);
    expect(collected.every((f) => f.origin === "system" && f.sub_type === "settled")).toBe(true);

    // Independently: each day's closing value is 10,000.00 less the fees collected on earlier
    // days; the exact year's fee is Σ value × 25 / 10,000 / 365, in pence Σ value_p × 25 / 3,650,000.
    let valueSum = 0n;
    for (const day of dates("2025-01-01", "2025-12-31")) {
      const paid = collected.filter((f) => f.trade_date < day).reduce((sum, f) => sum + pence(f.transaction_value), 0n);
      valueSum += 1_000_000n - paid;
    }
    const collectedPence = collected.reduce((sum, f) => sum + pence(f.transaction_value), 0n);
    const difference = collectedPence * 3_650_000n - valueSum * 25n; // in units of 1/3,650,000 of a penny
    expect(difference < 0n ? -difference : difference).toBeLessThanOrEqual(3_650_000n);
    expect(collectedPence).toBeGreaterThanOrEqual(2496n); // about 24.97: each collection lowers the base
    expect(collectedPence).toBeLessThanOrEqual(2498n);
    // The pot's own value agrees: the fees are the only movement.
    expect((await get(t, `/tenant/pots/v1/${potId}/value`)).total_value).toBe(((1_000_000n - collectedPence) / 100n).toString() + "." + ((1_000_000n - collectedPence) % 100n).toString().padStart(2, "0"));
  }, 30_000);
});
