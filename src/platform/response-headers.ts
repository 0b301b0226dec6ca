import type { Context } from "hono";

/**
 * Sets headers on the response a middleware is finishing. A response whose headers are
 * immutable (one returned by `fetch()` or a Durable Object stub, or `Response.redirect()`)
 * is copied first, keeping its status, body and WebSocket, instead of failing the request.
 */
export function setResponseHeaders(c: Context, headers: Record<string, string>): void {
  try {
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
    return;
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
  }
  const original = c.res;
  const copy = new Response(original.body, {
    status: original.status,
    statusText: original.statusText,
    headers: new Headers(original.headers),
    webSocket: original.webSocket,
  });
  for (const [name, value] of Object.entries(headers)) copy.headers.set(name, value);
  // Clearing first stops Hono from merging the old headers into the copy a second time.
  c.res = undefined;
  c.res = copy;
}
