import type { InputOf, OutputOf } from '../../../shared/api/contract';
import type { MethodName } from '../../../shared/api/method-names';
import type { Result } from '../../../shared/result';
import type { Dispatch } from '../../../electron/core/dispatch';
import { checkedDispatch } from './checked-outputs';

/**
 * Typed calls through the real dispatch: `call` returns the Result, `must` unwraps or fails.
 * Every answer is checked against the contract's output schema.
 */
export function typedCalls(dispatch: Dispatch) {
  const checked = checkedDispatch(dispatch);
  async function call<M extends MethodName>(method: M, input: InputOf<M>): Promise<Result<OutputOf<M>>> {
    return (await checked(method, input)) as Result<OutputOf<M>>;
  }
  async function must<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
    const result = await call(method, input);
    if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
    return result.value;
  }
  return { call, must };
}
