import { ERROR_CATALOG, type ErrorCode } from "./catalog";

/** One failing field of a validation problem. */
export interface FieldError {
  field: string;
  message: string;
}

/** An expected failure that crosses an RPC boundary as a plain value. */
export interface DomainError {
  code: ErrorCode;
  detail: string;
  errors?: FieldError[];
  extra?: Record<string, unknown>;
}

interface ApiErrorOptions {
  errors?: FieldError[];
  /** Extra members of the problem document (e.g. `current_reference_version`). */
  extra?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** The error every handler throws for an expected failure; the error handler renders it. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly detail: string;
  readonly errors: FieldError[] | undefined;
  readonly extra: Record<string, unknown> | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(code: ErrorCode, detail: string, options: ApiErrorOptions = {}) {
    super(detail);
    this.code = code;
    this.status = ERROR_CATALOG[code].status;
    this.detail = detail;
    this.errors = options.errors;
    this.extra = options.extra;
    this.headers = options.headers;
  }

  /** A validation failure naming every failing field. */
  static validation(errors: FieldError[]): ApiError {
    const fields = errors.map((e) => e.field).join(", ");
    return new ApiError("validation_failed", `Invalid fields: ${fields}`, { errors });
  }

  /** Rebuilds the error a tenant object returned as a value. */
  static fromDomain(error: DomainError): ApiError {
    return new ApiError(error.code, error.detail, {
      ...(error.errors ? { errors: error.errors } : {}),
      ...(error.extra ? { extra: error.extra } : {}),
    });
  }
}
