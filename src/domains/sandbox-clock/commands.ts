/**
 * Test-clock commands of a sandbox tenant. Each runs like any command (idempotency, one
 * transaction); an advance or a detach only sets the target here, and the tenant object then
 * runs what falls due up to it (`src/tenant/clock-advance.ts`).
 */
import { z } from "zod";
import { restartDayClose, ensureDayClose } from "../../clock/day-close";
import { addDuration, advanceLimitMs, parseDuration } from "../../clock/durations";
import { clockSettings, loadTestClock, saveTestClock, testClockReading } from "../../clock/tenant-clock";
import { clockView } from "../../clock/view";
import { wallNowMs } from "../../clock/wall";
import type { DomainError } from "../../platform/errors/api-error";
import type { CommandContext } from "../../tenant/command-context";
import { defineCommand, fail, succeed, type CommandOutcome } from "../../tenant/commands";
import { AdvanceClockBody, AttachClockBody } from "./schema";

function invalid(field: string, message: string): DomainError {
  return { code: "validation_failed", detail: `Invalid fields: ${field}`, errors: [{ field, message }] };
}

function conflict(detail: string): CommandOutcome {
  return fail({ code: "state_conflict", detail });
}

function sandboxOnly(ctx: CommandContext): CommandOutcome | null {
  if (clockSettings(ctx.config).environment === "sandbox") return null;
  return fail({ code: "sandbox_only", detail: "Test clocks are for sandbox tenants; a live tenant's clock is the wall clock" });
}

/** The newest event instant of the tenant (0 before its first event). */
function newestEventMs(ctx: CommandContext): number {
  const row = ctx.sql.exec<{ ts: number | null }>("SELECT max(last_ts) AS ts FROM channel_clocks").toArray()[0];
  return row?.ts ?? 0;
}

const iso = (ms: number) => new Date(ms).toISOString();

export const attachClock = defineCommand({
  input: AttachClockBody,
  run(ctx, body) {
    const refused = sandboxOnly(ctx);
    if (refused) return refused;
    if (loadTestClock(ctx.sql)) return conflict("A test clock is already attached; advance it, or DELETE it first");
    const frozenAt = Date.parse(body.frozen_at);
    const newest = newestEventMs(ctx);
    if (frozenAt < newest) return fail(invalid("frozen_at", `must not be before the newest event of the tenant (${iso(newest)})`));
    saveTestClock(ctx.sql, { position: frozenAt, anchor_wall_ms: wallNowMs(), speed: body.speed ?? 0, advancing_to: null, detach: false });
    restartDayClose(ctx, frozenAt);
    return succeed(201, clockView(ctx.sql, ctx.config));
  },
});

export const advanceClock = defineCommand({
  input: AdvanceClockBody,
  run(ctx, body) {
    const refused = sandboxOnly(ctx);
    if (refused) return refused;
    const clock = loadTestClock(ctx.sql);
    if (!clock) return conflict("No test clock is attached: POST /tenant/sandbox/v1/clock first");
    if (clock.advancing_to !== null) return conflict("The clock is already advancing; GET it to follow the progress");
    if ((body.to === undefined) === (body.by === undefined)) {
      const field = body.to === undefined ? "to" : "by";
      return fail({ code: "validation_failed", detail: "Send exactly one of to and by", errors: [{ field, message: "send exactly one of to and by" }] });
    }
    const now = testClockReading(clock, wallNowMs());
    const field = body.to !== undefined ? "to" : "by";
    let target: number;
    if (body.to !== undefined) {
      target = Date.parse(body.to);
    } else {
      const duration = parseDuration(body.by as string);
      if (!duration) return fail(invalid("by", "must be an ISO-8601 duration such as P1M, P3D or PT6H"));
      target = addDuration(now, duration);
    }
    if (target < now) return fail(invalid(field, `must not be before the clock's now (${iso(now)}): a test clock only moves forward`));
    if (target > advanceLimitMs(now)) return fail(invalid(field, `must be at most 2 years after the clock's now (${iso(now)})`));
    ensureDayClose(ctx);
    saveTestClock(ctx.sql, { ...clock, position: now, anchor_wall_ms: wallNowMs(), advancing_to: target });
    return succeed(200, clockView(ctx.sql, ctx.config));
  },
});

export const detachClock = defineCommand({
  input: z.unknown(),
  run(ctx) {
    const refused = sandboxOnly(ctx);
    if (refused) return refused;
    const clock = loadTestClock(ctx.sql);
    if (!clock) return conflict("No test clock is attached");
    if (clock.advancing_to !== null) return conflict("The clock is advancing; detach once it is ready");
    const wall = wallNowMs();
    const now = testClockReading(clock, wall);
    if (wall < now) return conflict(`The wall clock (${iso(wall)}) is behind the test clock (${iso(now)}); it can be detached once the wall clock catches up`);
    saveTestClock(ctx.sql, { ...clock, position: now, anchor_wall_ms: wall, advancing_to: wall, detach: true });
    return succeed(200, clockView(ctx.sql, ctx.config));
  },
});

export const CLOCK_COMMANDS = {
  "clock.attach": attachClock,
  "clock.advance": advanceClock,
  "clock.detach": detachClock,
};
