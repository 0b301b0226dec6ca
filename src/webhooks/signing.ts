/**
 * Standard Webhooks signing: `webhook-signature` is a space-separated list of
 * `v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}">`, one per active secret,
 * so a receiver holding either the old or the new secret verifies during a rotation.
 */

export const SECRET_PREFIX = "whsec_";
const SECRET_BYTES = 32;

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** A new signing secret: `whsec_` and 32 random bytes in base64. */
export function newWebhookSecret(): string {
  return SECRET_PREFIX + toBase64(crypto.getRandomValues(new Uint8Array(SECRET_BYTES)));
}

async function sign(secret: string, content: Uint8Array): Promise<string> {
  const keyBytes = fromBase64(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret);
  const key = await crypto.subtle.importKey("raw", keyBytes, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return toBase64(new Uint8Array(await crypto.subtle.sign("HMAC", key, content)));
}

/** The Standard Webhooks headers of one attempt, signed with every given secret. */
export async function signedHeaders(secrets: string[], msgId: string, timestampSeconds: number, body: string): Promise<Record<string, string>> {
  const content = new TextEncoder().encode(`${msgId}.${timestampSeconds}.${body}`);
  const signatures = await Promise.all(secrets.map(async (s) => `v1,${await sign(s, content)}`));
  return {
    "content-type": "application/json",
    "user-agent": "Coffer-Webhooks/1",
    "webhook-id": msgId,
    "webhook-timestamp": String(timestampSeconds),
    "webhook-signature": signatures.join(" "),
  };
}
