import { describe, expect, it } from "vitest";
import { DEFAULT_RULES, EXTERNAL_BANK, EXTERNAL_VENUE, FEES_TENANT, isAccountId, potAccount, proceedsAccount } from "../../../src/ledger/accounts";
import { assetKey, cashAsset, parseAssetKey, unitsAsset } from "../../../src/ledger/assets";
import { averageBookCost, bookCostRemoved, marketValue, unitsForCash } from "../../../src/ledger/book-cost";
import {
  journalForBuySettlement,
  journalForContribution,
  journalForFee,
  journalForPricedSale,
  journalForSellSettlement,
  journalForWithdrawal,
} from "../../../src/ledger/journals";
import {
  applyJournal,
  getPosition,
  lock,
  parsePositionKey,
  positionKey,
  positionKeysOf,
  unlock,
  type Position,
  type Positions,
} from "../../../src/ledger/positions";
import { validateJournal, type Journal } from "../../../src/ledger/postings";
import type { LedgerResult } from "../../../src/ledger/result";

const pot = potAccount("pot-ABC12345");
const gbp = cashAsset("GBP");
const fund = unitsAsset("inp-ABC12345");
const UNIT = 1_000_000n;
const inFund = { pot, instrument: "inp-ABC12345", currency: "GBP" } as const;

function must<T>(result: LedgerResult<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.detail}`);
  return result.value;
}

const apply = (positions: Positions, journal: Journal) => must(applyJournal(positions, journal)).positions;
const position = (total: bigint, locked = 0n, bookCost = 0n): Position => ({ total, locked, bookCost });

function funded(pence: bigint): Positions {
  return apply(new Map(), journalForContribution({ pot, currency: "GBP", amount: pence }));
}

function buy(positions: Positions, units: bigint, pence: bigint): Positions {
  const locked = must(lock(positions, pot, gbp, pence)).positions;
  return apply(locked, journalForBuySettlement({ ...inFund, units, cash: pence }));
}

function sell(positions: Positions, units: bigint, pence: bigint): Positions {
  const locked = must(lock(positions, pot, fund, units)).positions;
  return apply(locked, journalForSellSettlement({ ...inFund, units, cash: pence }));
}

describe("keys", () => {
  it("name assets and positions", () => {
    expect(assetKey(gbp)).toBe("cash:GBP");
    expect(assetKey(fund)).toBe("units:inp-ABC12345");
    expect(positionKey(pot, fund)).toBe("pot:pot-ABC12345|units:inp-ABC12345");
    expect(parsePositionKey("pot:pot-ABC12345|units:inp-ABC12345")).toEqual({ account: pot, asset: fund });
    expect(parseAssetKey("cash:GBP")).toEqual(gbp);
  });

  it.each(["cash:XXX", "cash", "bond:inp-1", "units:", "units:a|b", "units:a:b"])("rejects asset key %s", (key) => {
    expect(parseAssetKey(key)).toBeNull();
  });

  const badKeys = ["bank|cash:GBP", "pot:pot-1", "pot:pot-1|cash:gbp", "other:x|cash:GBP"];
  it.each(badKeys)("rejects position key %s", (key) => {
    expect(parsePositionKey(key)).toBeNull();
  });
});

describe("validateJournal", () => {
  const balanced: Journal = [
    { account: EXTERNAL_BANK, asset: gbp, amount: -100n },
    { account: pot, asset: gbp, amount: 100n },
  ];

  it("accepts a journal that sums to zero per asset", () => {
    expect(validateJournal(balanced)).toEqual({ ok: true, value: balanced });
  });

  it.each<[string, Journal, string]>([
    ["empty", [], "invalid_input"],
    ["unbalanced", [{ account: pot, asset: gbp, amount: 100n }], "unbalanced"],
    [
      "balanced across different assets only",
      [
        { account: pot, asset: gbp, amount: 100n },
        { account: EXTERNAL_BANK, asset: cashAsset("EUR"), amount: -100n },
      ],
      "unbalanced",
    ],
    ["a zero posting", [...balanced, { account: pot, asset: gbp, amount: 0n }], "invalid_input"],
    [
      "a bad account",
      [
        { account: "bank" as never, asset: gbp, amount: 1n },
        { account: pot, asset: gbp, amount: -1n },
      ],
      "invalid_input",
    ],
    ["an unknown currency", [{ account: pot, asset: cashAsset("XXX" as never), amount: 1n }], "invalid_input"],
    ["a number amount", [{ account: pot, asset: gbp, amount: 1 as never }], "invalid_input"],
    ["book cost on cash", [{ ...balanced[1]!, bookCost: 5n }, balanced[0]!], "invalid_input"],
    [
      "book cost on a unit debit",
      [
        { account: pot, asset: fund, amount: -1n, bookCost: 5n },
        { account: EXTERNAL_VENUE, asset: fund, amount: 1n },
      ],
      "invalid_input",
    ],
    ["fromLocked on a credit", [balanced[0]!, { ...balanced[1]!, fromLocked: true }], "invalid_input"],
    [
      "an amount beyond the storage range",
      [
        { account: pot, asset: gbp, amount: 2n ** 60n },
        { account: EXTERNAL_BANK, asset: gbp, amount: -(2n ** 60n) },
      ],
      "out_of_range",
    ],
  ])("refuses %s", (_, journal, code) => {
    const result = validateJournal(journal);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
    expect(applyJournal(new Map(), journal).ok).toBe(false);
  });
});

describe("applyJournal", () => {
  it("lets the outside world go negative but never a pot", () => {
    const positions = funded(150_000n);
    expect(getPosition(positions, pot, gbp)).toEqual(position(150_000n));
    expect(getPosition(positions, EXTERNAL_BANK, gbp)).toEqual(position(-150_000n));

    const tooMuch = applyJournal(positions, journalForWithdrawal({ pot, currency: "GBP", amount: 150_001n }));
    expect(tooMuch).toEqual({
      ok: false,
      error: { code: "insufficient_free", detail: "pot:pot-ABC12345 cash:GBP has 1500.00 free, needs 1500.01" },
    });
  });

  it("never overdraws a fee account", () => {
    const positions = apply(funded(1_000n), journalForFee({ pot, currency: "GBP", amount: 250n }));
    expect(getPosition(positions, FEES_TENANT, gbp).total).toBe(250n);
    const refund: Journal = [
      { account: FEES_TENANT, asset: gbp, amount: -251n },
      { account: pot, asset: gbp, amount: 251n },
    ];
    expect(applyJournal(positions, refund)).toMatchObject({ ok: false, error: { code: "insufficient_free" } });
  });

  it("does not spend locked money, and never changes its input", () => {
    const positions = must(lock(funded(10_000n), pot, gbp, 6_000n)).positions;
    const snapshot = new Map(positions);
    const fee = applyJournal(positions, journalForFee({ pot, currency: "GBP", amount: 4_001n }));
    expect(fee).toMatchObject({ ok: false, error: { code: "insufficient_free" } });
    const settled = journalForWithdrawal({ pot, currency: "GBP", amount: 6_000n, fromLocked: true });
    const withdrawal = applyJournal(positions, settled);
    expect(must(withdrawal).positions.get(positionKey(pot, gbp))).toEqual(position(4_000n));
    expect(positions).toEqual(snapshot);
  });

  it("reports only the positions a journal changed", () => {
    const positions = funded(10_000n);
    const journal = journalForFee({ pot, currency: "GBP", amount: 100n });
    const { changed } = must(applyJournal(positions, journal));
    expect([...changed.keys()].sort()).toEqual(positionKeysOf(journal).sort());
    expect(changed.has(positionKey(EXTERNAL_BANK, gbp))).toBe(false);
  });

  it("settles a buy out of the locked cash", () => {
    const positions = buy(funded(100_000n), 10n * UNIT, 50_000n);
    expect(getPosition(positions, pot, gbp)).toEqual(position(50_000n));
    expect(getPosition(positions, pot, fund)).toEqual(position(10n * UNIT, 0n, 50_000n));
    expect(getPosition(positions, EXTERNAL_VENUE, gbp)).toEqual(position(50_000n));
    expect(getPosition(positions, EXTERNAL_VENUE, fund)).toEqual(position(-10n * UNIT));
  });

  it("refuses a settlement whose cash was never locked", () => {
    const journal = journalForBuySettlement({ ...inFund, units: UNIT, cash: 100n });
    const refused = applyJournal(funded(100_000n), journal);
    expect(refused).toMatchObject({ ok: false, error: { code: "insufficient_locked" } });
    const unlocked = journalForBuySettlement({ ...inFund, units: UNIT, cash: 100n, fromLocked: false });
    expect(applyJournal(funded(100_000n), unlocked).ok).toBe(true);
  });

  it("refuses a balance beyond the storage range", () => {
    const max = 2n ** 53n - 1n;
    const positions = apply(new Map(), journalForContribution({ pot, currency: "GBP", amount: max }));
    const more = applyJournal(positions, journalForContribution({ pot, currency: "GBP", amount: 1n }));
    expect(more).toMatchObject({ ok: false, error: { code: "out_of_range" } });
  });
});

describe("lock and unlock", () => {
  it("move balance between free and locked without touching total", () => {
    const locked = must(lock(funded(1_000n), pot, gbp, 400n)).positions;
    expect(getPosition(locked, pot, gbp)).toEqual(position(1_000n, 400n));
    const unlocked = must(unlock(locked, pot, gbp, 150n)).positions;
    expect(getPosition(unlocked, pot, gbp)).toEqual(position(1_000n, 250n));
  });

  it("refuse what the balance cannot cover", () => {
    const positions = must(lock(funded(1_000n), pot, gbp, 400n)).positions;
    expect(lock(positions, pot, gbp, 601n)).toMatchObject({ ok: false, error: { code: "insufficient_free" } });
    expect(unlock(positions, pot, gbp, 401n)).toMatchObject({ ok: false, error: { code: "insufficient_locked" } });
    expect(lock(positions, EXTERNAL_BANK, gbp, 1n)).toMatchObject({ ok: false, error: { code: "insufficient_free" } });
  });

  it.each([0n, -1n])("refuse the amount %s", (amount) => {
    expect(lock(funded(1_000n), pot, gbp, amount)).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    expect(unlock(funded(1_000n), pot, gbp, amount)).toMatchObject({ ok: false, error: { code: "invalid_input" } });
  });
});

describe("book cost (average cost)", () => {
  it("adds purchase cost and removes it in proportion on a sale", () => {
    let positions = buy(funded(100_000n), 10n * UNIT, 10_000n);
    positions = buy(positions, 10n * UNIT, 20_000n);
    expect(getPosition(positions, pot, fund)).toEqual(position(20n * UNIT, 0n, 30_000n));
    expect(averageBookCost(30_000n, 20n * UNIT, "GBP")).toBe(15n * UNIT);

    positions = sell(positions, 5n * UNIT, 9_000n);
    expect(getPosition(positions, pot, fund)).toEqual(position(15n * UNIT, 0n, 22_500n));
    expect(averageBookCost(22_500n, 15n * UNIT, "GBP")).toBe(15n * UNIT);
    expect(getPosition(positions, pot, gbp)).toEqual(position(79_000n));

    positions = sell(positions, 15n * UNIT, 1n);
    expect(getPosition(positions, pot, fund)).toEqual(position(0n));
    expect(averageBookCost(0n, 0n, "GBP")).toBeNull();
  });

  it("rounds each disposal half-even and still removes exactly all of it", () => {
    let positions = buy(funded(1_000n), 3n * UNIT, 100n);
    positions = sell(positions, UNIT, 30n);
    expect(getPosition(positions, pot, fund).bookCost).toBe(67n); // 100 × 1/3 = 33.3 → 33
    positions = sell(positions, UNIT, 30n);
    expect(getPosition(positions, pot, fund).bookCost).toBe(33n); // 67 × 1/2 = 33.5 → 34 (even)
    positions = sell(positions, UNIT, 30n);
    expect(getPosition(positions, pot, fund)).toEqual(position(0n));
  });

  it("keeps no book cost for the outside world", () => {
    const positions = buy(funded(1_000n), UNIT, 500n);
    expect(getPosition(positions, EXTERNAL_VENUE, fund).bookCost).toBe(0n);
  });

  it("bookCostRemoved refuses impossible sales", () => {
    expect(bookCostRemoved(100n, 3n, 3n)).toBe(100n);
    expect(() => bookCostRemoved(100n, 3n, 4n)).toThrow(RangeError);
    expect(() => bookCostRemoved(100n, 3n, 0n)).toThrow(RangeError);
  });
});

describe("valuation", () => {
  it("values units at a price half-even in minor units", () => {
    expect(marketValue(1_500_000n, 2_333_333n, "GBP")).toBe(350n); // 3.4999995 → 3.50
    expect(marketValue(1_000_000n, 1_005_000n, "GBP")).toBe(100n); // 1.005 → 1.00 (even)
    expect(marketValue(1_000_000n, 1_015_000n, "GBP")).toBe(102n); // 1.015 → 1.02 (even)
    expect(marketValue(2_500_000n, 1_000_000n, "JPY")).toBe(2n); // ¥2.5 → ¥2
  });

  it("buys units rounded down", () => {
    expect(unitsForCash(1_000n, 3_000_000n, "GBP")).toBe(3_333_333n); // 10.00 / 3 = 3.3333333…
    expect(unitsForCash(2n, 3_000_000n, "GBP")).toBe(6_666n); // 0.02 / 3 = 0.0066666…
    expect(() => unitsForCash(1n, 0n, "GBP")).toThrow(RangeError);
  });
});

describe("journal builders", () => {
  it("refuse non-positive amounts", () => {
    expect(() => journalForContribution({ pot, currency: "GBP", amount: 0n })).toThrow(RangeError);
    expect(() => journalForWithdrawal({ pot, currency: "GBP", amount: -1n })).toThrow(RangeError);
    expect(() => journalForFee({ pot, currency: "GBP", amount: 0n })).toThrow(RangeError);
    expect(() => journalForBuySettlement({ ...inFund, units: 0n, cash: 1n })).toThrow(RangeError);
    expect(() => journalForSellSettlement({ ...inFund, units: 1n, cash: -1n })).toThrow(RangeError);
  });

  it("leave out cash legs for a zero-cash trade", () => {
    const journal = journalForBuySettlement({ ...inFund, units: UNIT, cash: 0n });
    expect(journal.map((p) => assetKey(p.asset))).toEqual(["units:inp-ABC12345", "units:inp-ABC12345"]);
    expect(validateJournal(journal).ok).toBe(true);
  });
});

describe("pending proceeds", () => {
  const due = proceedsAccount("0b6f6a2e-5d0e-4c1a-9f53-3f1a2b4c5d6e");

  it("are an account of their own that may never go negative", () => {
    expect(isAccountId(due)).toBe(true);
    expect(DEFAULT_RULES(due)).toEqual({ mayGoNegative: false, tracksBookCost: false });
    const overdrawn = applyJournal(new Map(), [
      { account: due, asset: gbp, amount: -1n },
      { account: pot, asset: gbp, amount: 1n },
    ]);
    expect(overdrawn.ok).toBe(false);
  });

  it("carry a priced sale's proceeds from the venue to the pot at settlement; a buy's lock on them moves to the pot's cash", () => {
    // 100 units held; the sale is priced at 250.00 (venue owes the proceeds) and a buy locks 240.00 of them.
    let positions = apply(new Map(), journalForBuySettlement({ ...inFund, units: 100n * UNIT, cash: 0n }));
    positions = must(lock(positions, pot, fund, 100n * UNIT)).positions;
    positions = apply(positions, journalForPricedSale({ account: due, currency: "GBP", amount: 25_000n }));
    expect(getPosition(positions, due, gbp)).toEqual(position(25_000n));
    expect(getPosition(positions, EXTERNAL_VENUE, gbp).total).toBe(-25_000n);
    positions = must(lock(positions, due, gbp, 24_000n)).positions;
    // More than the 10.00 left free cannot be locked again.
    expect(lock(positions, due, gbp, 1_001n).ok).toBe(false);

    // Settlement: 240.00 from the locked part, 10.00 from the free part; then the 240.00 is locked on the pot's cash.
    const journal = journalForSellSettlement({ ...inFund, units: 100n * UNIT, cash: 25_000n, proceeds: { account: due, reserved: 24_000n } });
    expect(validateJournal(journal).ok).toBe(true);
    positions = apply(positions, journal);
    positions = must(lock(positions, pot, gbp, 24_000n)).positions;
    expect(getPosition(positions, due, gbp)).toEqual(position(0n));
    expect(getPosition(positions, pot, gbp)).toEqual(position(25_000n, 24_000n));
    expect(getPosition(positions, pot, fund).total).toBe(0n);
    // The buy settles from the pot's locked cash.
    positions = apply(positions, journalForBuySettlement({ ...inFund, units: 80n * UNIT, cash: 24_000n }));
    expect(getPosition(positions, pot, gbp)).toEqual(position(1_000n));
  });

  it("refuse a settlement that would leave the buys' locks uncovered", () => {
    let positions = apply(new Map(), journalForPricedSale({ account: due, currency: "GBP", amount: 5_000n }));
    positions = must(lock(positions, due, gbp, 3_000n)).positions;
    // Taking all 50.00 from the free part while 30.00 is locked breaks the rule.
    const unreserved = [
      { account: due, asset: gbp, amount: -5_000n },
      { account: pot, asset: gbp, amount: 5_000n },
    ] as const;
    expect(applyJournal(positions, unreserved).ok).toBe(false);
    expect(() => journalForSellSettlement({ ...inFund, units: UNIT, cash: 100n, proceeds: { account: due, reserved: 101n } })).toThrow(RangeError);
  });
});
