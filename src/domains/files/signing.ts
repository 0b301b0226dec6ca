/**
 * Signed download URLs: an HMAC-SHA-256 (key: the Worker secret FILES_URL_SECRET) over the
 * tenant id, the file id and the expiry (Unix seconds), base64url without padding. The URL
 * names the file and the expiry; the tenant comes from the host it is used on, so a URL
 * presented on another tenant's host, altered, or past its expiry fails verification.
 */

/** How long a download URL stays valid unless told otherwise: 15 minutes. */
export const URL_LIFETIME_SECONDS = 15 * 60;

const encoder = new TextEncoder();

function base64url(bytes: ArrayBuffer): string {
  let text = "";
  for (const b of new Uint8Array(bytes)) text += String.fromCharCode(b);
  return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64url(text: string): Uint8Array | null {
  try {
    const raw = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    return Uint8Array.from(raw, (ch) => ch.charCodeAt(0));
  } catch {
    return null;
  }
}

function key(secret: string, usage: "sign" | "verify"): Promise<CryptoKey> {
  return crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [usage]);
}

const message = (tenantId: string, fileId: string, expires: number) => encoder.encode(`${tenantId}\n${fileId}\n${expires}`);

/** The signature of a download URL. */
export async function signDownload(secret: string, tenantId: string, fileId: string, expires: number): Promise<string> {
  return base64url(await crypto.subtle.sign("HMAC", await key(secret, "sign"), message(tenantId, fileId, expires)));
}

/** True when `signature` signs (tenant, file, expires) with `secret` (constant-time compare). */
export async function verifyDownload(secret: string, tenantId: string, fileId: string, expires: number, signature: string): Promise<boolean> {
  const bytes = fromBase64url(signature);
  // Only the canonical text of the 32 bytes: the last of 43 characters carries 4 bits, and a
  // lenient decoder would accept the 3 other characters that differ only in the 2 unused ones.
  if (!bytes || bytes.length !== 32 || base64url(bytes.buffer as ArrayBuffer) !== signature) return false;
  return crypto.subtle.verify("HMAC", await key(secret, "verify"), bytes, message(tenantId, fileId, expires));
}

/** The download URL of a file on the tenant's host. */
export async function downloadUrl(origin: string, secret: string, tenantId: string, fileId: string, expires: number): Promise<string> {
  const signature = await signDownload(secret, tenantId, fileId, expires);
  return `${origin}/files/v1/${encodeURIComponent(fileId)}/content?expires=${expires}&signature=${signature}`;
}
