/**
 * Every API call answers with a Result instead of throwing across the IPC boundary,
 * so the renderer always gets a message a person can act on and never a stack trace.
 */
export type ErrorCode = 'invalid-input' | 'not-found' | 'conflict' | 'unavailable' | 'needs-confirmation' | 'internal';

export type ApiError = Refusal | ConfirmationNeeded;

export interface Refusal {
  code: Exclude<ErrorCode, 'needs-confirmation'>;
  message: string;
  /** Dotted path of the offending input field, when the error is about one. */
  field?: string;
}

/**
 * Nothing is wrong, but the user must say yes first: `message` says what they are agreeing
 * to, and `field` names the input flag that, sent as true, says yes ('acknowledgeGaps').
 */
export interface ConfirmationNeeded {
  code: 'needs-confirmation';
  message: string;
  field: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: Refusal['code'], message: string, field?: string): Result<never> {
  return field === undefined ? { ok: false, error: { code, message } } : { ok: false, error: { code, message, field } };
}

export function needsConfirmation(flag: string, message: string): Result<never> {
  return { ok: false, error: { code: 'needs-confirmation', message, field: flag } };
}

/** The input flag the user is asked to confirm, when a confirmation is all that stands in the way. */
export function confirmationAsked(error: ApiError): string | null {
  return error.code === 'needs-confirmation' ? error.field : null;
}
