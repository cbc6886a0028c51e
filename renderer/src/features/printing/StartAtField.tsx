import { useEffect, useState } from 'react';

/**
 * "Start at label": typed freely (it can be cleared and retyped), sent when the user leaves
 * the field or presses Enter, so the preview is rebuilt once rather than on every keystroke.
 */
export function StartAtField({ id, value, max, onCommit }: { id: string; value: number; max: number; onCommit: (n: number) => void }) {
  const [draft, setDraft] = useState(String(value));
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => setDraft(String(value)), [value]);

  function commit() {
    const n = Number(draft);
    if (draft.trim() === '' || !Number.isInteger(n) || n < 1 || n > max) {
      setProblem(`Start at label must be a whole number from 1 to ${max}.`);
      return;
    }
    setProblem(null);
    if (n !== value) onCommit(n);
  }

  return (
    <div className="field inline">
      <label htmlFor={id}>Start at label</label>
      <input
        id={id}
        type="number"
        min={1}
        max={max}
        value={draft}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
      {problem ? (
        <span id={`${id}-problem`} className="print-problem">
          {problem}
        </span>
      ) : null}
    </div>
  );
}
