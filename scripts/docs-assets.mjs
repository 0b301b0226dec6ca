#!/usr/bin/env node
// `npm run docs:assets`: copies the API reference UI (`@scalar/api-reference`'s standalone browser
// bundle, at the version package-lock.json pins) and the guides in docs/ (with an index page) into
// build/assets/, the static assets of the coffer-docs Worker (workers/docs/wrangler.toml). `/docs` loads the bundle from
// there, so the page works offline and under a Content-Security-Policy that allows only
// same-origin scripts.
//
// wrangler runs it before `dev` and `deploy` (wrangler.toml `[build]`), vitest.config.ts before
// the tests, `npm run deploy` before it deploys coffer-docs. Writes only what is missing or differs. Only node: built-ins.

import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** Where workers/docs/wrangler.toml's `[assets] directory` points. */
export const ASSETS_DIR = path.join(ROOT, "build", "assets");
/** URL path of the bundle; `src/platform/documentation.ts` references the same path. */
export const API_REFERENCE_PATH = "/docs/assets/api-reference.js";

const PACKAGE = "@scalar/api-reference";

const MIT_LICENSE = `MIT License

Copyright (c) 2023-present Scalar

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
`;

function packageDir() {
  const require = createRequire(path.join(ROOT, "package.json"));
  // The package's exports map hides package.json: find its folder from the main entry instead.
  let dir = path.dirname(require.resolve(PACKAGE));
  while (!existsSync(path.join(dir, "package.json")) || JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")).name !== PACKAGE) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`${PACKAGE} is not installed: run npm install`);
    dir = parent;
  }
  return dir;
}

function writeIfChanged(file, content) {
  if (existsSync(file) && readFileSync(file).equals(Buffer.from(content))) return false;
  writeFileSync(file, content);
  return true;
}

/** Copies the bundle and its licence notice, and the guides, into build/assets/. Returns what changed. */
export function buildDocsAssets() {
  const dir = packageDir();
  const { version, license } = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8"));
  if (license !== "MIT") throw new Error(`${PACKAGE} ${version} is licensed ${license}, not MIT: check before bundling`);
  const source = path.join(dir, "dist", "browser", "standalone.js");
  const target = path.join(ASSETS_DIR, API_REFERENCE_PATH);
  mkdirSync(path.dirname(target), { recursive: true });
  const changed = [];
  if (!existsSync(target) || statSync(target).size !== statSync(source).size || !readFileSync(target).equals(readFileSync(source))) {
    copyFileSync(source, target);
    changed.push(API_REFERENCE_PATH);
  }
  const notice = `${PACKAGE} ${version} (dist/browser/standalone.js), served at ${API_REFERENCE_PATH}.\n\n${MIT_LICENSE}`;
  if (writeIfChanged(target.replace(/\.js$/, ".LICENSE.txt"), notice)) changed.push(API_REFERENCE_PATH.replace(/\.js$/, ".LICENSE.txt"));
  changed.push(...copyGuides());
  if (writeIfChanged(path.join(ASSETS_DIR, "_headers"), HEADERS)) changed.push("/_headers");
  return { version, changed };
}

/** URL path of the guides' index; `/docs` links to it. */
export const GUIDES_PATH = "/docs/guides/";
const DOCS_DIR = path.join(ROOT, "docs");

// Markdown is shown as text; nothing under /docs/guides/ runs a script or loads anything.
const HEADERS = `${GUIDES_PATH}*
  Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'
  X-Content-Type-Options: nosniff
${GUIDES_PATH}*.md
  Content-Type: text/plain; charset=utf-8
`;

const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

/** Copies docs/*.md to build/assets/docs/guides/ with an index page; removes guides deleted from docs/. */
function copyGuides() {
  const target = path.join(ASSETS_DIR, GUIDES_PATH);
  mkdirSync(target, { recursive: true });
  const files = existsSync(DOCS_DIR) ? readdirSync(DOCS_DIR).filter((f) => f.endsWith(".md")).sort() : [];
  const changed = [];
  for (const file of readdirSync(target)) {
    if (file.endsWith(".md") && !files.includes(file)) {
      rmSync(path.join(target, file));
      changed.push(`${GUIDES_PATH}${file} (removed)`);
    }
  }
  const items = [];
  for (const file of files) {
    const text = readFileSync(path.join(DOCS_DIR, file), "utf8");
    if (writeIfChanged(path.join(target, file), text)) changed.push(`${GUIDES_PATH}${file}`);
    const title = /^#\s+(.+)$/m.exec(text)?.[1] ?? file;
    items.push(`    <li><a href="${escapeHtml(file)}">${escapeHtml(title)}</a> <code>${escapeHtml(file)}</code></li>`);
  }
  const index = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Coffer guides</title>
    <style>body { font: 16px/1.5 system-ui, sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }</style>
  </head>
  <body>
    <h1>Coffer guides</h1>
    <p>The long-form documentation (the repository's <code>docs/</code>), as Markdown. The API reference is at <a href="/docs">/docs</a>.</p>
    <ul>
${items.join("\n")}
    </ul>
  </body>
</html>
`;
  if (writeIfChanged(path.join(target, "index.html"), index)) changed.push(`${GUIDES_PATH}index.html`);
  return changed;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { version, changed } = buildDocsAssets();
  console.log(`[coffer] API reference UI ${PACKAGE} ${version}: ${changed.length ? `copied ${changed.join(", ")}` : "up to date"} (build/assets)`);
}
