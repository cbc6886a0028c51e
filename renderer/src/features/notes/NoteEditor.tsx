import { useId, useRef, useState } from 'react';
import type { Finding } from '../../../../shared/notes/finding';
import { highlightRuns } from './highlight-runs';
import { severityWord } from './severity-word';

interface NoteEditorProps {
  label: string;
  /** Who the note is to, for the findings list's name. */
  recipientName: string;
  value: string;
  findings: Finding[];
  rows: number;
  readOnly?: boolean;
  /** Suggestions for a misspelled word; slow, so asked for only when its finding is chosen. */
  suggest?: ((word: string) => string) | undefined;
  onChange(value: string): void;
  onBlur(): void;
  /** Opens this note beside the one a similarity finding names. */
  onCompare?(otherKey: string): void;
}

/**
 * A plain textarea over a layer that paints the findings' spans in the same place, so
 * the text stays an ordinary, accessible form field; the findings are listed beside it
 * as text, and choosing one selects its words.
 */
export function NoteEditor({ label, recipientName, value, findings, rows, readOnly = false, suggest, onChange, onBlur, onCompare }: NoteEditorProps) {
  const id = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const layer = useRef<HTMLDivElement>(null);
  const runs = highlightRuns(value, findings);
  // Shared phrasing is marked in the text; the list names the other note once.
  const listed = findings.filter((f) => !(f.kind === 'similarity' && f.span));

  const [looked, setLooked] = useState<{ word: string; text: string } | null>(null);

  function select(f: Finding) {
    if (f.word && suggest) setLooked({ word: f.word, text: suggest(f.word) });
    const el = textarea.current;
    if (!el || !f.span) return;
    el.focus();
    el.setSelectionRange(f.span.start, f.span.end);
  }

  return (
    <div className="note-editor">
      <label htmlFor={id} className="note-label">
        {label}
      </label>
      <div className="note-surface">
        <div className="note-highlights" ref={layer} aria-hidden="true">
          {runs.map((r, i) =>
            r.severity ? (
              <mark key={i} className={r.severity}>
                {r.text}
              </mark>
            ) : (
              <span key={i}>{r.text}</span>
            ),
          )}
          {'\n'}
        </div>
        <textarea
          id={id}
          ref={textarea}
          value={value}
          rows={rows}
          readOnly={readOnly}
          spellCheck={false}
          maxLength={20000}
          aria-describedby={`${id}-findings`}
          onChange={(e) => onChange(e.target.value)}
          onBlur={onBlur}
          onScroll={(e) => {
            if (layer.current) layer.current.scrollTop = e.currentTarget.scrollTop;
          }}
        />
      </div>
      <ul className="findings" id={`${id}-findings`} aria-label={`Findings: ${label} to ${recipientName}`}>
        {listed.map((f, i) => (
          <li key={`${f.kind}-${i}`} className={`finding ${f.severity}`}>
            <span className="severity">{severityWord[f.severity]}:</span>{' '}
            {f.span ? (
              <>
                <button type="button" className="finding-link" onClick={() => select(f)}>
                  {f.message}
                </button>
                {f.word && looked?.word === f.word ? <span className="suggestions"> {looked.text}</span> : null}
              </>
            ) : (
              <>
                {f.message}
                {f.otherKey && onCompare ? (
                  <>
                    {' '}
                    <button type="button" className="small" onClick={() => onCompare(f.otherKey!)}>
                      Compare side by side
                    </button>
                  </>
                ) : null}
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
