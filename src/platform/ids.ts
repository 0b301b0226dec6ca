const BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS = "0123456789";

function randomFrom(alphabet: string, length: number): string {
  // Rejection sampling keeps every symbol equally likely.
  const limit = 256 - (256 % alphabet.length);
  let out = "";
  while (out.length < length) {
    const bytes = crypto.getRandomValues(new Uint8Array(length * 2));
    for (const b of bytes) {
      if (b < limit && out.length < length) out += alphabet[b % alphabet.length];
    }
  }
  return out;
}

/** A random base58 token of the given length (request ids, key ids, secrets). */
export function randomToken(length: number): string {
  return randomFrom(BASE58, length);
}

/**
 * A WealthOS-style identifier: `{prefix}-` then three capital letters and five digits,
 * e.g. `inv-XUT11265`. The caller checks uniqueness within its tenant.
 */
export function wealthosId(prefix: string): string {
  return `${prefix}-${randomFrom(UPPER, 3)}${randomFrom(DIGITS, 5)}`;
}

/**
 * An identifier of another WealthOS pattern: `{prefix}` then `letters` letters (upper or lower
 * case) and `digits` digits, e.g. `TRF-IN-PRC7054758` (3 upper, 7 digits) or `ifa-gfv35697`
 * (3 lower, 5 digits). The caller checks uniqueness within its tenant.
 */
export function patternedId(prefix: string, letters: number, digits: number, letterCase: "upper" | "lower" = "upper"): string {
  const alphabet = letterCase === "upper" ? UPPER : UPPER.toLowerCase();
  return `${prefix}${randomFrom(alphabet, letters)}${randomFrom(DIGITS, digits)}`;
}
