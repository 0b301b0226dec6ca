import type { z } from "zod";
import type { DomainError } from "../platform/errors/api-error";
import type { TenantConfig } from "../platform/tenants";
import type { CommandContext } from "./command-context";

/** Request facts a command runs with; built by the Worker, parsed again in the object. */
export interface CommandMeta {
  tenantId: string;
  config: TenantConfig;
  /** The `x-request-id` of the HTTP request (goes into problem documents). */
  requestId: string;
  method: string;
  path: string;
  /** `Idempotency-Key` header (a UUID v4) and the request fingerprint it is bound to. */
  idempotencyKey?: string | undefined;
  fingerprint?: string | undefined;
  /** WealthOS body `request_id`, on the operations whose schema has one. */
  wealthosRequestId?: string | undefined;
  /** Set when the API key is scoped to a distribution partner: the command must stay within its book (`book.ts`). */
  partnerId?: string | undefined;
}

/** What the Worker sends to the tenant object for one state-changing request. */
export interface CommandEnvelope {
  name: string;
  input: unknown;
  meta: CommandMeta;
}

/** The HTTP answer to a command, exactly as stored for idempotent replays. */
export interface CommandResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** A command's result: the success body, or an expected failure as a value. */
export type CommandOutcome = { ok: true; status: number; body: unknown } | { ok: false; error: DomainError };

/**
 * One state-changing operation. `run` executes inside the command's single storage
 * transaction: it must be synchronous and must not do I/O.
 */
export interface CommandDefinition<Input = unknown> {
  input: z.ZodType<Input>;
  run(ctx: CommandContext, input: Input): CommandOutcome;
}

/** Registry of every command the tenant object can run, by name. */
export type CommandRegistry = Record<string, CommandDefinition<never>>;

/** Declares a command with its input type inferred from the schema. */
export function defineCommand<Input>(definition: CommandDefinition<Input>): CommandDefinition<never> {
  return definition as unknown as CommandDefinition<never>;
}

/** Success outcome helper. */
export function succeed(status: number, body: unknown): CommandOutcome {
  return { ok: true, status, body };
}

/** Failure outcome helper. */
export function fail(error: DomainError): CommandOutcome {
  return { ok: false, error };
}

/**
 * A job handler: runs inside one storage transaction when its job falls due. Returning a time
 * reschedules the job (e.g. the next step of a sandbox provider); returning nothing completes it.
 */
export type JobHandler = (ctx: CommandContext, job: { key: string; data: unknown; attempts: number; input?: unknown }) => number | void;

/**
 * Reads what a job needs from outside the object (e.g. a chunk of a file in R2) before its
 * transaction starts: the object awaits it, then runs the handler with it as `job.input`.
 * A handler must accept a missing or stale input (another run may have moved its job on).
 */
export type JobInputLoader<E = unknown> = (env: E, job: { kind: string; key: string; data: unknown }) => Promise<unknown>;

/** Input loaders by job kind. */
export type JobInputRegistry<E = unknown> = Record<string, JobInputLoader<E>>;

/** Registry of job handlers by job kind. */
export type JobRegistry = Record<string, JobHandler>;
