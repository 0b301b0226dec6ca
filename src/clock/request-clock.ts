import type { Context } from "hono";
import type { AppEnv } from "../platform/app-env";
import { operationalDate } from "./tenant-clock";
import { wallNowMs } from "./wall";

/**
 * Now on the clock of the request's tenant, for reads that depend on "today": the wall clock
 * for a live tenant; a sandbox tenant's object answers with its clock (test clock or wall).
 */
export async function requestNowMs(c: Context<AppEnv>): Promise<number> {
  const tenant = c.get("tenant");
  if (tenant.config.environment !== "sandbox") return wallNowMs();
  return Number(await c.env.TENANT.getByName(tenant.id).clockNowMs());
}

/** The operational date (tenant time zone) of the request's tenant, today. */
export async function requestToday(c: Context<AppEnv>): Promise<string> {
  return operationalDate(await requestNowMs(c), c.get("tenant").config);
}
