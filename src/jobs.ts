import type { JobRegistry } from "./tenant/commands";

/** Handlers of the jobs domains schedule through `ctx.schedule(kind, …)`, by kind. */
export const JOBS: JobRegistry = {};
