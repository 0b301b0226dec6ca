/**
 * The arithmetic of recurring fees, on integers (no floats): a day's accrual is
 * `base × fee_rate / 10,000 / days in the calendar year`, kept at ACCRUAL_SCALE decimal places
 * of the currency (rounded half-even there, far below a penny); a collection rounds the exact
 * uncollected sum half-even to the currency's minor unit once and carries the remainder.
 */
import { currencyExponent, divideRounded, formatScaled, parseScaled, pow10, ROUNDING, type CurrencyCode } from "../../money/money";

/** Decimal places accruals are kept at (in units of the currency). */
export const ACCRUAL_SCALE = 10;
const RATE_SCALE = 2;
const BASIS_POINTS = 10_000n;

/** 366 in a leap year, else 365. */
export function daysInYear(date: string): number {
  const year = Number(date.slice(0, 4));
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 366 : 365;
}

/** A fee rate in basis points (2 decimals) as an integer of hundredths of a basis point. */
export function rateHundredths(feeRate: string): bigint {
  const parsed = parseScaled(feeRate, RATE_SCALE);
  if (!parsed.ok) throw new RangeError(`stored fee rate ${feeRate}: ${parsed.error}`);
  return parsed.value;
}

/** One day's accrual at ACCRUAL_SCALE on a base of `baseMinor` minor units of `currency`. */
export function dailyAccrual(baseMinor: bigint, rate: bigint, currency: CurrencyCode, days: number): bigint {
  const numerator = baseMinor * rate * pow10(ACCRUAL_SCALE - currencyExponent(currency));
  return divideRounded(numerator, BASIS_POINTS * pow10(RATE_SCALE) * BigInt(days), ROUNDING.feeAccrual);
}

/** A collection: the exact amount rounded half-even to minor units, and the remainder carried (at ACCRUAL_SCALE). */
export function collectionSplit(exact: bigint, currency: CurrencyCode): { chargeMinor: bigint; carry: bigint } {
  const step = pow10(ACCRUAL_SCALE - currencyExponent(currency));
  const chargeMinor = divideRounded(exact, step, ROUNDING.feeCollection);
  return { chargeMinor, carry: exact - chargeMinor * step };
}

/** An accrual amount as a decimal string with ACCRUAL_SCALE places. */
export function formatAccrual(value: bigint): string {
  return formatScaled(value, ACCRUAL_SCALE);
}
