import { expect } from 'vitest';
import { contract, type Handlers } from '../../../shared/api/contract';
import { methodNames, type MethodName } from '../../../shared/api/method-names';
import type { Core } from '../../../electron/core/core';
import type { Dispatch } from '../../../electron/core/dispatch';

const isMethod = (name: string): name is MethodName => (methodNames as readonly string[]).includes(name);

/**
 * Fails the test when a handler answers anything but what its contract declares: a value the
 * output schema refuses, or a field it does not name (parsing would drop it), so the
 * declared outputs cannot drift from what the handlers return.
 */
export function expectDeclaredOutput(method: MethodName, value: unknown): void {
  const parsed = contract[method].output.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${method} answered what its contract does not declare, at ${issue?.path.join('.') || '(the answer)'}: ${issue?.message ?? ''}`);
  }
  expect(parsed.data, `${method} answered fields its contract does not declare`).toEqual(value);
}

/** The dispatch, with every successful answer checked against its contract. */
export function checkedDispatch(dispatch: Dispatch): Dispatch {
  return async (method, input) => {
    const result = await dispatch(method, input);
    if (result.ok && isMethod(method)) expectDeclaredOutput(method, result.value);
    return result;
  };
}

/** A core whose dispatch checks every answer against its contract. */
export function checkedCore<C extends Core>(core: C): C {
  return { ...core, dispatch: checkedDispatch(core.dispatch), close: () => core.close() };
}

/** Handlers called directly, each answer checked against its contract. */
export function checkedHandlers<H extends Partial<Handlers>>(handlers: H): H {
  const checked: Record<string, (input: never) => unknown> = {};
  for (const [method, handler] of Object.entries(handlers) as Array<[MethodName, (input: never) => unknown]>) {
    checked[method] = (input) => {
      const answer = handler(input);
      if (answer instanceof Promise) {
        return answer.then((value: unknown) => {
          expectDeclaredOutput(method, value);
          return value;
        });
      }
      expectDeclaredOutput(method, answer);
      return answer;
    };
  }
  return checked as H;
}
