// CPU time of the workerd processes behind one `wrangler dev`, from Linux's /proc: where a
// request's cost goes when throughput alone cannot say (the runtime process runs the Worker, the
// tenant objects and the local D1 on one thread; the other process is wrangler's proxy in front).
// Elsewhere than Linux every reading is null and the report leaves the columns out.

import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

let ticksPerSecond;
function clockTicks() {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** `{ pid: cpu ms }` of every workerd process in the process group `pgid`, or null without /proc. */
export function workerdCpu(pgid) {
  if (process.platform !== "linux" || !pgid) return null;
  const out = {};
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // gone meanwhile
    }
    const open = stat.indexOf("(");
    const close = stat.lastIndexOf(")");
    if (stat.slice(open + 1, close) !== "workerd") continue;
    // Fields after the name: state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime
    const fields = stat.slice(close + 2).split(" ");
    if (Number(fields[2]) !== pgid) continue;
    out[entry] = ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks();
  }
  return out;
}

/**
 * CPU ms per request between two readings: all workerd processes together, and the busiest one
 * (the runtime thread that bounds throughput once it is saturated).
 */
export function cpuPerRequest(before, after, requests) {
  if (!before || !after || !(requests > 0)) return null;
  let total = 0;
  let busiest = 0;
  for (const [pid, ms] of Object.entries(after)) {
    const spent = ms - (before[pid] ?? 0);
    total += spent;
    busiest = Math.max(busiest, spent);
  }
  return { total_ms: total / requests, busiest_ms: busiest / requests };
}
