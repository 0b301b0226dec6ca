// The README and the guides in docs/ link to each other: every relative link must name a file
// that exists and, with a #fragment, a heading in it (GitHub's anchor rules).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const FILES = ["README.md", ...readdirSync(path.join(ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to dashes. */
function anchor(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{N}_\- ]/gu, "").replace(/ /g, "-");
}

function headings(file: string): Set<string> {
  const text = readFileSync(path.join(ROOT, file), "utf8").replace(/```[\s\S]*?```/g, "");
  return new Set([...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => anchor(m[1] ?? "")));
}

describe("links between the README and the guides", () => {
  it.each(FILES)("every relative link in %s resolves", (file) => {
    const text = readFileSync(path.join(ROOT, file), "utf8").replace(/```[\s\S]*?```/g, "");
    const broken: string[] = [];
    for (const [, link = ""] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/i.test(link) || link.startsWith("/")) continue;
      const [target = "", fragment] = link.split("#");
      const resolved = target ? path.posix.normalize(path.posix.join(path.posix.dirname(file), target)) : file;
      if (!existsSync(path.join(ROOT, resolved))) broken.push(`${link}: no ${resolved}`);
      else if (fragment && resolved.endsWith(".md") && !headings(resolved).has(fragment)) broken.push(`${link}: no heading #${fragment}`);
    }
    expect(broken).toEqual([]);
  });

  it("the README keeps the two commands and links every guide", () => {
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    expect(readme).toContain("npm install && npm run dev");
    expect(readme).toContain("npm install && npm test");
    for (const file of FILES.filter((f) => f.startsWith("docs/"))) expect(readme, file).toContain(`](${file})`);
  });
});
