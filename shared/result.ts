/**
 * Every API call answers with a Result instead of throwing across the IPC boundary,
 * so the renderer always gets a message a person can act on and never a stack trace.
 */
export type ErrorCode = 'invalid-input' | 'not-found' | 'conflict' | 'unavailable' | 'internal';

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** Dotted path of the offending input field, when the error is about one. */
  field?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, field?: string): Result<never> {
  return field === undefined ? { ok: false, error: { code, message } } : { ok: false, error: { code, message, field } };
}
