import type { Note } from '../../../shared/api/notes/schemas';
import type { QueueItemData } from '../../../shared/api/printing/schemas';
import { letterParts } from '../../../shared/notes/letter-parts';
import { InvalidInputError } from '../core-errors';

type LetterData = Extract<QueueItemData, { kind: 'letter' }>;

const isCard = (data: LetterData) => data.format !== 'letter';

/**
 * The words a letter item prints, from its note as the note reads now: on card size (A2,
 * A7) the note's handwritten-card draft, a different text from the letter; on letter paper
 * the letter. The note written whole is split into salutation and body; the layout adds
 * closing and name from Settings. What was queued stands when the note is gone.
 */
export function printedText(data: LetterData, note: Note | null): LetterData {
  if (!note) return data;
  const text = isCard(data) ? note.cardDraft : note.body;
  // A letter whose note was emptied keeps what was queued; an emptied card draft is empty.
  if (!isCard(data) && !text.trim()) return data;
  const parts = letterParts(text);
  return { ...data, salutation: parts.salutation ?? '', body: parts.body };
}

/** Why a card-size item cannot print: its card draft is empty. */
export function emptyCardDraft(data: QueueItemData): string | null {
  if (data.kind !== 'letter' || !isCard(data) || data.body.trim()) return null;
  return `The card draft to ${data.recipient.fullName} is empty: write it under "Handwritten card draft" in the note studio, or print this item as a letter.`;
}

/** An empty card draft is never added to the queue. */
export function refuseEmptyCardOnAdd(data: LetterData): void {
  if (isCard(data) && !data.body.trim()) {
    throw new InvalidInputError('format', 'The card draft is empty: write it under "Handwritten card draft" before adding it to the print queue.');
  }
}

/** Nor does a queued letter switch to card size while its card draft is empty. */
export function refuseEmptyCardOnSwitch(data: LetterData): void {
  if (isCard(data) && emptyCardDraft(data)) {
    throw new InvalidInputError(
      'format',
      `The card draft to ${data.recipient.fullName} is empty: write it under "Handwritten card draft" in the note studio first.`,
    );
  }
}
