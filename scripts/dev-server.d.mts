// Types for scripts/dev-server.mjs (used from the TypeScript tests).

/** The project directory (where wrangler.toml lives). */
export const PROJECT_ROOT: string;

/** The Node binary wrangler runs with (22+). */
export function nodeForWrangler(): string;

/** A port nobody listens on right now. */
export function freePort(host?: string): Promise<number>;

/** True when `port` can be bound on `host` right now. */
export function isPortFree(port: number, host?: string): Promise<boolean>;

/** The address to connect to for a listen address (wildcards → loopback). */
export function connectAddress(ip?: string): string;

export interface ParsedDevArgs {
  port?: number;
  ip?: string;
  persistTo?: string;
  config?: string;
  env?: string;
  /** `--var K:V` pairs. */
  vars: Record<string, string>;
  /** The arguments other than --port, --ip and --persist-to, in order. */
  rest: string[];
}

export function parseDevArgs(argv: string[]): ParsedDevArgs;

export interface MigrationOptions {
  persistTo?: string;
  config?: string;
  env?: string;
  stdio?: "pipe" | "inherit";
  signal?: AbortSignal;
}

/** `wrangler d1 migrations apply DB --local`, non-interactively. */
export function applyMigrations(options?: MigrationOptions): Promise<void>;

export interface DevServerOptions extends MigrationOptions {
  /** Default: a free port. */
  port?: number;
  /** Listen address, default 127.0.0.1. */
  ip?: string;
  /** Passed as `--var ADMIN_TOKEN:<token>`; else wrangler reads .dev.vars. */
  adminToken?: string;
  /** Passes `--var VALIDATE_RESPONSES:true` (answers checked against the OpenAPI document). Default: on when VITEST is set. */
  validateResponses?: boolean;
  /** More `wrangler dev` arguments. */
  args?: string[];
  /** Called with wrangler's output in "pipe" mode. */
  onOutput?: (text: string) => void;
  /** Apply the D1 migrations first (default true). */
  migrate?: boolean;
  readyTimeoutMs?: number;
}

export interface DevServer {
  /** Process group id of wrangler (and workerd). */
  pid: number;
  port: number;
  ip: string;
  /** Where to connect (loopback for wildcard listen addresses). */
  address: string;
  /** `http://localhost:<port>` (the admin host). */
  url: string;
  persistTo?: string;
  exited: Promise<{ code: number | null; signal: string | null }>;
  /** wrangler's output so far ("pipe" mode). */
  output(): string;
  /** Stops wrangler and workerd; resolves when they are gone. */
  stop(): Promise<void>;
}

/** Applies the migrations, starts `wrangler dev`, waits until it answers. */
export function startDevServer(options?: DevServerOptions): Promise<DevServer>;
