import { request } from "../../../scripts/local-http.mjs";

/** One operation of the OpenAPI document, as the sweeps call it. */
export interface Operation {
  method: string;
  path: string;
  params: Array<{ name: string; in: string; required?: boolean }>;
  hasBody: boolean;
}

/** Every operation of the served OpenAPI document that a tenant's API key may call (`/ws` included). */
export async function tenantOperations(port: number): Promise<Operation[]> {
  const doc = (await request({ port, path: "/openapi.json" })).json;
  const ops: Operation[] = [];
  for (const [p, item] of Object.entries<Record<string, any>>(doc.paths)) {
    for (const [method, op] of Object.entries<any>(item)) {
      if (!["get", "post", "put", "patch", "delete"].includes(method)) continue;
      const security = JSON.stringify(op.security ?? []);
      if (!security.includes("ApiKey") && !p.startsWith("/tenant/") && p !== "/ws") continue;
      ops.push({ method: method.toUpperCase(), path: p, params: op.parameters ?? [], hasBody: Boolean(op.requestBody) });
    }
  }
  return ops;
}
