import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = new URL("../../", import.meta.url).pathname;
const SRC = join(ROOT, "src");
/** The one module allowed to read the machine's time. */
const WALL_CLOCK_MODULE = "src/clock/wall.ts";
const DIRECT_READ = /\bDate\s*\.\s*now\s*\(|\bnew\s+Date\s*\(\s*\)|(?<![.\w])Date\s*\(\s*\)/g;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|mts|js|mjs)$/.test(name) ? [path] : [];
  });
}

function directReads(text: string): string[] {
  return text.split("\n").flatMap((line, i) => (line.match(DIRECT_READ) ? [`${i + 1}: ${line.trim()}`] : []));
}

describe("wall-clock reads", () => {
  it("the pattern catches every form of a direct read and nothing else", () => {
    expect(directReads("const a = Date.now();\nconst b = new Date();\nconst c = Date();\nconst d = Date . now ( );")).toHaveLength(4);
    expect(directReads("new Date(ms).toISOString(); Date.parse(x); new Date(`${d}T00:00:00Z`); Date.UTC(2026, 0, 1); x.getDate()")).toEqual([]);
  });

  it("nothing under src/ reads the wall clock except the clock module", () => {
    const offenders = sources(SRC)
      .map((path) => ({ file: relative(ROOT, path), reads: directReads(readFileSync(path, "utf8")) }))
      .filter(({ file, reads }) => file !== WALL_CLOCK_MODULE && reads.length > 0);
    expect(offenders).toEqual([]);
  });

  it("the clock module is where wall time is read", () => {
    expect(directReads(readFileSync(join(ROOT, WALL_CLOCK_MODULE), "utf8")).length).toBeGreaterThan(0);
  });
});
