import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { InterviewParticipant } from '../../../../shared/api/people/schemas';
import { api } from '../../api';
import { SelectField, TextAreaField } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { SaveStatus } from '../../components/SaveStatus';
import { printKeys } from '../printing/queries';
import { useInterviewNotes } from './InterviewNotes';
import { statusText, useLock } from './NotePanel';
import { useNoteSaver } from './use-note-saver';

const SIZES = [
  { value: 'card-a2', label: 'A2 (4¼ × 5½ in)' },
  { value: 'card-a7', label: 'A7 (5 × 7 in)' },
] as const;

/** The draft of a handwritten card (kept with the letter), printed on its own at card size to copy out by hand. */
export function CardDraftPanel({ participant }: { participant: InterviewParticipant }) {
  const { person } = participant;
  const notes = useInterviewNotes();
  const client = useQueryClient();
  const saver = useNoteSaver(person.id, 'letter');
  const { note, value } = saver;
  const { locked, unlock } = useLock(note);
  const [cardSize, setCardSize] = useState<'card-a2' | 'card-a7'>('card-a2');
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  /** The core refuses an empty card draft and says so. */
  async function addCardToPrintQueue() {
    setNotice(null);
    setError(null);
    const stored = await saver.saved();
    if (!stored.ok) return setError(stored.error.message);
    const result = await api['printQueue.addLetter']({
      personId: person.id,
      interviewId: notes.interview.id,
      noteId: stored.value.id,
      body: stored.value.cardDraft,
      format: cardSize,
      withEnvelope: false,
    });
    if (result.ok) {
      setNotice('Added the card draft to the print queue.');
      void client.invalidateQueries({ queryKey: printKeys.all });
    } else setError(result.error.message);
  }

  return (
    <section className="note-panel card" aria-label={`Card draft to ${person.fullName}`}>
      <div className="note-panel-header">
        <span className="muted">With the letter: {statusText(note)}</span>
        <SaveStatus state={saver.state} />
      </div>
      {locked && note ? (
        <p className="notice locked-note">
          {`The letter to ${person.fullName} is marked ${statusText(note).toLowerCase()}; the card draft is kept with it.`}{' '}
          <button type="button" onClick={unlock}>
            Edit anyway
          </button>
        </p>
      ) : null}
      <TextAreaField
        label="Card draft"
        hint="A shorter note to copy by hand onto a card."
        value={value.cardDraft}
        rows={6}
        maxLength={5000}
        readOnly={locked}
        onChange={(e) => saver.edit({ ...value, cardDraft: e.target.value })}
        onBlur={() => void saver.flush()}
      />
      <div className="row card-actions">
        <SelectField<'card-a2' | 'card-a7'> label="Card size" value={cardSize} options={SIZES} onChange={setCardSize} />
        <button type="button" onClick={() => void addCardToPrintQueue()}>
          Add card draft to print queue
        </button>
      </div>
      <FormError error={error} />
      {notice ? <p className="notice">{notice}</p> : null}
    </section>
  );
}
