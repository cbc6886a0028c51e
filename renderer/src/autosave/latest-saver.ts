import type { Result } from '../../../shared/result';
import type { SaveState } from './save-state';

export interface LatestSaver<T> {
  /** Sends this value to be saved, at once. */
  push(value: T): void;
  /** Resolves once everything pushed so far has been saved (or has failed). */
  flush(): Promise<void>;
}

/**
 * Sends every change the moment it is made, so text survives the app being killed
 * mid-sentence. Waiting for the save in flight to return first left the last keystrokes in
 * the window for a round trip, and a window closed or killed in that time lost them.
 * Saves still arrive in order: they travel one channel in order (IPC, or the e2e binding),
 * and the core's save handlers write synchronously as each arrives, so the last stored is
 * the last typed. Each save carries the whole value, so the next change makes good one that
 * failed; the state shown is "saving" until the latest save returns.
 */
export function createLatestSaver<T>(save: (value: T) => Promise<Result<unknown>>, onState: (state: SaveState) => void): LatestSaver<T> {
  const inFlight = new Set<Promise<void>>();
  let latest = 0;

  async function send(value: T, number: number): Promise<void> {
    let state: SaveState;
    try {
      const result = await save(value);
      state = result.ok ? { kind: 'saved' } : { kind: 'error', message: result.error.message, ...(result.error.field ? { field: result.error.field } : {}) };
    } catch {
      state = { kind: 'error', message: 'Could not save. Your text is still here; it will be saved with your next change.' };
    }
    if (number === latest || state.kind === 'error') onState(state);
  }

  return {
    push(value) {
      latest += 1;
      onState({ kind: 'saving' });
      const sending = send(value, latest);
      inFlight.add(sending);
      void sending.finally(() => inFlight.delete(sending));
    },
    async flush() {
      while (inFlight.size > 0) await Promise.all(inFlight);
    },
  };
}
