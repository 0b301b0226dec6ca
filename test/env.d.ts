import type { Env as WorkerEnv } from "../src/env";

declare global {
  namespace Cloudflare {
    interface Env extends WorkerEnv {
      TEST_MIGRATIONS: import("cloudflare:test").D1Migration[];
      FUZZ_RUNS: string;
      FUZZ_SEED: string;
      FUZZ_TRACE: string;
    }
  }
}
