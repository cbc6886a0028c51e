import { useCallback, useEffect, useRef, useState } from 'react';
import type { Result } from '../../../shared/result';
import type { SaveState } from './save-state';
import { saveChangedFields } from './save-changed-fields';

/**
 * Autosave for a record edited field by field: remembers which fields changed since the
 * last save and sends only those, each on its own; errors are kept per field. Changes go
 * out at once by default, so nothing typed waits in the window when the app is killed.
 */
export function useFieldAutosave<T extends object>(save: (patch: Partial<T>) => Promise<Result<unknown>>, delayMs = 0) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const changed = useRef<Partial<T>>({});
  const errorsRef = useRef<Record<string, string>>({});
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const changes = changed.current;
    if (Object.keys(changes).length === 0) return;
    changed.current = {};
    setState({ kind: 'saving' });
    const outcome = await saveChangedFields(changes, saveRef.current, errorsRef.current);
    errorsRef.current = outcome.errors;
    setErrors(outcome.errors);
    const count = Object.keys(outcome.errors).length;
    setState(
      count === 0
        ? { kind: 'saved' }
        : { kind: 'error', message: count === 1 ? 'one field, see the message beside it.' : `${count} fields, see the messages beside them.` },
    );
  }, []);

  const change = useCallback(
    (patch: Partial<T>) => {
      changed.current = { ...changed.current, ...patch };
      if (timer.current) clearTimeout(timer.current);
      if (delayMs <= 0) void flush();
      else timer.current = setTimeout(() => void flush(), delayMs);
    },
    [delayMs, flush],
  );

  useEffect(() => () => void flush(), [flush]);

  /** The message for a field, or for any field inside it ("customLabelSheet" covers its parts). */
  const errorFor = useCallback((field: string) => errors[field] ?? Object.entries(errors).find(([key]) => key.startsWith(`${field}.`))?.[1], [errors]);

  return { state, change, flush, errorFor };
}
