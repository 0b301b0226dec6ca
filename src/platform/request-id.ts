import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./app-env";
import { randomToken } from "./ids";
import { setResponseHeaders } from "./response-headers";

const WELL_FORMED = /^[A-Za-z0-9._:-]{1,128}$/;

/** Accepts a well-formed `x-request-id` from the client or makes one; echoes it on every response. */
export const requestId: MiddlewareHandler<AppEnv> = async (c, next) => {
  const incoming = c.req.header("x-request-id");
  const id = incoming && WELL_FORMED.test(incoming) ? incoming : `req_${randomToken(20)}`;
  c.set("requestId", id);
  await next();
  setResponseHeaders(c, { "x-request-id": id });
};
