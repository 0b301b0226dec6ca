import type { OpenAPIHono } from "@hono/zod-openapi";
import { Hono, type Context } from "hono";
import type { AppEnv } from "./app-env";
import { ERROR_CATALOG, type ErrorCode } from "./errors/catalog";
import { ApiError } from "./errors/api-error";

/** Where scripts/docs-assets.mjs puts the reference UI's bundle (the `coffer-docs` Worker's static assets). */
export const API_REFERENCE_SCRIPT = "/docs/assets/api-reference.js";
/** The index of the guides in docs/, also `coffer-docs` assets. */
export const GUIDES_INDEX = "/docs/guides/";
/** Starts the reference UI; a script of its own, so the page needs no inline script. */
export const DOCS_INIT_SCRIPT = "/docs/init.js";

/**
 * Only same-origin scripts; inline styles because the UI injects its own. Nothing leaves the
 * origin, and the UI's features that would call a third party are switched off (`DOCS_INIT`).
 */
export const DOCS_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

const DOCS_HTML = `<!doctype html>
<html lang="en">
  <head>
    <title>Coffer API reference</title>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
  </head>
  <body>
    <noscript>The API reference needs JavaScript. The OpenAPI document is at <a href="/openapi.json">/openapi.json</a>; the guides are at <a href="${GUIDES_INDEX}">${GUIDES_INDEX}</a>.</noscript>
    <div id="app"></div>
    <script src="${API_REFERENCE_SCRIPT}"></script>
    <script src="${DOCS_INIT_SCRIPT}"></script>
  </body>
</html>`;

// Everything that would reach a third-party service is off: web fonts, telemetry, the AI chat,
// MCP generation and the hosted developer tools.
const DOCS_INIT = `Scalar.createApiReference("#app", {
  url: "/openapi.json",
  withDefaultFonts: false,
  telemetry: false,
  agent: { disabled: true },
  mcp: { disabled: true },
  showDeveloperTools: "never",
});
`;

const GUIDES_NOTE =
  `Guides (architecture, API conventions and compatibility notes, events, webhooks, the money path, ` +
  `each domain): [${GUIDES_INDEX}](${GUIDES_INDEX}).`;

/** Where the UI's bundle and its licence notice are. */
const DOCS_FILES = "/docs/assets";

/**
 * Answers from the `coffer-docs` Worker (`workers/docs/wrangler.toml`: `build/assets` as static
 * assets, headers from its `_headers` file), through the `DOCS` service binding. Without the
 * binding, or while that Worker is not running, a 503 problem.
 */
async function answerFromDocsWorker(c: Context<AppEnv>): Promise<Response> {
  const docs = c.env.DOCS;
  if (!docs) throw new ApiError("service_unavailable", "The documentation files are not served by this deployment (no DOCS binding)");
  let answer: Response;
  try {
    answer = await docs.fetch(c.req.raw);
  } catch {
    throw new ApiError("service_unavailable", "The documentation files are unavailable (the coffer-docs Worker did not answer)");
  }
  // A fetched response's headers are immutable; the middleware still adds x-request-id.
  return new Response(answer.body, answer);
}

/** `/openapi.json` (OpenAPI 3.1 from the zod contract), `/docs` (browsable reference) and `/problems/{code}`. */
export function documentationRoutes(app: OpenAPIHono<AppEnv>) {
  return new Hono<AppEnv>()
    .get("/openapi.json", (c) => {
      const document = app.getOpenAPI31Document({
        openapi: "3.1.0",
        info: {
          title: "Coffer",
          version: "1.0.0",
          description:
            "Open wealth-management platform API, wire-compatible with WealthOS. Tenant routes are served on " +
            `{tenant}.${c.env.BASE_DOMAIN}; the admin API on ${c.env.BASE_DOMAIN}.\n\n${GUIDES_NOTE}`,
        },
      });
      return c.json(document);
    })
    .get("/docs", (c) => {
      c.header("Content-Security-Policy", DOCS_CSP);
      c.header("X-Content-Type-Options", "nosniff");
      return c.html(DOCS_HTML);
    })
    .get(DOCS_INIT_SCRIPT, (c) => {
      c.header("Content-Type", "text/javascript; charset=utf-8");
      c.header("X-Content-Type-Options", "nosniff");
      return c.body(DOCS_INIT);
    })
    // The UI's bundle and the guides are the `coffer-docs` Worker's static assets (see
    // answerFromDocsWorker); the API Worker has none, so its requests never pass an asset router.
    .get(`${DOCS_FILES}/*`, answerFromDocsWorker)
    .get(GUIDES_INDEX.slice(0, -1), answerFromDocsWorker)
    .get(`${GUIDES_INDEX}*`, answerFromDocsWorker)
    .get("/problems/:code", (c) => {
      const code = c.req.param("code");
      // An own-property check: `in` would also accept inherited names such as `toString`.
      if (!Object.hasOwn(ERROR_CATALOG, code)) throw new ApiError("route_not_found", `No problem type '${code}'`);
      const entry = ERROR_CATALOG[code as ErrorCode];
      return c.json({ type: `/problems/${code}`, error_code: code, title: entry.title, status: entry.status });
    });
}
