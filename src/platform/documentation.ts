import type { OpenAPIHono } from "@hono/zod-openapi";
import { Hono } from "hono";
import type { AppEnv } from "./app-env";
import { ERROR_CATALOG, type ErrorCode } from "./errors/catalog";
import { ApiError } from "./errors/api-error";

const DOCS_HTML = `<!doctype html>
<html>
  <head>
    <title>Coffer API reference</title>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
  </head>
  <body>
    <script id="api-reference" data-url="/openapi.json"></script>
    <script src="https://cdn.jsdelivr.net/npm/@scalar/api-reference"></script>
  </body>
</html>`;

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
            `{tenant}.${c.env.BASE_DOMAIN}; the admin API on ${c.env.BASE_DOMAIN}.`,
        },
      });
      return c.json(document);
    })
    .get("/docs", (c) => c.html(DOCS_HTML))
    .get("/problems/:code", (c) => {
      const code = c.req.param("code");
      // An own-property check: `in` would also accept inherited names such as `toString`.
      if (!Object.hasOwn(ERROR_CATALOG, code)) throw new ApiError("route_not_found", `No problem type '${code}'`);
      const entry = ERROR_CATALOG[code as ErrorCode];
      return c.json({ type: `/problems/${code}`, error_code: code, title: entry.title, status: entry.status });
    });
}
