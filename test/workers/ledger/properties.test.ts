import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_RULES,
  EXTERNAL_BANK,
  EXTERNAL_VENUE,
  FEES_TENANT,
  potAccount,
  proceedsAccount,
  type AccountId,
} from "../../../src/ledger/accounts";
import { assetKey, cashAsset, unitsAsset, type Asset } from "../../../src/ledger/assets";
import {
  journalForBuySettlement,
  journalForContribution,
  journalForFee,
  journalForSellSettlement,
  journalForWithdrawal,
} from "../../../src/ledger/journals";
import {
  applyJournal,
  freeOf,
  getPosition,
  lock,
  parsePositionKey,
  positionKey,
  unlock,
  type Applied,
  type PositionKey,
  type Positions,
} from "../../../src/ledger/positions";
import type { Journal, Posting } from "../../../src/ledger/postings";
import type { LedgerErrorCode, LedgerResult } from "../../../src/ledger/result";
import type { CurrencyCode } from "../../../src/money/money";

const POTS = [potAccount("pot-AAA11111"), potAccount("pot-BBB22222"), potAccount("pot-CCC33333")];
const CURRENCIES: CurrencyCode[] = ["GBP", "USD"];
const INSTRUMENTS: { id: string; currency: CurrencyCode }[] = [
  { id: "inp-AAA11111", currency: "GBP" },
  { id: "inp-BBB22222", currency: "USD" },
];
// A switch's pending-proceeds account follows the same rule as a fee account: never overdrawn.
const ACCOUNTS: AccountId[] = [...POTS, EXTERNAL_BANK, EXTERNAL_VENUE, FEES_TENANT, proceedsAccount("0b6f6a2e-5d0e-4c1a-9f53-3f1a2b4c5d6e")];
const ASSETS: Asset[] = [...CURRENCIES.map(cashAsset), ...INSTRUMENTS.map((i) => unitsAsset(i.id))];

interface Slot {
  readonly pot: AccountId;
  readonly asset: Asset;
  readonly currency: CurrencyCode;
  readonly instrument: string;
}
const CASH_SLOTS: Slot[] = POTS.flatMap((pot) =>
  CURRENCIES.map((currency) => ({ pot, asset: cashAsset(currency), currency, instrument: "" })),
);
const UNIT_SLOTS: Slot[] = POTS.flatMap((pot) =>
  INSTRUMENTS.map(({ id, currency }) => ({ pot, asset: unitsAsset(id), currency, instrument: id })),
);
const ALL_SLOTS: Slot[] = [...CASH_SLOTS, ...UNIT_SLOTS];

const pick = <T>(items: readonly T[], index: number): T => items[index % items.length] as T;

// Most steps draw on a balance: `target` picks among the positions that have some (so few steps
// hit an empty position by chance) and `share` is the percent of it to use (above 100 over-asks).
const target = fc.nat({ max: 99 });
const share = fc.oneof(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 150 }));
const fromLocked = fc.boolean();
const step = <K extends string>(kind: K) => fc.constant(kind);
const units = fc.bigInt({ min: 1n, max: 10n ** 10n });
const proceeds = fc.bigInt({ min: 0n, max: 10n ** 8n });

const legArb = fc.record({
  account: fc.nat({ max: ACCOUNTS.length - 1 }),
  asset: fc.nat({ max: ASSETS.length - 1 }),
  amount: fc.bigInt({ min: -(10n ** 7n), max: 10n ** 7n }).filter((a) => a !== 0n),
  fromLocked,
  bookCost: fc.option(fc.bigInt({ min: 0n, max: 10n ** 6n })),
});

const opArb = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: step("contribute"),
      pot: fc.nat({ max: POTS.length - 1 }),
      currency: fc.nat({ max: CURRENCIES.length - 1 }),
      amount: fc.bigInt({ min: 1n, max: 10n ** 9n }),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: step("lockCash"), target, share }) },
  { weight: 3, arbitrary: fc.record({ kind: step("buy"), target, share, fromLocked, units }) },
  { weight: 2, arbitrary: fc.record({ kind: step("lockUnits"), target, share }) },
  { weight: 2, arbitrary: fc.record({ kind: step("sell"), target, share, fromLocked, cash: proceeds }) },
  { weight: 2, arbitrary: fc.record({ kind: step("fee"), target, share, fromLocked }) },
  { weight: 2, arbitrary: fc.record({ kind: step("withdraw"), target, share, fromLocked }) },
  { weight: 2, arbitrary: fc.record({ kind: step("unlock"), target, share }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: step("randomJournal"),
      legs: fc.array(legArb, { minLength: 1, maxLength: 5 }),
      balance: fc.boolean(),
      balancer: fc.nat({ max: ACCOUNTS.length - 1 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: step("badInput"), target, variant: fc.nat({ max: 4 }) }) },
);
type Op = typeof opArb extends fc.Arbitrary<infer T> ? T : never;

/** How to run a step, its journal if it has one, and the outcome the oracle predicts (undefined: either). */
interface Plan {
  readonly run: () => LedgerResult<Applied>;
  readonly journal?: Journal;
  readonly expect: "ok" | LedgerErrorCode | undefined;
}

function portion(base: bigint, percent: number): bigint {
  const amount = (base * BigInt(percent)) / 100n;
  return amount > 0n ? amount : 1n;
}

function netPerAsset(journal: Journal): Map<string, bigint> {
  const net = new Map<string, bigint>();
  for (const p of journal) net.set(assetKey(p.asset), (net.get(assetKey(p.asset)) ?? 0n) + p.amount);
  return net;
}

function plan(op: Op, positions: Positions): Plan {
  const available = (slot: Slot, asset: Asset, locked: boolean) => {
    const position = getPosition(positions, slot.pot, asset);
    return locked ? position.locked : freeOf(position);
  };
  const choose = (slots: Slot[], has: (slot: Slot) => bigint, index: number) => {
    const funded = slots.filter((slot) => has(slot) > 0n);
    return pick(funded.length > 0 ? funded : slots, index);
  };
  const outcome = (amount: bigint, have: bigint, locked: boolean) =>
    amount <= have ? "ok" : locked ? "insufficient_locked" : "insufficient_free";
  const posting = (journal: Journal, expect: Plan["expect"]): Plan => ({
    journal,
    expect,
    run: () => applyJournal(positions, journal, DEFAULT_RULES),
  });

  switch (op.kind) {
    case "contribute": {
      const move = { pot: pick(POTS, op.pot), currency: pick(CURRENCIES, op.currency), amount: op.amount };
      return posting(journalForContribution(move), "ok");
    }
    case "lockCash":
    case "lockUnits":
    case "unlock": {
      const locking = op.kind !== "unlock";
      const slots = op.kind === "lockCash" ? CASH_SLOTS : op.kind === "lockUnits" ? UNIT_SLOTS : ALL_SLOTS;
      const has = (slot: Slot) => available(slot, slot.asset, !locking);
      const slot = choose(slots, has, op.target);
      const amount = portion(has(slot), op.share);
      const run = () => (locking ? lock : unlock)(positions, slot.pot, slot.asset, amount);
      return { run, expect: outcome(amount, has(slot), !locking) };
    }
    case "buy": {
      const has = (slot: Slot) => available(slot, cashAsset(slot.currency), op.fromLocked);
      const slot = choose(UNIT_SLOTS, has, op.target);
      const cash = portion(has(slot), op.share);
      const trade = { ...slot, units: op.units, cash, fromLocked: op.fromLocked };
      return posting(journalForBuySettlement(trade), outcome(cash, has(slot), op.fromLocked));
    }
    case "sell": {
      const has = (slot: Slot) => available(slot, slot.asset, op.fromLocked);
      const slot = choose(UNIT_SLOTS, has, op.target);
      const sold = portion(has(slot), op.share);
      const trade = { ...slot, units: sold, cash: op.cash, fromLocked: op.fromLocked };
      return posting(journalForSellSettlement(trade), outcome(sold, has(slot), op.fromLocked));
    }
    case "fee":
    case "withdraw": {
      const has = (slot: Slot) => available(slot, slot.asset, op.fromLocked);
      const slot = choose(CASH_SLOTS, has, op.target);
      const move = { ...slot, amount: portion(has(slot), op.share), fromLocked: op.fromLocked };
      const journal = op.kind === "fee" ? journalForFee(move) : journalForWithdrawal(move);
      return posting(journal, outcome(move.amount, has(slot), op.fromLocked));
    }
    case "randomJournal": {
      // Arbitrary journals: pot-to-pot transfers, fees refunded, debits from locked, and so on.
      const legs: Posting[] = op.legs.map((leg) => {
        const asset = pick(ASSETS, leg.asset);
        const credit = leg.amount > 0n;
        return {
          account: pick(ACCOUNTS, leg.account),
          asset,
          amount: leg.amount,
          ...(!credit && leg.fromLocked ? { fromLocked: true } : {}),
          ...(credit && asset.kind === "units" && leg.bookCost !== null ? { bookCost: leg.bookCost } : {}),
        };
      });
      if (op.balance) {
        for (const asset of ASSETS) {
          const net = netPerAsset(legs).get(assetKey(asset)) ?? 0n;
          if (net !== 0n) legs.push({ account: pick(ACCOUNTS, op.balancer), asset, amount: -net });
        }
      }
      const balanced = [...netPerAsset(legs).values()].every((net) => net === 0n);
      return posting(legs, balanced ? undefined : "unbalanced");
    }
    case "badInput": {
      const pot = pick(POTS, op.target);
      const gbp = cashAsset("GBP");
      const nowhere = "nowhere" as AccountId;
      const bad: (() => LedgerResult<Applied>)[] = [
        () => lock(positions, pot, gbp, 0n),
        () => unlock(positions, pot, gbp, -5n),
        () => applyJournal(positions, []),
        () => applyJournal(positions, [{ account: pot, asset: gbp, amount: 0n }]),
        () => applyJournal(positions, [
          { account: nowhere, asset: gbp, amount: 1n },
          { account: pot, asset: gbp, amount: -1n },
        ]),
      ];
      return { run: pick(bad, op.variant), expect: "invalid_input" };
    }
  }
}

// Plain checks rather than `expect` in the hot loop: thousands of steps run per test.
function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`invariant broken: ${message}`);
}

function samePositions(a: Positions, b: Positions): boolean {
  if (a.size !== b.size) return false;
  for (const [key, p] of a) {
    const q = b.get(key);
    if (q === undefined || p.total !== q.total || p.locked !== q.locked || p.bookCost !== q.bookCost) return false;
  }
  return true;
}

function checkInvariants(positions: Positions, posted: ReadonlyMap<PositionKey, bigint>): void {
  const perAsset = new Map<string, bigint>();
  for (const [key, { total, locked, bookCost }] of positions) {
    const parsed = parsePositionKey(key);
    if (parsed === null) throw new Error(`bad position key ${key}`);
    const rule = DEFAULT_RULES(parsed.account);
    check(locked >= 0n, `${key} locked ${locked} < 0`);
    check(locked === 0n || locked <= total, `${key} locked ${locked} > total ${total}`);
    if (!rule.mayGoNegative) check(total - locked >= 0n, `${key} free ${total - locked} < 0`);
    check(total === (posted.get(key) ?? 0n), `${key} total ${total} != sum of its postings ${posted.get(key)}`);
    check(bookCost >= 0n, `${key} book cost ${bookCost} < 0`);
    if (parsed.asset.kind === "cash" || !rule.tracksBookCost || total === 0n) {
      check(bookCost === 0n, `${key} book cost ${bookCost} should be 0`);
    }
    const asset = assetKey(parsed.asset);
    perAsset.set(asset, (perAsset.get(asset) ?? 0n) + total);
  }
  for (const key of posted.keys()) check(positions.has(key), `${key} dropped`);
  // Everything starts at zero and every journal balances, so each asset still sums to zero.
  for (const [asset, sum] of perAsset) check(sum === 0n, `${asset} sums to ${sum}, not 0`);
}

describe("ledger properties", () => {
  it("random command sequences keep every invariant", () => {
    const outcomes = new Map<string, { ok: number; refused: number }>();
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 60, size: "max" }), (ops) => {
        let positions: Positions = new Map();
        const posted = new Map<PositionKey, bigint>();
        for (const op of ops) {
          const planned = plan(op, positions);
          const before = new Map(positions);
          const result = planned.run();
          const tally = outcomes.get(op.kind) ?? { ok: 0, refused: 0 };
          outcomes.set(op.kind, tally);

          if (planned.expect === "ok") {
            expect(result, `${op.kind} should succeed`).toMatchObject({ ok: true });
          } else if (planned.expect !== undefined) {
            expect(result, `${op.kind} should fail`).toMatchObject({ ok: false, error: { code: planned.expect } });
          }
          check(samePositions(positions, before), "the input positions were modified");

          if (!result.ok) {
            tally.refused += 1;
            expect(["insufficient_free", "insufficient_locked", "unbalanced", "invalid_input"]).toContain(
              result.error.code,
            );
            continue;
          }
          tally.ok += 1;
          if (planned.journal !== undefined) {
            for (const [asset, net] of netPerAsset(planned.journal)) check(net === 0n, `${asset} nets ${net}`);
            for (const p of planned.journal) {
              const key = positionKey(p.account, p.asset);
              posted.set(key, (posted.get(key) ?? 0n) + p.amount);
            }
          }
          for (const [key, position] of result.value.changed) {
            check(result.value.positions.get(key) === position, `${key} changed but not in the new positions`);
          }
          positions = result.value.positions;
          checkInvariants(positions, posted);
        }
      }),
      { numRuns: 400 },
    );
    // Guard against a vacuous run: every kind of step both happened and was refused.
    for (const kind of ["lockCash", "buy", "lockUnits", "sell", "fee", "withdraw", "unlock", "randomJournal"]) {
      expect(outcomes.get(kind)?.ok, `${kind} succeeded`).toBeGreaterThan(0);
      expect(outcomes.get(kind)?.refused, `${kind} refused`).toBeGreaterThan(0);
    }
    expect(outcomes.get("badInput")?.ok ?? 0).toBe(0);
  });
});
