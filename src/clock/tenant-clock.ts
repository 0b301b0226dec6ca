/**
 * The tenant clock. A live tenant's clock is the wall clock. A sandbox tenant may attach a
 * test clock: it reads `position` (frozen), or runs from `position` at `speed` × wall time since
 * it was last set (`anchor_wall_ms`). While an advance is under way the clock stands at the due
 * instant of the job being run. Its state lives in the tenant object's `settings` table, so it
 * changes in the same transaction as the work it stamps.
 */
import type { TenantConfig } from "../platform/tenants";
import { dealingDate } from "./calendar";
import { wallNowMs } from "./wall";
import { DEFAULT_TIME_ZONE, localDate } from "./zones";

export const ENVIRONMENTS = ["live", "sandbox"] as const;
export type Environment = (typeof ENVIRONMENTS)[number];
export const DEFAULT_CUT_OFF = "14:00";

/** A test clock as stored. */
export interface TestClock {
  /** Where the clock stood at `anchor_wall_ms` (epoch ms on the tenant clock). */
  position: number;
  anchor_wall_ms: number;
  /** Tenant-clock ms per wall ms; 0 is a frozen clock. */
  speed: number;
  /** The target of an advance under way, or null. */
  advancing_to: number | null;
  /** True when the advance under way is a detach: the test clock goes once it completes. */
  detach: boolean;
}

/** The clock-related settings of a tenant, with defaults for configurations stored before they existed. */
export interface ClockSettings {
  environment: Environment;
  timeZone: string;
  cutOff: string;
}

export function clockSettings(config: Partial<TenantConfig> | null | undefined): ClockSettings {
  return {
    environment: config?.environment === "sandbox" ? "sandbox" : "live",
    timeZone: config?.time_zone ?? DEFAULT_TIME_ZONE,
    cutOff: config?.dealing_cut_off ?? DEFAULT_CUT_OFF,
  };
}

const KEY = "test_clock";

export function loadTestClock(sql: SqlStorage): TestClock | null {
  const row = sql.exec<{ value: string }>("SELECT value FROM settings WHERE name = ?", KEY).toArray()[0];
  return row ? (JSON.parse(row.value) as TestClock) : null;
}

export function saveTestClock(sql: SqlStorage, clock: TestClock): void {
  sql.exec(
    "INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
    KEY,
    JSON.stringify(clock),
  );
}

export function removeTestClock(sql: SqlStorage): void {
  sql.exec("DELETE FROM settings WHERE name = ?", KEY);
}

/** The reading of a test clock at wall instant `wallMs`. */
export function testClockReading(clock: TestClock, wallMs: number): number {
  if (clock.advancing_to !== null || clock.speed === 0) return clock.position;
  return clock.position + Math.floor(Math.max(0, wallMs - clock.anchor_wall_ms) * clock.speed);
}

/** The test clock in force for a tenant, or null when its clock is the wall clock. */
export function activeTestClock(sql: SqlStorage, config: Partial<TenantConfig> | null | undefined): TestClock | null {
  if (clockSettings(config).environment !== "sandbox") return null;
  return loadTestClock(sql);
}

/** Now on the tenant clock (epoch ms). */
export function tenantNowMs(sql: SqlStorage, config: Partial<TenantConfig> | null | undefined): number {
  const clock = activeTestClock(sql, config);
  const wall = wallNowMs();
  return clock ? testClockReading(clock, wall) : wall;
}

/**
 * The wall instant at which the tenant clock reaches `dueMs`: itself on the wall clock, never
 * (null) on a frozen or advancing test clock, scaled by the speed on a running one.
 */
export function wallInstantOf(clock: TestClock | null, dueMs: number): number | null {
  if (!clock) return dueMs;
  if (clock.advancing_to !== null || clock.speed === 0) return null;
  if (dueMs <= clock.position) return clock.anchor_wall_ms;
  return clock.anchor_wall_ms + Math.ceil((dueMs - clock.position) / clock.speed);
}

/** The operational date of an instant for the tenant (its time zone, default Europe/London). */
export function operationalDate(ms: number, config: Partial<TenantConfig> | null | undefined): string {
  return localDate(ms, clockSettings(config).timeZone);
}

/** The trade date of an instruction given at `ms`, under the tenant's dealing cut-off. */
export function tradeDateFor(ms: number, config: Partial<TenantConfig> | null | undefined): string {
  const { timeZone, cutOff } = clockSettings(config);
  return dealingDate(ms, timeZone, cutOff);
}
