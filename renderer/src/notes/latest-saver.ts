import type { Result } from '../../../shared/result';
import type { SaveState } from '../use-autosave';

export interface LatestSaver<T> {
  /** Saves this value: at once when nothing is being saved, otherwise as soon as the save in flight returns. */
  push(value: T): void;
  /** Resolves once everything pushed so far has been saved (or has failed). */
  flush(): Promise<void>;
}

/**
 * Saves on every change, so a note survives the app being killed mid-sentence. At most one
 * save is in flight; changes made meanwhile collapse into one save of the latest value,
 * sent when it returns, so saves stay in order and the last one stored is the last typed.
 */
export function createLatestSaver<T>(save: (value: T) => Promise<Result<unknown>>, onState: (state: SaveState) => void): LatestSaver<T> {
  let next: { value: T } | null = null;
  let running: Promise<void> | null = null;

  async function run(): Promise<void> {
    while (next) {
      const { value } = next;
      next = null;
      onState({ kind: 'saving' });
      try {
        const result = await save(value);
        onState(result.ok ? { kind: 'saved' } : { kind: 'error', message: result.error.message, ...(result.error.field ? { field: result.error.field } : {}) });
      } catch {
        onState({ kind: 'error', message: 'Could not save. Your text is still here; it will be saved with your next change.' });
      }
    }
    running = null;
  }

  return {
    push(value) {
      next = { value };
      if (!running) running = run();
    },
    async flush() {
      while (running) await running;
    },
  };
}
