import { Validator } from "@cfworker/json-schema";
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import { routePath } from "hono/route";
import type { AppEnv } from "./app-env";
import { strictSchema } from "./strict-schema";

/**
 * Test-only response validation. With the variable `VALIDATE_RESPONSES = "true"` (the workers
 * test pool and the node tests' `wrangler dev` set it), every JSON answer is checked against
 * what the OpenAPI document declares for its route and status, strictly: an undeclared member,
 * a missing required one, a `null` where the document has no null, a wrong type or format all
 * fail. Problem documents are checked against `Problem`; the events of the activity feed against
 * the envelope the document's `webhooks` entry declares for their type. A mismatch replaces the answer with a
 * 500 problem `response_mismatch` that names the route, the status and every error, and is
 * logged, so the test that received it fails.
 */

type Schema = Record<string, unknown>;
interface OpenApiDocument {
  paths: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> }>>;
  /** OpenAPI 3.1 webhooks: one entry per event type, its request body the event envelope. */
  webhooks?: Record<string, { post?: { requestBody?: { content?: Record<string, { schema?: unknown }> } } }>;
  components?: { schemas?: Record<string, unknown> };
}

/** Routes outside the OpenAPI document that answer JSON of their own: the document itself and problem type pages. */
const UNDOCUMENTED_JSON_ROUTES = new Set(["/openapi.json", "/problems/:code"]);

/**
 * Routes whose answer lists events (`events[]`): each is also checked against its type's
 * documented envelope, less the members the feed adds to it (declared by the route's own schema).
 */
const EVENT_FEEDS: ReadonlyMap<string, readonly string[]> = new Map([["/tenant/activity/v1", ["event_identification", "event_date_time"]]]);

/** One failed check: the JSON location in the body and what is wrong there. */
export interface ResponseError {
  at: string;
  message: string;
}

/** The checks of one document, compiled on first use. */
export class ResponseChecker {
  private readonly validators = new Map<string, Validator | string>();

  constructor(private readonly document: OpenApiDocument) {}

  /** The document's path for a Hono route path (`/pots/v1/:pot_id` → `/pots/v1/{pot_id}`). */
  static documentPath(honoPath: string): string {
    return honoPath.replace(/:([A-Za-z0-9_]+)(\{[^}]*\})?/g, "{$1}");
  }

  /**
   * Errors of `body` against the schema the document declares for `method path` answering
   * `status` with `mediaType`; an empty list when it conforms.
   */
  check(method: string, path: string, status: number, mediaType: string, body: unknown): ResponseError[] {
    const key = `${method} ${path} ${status} ${mediaType}`;
    let validator = this.validators.get(key);
    if (validator === undefined) {
      validator = this.compile(method, path, status, mediaType);
      this.validators.set(key, validator);
    }
    if (typeof validator === "string") return [{ at: "", message: validator }];
    const result = validator.validate(body);
    if (result.valid) return [];
    // The deepest errors say what is wrong; the wrapping "properties"/"items" ones only repeat it.
    const errors = result.errors.filter((e) => !["properties", "items", "allOf", "$ref", "additionalProperties"].includes(e.keyword) || e.error.includes("does not match"));
    return (errors.length > 0 ? errors : result.errors).map((e) => ({ at: e.instanceLocation, message: e.error }));
  }

  /**
   * Errors of each event in `events` against the envelope the document's `webhooks` entry for its
   * type declares (the same envelope the socket and webhook deliveries carry).
   */
  checkEvents(events: unknown): ResponseError[] {
    if (!Array.isArray(events)) return [];
    const errors: ResponseError[] = [];
    events.forEach((event, i) => {
      const type = (event as { type?: unknown } | null)?.type;
      const key = `event ${String(type)}`;
      let validator = this.validators.get(key);
      if (validator === undefined) {
        const schema = typeof type === "string" ? this.document.webhooks?.[type]?.post?.requestBody?.content?.["application/json"]?.schema : undefined;
        validator = schema === undefined ? `event type ${String(type)} is not in the OpenAPI document's webhooks` : this.compileSchema(schema);
        this.validators.set(key, validator);
      }
      if (typeof validator === "string") errors.push({ at: `#/events/${i}`, message: validator });
      else {
        const result = validator.validate(event);
        if (!result.valid) errors.push(...result.errors.map((e) => ({ at: `#/events/${i}${e.instanceLocation.slice(1)}`, message: e.error })));
      }
    });
    return errors;
  }

  private compileSchema(schema: unknown): Validator | string {
    const strict = strictSchema(schema, this.document.components?.schemas ?? {});
    if (strict.loose.length > 0) return `the declared schema admits undeclared members at ${strict.loose.join(", ")}`;
    return new Validator(strict.schema as Schema as never, "2020-12", false);
  }

  private compile(method: string, path: string, status: number, mediaType: string): Validator | string {
    let schema: unknown;
    const operation = this.document.paths[path]?.[method.toLowerCase()];
    if (mediaType === "application/problem+json") {
      // A route's own answer (not a middleware's or the not-found handler's) must be a status it declares.
      if (operation && !operation.responses?.[String(status)]) return `${method} ${path} declares no ${status} response`;
      schema = { $ref: "#/components/schemas/Problem" };
    } else {
      if (!operation) return `${method} ${path} is not in the OpenAPI document`;
      const response = operation.responses?.[String(status)];
      if (!response) return `${method} ${path} declares no ${status} response`;
      schema = response.content?.[mediaType]?.schema;
      if (schema === undefined) return `${method} ${path} declares no ${mediaType} body for ${status}`;
    }
    return this.compileSchema(schema);
  }
}

const checkers = new WeakMap<object, ResponseChecker>();

function checkerFor(app: OpenAPIHono<AppEnv>): ResponseChecker {
  let checker = checkers.get(app);
  if (!checker) {
    const document = app.getOpenAPI31Document({ openapi: "3.1.0", info: { title: "Coffer", version: "1.0.0" } });
    checker = new ResponseChecker(document as unknown as OpenApiDocument);
    checkers.set(app, checker);
  }
  return checker;
}

function mismatchResponse(c: Context<AppEnv>, route: string, status: number, errors: ResponseError[]): Response {
  const detail = `${c.req.method} ${route} answered ${status} with a body that does not match the OpenAPI document: ` +
    errors.map((e) => `${e.at || "(body)"}: ${e.message}`).join("; ");
  console.error(`[${c.get("requestId")}] response mismatch: ${detail}`);
  const body = {
    type: "/problems/response_mismatch",
    title: "Response does not match the OpenAPI document",
    status: 500,
    detail,
    instance: c.req.path,
    message: detail,
    error_code: "response_mismatch",
    request_id: c.get("requestId") ?? "unknown",
    errors: errors.map((e) => ({ field: e.at || "(body)", message: e.message })),
  };
  return new Response(JSON.stringify(body), { status: 500, headers: { "content-type": "application/problem+json" } });
}

/** Swaps the answer, keeping its headers (request id, rate limits) but not those of the old body. */
function replace(c: Context<AppEnv>, next: Response): void {
  for (const [name, value] of c.res.headers) {
    if (name !== "content-type" && name !== "content-length") next.headers.set(name, value);
  }
  c.res = undefined;
  c.res = next;
}

/** The middleware (outermost after request ids); a no-op unless `VALIDATE_RESPONSES` is `"true"`. */
export function responseValidation(app: OpenAPIHono<AppEnv>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    if (c.env?.VALIDATE_RESPONSES !== "true") return;
    const res = c.res;
    if (res.status === 101 || res.body === null) return;
    const mediaType = (res.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
    if (mediaType !== "application/json" && mediaType !== "application/problem+json") return;
    const route = routePath(c);
    if (mediaType === "application/json" && UNDOCUMENTED_JSON_ROUTES.has(route)) return;
    let body: unknown;
    try {
      body = await res.clone().json();
    } catch (error) {
      replace(c, mismatchResponse(c, route, res.status, [{ at: "", message: `not JSON: ${String(error)}` }]));
      return;
    }
    const checker = checkerFor(app);
    const errors = checker.check(c.req.method, ResponseChecker.documentPath(route), res.status, mediaType, body);
    const feedOnly = EVENT_FEEDS.get(route);
    if (errors.length === 0 && res.status === 200 && feedOnly) {
      const events = (body as { events?: unknown }).events;
      const envelopes = Array.isArray(events) ? events.map((e) => Object.fromEntries(Object.entries(e as object).filter(([k]) => !feedOnly.includes(k)))) : events;
      errors.push(...checker.checkEvents(envelopes));
    }
    if (errors.length > 0) replace(c, mismatchResponse(c, route, res.status, errors));
  };
}
