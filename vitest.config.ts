import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";
import { buildDocsAssets } from "./scripts/docs-assets.mjs";

// build/assets (the coffer-docs Worker's assets, declared below) must exist before the Workers pool starts.
buildDocsAssets();
const migrations = await readD1Migrations(new URL("./migrations", import.meta.url).pathname);

export default defineConfig({
  test: {
    retry: 0,
    projects: [
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: {
              // The docs Worker (workers/docs/wrangler.toml) the DOCS binding reaches: build/assets.
              workers: [
                {
                  name: "coffer-docs",
                  modules: true,
                  script: "export default { fetch() { return new Response(null, { status: 404 }); } };",
                  compatibilityDate: "2026-11-01",
                  assets: { directory: new URL("./build/assets", import.meta.url).pathname },
                },
              ],
              bindings: {
                TEST_MIGRATIONS: migrations,
                ADMIN_TOKEN: "test-admin-token",
                FILES_URL_SECRET: "test-files-url-secret",
                VALIDATE_RESPONSES: "true",
                // `npm run fuzz`: how many requests per operation, and a seed to replay a run.
                FUZZ_RUNS: process.env.FUZZ_RUNS ?? "",
                FUZZ_SEED: process.env.FUZZ_SEED ?? "",
                FUZZ_TRACE: process.env.FUZZ_TRACE ?? "",
              },
            },
          }),
        ],
        test: {
          name: "workers",
          include: ["test/workers/**/*.test.ts"],
          setupFiles: ["./test/helpers/apply-migrations.ts"],
        },
      },
      {
        test: {
          name: "node",
          include: ["test/node/**/*.test.ts"],
          environment: "node",
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
