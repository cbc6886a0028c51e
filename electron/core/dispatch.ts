import { contract, type Handlers } from '../../shared/api/contract';
import { projectErrorMap } from '../../shared/api/error-map';
import { brokenTextMessage, brokenTextPath } from '../../shared/api/fields';
import { methodNames, type MethodName } from '../../shared/api/method-names';
import { fail, needsConfirmation, ok, type Result } from '../../shared/result';
import { InvalidInputError, NeedsConfirmationError, NotFoundError } from './core-errors';
import type { Logger } from './logger';
import { describeZodError, fieldPath, humanizeField } from './zod-error-message';
import { excerpt, quoted } from '../../shared/domain/excerpt';

/** No message goes back longer than this, whatever a handler put in it. */
const MAX_MESSAGE = 600;

export type Dispatch = (method: string, input: unknown) => Promise<Result<unknown>>;

function isMethodName(value: string): value is MethodName {
  return (methodNames as readonly string[]).includes(value);
}

/**
 * The one way into the core, used by IPC in the app and by the e2e transport alike:
 * the method must exist, its input must parse, and whatever happens the caller gets a
 * Result, never an exception or a stack.
 */
function isForeignKeyError(error: unknown): boolean {
  return error instanceof Error && (error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

export function createDispatch(handlers: Handlers, logger: Logger): Dispatch {
  return async (method, input) => {
    if (!isMethodName(method)) return fail('invalid-input', `Unknown request ${quoted(String(method))}.`);
    const parsed = contract[method].input.safeParse(input, { error: projectErrorMap });
    // Text that is not well-formed Unicode is refused wherever it is, keys included: a
    // schema's text() says so in its own words; any other string gets the same sentence.
    const broken = parsed.success ? brokenTextPath(input) : brokenTextPath(valueAt(input, parsed.error.issues[0]?.path ?? []));
    if (broken && !(parsed.error?.issues[0]?.message ?? '').includes('broken character')) {
      const at = parsed.success ? broken : [...(parsed.error.issues[0]?.path ?? []), ...broken];
      logger.warn(`rejected ${method}: ${fieldPath(at) || '(input)'}: text that is not well-formed Unicode`);
      return fail('invalid-input', brokenTextMessage(humanizeField(at)), fieldPath(at));
    }
    if (!parsed.success) {
      const { field, message } = describeZodError(parsed.error);
      logger.warn(`rejected ${method}: ${field || '(input)'}: ${message}`);
      return fail('invalid-input', message, field);
    }
    try {
      const handler = handlers[method] as (input: unknown) => unknown;
      return ok(await handler(parsed.data));
    } catch (error) {
      if (error instanceof InvalidInputError) return fail('invalid-input', excerpt(error.message, MAX_MESSAGE), error.field);
      if (error instanceof NotFoundError) return fail('not-found', excerpt(error.message, MAX_MESSAGE));
      if (error instanceof NeedsConfirmationError) return needsConfirmation(error.flag, excerpt(error.message, MAX_MESSAGE));
      // A reference no check caught still never becomes an internal error.
      if (isForeignKeyError(error)) return fail('not-found', 'Something this refers to no longer exists (it may have been deleted), so nothing was changed.');
      logger.error(`${method} failed`, error);
      return fail('internal', 'Something went wrong and nothing was changed. The details are in the log file.');
    }
  };
}
