import { useCallback, useEffect, useRef, useState } from 'react';
import type { Result } from '../../shared/result';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string; field?: string };

/**
 * Saves a value shortly after the user stops typing, and at once on blur or when the
 * view goes away, so there is no Save button to forget and nothing typed is lost.
 */
export function useAutosave<T>(save: (value: T) => Promise<Result<unknown>>, delayMs = 400) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const next = pending.current;
    if (!next) return;
    pending.current = null;
    setState({ kind: 'saving' });
    const result = await saveRef.current(next.value);
    if (result.ok) setState({ kind: 'saved' });
    else setState({ kind: 'error', message: result.error.message, ...(result.error.field ? { field: result.error.field } : {}) });
  }, []);

  const schedule = useCallback(
    (value: T) => {
      pending.current = { value };
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [delayMs, flush],
  );

  useEffect(() => () => void flush(), [flush]);

  return { state, schedule, flush };
}
