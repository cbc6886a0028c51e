import type { NoteStatus } from '../../../../shared/api/notes/schemas';

/** How far a note has got, in one word; null is a note with nothing in it yet. */
export function noteStateWord(status: NoteStatus | null | undefined): string {
  switch (status) {
    case 'draft':
      return 'Draft';
    case 'ready':
      return 'Ready';
    case 'sent':
      return 'Sent';
    case 'printed':
      return 'Printed';
    case 'mailed':
      return 'Mailed';
    default:
      return 'Not started';
  }
}

/** The note has left: sent (email), printed or mailed (letter). */
export function noteIsDone(status: NoteStatus | null | undefined): boolean {
  return status === 'sent' || status === 'printed' || status === 'mailed';
}
