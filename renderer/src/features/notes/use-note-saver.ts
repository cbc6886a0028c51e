import type { Note } from '../../../../shared/api/notes/schemas';
import type { Result } from '../../../../shared/result';
import { api } from '../../api';
import { useAutosave } from '../../autosave/use-autosave';
import { noteKey, useInterviewNotes, type NoteKind, type NoteText } from './InterviewNotes';

type SavePayload = NoteText & { templateId?: string };

/**
 * The email or the letter to one person, saved as it is typed (the letter's card draft
 * rides with the letter). `saved` stores what is on screen now and answers with the
 * stored note, so a hand-off or a status change uses the latest text.
 */
export function useNoteSaver(personId: string, kind: NoteKind) {
  const notes = useInterviewNotes();
  const key = noteKey(personId, kind);
  const value = notes.text(key);
  const interviewId = notes.interview.id;
  const autosave = useAutosave(async (v: SavePayload) => {
    const result = await api['notes.save']({ interviewId, personId, kind, ...v });
    if (result.ok) notes.stored(result.value);
    return result;
  });

  function edit(next: NoteText, templateId?: string) {
    notes.setText(key, next);
    autosave.schedule(templateId ? { ...next, templateId } : next);
  }

  async function saved(): Promise<Result<Note>> {
    await autosave.flush();
    const result = await api['notes.save']({ interviewId, personId, kind, ...value });
    if (result.ok) notes.stored(result.value);
    return result;
  }

  return { key, note: notes.notes.get(key), value, state: autosave.state, edit, saved, flush: autosave.flush };
}
