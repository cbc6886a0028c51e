import { Link } from 'react-router';
import { sharedPassages } from '../../../../shared/notes/note-similarity';
import type { CheckedNote } from '../../../../shared/notes/note-checks';
import { paths } from '../../app/paths';
import { DialogFrame } from '../../components/DialogFrame';
import { highlightRuns } from './highlight-runs';
import { useInterviewNotes } from './InterviewNotes';
import './notes.css';

const kindWord = { email: 'Thank-you email', letter: 'Letter' } as const;

/** Two notes that read alike, side by side, with the phrasing they share marked in each. */
export function CompareNotesDialog({ thisKey, otherKey, onClose }: { thisKey: string; otherKey: string; onClose(): void }) {
  const notes = useInterviewNotes();
  const mine = notes.checked.get(thisKey);
  const other = notes.checked.get(otherKey);
  if (!mine || !other) return null;
  const { inA, inB } = sharedPassages(mine, other, notes.recipients);
  const otherHere = !other.compareOnly;
  return (
    <DialogFrame title={`Side by side: ${mine.recipientName} and ${other.label ?? other.recipientName}`} onClose={onClose} className="compare">
      <p className="hint">Marked: the phrasing both notes share. Rewrite it in one of them so each reads as written for its reader.</p>
      <div className="compare-columns">
        <ComparedNote note={mine} spans={inA} />
        <ComparedNote note={other} spans={inB} />
      </div>
      <div className="actions">
        {otherHere ? (
          <Link to={paths.person(notes.opportunity.id, notes.interview.id, other.recipientKey, other.kind)} onClick={onClose} className="button-link">
            Open the {other.kind === 'email' ? 'email' : 'letter'} to {other.recipientName}
          </Link>
        ) : null}
        <button type="button" className="primary" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </DialogFrame>
  );
}

function ComparedNote({ note, spans }: { note: CheckedNote; spans: Array<{ start: number; end: number }> }) {
  const runs = highlightRuns(
    note.text,
    spans.map((span) => ({ kind: 'similarity' as const, severity: 'warning' as const, message: '', span })),
  );
  const title = `${kindWord[note.kind]} to ${note.label ?? note.recipientName}`;
  return (
    <section className="compared-note" aria-label={title}>
      <h3>{title}</h3>
      <p className="compared-text">{runs.map((r, i) => (r.severity ? <mark key={i}>{r.text}</mark> : <span key={i}>{r.text}</span>))}</p>
      <p className="sr-only">{`${spans.length} shared passage${spans.length === 1 ? '' : 's'} marked.`}</p>
    </section>
  );
}
