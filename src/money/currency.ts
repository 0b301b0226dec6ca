/**
 * Decimal places of the minor unit of each supported ISO 4217 currency. Cash is stored as an
 * integer count of these minor units. The table is deliberately small: a currency not listed
 * here cannot be held, so adding one is a reviewed change, not a runtime surprise.
 */
export const CURRENCY_EXPONENTS = {
  AUD: 2,
  CAD: 2,
  CHF: 2,
  DKK: 2,
  EUR: 2,
  GBP: 2,
  HKD: 2,
  JPY: 0,
  KWD: 3,
  NOK: 2,
  NZD: 2,
  SEK: 2,
  SGD: 2,
  USD: 2,
  ZAR: 2,
} as const satisfies Record<string, number>;

/** A supported ISO 4217 currency code, e.g. `"GBP"`. */
export type CurrencyCode = keyof typeof CURRENCY_EXPONENTS;

/** True when `code` is a supported ISO 4217 currency code (exact, upper case). */
export function isCurrencyCode(code: string): code is CurrencyCode {
  return Object.prototype.hasOwnProperty.call(CURRENCY_EXPONENTS, code);
}

/** Decimal places of the currency's minor unit: 2 for GBP, 0 for JPY, 3 for KWD. */
export function currencyExponent(currency: CurrencyCode): number {
  return CURRENCY_EXPONENTS[currency];
}
