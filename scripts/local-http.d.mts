// Types for scripts/local-http.mjs (used from the TypeScript tests and benchmarks).
import type { Agent, IncomingHttpHeaders } from "node:http";
import type { LookupAddress, LookupOptions } from "node:dns";

export type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/** True for `localhost` and any `*.localhost` name. */
export function isLocalhostName(hostname: string): boolean;

/** `dns.lookup`-compatible: `localhost` / `*.localhost` → 127.0.0.1, else the system resolver. */
export function lookup(hostname: string, options: LookupOptions | number | LookupCallback, callback?: LookupCallback): void;

/** A lookup that answers one fixed address for every name. */
export function fixedLookup(address: string): typeof lookup;

export interface LocalRequest {
  method?: string;
  /** Host name for the URL and Host header, e.g. `demo.localhost`. Default `localhost`. */
  host?: string;
  port: number;
  path?: string;
  headers?: Record<string, string>;
  /** A string / Buffer is sent as is; anything else as JSON (with content-type). */
  body?: unknown;
  /** Connect to this address instead of resolving `host`. */
  address?: string;
  /** Default `false` (a fresh connection, no keep-alive). */
  agent?: Agent | false;
  timeoutMs?: number;
}

export interface LocalResponse<T = any> {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  /** The parsed body when it is JSON, else undefined. */
  json: T;
}

export function request<T = any>(options: LocalRequest): Promise<LocalResponse<T>>;
