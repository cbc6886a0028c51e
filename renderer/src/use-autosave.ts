import { useCallback, useRef, useState } from 'react';
import type { Result } from '../../shared/result';
import { createLatestSaver, type LatestSaver } from './notes/latest-saver';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string; field?: string };

/**
 * Saves a value on every change, so there is no Save button to forget and nothing typed is
 * lost when the app is killed: a timer that waits for a pause in typing loses everything
 * typed since the last pause. Each change is sent at once (see latest-saver.ts for why the
 * order still holds); `flush` resolves once everything changed so far is saved.
 */
export function useAutosave<T>(save: (value: T) => Promise<Result<unknown>>) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const saveRef = useRef(save);
  saveRef.current = save;
  const saver = useRef<LatestSaver<T> | null>(null);
  saver.current ??= createLatestSaver((value) => saveRef.current(value), setState);

  const schedule = useCallback((value: T) => saver.current!.push(value), []);
  const flush = useCallback(() => saver.current!.flush(), []);

  return { state, schedule, flush };
}
