import type { Api, InputOf, OutputOf } from '../../shared/api/contract';
import type { MethodName } from '../../shared/api/method-names';
import type { ApiError as ErrorValue, Result } from '../../shared/result';

declare global {
  interface Window {
    readonly api: Api;
  }
}

/** The typed bridge to the core; the only way the UI reaches data. */
export const api: Api = window.api;

/** A refused call, thrown for TanStack Query; keeps the core's message and the field it names. */
export class ApiError extends Error {
  readonly field: string | undefined;
  constructor(readonly error: ErrorValue) {
    super(error.message);
    this.field = error.field;
  }
}

/** Calls the core and answers with the value, or throws its error: what queries and mutations want. */
export async function ask<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const call = api[method] as (input: InputOf<M>) => Promise<Result<OutputOf<M>>>;
  const result = await call(input);
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

/** The message to show for anything a query or mutation threw. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
