import type { Api } from '../../shared/api/contract';
import { methodNames, type MethodName } from '../../shared/api/method-names';
import type { Result } from '../../shared/result';

/** Carries one call to the core; IPC in Electron, a Playwright binding in browser e2e. */
export type Invoke = (method: MethodName, input: unknown) => Promise<Result<unknown>>;

/**
 * Builds window.api: one function per contract method, each a thin call over the
 * transport. The preload never exposes the transport itself.
 */
export function createApiClient(invoke: Invoke): Api {
  const api: Record<string, (input: unknown) => Promise<Result<unknown>>> = {};
  for (const method of methodNames) {
    api[method] = async (input: unknown) => {
      try {
        return await invoke(method, input ?? {});
      } catch {
        return {
          ok: false,
          error: { code: 'unavailable', message: 'Afterword could not reach its data just now. Try again.' },
        };
      }
    };
  }
  return Object.freeze(api) as unknown as Api;
}
