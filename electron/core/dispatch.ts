import { contract, type Handlers } from '../../shared/api/contract';
import { methodNames, type MethodName } from '../../shared/api/method-names';
import { fail, needsConfirmation, ok, type Result } from '../../shared/result';
import { InvalidInputError, NeedsConfirmationError, NotFoundError } from './core-errors';
import type { Logger } from './logger';
import { describeZodError } from './zod-error-message';

export type Dispatch = (method: string, input: unknown) => Promise<Result<unknown>>;

function isMethodName(value: string): value is MethodName {
  return (methodNames as readonly string[]).includes(value);
}

/**
 * The one way into the core, used by IPC in the app and by the e2e transport alike:
 * the method must exist, its input must parse, and whatever happens the caller gets a
 * Result, never an exception or a stack.
 */
export function createDispatch(handlers: Handlers, logger: Logger): Dispatch {
  return async (method, input) => {
    if (!isMethodName(method)) return fail('invalid-input', `Unknown request "${String(method).slice(0, 80)}".`);
    const parsed = contract[method].input.safeParse(input);
    if (!parsed.success) {
      const { field, message } = describeZodError(parsed.error);
      logger.warn(`rejected ${method}: ${field || '(input)'}: ${message}`);
      return fail('invalid-input', message, field);
    }
    try {
      const handler = handlers[method] as (input: unknown) => unknown;
      return ok(await handler(parsed.data));
    } catch (error) {
      if (error instanceof InvalidInputError) return fail('invalid-input', error.message, error.field);
      if (error instanceof NotFoundError) return fail('not-found', error.message);
      if (error instanceof NeedsConfirmationError) return needsConfirmation(error.flag, error.message);
      logger.error(`${method} failed`, error);
      return fail('internal', 'Something went wrong and nothing was changed. The details are in the log file.');
    }
  };
}
