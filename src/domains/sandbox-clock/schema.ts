import { z } from "@hono/zod-openapi";
import { DURATION_PATTERN } from "../../clock/durations";
import { DATE_TIME_PATTERN } from "../../platform/wire-fields";

const instant = z.iso.datetime({ offset: true }).openapi({ pattern: DATE_TIME_PATTERN });

export const ClockResource = z
  .object({
    mode: z.enum(["wall", "test"]).openapi({ description: "wall: the wall clock; test: a test clock is attached" }),
    now: z.string().openapi({ description: "ISO-8601 UTC: the tenant's now", example: "2026-04-02T10:00:00.000Z" }),
    operational_date: z.string().openapi({ description: "YYYY-MM-DD of `now` in the tenant's time zone", example: "2026-04-02" }),
    status: z.enum(["ready", "advancing"]),
    advancing_to: z.string().nullable().openapi({ description: "ISO-8601 UTC target of the advance under way, else null" }),
    speed: z.number().openapi({ description: "Tenant-clock seconds per wall second: 0 frozen, 1 on the wall clock, 8640 = a day per 10 s" }),
  })
  .openapi("SandboxClock");

export const AttachClockBody = z
  .object({
    frozen_at: instant.openapi({ description: "Where the test clock starts: not before the newest event of the tenant", example: "2026-04-02T10:00:00Z" }),
    speed: z.number().min(0).max(1_000_000).optional().openapi({ description: "0 (default) keeps the clock frozen; otherwise it runs at this multiple of wall time", example: 8640 }),
  })
  .strict()
  .openapi("AttachClockBody");

export const AdvanceClockBody = z
  .object({
    to: instant.optional().openapi({ description: "Target instant (at most 2 years ahead, not in the past)", example: "2026-05-12T09:00:00Z" }),
    by: z.string().optional().openapi({ pattern: DURATION_PATTERN, description: "ISO-8601 duration: P1M, P3D, PT6H, P1Y2M10DT2H30M", example: "P40D" }),
  })
  .strict()
  .openapi("AdvanceClockBody");

export const AdminClockParams = z.object({
  tenant_id: z.string().openapi({ param: { name: "tenant_id", in: "path" }, example: "acme" }),
});

export type AttachClockBody = z.infer<typeof AttachClockBody>;
export type AdvanceClockBody = z.infer<typeof AdvanceClockBody>;
