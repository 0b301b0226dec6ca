import { DurableObject } from "cloudflare:workers";
import type { Env } from "../env";

/** One per tenant: the single writer and source of truth of that tenant's state. */
export class TenantObject extends DurableObject<Env> {}
