import { useCallback, useEffect, useRef, useState } from 'react';
import type { Result } from '../../../shared/result';
import { createLatestSaver, type LatestSaver } from './latest-saver';
import type { SaveState } from './save-state';

export type { SaveState } from './save-state';

/**
 * Saves a value on every change, so there is no Save button to forget and nothing typed is
 * lost when the app is killed: a timer that waits for a pause in typing loses everything
 * typed since the last pause. Each change is sent at once (see latest-saver.ts for why the
 * order still holds); `flush` resolves once everything changed so far is saved. Closing
 * the window or leaving the view waits for the save in flight where it can.
 */
export function useAutosave<T>(save: (value: T) => Promise<Result<unknown>>) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const saveRef = useRef(save);
  saveRef.current = save;
  const saver = useRef<LatestSaver<T> | null>(null);
  saver.current ??= createLatestSaver((value) => saveRef.current(value), setState);

  useEffect(() => {
    const flush = () => void saver.current?.flush();
    window.addEventListener('beforeunload', flush);
    return () => {
      window.removeEventListener('beforeunload', flush);
      flush();
    };
  }, []);

  const schedule = useCallback((value: T) => saver.current!.push(value), []);
  const flush = useCallback(() => saver.current!.flush(), []);
  /** The message for one field the core refused, to show beside it. */
  const errorFor = useCallback((field: string) => (state.kind === 'error' && state.field === field ? state.message : undefined), [state]);

  return { state, schedule, flush, errorFor };
}
