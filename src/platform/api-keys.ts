import { randomToken } from "./ids";

const KEY_PREFIX = "cof_sk_";

/** A freshly minted API key: the plaintext is shown once, only the hash is stored. */
export interface MintedKey {
  keyId: string;
  apiKey: string;
  keyHash: string;
  /** First characters of the key, stored to help operators tell keys apart. */
  prefix: string;
}

/** Hex SHA-256 of an API key, the only form in which keys are stored. */
export async function hashApiKey(apiKey: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(apiKey));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** Mints a new random API key. */
export async function mintApiKey(): Promise<MintedKey> {
  const apiKey = `${KEY_PREFIX}${randomToken(40)}`;
  return {
    keyId: `key_${randomToken(16)}`,
    apiKey,
    keyHash: await hashApiKey(apiKey),
    prefix: apiKey.slice(0, KEY_PREFIX.length + 6),
  };
}

/** Compares two strings in time that does not depend on where they differ. */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = new TextEncoder().encode(a);
  const right = new TextEncoder().encode(b);
  if (left.byteLength !== right.byteLength) {
    // Still spend a comparison so a length mismatch is not faster than a content mismatch.
    crypto.subtle.timingSafeEqual(left, left);
    return false;
  }
  return crypto.subtle.timingSafeEqual(left, right);
}

/** True when the presented key's hash equals one of the stored hashes (every hash is compared). */
export async function matchesAnyKey(presented: string, storedHashes: string[]): Promise<boolean> {
  return (await matchingKey(presented, storedHashes)) >= 0;
}

/** The index of the stored hash the presented key's hash equals, or -1 (every hash is compared). */
export async function matchingKey(presented: string, storedHashes: string[]): Promise<number> {
  const hash = await hashApiKey(presented);
  let matched = -1;
  for (let i = 0; i < storedHashes.length; i += 1) {
    if (constantTimeEqual(hash, storedHashes[i] as string)) matched = i;
  }
  return matched;
}
