import type { TenantConfig } from "../platform/tenants";
import { activeTestClock, operationalDate, testClockReading } from "./tenant-clock";
import { wallNowMs } from "./wall";

/** A tenant clock as `GET /tenant/sandbox/v1/clock` shows it. */
export interface ClockView {
  mode: "wall" | "test";
  now: string;
  operational_date: string;
  status: "ready" | "advancing";
  advancing_to: string | null;
  /** Tenant-clock seconds per wall second of a running test clock; 0 when frozen, 1 on the wall clock. */
  speed: number;
}

export function clockView(sql: SqlStorage, config: Partial<TenantConfig> | null | undefined): ClockView {
  const clock = activeTestClock(sql, config);
  const now = clock ? testClockReading(clock, wallNowMs()) : wallNowMs();
  const advancing = clock !== null && clock.advancing_to !== null;
  return {
    mode: clock ? "test" : "wall",
    now: new Date(now).toISOString(),
    operational_date: operationalDate(now, config),
    status: advancing ? "advancing" : "ready",
    advancing_to: advancing ? new Date(clock.advancing_to as number).toISOString() : null,
    speed: clock ? clock.speed : 1,
  };
}
