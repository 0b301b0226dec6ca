import { fieldErrors } from "../platform/validation";
import { buildProblem } from "../platform/errors/problem";
import { ERROR_CATALOG } from "../platform/errors/catalog";
import type { DomainError } from "../platform/errors/api-error";
import { bookRefusal } from "./book";
import { CommandContext } from "./command-context";
import type { CommandEnvelope, CommandRegistry, CommandResponse } from "./commands";
import type { StoredEvent } from "./event-log";
import { findIdempotencyKey, findRequestId, saveIdempotencyKey, saveRequestId } from "./idempotency-store";

/** What running one command produced. */
export interface RunResult {
  response: CommandResponse;
  /** Events committed by this run (empty for replays and failures). */
  events: StoredEvent[];
  /** True when the run committed an effect. */
  committed: boolean;
  /** True when the command scheduled a job for the alarm. */
  scheduled: boolean;
}

/** Keys of requests whose effect is committed but whose answer is still on its way. */
export interface InFlight {
  idempotencyKeys: Set<string>;
  requestIds: Set<string>;
}

class RollBack extends Error {}

function problem(envelope: CommandEnvelope, error: DomainError): CommandResponse {
  const body = buildProblem({
    code: error.code,
    detail: error.detail,
    instance: envelope.meta.path,
    requestId: envelope.meta.requestId,
    errors: error.errors,
    extra: error.extra,
  });
  return { status: ERROR_CATALOG[error.code].status, body };
}

/**
 * Runs one command in ONE synchronous storage transaction: idempotency checks, input
 * validation, the command itself (state, ledger, events, outbox), and the stored response.
 * Nothing here awaits, so no other request interleaves with it.
 */
export function runCommand(
  storage: DurableObjectStorage,
  registry: CommandRegistry,
  envelope: CommandEnvelope,
  inFlight: InFlight,
  nowMs: number,
): RunResult {
  const { meta } = envelope;
  const sql = storage.sql;
  const retentionMs = meta.config.idempotency_retention_hours * 3_600_000;
  const notBefore = nowMs - retentionMs;
  const nothing = (response: CommandResponse): RunResult => ({ response, events: [], committed: false, scheduled: false });

  return storage.transactionSync(() => {
    const key = meta.idempotencyKey;
    if (key) {
      const previous = findIdempotencyKey(sql, key, notBefore);
      if (previous && previous.fingerprint !== meta.fingerprint) {
        return nothing(problem(envelope, {
          code: "idempotency_key_reused",
          detail: "This Idempotency-Key was used with a different request (method, path or body)",
        }));
      }
      if (previous && inFlight.idempotencyKeys.has(key)) {
        const response = problem(envelope, {
          code: "idempotency_key_in_use",
          detail: "The original request with this Idempotency-Key is still executing; retry shortly",
        });
        return nothing({ ...response, headers: { "retry-after": "1" } });
      }
      if (previous) return nothing({ ...previous.response, headers: { "idempotent-replayed": "true" } });
    }

    const requestId = meta.wealthosRequestId;
    if (requestId) {
      const original = findRequestId(sql, requestId, notBefore);
      if (original !== null) {
        return nothing(problem(envelope, {
          code: "duplicate_request",
          detail: "duplicate request",
          extra: {
            status: inFlight.requestIds.has(requestId) ? "PROCESSING" : "COMPLETE",
            response: JSON.stringify(original),
          },
        }));
      }
    }

    const definition = registry[envelope.name];
    if (!definition) throw new Error(`unknown command ${envelope.name}`);
    const parsed = definition.input.safeParse(envelope.input);
    if (!parsed.success) {
      const errors = fieldErrors(parsed.error);
      return nothing(problem(envelope, { code: "validation_failed", detail: `Invalid fields: ${errors.map((e) => e.field).join(", ")}`, errors }));
    }

    // A distribution-partner key writes only within the partner's book: checked before anything is written.
    const refusal = meta.partnerId === undefined ? null : bookRefusal(sql, meta.partnerId, parsed.data);
    if (refusal) return nothing(problem(envelope, refusal));

    const ctx = new CommandContext(sql, nowMs, meta.tenantId, meta.config);
    let response: CommandResponse;
    let committed = false;
    try {
      // Nested transaction: a failed command leaves no trace but its idempotency record.
      response = storage.transactionSync(() => {
        const outcome = definition.run(ctx, parsed.data as never);
        if (!outcome.ok) throw new RollBack(JSON.stringify(problem(envelope, outcome.error)));
        return { status: outcome.status, body: outcome.body };
      });
      committed = true;
    } catch (error) {
      if (!(error instanceof RollBack)) throw error;
      response = JSON.parse(error.message) as CommandResponse;
    }

    if (key && meta.fingerprint) saveIdempotencyKey(sql, key, meta.fingerprint, response, nowMs);
    if (committed && requestId) saveRequestId(sql, requestId, response.body, nowMs);
    return { response, events: committed ? ctx.events : [], committed, scheduled: committed && ctx.scheduled };
  });
}
