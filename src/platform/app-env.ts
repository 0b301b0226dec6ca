import type { Env } from "../env";
import type { Tenant } from "./tenants";

/** Hono environment of the whole app: Worker bindings plus per-request variables. */
export interface AppEnv {
  Bindings: Env;
  Variables: {
    requestId: string;
    /** Set on tenant hosts once the API key is checked. */
    tenant: Tenant;
    /** Set when the API key is scoped to a distribution partner's book. */
    partnerId?: string;
  };
}
