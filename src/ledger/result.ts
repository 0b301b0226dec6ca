/**
 * Why a ledger operation was refused:
 * - `invalid_input`: a malformed journal, posting or lock request (bad account, asset or amount,
 *   empty journal, zero posting, book cost or `fromLocked` where they make no sense);
 * - `unbalanced`: the postings of some asset do not sum to zero;
 * - `insufficient_free`: an account would spend more than its free (unlocked) balance;
 * - `insufficient_locked`: an unlock or a settlement needs more than is locked;
 * - `out_of_range`: a balance would leave the storage range (see money's `MAX_STORABLE`).
 */
export type LedgerErrorCode =
  | "invalid_input"
  | "unbalanced"
  | "insufficient_free"
  | "insufficient_locked"
  | "out_of_range";

/** An expected ledger failure, returned as a value (it survives RPC, unlike a thrown error). */
export interface LedgerError {
  readonly code: LedgerErrorCode;
  readonly detail: string;
}

/** The outcome of a ledger operation. */
export type LedgerResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: LedgerError };

/** A successful result carrying `value`. */
export function ok<T>(value: T): LedgerResult<T> {
  return { ok: true, value };
}

/** A failed result with the given code and human-readable detail. */
export function fail<T = never>(code: LedgerErrorCode, detail: string): LedgerResult<T> {
  return { ok: false, error: { code, detail } };
}
