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

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, "0"));
const ENCODER = new TextEncoder();

/** SHA-256 of an API key, as bytes. */
async function digestApiKey(apiKey: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest("SHA-256", ENCODER.encode(apiKey)));
}

/** Hex SHA-256 of an API key, the only form in which keys are stored. */
export async function hashApiKey(apiKey: string): Promise<string> {
  const digest = await digestApiKey(apiKey);
  let hex = "";
  for (let i = 0; i < digest.length; i += 1) hex += HEX[digest[i] as number];
  return hex;
}

/**
 * Stored key hashes (hex) as the 32 bytes they encode, decoded once per hash. Only hashes are
 * held, never a presented key; a malformed hash decodes to bytes no digest can equal in length.
 */
const HASH_BYTES = new Map<string, Uint8Array>();
const HASH_BYTES_LIMIT = 10_000;

function hashBytes(hex: string): Uint8Array {
  let bytes = HASH_BYTES.get(hex);
  if (bytes === undefined) {
    bytes = /^[0-9a-f]{64}$/.test(hex) ? Uint8Array.from({ length: 32 }, (_, i) => parseInt(hex.slice(2 * i, 2 * i + 2), 16)) : new Uint8Array(0);
    if (HASH_BYTES.size >= HASH_BYTES_LIMIT) HASH_BYTES.clear();
    HASH_BYTES.set(hex, bytes);
  }
  return bytes;
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

/** Compares two byte strings in time that does not depend on where they differ. */
function constantTimeBytesEqual(left: Uint8Array, right: Uint8Array): boolean {
  if (left.byteLength !== right.byteLength) {
    // Still spend a comparison so a length mismatch is not faster than a content mismatch.
    crypto.subtle.timingSafeEqual(left, left);
    return false;
  }
  return crypto.subtle.timingSafeEqual(left, right);
}

/** Compares two strings in time that does not depend on where they differ. */
export function constantTimeEqual(a: string, b: string): boolean {
  return constantTimeBytesEqual(ENCODER.encode(a), ENCODER.encode(b));
}

/** True when the presented key's hash equals one of the stored hashes (every hash is compared). */
export async function matchesAnyKey(presented: string, storedHashes: string[]): Promise<boolean> {
  return (await matchingKey(presented, storedHashes)) >= 0;
}

/** The index of the stored hash the presented key's hash equals, or -1 (every hash is compared). */
export async function matchingKey(presented: string, storedHashes: string[]): Promise<number> {
  const digest = await digestApiKey(presented);
  let matched = -1;
  for (let i = 0; i < storedHashes.length; i += 1) {
    if (constantTimeBytesEqual(digest, hashBytes(storedHashes[i] as string))) matched = i;
  }
  return matched;
}
