import { Link } from 'react-router';
import type { NoteStatus } from '../../../../shared/api/notes/schemas';
import { noteStateWord } from './note-state';

/** How far one note has got, as a table cell that opens the note; `what` names it for screen readers. */
export function NoteStateCell({ to, what, status }: { to: string; what: string; status: NoteStatus | null }) {
  return (
    <td>
      <Link to={to} className={`state state-${status ?? 'none'}`} aria-label={`${what}: ${noteStateWord(status)}`}>
        {noteStateWord(status)}
      </Link>
    </td>
  );
}
