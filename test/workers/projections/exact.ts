/**
 * Exact rational arithmetic on bigints, for working out projection figures independently of
 * the server (which uses decimal.js through src/money at 40 significant digits): every value
 * here is an exact fraction, rounded once, half-even, to pennies at the end.
 */
export interface Q {
  readonly n: bigint;
  readonly d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [a < 0n ? -a : a, b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function norm(n: bigint, d: bigint): Q {
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
}

/** A decimal literal such as "2.5" or "-0.75" as an exact fraction. */
export function q(text: string | number): Q {
  const s = String(text);
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) throw new Error(`not a decimal: ${s}`);
  const frac = m[3] ?? "";
  const n = BigInt(`${m[1]}${m[2]}${frac}`);
  return norm(n, 10n ** BigInt(frac.length));
}

export const add = (a: Q, b: Q): Q => norm(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Q, b: Q): Q => norm(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Q, b: Q): Q => norm(a.n * b.n, a.d * b.d);
export const div = (a: Q, b: Q): Q => norm(a.n * b.d, a.d * b.n);
export const pow = (a: Q, k: number): Q => norm(a.n ** BigInt(k), a.d ** BigInt(k));
export const isPositive = (a: Q): boolean => a.n > 0n;

/** Rounded half-even to two decimals, as the JSON number a client reads (trailing zeros dropped by JSON). */
export function pennies(a: Q): number {
  const scaled = a.n * 100n;
  let whole = scaled / a.d;
  const rest = scaled - whole * a.d;
  // Compare twice the remainder with the divisor (signs: a.d is always positive).
  const twice = 2n * (rest < 0n ? -rest : rest);
  if (twice > a.d || (twice === a.d && (whole % 2n !== 0n))) whole += rest < 0n ? -1n : 1n;
  return Number(whole) / 100;
}

/** The same, as the text the server writes (`1234.5`, `1250`). */
export function penniesText(a: Q): string {
  return String(pennies(a));
}

/** One recurring amount of a test plan: due at the end of every `every` months. */
export interface Flow {
  readonly every: 1 | 3 | 12;
  readonly amount: string;
}

/**
 * The projection model written out month by month in exact fractions (growth at rate/1200, then
 * the due fees, together % × months/1200 of the grown pot, then contributions, then withdrawals, never
 * below zero), for plans with schedules a closed form does not cover. Returns the pot at the end
 * of every month and the first month that ended at zero.
 */
export function simulate(plan: { start: string; growth: string; contributions?: Flow[]; withdrawals?: Flow[]; fees?: Flow[] }, months: number): { values: Q[]; exhaustedIn: number | null } {
  const monthly = div(q(plan.growth), q(1200));
  let v = q(plan.start);
  const values = [v];
  let exhaustedIn: number | null = null;
  for (let m = 1; m <= months; m += 1) {
    v = add(v, mul(v, monthly));
    // Every fee due this month is a share of the same grown pot (the shares add up).
    let share = q(0);
    for (const f of plan.fees ?? []) if (m % f.every === 0) share = add(share, div(mul(q(f.amount), q(f.every)), q(1200)));
    v = sub(v, mul(v, share));
    for (const c of plan.contributions ?? []) if (m % c.every === 0) v = add(v, q(c.amount));
    for (const w of plan.withdrawals ?? []) if (m % w.every === 0) v = sub(v, q(w.amount));
    if (!isPositive(v)) {
      v = q(0);
      exhaustedIn ??= m;
    }
    values.push(v);
  }
  return { values, exhaustedIn };
}
