import { createRoute, z } from "@hono/zod-openapi";
import { createRouter, problemResponses, TENANT_PROBLEMS, TENANT_SECURITY } from "../../platform/openapi";

const Greeting = z
  .object({
    tenant: z.string().openapi({ example: "acme" }),
    members: z.array(z.string()),
    message: z.string().openapi({ example: "Welcome to WOS world" }),
  })
  .openapi("Greeting");

const helloWorld = createRoute({
  method: "get",
  path: "/tenant/test/hello-world-be",
  tags: ["Test Methods"],
  summary: "Wealth manager greeting for BE",
  description: "Connectivity and API key check.",
  security: TENANT_SECURITY,
  responses: {
    200: { description: "Greeting", content: { "application/json": { schema: Greeting } } },
    ...problemResponses(...TENANT_PROBLEMS),
  },
});

/** `GET /tenant/test/hello-world-be`: the WealthOS connectivity check. */
export const greetingRoutes = createRouter().openapi(helloWorld, (c) => {
  const tenant = c.get("tenant");
  return c.json({ tenant: tenant.id, members: [tenant.name], message: "Welcome to WOS world" }, 200);
});
